"""What a tester found people say and the bot missed, through the real parser and dispatcher on a SQLite file:
formal «usted» commands with a pronoun, Chilean fillers, complaints found by the resident, vague complaints,
posts the gazetteer does not know, departments named by their name, bookings without a day, a place changed
without naming the record. Sentences written for these tests, in formal, chat and dictated voices."""

from __future__ import annotations

import pytest

from settings import Settings
from storage.models import Complaint, Invitation
from tests.handlers.talk import live

ROTARY = "llegó invitación del Rotary a la cena aniversario el sábado 28 a las 19 hrs en el Club de la Unión"


@pytest.mark.parametrize(("answer", "status"), [("Acéptela, por favor.", "accepted"), ("Declínela.", "declined"),
                                                ("Recházela, el alcalde tiene concejo", "declined"),
                                                ("acéptela nomás", "accepted")])
def test_a_formal_command_with_a_pronoun_answers_the_invitation_in_focus(chat, answer, status):
    chat(ROTARY, "sí")
    preview = chat(answer)
    assert "Rotary" in preview.text and "¿Qué respondo" not in preview.text
    chat("sí")
    [invitation] = live(chat, Invitation)
    assert invitation.status == status


def test_a_formal_close_by_pronoun_resolves_the_complaint_just_stored(chat):
    chat("Reclamo de la vecina Rosa Muñoz por microbasural en calle Prat 1234", "sí")
    preview = chat("Ciérrelo, por favor")
    assert "resuelto" in preview.text
    chat("sí")
    [complaint] = live(chat, Complaint)
    assert complaint.status == "resolved"


@pytest.mark.parametrize("answer", ["acéptala po", "ya po, acéptala altiro", "acéptala nomás cachai"])
def test_a_filler_is_not_taken_for_the_invitation(chat, answer):
    chat(ROTARY, "sí")
    preview = chat(answer)
    assert "No encontré" not in preview.text and "Rotary" in preview.text
    chat("si po")
    [invitation] = live(chat, Invitation)
    assert invitation.status == "accepted"


def _two_complaints(chat) -> None:
    chat("reclamo de la señora Marta Tapia por un perro suelto en pasaje Los Cobres 45", "sí")
    chat("Reclamo de la vecina Ana Soto por luminaria apagada en avenida Grecia 1200", "sí")


@pytest.mark.parametrize("question", ["busca el reclamo d la sra tapia", "reclamo de la sra tapia?",
                                      "¿Me muestra el reclamo de la señora Tapia?"])
def test_a_complaint_looked_up_by_the_residents_name_is_found_not_started(chat, question):
    _two_complaints(chat)
    found = chat(question)
    assert "Marta Tapia" in found.text and "Ana Soto" not in found.text
    assert "¿Cuál es el reclamo" not in found.text
    assert len(live(chat, Complaint)) == 2


def test_complaints_in_a_neighbourhood_are_filtered_by_it(chat):
    _two_complaints(chat)
    found = chat("reclamos en Los Cobres")
    assert "Marta Tapia" in found.text and "Ana Soto" not in found.text


@pytest.mark.parametrize("opening", ["hay un vecino con un problema", "Tengo el caso de una vecina, señora Olga Díaz",
                                     "vecino don Luis Rojas de pasaje Los Aromos 12 tiene un problema, su fono es "
                                     "9 8765 4321"])
def test_a_vague_complaint_asks_what_happened_and_keeps_what_was_given(chat, opening):
    asked = chat(opening)
    if "1. Ingresar un reclamo" in asked.text:  # an unsure reading is offered first: the complaint is picked
        asked = chat("1")
        assert asked.text.startswith(("¿Qué pasó?", "¿Cuál es el reclamo"))
    else:
        assert asked.text.startswith("¿Qué pasó?")
    assert "¿Lo guardo?" not in asked.text
    preview = chat("se le cayó un árbol encima del auto")
    assert "árbol encima del auto" in preview.text and "problema" not in preview.text
    if "Rojas" in opening:
        assert "Luis Rojas" in preview.text and "+56987654321" in preview.text and "Los Aromos 12" in preview.text
    chat("sí")
    [complaint] = live(chat, Complaint)
    assert complaint.description == "se le cayó un árbol encima del auto"


def test_a_complaint_that_says_what_happened_is_proposed_at_once(chat):
    preview = chat("un vecino tiene un problema con el alumbrado de su pasaje, está apagado hace una semana")
    assert "¿Lo guardo?" in preview.text and "alumbrado" in preview.text


@pytest.mark.parametrize(("correction", "name"), [("es de gestión del riesgo", "Gestión del Riesgo de Desastres"),
                                                  ("no, es de salud", "Salud y Educación Municipal")])
def test_a_department_named_by_its_name_while_the_complaint_waits_is_the_one_stored(chat, correction, name):
    chat("reclamo de la vecina Rosa Muñoz por basura en calle Prat 1234")
    preview = chat(correction)
    assert f"Departamento: {name}" in preview.text
    chat("sí")
    [complaint] = live(chat, Complaint)
    assert Settings().department(complaint.department).name == name


def test_a_place_changed_without_naming_it_changes_the_invitation_in_focus(chat):
    chat(ROTARY, "sí")
    preview = chat("cámbiale el lugar, ahora es en el Centro Cultural de La Florida")
    assert "efeméride" not in preview.text and "Centro Cultural de La Florida" in preview.text
    chat("sí")
    [invitation] = live(chat, Invitation)
    assert invitation.place == "Centro Cultural de La Florida"


@pytest.mark.parametrize("booking", ["agenda operativo la próxima semana",
                                     "agendame reunión con la DOM el fin de semana"])
def test_a_booking_without_a_day_asks_which_day(chat, booking):
    asked = chat(booking)
    assert "qué día" in asked.text and "No hay actividades" not in asked.text
    preview = chat("el viernes 4 de diciembre a las 9")
    assert "viernes 4 de diciembre, 09:00" in preview.text
