"""Conversations about the office's records besides the agenda (transparency, Lobby, ceremonies, contacts,
complaints, exports), as staff have them: pronouns and names pointing at what was just stored or listed,
status questions about it, look-ups while a preview waits, and answers told in words.

The clock is Monday 23 November 2026, 09:00 (see conftest): 20 working days after it is Tuesday 22 December
(8 December is a holiday), 3 working days is Thursday 26 November.
"""

from __future__ import annotations

from sqlmodel import Session, select

from storage.ceremonies import Ceremony, CeremonyGuest, GuestStatus
from storage.legal import Audience, TransparencyRequest
from storage.models import Complaint, Contact, Event
from tests.dialogue.talk import stored

PACIENTES = "llegó solicitud de transparencia de Paula Rivas, pide el listado de pacientes del hospital regional"
ROBLES = ("La Inmobiliaria Los Robles SpA, representada por su gerente Andrés Fuentes, pide audiencia con el "
          "alcalde por el plan regulador comunal")


def test_a_request_no_unit_fits_is_stored_unassigned_on_the_first_yes(chat, dispatcher) -> None:
    preview, saved, listed = chat(PACIENTES, "ya", "solicitudes de transparencia pendientes")
    assert "sin asignar" in preview.text and "22 de diciembre" in preview.text, preview.text
    assert "guardada" in saved.text, saved.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.department is None and request.requester == "Paula Rivas"
    assert "Paula Rivas" in listed.text and "sin asignar" in listed.text, listed.text


def test_when_a_request_just_stored_is_due_is_asked_with_a_pronoun(chat) -> None:
    _, _, answer = chat(PACIENTES, "sí", "¿cuándo vence esa solicitud?")
    assert "Paula Rivas" in answer.text and "22 de diciembre" in answer.text, answer.text
    assert "Reclamos" not in answer.text


def test_how_a_derived_request_goes_is_asked_by_the_requesters_name(chat, dispatcher) -> None:
    chat(PACIENTES, "sí", "esa no es nuestra, derívala al Servicio de Salud Coquimbo", "sí")
    [answer] = chat("en que va la de rivas?")
    assert "derivada" in answer.text and "Servicio de Salud Coquimbo".lower() in answer.text.lower(), answer.text
    assert stored(dispatcher, TransparencyRequest)[0].status == "derivada"


def test_a_folio_that_is_not_stored_is_not_taken_for_its_neighbour(chat) -> None:
    chat("llegó la solicitud folio MU004T0001300 de Carolina Vega por portal, pide las horas extra de 2025", "sí")
    [answer] = chat("estado de la MU004T0001301")
    assert "MU004T0001301" in answer.text and "Carolina Vega" not in answer.text, answer.text


def test_an_audience_request_named_with_who_speaks_for_it_is_accepted_by_pronoun_onto_the_agenda(
        chat, dispatcher) -> None:
    preview, _ = chat(ROBLES, "sí")
    assert "Inmobiliaria Los Robles SpA" in preview.text and "plan regulador" in preview.text, preview.text
    accepted, _ = chat("acéptela para el jueves a las 11 en el despacho", "sí, perfecto")
    assert "Los Robles" in accepted.text and "jueves 26" in accepted.text and "11:00" in accepted.text, accepted.text
    [audience] = stored(dispatcher, Audience)
    assert audience.status == "aceptada"
    [event] = stored(dispatcher, Event)
    assert "Los Robles" in event.title


def test_an_audience_asked_as_a_meeting_with_the_mayor_is_registered_with_who_asks_for_whom(
        chat, dispatcher) -> None:
    preview, _ = chat("Ingresó solicitud por ley del lobby: Forestal Los Coihues, por medio de su abogada "
                          "Verónica Saavedra, quiere juntarse con la alcaldesa por el camino al vertedero", "sí")
    assert "Saavedra" in preview.text and "camino al vertedero" in preview.text, preview.text
    [audience] = stored(dispatcher, Audience)
    assert audience.applicant == "Verónica Saavedra" and "Coihues" in (audience.represented or ""), audience
    asked, _ = chat("el Club Deportivo Unión pide reunirse con el alcalde por la cancha sintética", "sí")
    assert "Club Deportivo Unión" in asked.text and "cancha sintética" in asked.text, asked.text
    assert len(stored(dispatcher, Audience)) == 2


def test_a_listed_audience_request_is_scheduled_by_whose_it_is(chat, dispatcher) -> None:
    chat("Solicitud de audiencia de lobby: Juan Pablo Errázuriz, lobbista de Inmobiliaria Altos del Parque, "
         "materia: cambio de uso de suelo en avenida Grecia", "sí")
    chat("la Junta de Vecinos Villa Sur pide audiencia por la sede social", "sí")
    _, preview, _ = chat("¿qué audiencias hay por responder?",
                         "agenda la de Errázuriz para el miércoles a las 15 en la sala de concejo", "dale")
    assert "Errázuriz" in preview.text and "15:00" in preview.text, preview.text
    status = {audience.applicant: audience.status for audience in stored(dispatcher, Audience)}
    assert status == {"Juan Pablo Errázuriz": "aceptada", "Junta de Vecinos Villa Sur": "solicitada"}


