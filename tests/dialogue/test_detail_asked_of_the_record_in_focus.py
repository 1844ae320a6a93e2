"""A question about one detail of the record just stored, changed or brought back by «deshacer» («¿con qué número
quedó?», «¿dónde quedó al final la reunión?») is answered with that detail as stored: it is neither a contact search
for the detail's name nor a change to a place called «final»."""

from __future__ import annotations

import pytest

from storage.models import Event
from tests.dialogue.talk import stored

COMPLAINT = "reclamo del vecino Jorge Tapia por un poste caído en Los Alerces 455, cel 9 7123 4567"
MEETING = "agenda reunión con la directiva del club deportivo el jueves 26 a las 18 en la sede social"
DINNER = "llegó invitación del Rotary a la cena aniversario el sábado 28 a las 20 en el Club de la Unión"


PHONE, ADDRESS = "+56971234567", "Los Alerces 455"


@pytest.mark.parametrize(("question", "detail"), [
    ("¿qué teléfono le quedó?", PHONE), ("oiga, ¿con qué dirección quedó el reclamo?", ADDRESS),
    ("en q direccion quedó el vecino?", ADDRESS), ("¿Con qué número quedó?", PHONE),
    # the detail and «quedó» in any order
    ("¿le quedó el cel?", PHONE), ("y la dirección, ¿cómo quedó?", ADDRESS), ("¿el fono quedó bien?", PHONE)])
def test_a_detail_of_the_complaint_just_stored(chat, question: str, detail: str) -> None:
    *_, shown = chat(COMPLAINT, "sí", question)
    assert "R-2026-0001" in shown.text and detail in shown.text, shown.text
    assert "No encontré" not in shown.text and shown.pending is None


@pytest.mark.parametrize(("question", "detail"), [
    ("¿a qué hora quedó finalmente la reunión con la directiva?", "18:00"),
    ("¿y al final dónde quedó la reunión?", "sede social"), ("¿en qué lugar quedó entonces?", "sede social"),
    ("pa q hora quedó?", "18:00")])
def test_a_detail_of_the_activity_after_its_change_was_undone(chat, dispatcher, question: str, detail: str) -> None:
    *_, undone, shown = chat(MEETING, "sí", "cámbiala para las 19", "sí", "deshacer", question)
    assert "Deshecho" in undone.text, undone.text
    assert detail in shown.text and shown.pending is None, shown.text
    [meeting] = stored(dispatcher, Event)
    assert meeting.place == "sede social"


@pytest.mark.parametrize("question", ["¿dónde quedó al final la cena?", "¿el lugar cómo quedó?"])
def test_where_the_invitation_just_stored_ended_up(chat, question: str) -> None:
    *_, shown = chat(DINNER, "sí", question)
    assert "Club de la Unión" in shown.text and shown.pending is None, shown.text


def test_words_that_name_no_record_in_focus_are_asked_as_usual(chat) -> None:
    """«¿cuál es el correo de la seremi?» after a complaint names someone else: a contact look-up, not the complaint."""
    *_, asked = chat(COMPLAINT, "sí", "¿cuál es el correo de la seremi de salud?")
    assert "R-2026-0001" not in asked.text, asked.text

