"""A question about one detail of a record in focus («¿q fono le quedó a la vecina?», «¿a qué hora era lo del club?»,
«¿dónde es la reunión con los dirigentes?») is answered in one line: that detail, after the record's short name; the
whole record (or its day's agenda) only when no single detail is asked («¿quedó bien?»). The clock is Monday 23
November 2026."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo del vecino Jorge Tapia por un poste caído en Los Alerces 455, cel 9 7123 4567"
MEETING = "agenda reunión con la directiva del club deportivo el jueves 26 a las 18 en la sede social"
DINNER = "llegó invitación de la Cámara de Comercio a la cena de fin de año el sábado 28 a las 20 en el Hotel Gavina"
STORED = (DINNER, "sí", MEETING, "sí", COMPLAINT, "sí")


@pytest.mark.parametrize(("question", "answer", "left_out"), [
    ("¿qué cel le quedó al vecino?", "+56971234567", "Los Alerces"),
    ("oiga, ¿con qué dirección quedó el reclamo?", "Los Alerces 455", "+56971234567"),
    ("¿a qué hora era lo de la Cámara?", "20:00", "Hotel Gavina"),
    ("¿dónde era la cena de fin de año?", "Hotel Gavina", "20:00"),
    ("¿dónde es la reunión con la directiva del club?", "sede social", "18:00"),
    ("¿a q hora es la reunión con la directiva?", "18:00", "sede social"),
])
def test_the_detail_asked_is_answered_alone(chat, question, answer, left_out) -> None:
    *_, said = chat(*STORED, question)
    assert answer in said.text and left_out not in said.text, said.text
    assert "\n" not in said.text.strip() and said.pending is None, said.text


def test_the_answer_names_the_record(chat) -> None:
    *_, said = chat(*STORED, "¿q fono le quedó al vecino?")
    assert "R-2026-0001" in said.text and "Jorge Tapia" in said.text, said.text


def test_a_detail_not_stored_says_so(chat) -> None:
    *_, said = chat(DINNER, "sí", "reclamo de la vecina Rosa Vera por basura en la esquina de Prat con Maipú", "sí",
                    "¿con qué número quedó la vecina?")
    assert "sin teléfono" in said.text and "\n" not in said.text.strip(), said.text


def test_a_question_of_no_single_detail_shows_the_record(chat) -> None:
    *_, said = chat(COMPLAINT, "sí", "¿quedó bien?")
    assert "Los Alerces 455" in said.text and "+56971234567" in said.text, said.text
