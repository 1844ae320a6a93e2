"""Right after a complaint was stored, its resident's surname or house number corrected in words: the surname
alone («el apellido es Quintriqueo, no Quintrequeo»), the name with a letter that spells it («…con i»), the house
number alone, in digits or dictated («era mil doscientos treinta y dos, cambia la dirección»). Each is a change with
a preview that says what it was, a confirmation, an audit row and «deshacer». The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import AuditEntry, Complaint
from tests.dialogue.talk import stored

STORED = ("reclamo de José Quintrequeo, avenida Los Carrera 1230, no pasa el camión de la basura", "sí")


@pytest.mark.parametrize("line", [
    "me equivoqué en el nombre, es José Quintriqueo con i",
    "el apellido es Quintriqueo, no Quintrequeo",
    "perdón, el apellido es Quintriqueo",
    "Disculpe, me equivoqué en el apellido: es Quintriqueo",
])
def test_a_resident_s_surname_corrected_in_words(chat, dispatcher, line: str) -> None:
    *_, proposed, saved, undone = chat(*STORED, line, "sí", "deshacer")
    assert "José Quintriqueo (antes: José Quintrequeo)" in proposed.text, proposed.text
    assert "actualizado" in saved.text, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == "José Quintrequeo", undone.text


@pytest.mark.parametrize(("line", "name"), [
    ("perdón, me confundí con el nombre: es José Quintana, no Quintrequeo", "José Quintana"),
    ("el vecino se llama Josué Quintana, no José", "Josué Quintana"),
    ("oiga, corrija el nombre del reclamante: es Luis Antonio Pérez", "Luis Antonio Pérez"),
    ("cámbiale el nombre al caballero porfa: Juan Quintrequeo Paillal", "Juan Quintrequeo Paillal"),
])
def test_a_resident_s_whole_name_corrected_in_words(chat, dispatcher, line: str, name: str) -> None:
    *_, proposed, saved, undone = chat(*STORED, line, "sí", "deshacer")
    assert f"{name} (antes: José Quintrequeo)" in proposed.text, proposed.text
    assert "actualizado" in saved.text, saved.text
    assert any(entry.entity == "complaint" and entry.action == "update" for entry in stored(dispatcher, AuditEntry))
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == "José Quintrequeo", undone.text


def test_a_resident_s_name_is_corrected_on_a_complaint_shown_later(chat, dispatcher) -> None:
    *_, proposed, _ = chat(*STORED, "agenda de mañana", "¿cómo va el R-2026-0001?",
                           "me equivoqué en el nombre de la vecina, es Rosa Quintrequeo", "sí")
    assert "Rosa Quintrequeo (antes: José Quintrequeo)" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.citizen == "Rosa Quintrequeo"


@pytest.mark.parametrize("line", [
    "eh no, espera, era mil doscientos treinta y dos, cambia la dirección",
    "perdón, la dirección es el 1232",
    "corrija la dirección xfa, es mil doscientos treinta y dos",
    "ojo q la dirección era 1232",
])
def test_a_house_number_alone_corrects_the_stored_address(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(*STORED, line, "sí")
    assert "avenida Los Carrera 1232 (antes: avenida Los Carrera 1230)" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address == "avenida Los Carrera 1232", saved.text


def test_a_corrected_house_number_is_undone(chat, dispatcher) -> None:
    chat(*STORED, "era mil doscientos treinta y dos, cambia la dirección", "sí", "deshacer")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address == "avenida Los Carrera 1230"


@pytest.mark.parametrize(("line", "surname"), [
    ("¿Qué reclamos hay a nombre de Bustos?", "Bustos"),
    ("reclamos a nombre de la sra. Pérez?", "Pérez"),
    ("hay algún reclamo a nombre de Juan Soto", "Juan Soto"),
    ("q reclamos tiene el vecino Muñoz", "Muñoz"),
    ("búscame los reclamos del sr. Quintrequeo", "Quintrequeo"),
])
def test_a_question_about_a_resident_s_complaints_corrects_no_name(chat, dispatcher, line: str,
                                                                    surname: str) -> None:
    *_, answered = chat("reclamo de Pedro Bustos, calle Prat 450, hay un poste caído", "sí", *STORED, line)
    assert "antes:" not in answered.text and "¿Lo cambio?" not in answered.text, answered.text
    assert ("R-2026-0001" in answered.text) == (surname == "Bustos"), answered.text
    assert ("R-2026-0002" in answered.text) == (surname == "Quintrequeo"), answered.text
    assert {complaint.citizen for complaint in stored(dispatcher, Complaint)} == {"Pedro Bustos", "José Quintrequeo"}
