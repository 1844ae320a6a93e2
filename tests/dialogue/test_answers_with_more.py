"""Answers that say more than the word asked for: a reason after a «no», an undo with its reason, the rest of
what the request was about, thanks while a question waits, an «ok» after «ya está registrada», the place of a
list item with a reason after it."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact, Event, Invitation
from tests.dialogue.talk import stored


def test_no_in_words_then_a_reason_discards_and_cancels_no_activity(chat, dispatcher) -> None:
    chat("agenda almuerzo con los dirigentes de la feria libre el jueves 26 a las 13", "sí")
    _, answer = chat("agenda visita a la población Los Copihues el viernes 27 a las 10",
                     "no, anúlalo, todavía no confirman la hora")
    assert answer.text.startswith("Descartado"), answer.text
    assert [event.cancelled_at for event in stored(dispatcher, Event)] == [None]


def test_undo_said_with_its_reason_undoes(chat, dispatcher) -> None:
    *_, undone = chat("reclamo del vecino Hernán Soto por un semáforo apagado en Av. Matta con Serrano", "sí",
                      "uy, ese ya lo había ingresado la oficina de partes, deshaz lo último")
    assert undone.text.startswith("Deshecho"), undone.text
    assert stored(dispatcher, Complaint) == []


def test_the_answer_goes_on_with_what_the_request_was_about(chat) -> None:
    asked, preview = chat("hay que agendar una reunión",
                          "con los apoderados del liceo Bicentenario, el miércoles 25 a las 5")
    assert asked.pending is not None and asked.pending.slot == "start", asked.text
    assert "reunión con los apoderados del liceo Bicentenario" in preview.text, preview.text
    assert "miércoles 25 de noviembre, 17:00" in preview.text, preview.text


def test_a_place_named_after_sede_keeps_the_word(chat) -> None:
    *_, preview = chat("agenda reunión con la junta de vecinos Los Pinos el martes 24 a las 19",
                       "en la sede de la junta")
    assert "Lugar: sede de la junta" in preview.text, preview.text


def test_thanks_while_a_question_waits_is_no_answer(chat) -> None:
    asked, thanked, preview = chat("agenda reunión con el seremi de vivienda", "muchas gracias",
                                   "el lunes 30 a las 9")
    assert thanked.text.startswith("De nada") and thanked.pending == asked.pending, thanked.text
    assert "Sigue pendiente completar" in thanked.text
    assert "lunes 30 de noviembre, 09:00" in preview.text, preview.text


def test_an_ok_after_a_contact_already_stored_says_it_again(chat, dispatcher) -> None:
    contact = "nuevo contacto Rosa Aguilera, directora del Cesfam Sur, 9 7788 1122"
    *_, again, ok = chat(contact, "sí", contact, "conforme")
    assert "ya está registrado" in again.text, again.text
    assert "ya está registrado" in ok.text and "Rosa Aguilera" in ok.text, ok.text
    assert len(stored(dispatcher, Contact)) == 1


def test_the_place_in_the_list_wins_over_the_reason_said_after_it(chat, dispatcher) -> None:
    chat("llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20", "sí",
         "llegó invitación de la Escuela Básica Los Andes a la muestra de talentos el viernes 27 a las 11", "sí",
         "invitaciones pendientes")
    preview, _ = chat("decline la primera, el alcalde tiene reunión de directorio ese día", "sí")
    assert "muestra de talentos" in preview.text and "cena" not in preview.text, preview.text
    statuses = {invitation.title: invitation.status for invitation in stored(dispatcher, Invitation)}
    assert statuses == {"cena aniversario": "pending", "muestra de talentos": "declined"}, statuses


def test_a_short_question_after_a_transparency_request_shows_it(chat) -> None:
    *_, shown = chat("llegó por el portal la solicitud de transparencia folio MU140T0000322 de Jorge Millán, pide "
                     "los permisos de edificación de 2025, la responde obras", "sí", "¿cuándo vence?")
    assert "MU140T0000322" in shown.text and "vence" in shown.text, shown.text


def test_a_verb_carrying_the_record_answers_the_one_in_focus_whatever_else_it_says(chat, dispatcher) -> None:
    chat("llegó invitación del Club de Huasos a la ramada el viernes 27 a las 20", "sí",
         "la Constructora Sur Austral pide audiencia por el loteo del sector alto", "sí")
    preview, _ = chat("acéptela para el miércoles 25 a las 12 en la alcaldía", "sí")
    assert "Constructora Sur Austral" in preview.text and "miércoles 25 de noviembre, 12:00" in preview.text, \
        preview.text
    [event] = stored(dispatcher, Event)
    assert "Constructora Sur Austral" in event.title


def test_an_invitation_without_an_hour_asks_for_it_and_the_hour_said_next_corrects_it(chat, dispatcher) -> None:
    preview, corrected, _ = chat("Llegó invitación del Club de Rodeo Los Quillayes a la final del campeonato el "
                                 "domingo 29 en la medialuna", "a las 4 de la tarde", "sí")
    assert "No dice la hora" in preview.text, preview.text
    assert "domingo 29 de noviembre, 16:00" in corrected.text, corrected.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.start_at is not None and invitation.start_at.astimezone(dispatcher.settings.zone).hour == 16


def test_a_pronoun_verb_after_a_reason_removes_the_contact_in_focus(chat, dispatcher) -> None:
    chat("nuevo contacto Gonzalo Pizarro, jefe del Departamento de Tránsito, 9 6655 4433", "sí",
         "fono del jefe de tránsito")
    preview, _ = chat("se jubiló el mes pasado, bórrelo", "sí")
    assert "Gonzalo Pizarro" in preview.text and "efeméride" not in preview.text, preview.text
    assert stored(dispatcher, Contact) == []


def test_an_item_of_the_agenda_named_by_a_word_and_a_cancelling_verb_is_cancelled(chat, dispatcher) -> None:
    chat("agenda reunión con la cooperativa de agua potable el martes 24 a las 9", "sí",
         "agenda visita al jardín infantil el martes 24 a las 12", "sí", "q hay el martes 24")
    preview, _ = chat("la del jardín se suspende", "sí")
    assert "jardín infantil" in preview.text, preview.text
    cancelled = {event.title: event.cancelled_at is not None for event in stored(dispatcher, Event)}
    assert cancelled == {"reunión con la cooperativa de agua potable": False, "visita al jardín infantil": True}


def test_a_record_named_before_a_pronoun_verb_is_the_one_changed(chat, dispatcher) -> None:
    chat("agenda visita al hospital base el jueves 26 a las 11", "sí",
         "agenda reunión con el director del liceo el viernes 27 a las 15", "sí")
    preview, _ = chat("la visita al hospital pásala pal viernes a la misma hora", "sí")
    assert "visita al hospital base" in preview.text and "11:00" in preview.text, preview.text
    moved = {event.title: event.day.day for event in stored(dispatcher, Event)}
    assert moved == {"visita al hospital base": 27, "reunión con el director del liceo": 27}, moved


def test_one_more_transparency_request_and_its_derivation_named_by_the_requester(chat, dispatcher) -> None:
    from storage.legal import TransparencyRequest
    chat("llegó por el portal la solicitud de transparencia folio MU140T0000322 de Jorge Millán, pide los permisos "
         "de edificación de 2025, la responde obras", "sí")
    other, _ = chat("ingrese otra: la señora Rosa Catrileo pide por carta los sumarios del 2024, la responde jurídica",
                    "sí")
    assert "Rosa Catrileo" in other.text and "reclamo" not in other.text.lower(), other.text
    derived, done = chat("la de la señora Catrileo se deriva a la Contraloría", "sí")
    assert "Catrileo" in derived.text and "Contraloría" in done.text, done.text
    assert {request.requester: request.status for request in stored(dispatcher, TransparencyRequest)} == {
        "Jorge Millán": "recibida", "Rosa Catrileo": "derivada"}


def test_a_proposal_said_no_to_comes_back_when_its_details_arrive(chat, dispatcher) -> None:
    chat("agenda almuerzo con el club de adulto mayor Las Camelias el viernes 27", "no, todavía no confirman")
    assert stored(dispatcher, Event) == []
    looked, back, _ = chat("q tiene el alcalde el viernes 27",
                           "ya, ahora sí confirmaron: el viernes 27 a la 1 el almuerzo de Las Camelias", "sí")
    assert "Las Camelias" not in looked.text, looked.text
    assert "Retomo la propuesta" in back.text and "13:00" in back.text, back.text
    [event] = stored(dispatcher, Event)
    assert event.title == "almuerzo con el club de adulto mayor Las Camelias"


def test_a_proposal_said_no_to_does_not_come_back_for_another_request(chat, dispatcher) -> None:
    *_, other = chat("agenda almuerzo con el club de adulto mayor Las Camelias el viernes 27", "no",
                     "agenda reunión con el seremi de salud el viernes 27 a las 10")
    assert "Retomo" not in other.text and "seremi de salud" in other.text, other.text


@pytest.mark.parametrize("line", [
    "anota q el viernes 27 a la 1 hay almuerzo de coordinación con la DOM en la sala de concejo",
    "Agende, por favor, el almuerzo de camaradería de los bomberos el viernes 27 a la 1",
])
def test_a_new_record_of_the_same_kind_after_a_no_is_not_the_refused_one(chat, dispatcher, line: str) -> None:
    *_, other, _ = chat("agenda almuerzo con el club de adulto mayor Las Camelias el viernes 27", "no", line, "sí")
    assert "Retomo" not in other.text and "Las Camelias" not in other.text, other.text
    [event] = stored(dispatcher, Event)
    assert "Las Camelias" not in event.title