def test_a_ceremony_headed_by_its_kind_takes_its_title_and_answers_may_name_two_guests(chat, dispatcher) -> None:
    chat("nuevo contacto Francisco Huenchumilla, senador de la República, 9 7000 1122", "sí",
         "nuevo contacto María José Pérez, seremi de Educación, 9 7333 4455", "sí")
    preview, _ = chat("nueva ceremonia: inauguración del Centro Cultural, el viernes 27 a las 12 en la plaza", "sí")
    assert "inauguración del Centro Cultural" in preview.text, preview.text
    chat("invita al senador Huenchumilla y a la seremi Pérez a la inauguración", "sí")
    answered, _ = chat("la seremi Pérez confirmó y el senador también", "sí")
    assert "Pérez" in answered.text and "Huenchumilla" in answered.text, answered.text
    assert {guest.status for guest in stored(dispatcher, CeremonyGuest)} == {GuestStatus.CONFIRMED}
    assert [c.title for c in stored(dispatcher, Ceremony)] == ["inauguración del Centro Cultural"]


def test_a_contacts_new_post_is_told_without_naming_the_field(chat, dispatcher) -> None:
    chat("nuevo contacto Patricio Olivares, director regional del SERVIU, 9 9123 4567", "sí")
    preview, _ = chat("Olivares ya no es director, ahora es seremi de Vivienda", "sí")
    assert "seremi de Vivienda" in preview.text, preview.text
    [contact] = stored(dispatcher, Contact)
    assert contact.role == "seremi de Vivienda" and contact.phone == "+56991234567"


def test_his_phone_right_after_a_contact_was_stored_updates_that_contact(chat, dispatcher) -> None:
    chat("guarda el contacto de Marcela Riquelme, directora del Liceo Industrial, correo mriquelme@liceo.cl", "sí")
    preview, _ = chat("su celular es el 9 8877 1100", "sí")
    assert "Riquelme" in preview.text and "8877" in preview.text, preview.text
    [contact] = stored(dispatcher, Contact)
    assert contact.phone == "+56988771100" and contact.email == "mriquelme@liceo.cl"


def test_a_phone_after_an_abbreviation_like_a_weekday_is_kept(chat, dispatcher) -> None:
    preview, _ = chat("nuevo contacto Carla Soto, jefa de la DOM, 9 6111 2222", "sí")
    assert "6111" in preview.text.replace(" ", "") or "61112222" in preview.text, preview.text
    assert stored(dispatcher, Contact)[0].phone == "+56961112222"


def test_a_contact_look_up_while_a_complaint_waits_leaves_its_department_alone(chat, dispatcher) -> None:
    chat("nuevo contacto Jaime Ortega, director de obras municipales, 9 5444 3322", "sí")
    preview, looked, saved = chat("reclamo de Juan Pérez por un poste caído en calle Maipú 300",
                                  "fono del director de obras", "ok, guárdalo")
    assert "Operaciones" in preview.text, preview.text
    assert "Ortega" in looked.text and "Operaciones" not in looked.text.split("Sigue pendiente")[0], looked.text
    assert "Juan Pérez" in saved.text, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "operaciones"


def test_another_export_is_asked_elliptically(chat) -> None:
    chat("nuevo contacto Carla Soto, jefa de la DOM, 9 6111 2222", "sí")
    complaints, contacts = chat("exporta los reclamos a excel", "y los contactos también")
    assert complaints.attachments and contacts.attachments
    assert contacts.attachments[0].filename.startswith("contactos"), contacts.attachments[0].filename


def test_thanks_while_a_question_waits_is_no_name(chat, dispatcher) -> None:
    asked, thanked = chat("pide audiencia con el alcalde por el plan regulador", "gracias")
    assert asked.pending is not None, asked.text
    # the question still waits, visibly: thanks are answered and store nothing, nor name the applicant
    assert thanked.pending is not None and "nada" in thanked.text.lower(), thanked.text
    assert "pendiente" in thanked.text.lower() and "gracias" not in thanked.text.lower(), thanked.text
    with Session(dispatcher.engine) as session:
        assert not session.exec(select(Audience)).all()


def test_a_guest_sending_a_named_aide_is_answered_with_the_aides_name(chat, dispatcher) -> None:
    chat("agregar contacto Claudio Orrego, gobernador regional, 9 2233 4455", "sí")
    preview, _ = chat("ceremonia municipal: aniversario de Ñuñoa el sábado 28 a las 11 en el Estadio Municipal", "sí")
    assert "aniversario de Ñuñoa" in preview.text, preview.text
    chat("invita al gobernador Orrego al aniversario", "sí")
    answered, _ = chat("el gobernador Orrego manda a su jefe de gabinete, Tomás Vial, en su representación", "sí")
    assert "Tomás Vial" in answered.text, answered.text
    [guest] = stored(dispatcher, CeremonyGuest)
    assert guest.status == GuestStatus.REPRESENTED and "Tomás Vial" in (guest.representative or "")


def test_thanks_while_a_proposal_waits_keep_it_waiting_until_yes(chat, dispatcher) -> None:
    proposed, thanked, stored = chat(
        "llegó solicitud de transparencia de Ana Rivas por el portal, pide las actas del concejo de 2025",
        "gracias, ya te digo", "sí")
    assert proposed.pending is not None, proposed.text
    assert thanked.pending is not None and "pendiente" in thanked.text.lower(), thanked.text
    assert stored.stored, stored.text
