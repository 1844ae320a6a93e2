"""A how-to question about one thing («¿cómo le pido que me recuerde algo?», «y cómo te pido el resumen?») answers
with that capability's help lines only, even right after a record was stored; «ayuda» alone gives everything."""

from __future__ import annotations

import pytest

FULL = "Soy el asistente"


@pytest.mark.parametrize(("question", "topic"), [
    ("¿y cómo le pido que me recuerde algo?", "Recordatorios"),
    ("oye, cómo hago para que me recuerdes una llamada?", "Recordatorios"),
    ("y como te pido el resumen de mañana?", "Resumen"),
    ("¿cómo ingreso un reclamo de un vecino?", "Reclamos"),
])
def test_a_how_to_question_gets_its_topic_only(chat, question, topic) -> None:
    *_, answered = chat("agenda reunión con la junta de vecinos el martes a las 10", "sí", question)
    assert topic in answered.text and FULL not in answered.text, answered.text


def test_help_alone_gives_everything(chat) -> None:
    (answered,) = chat("ayuda")
    assert FULL in answered.text and "Recordatorios" in answered.text


def test_reminders_asked_for_list_what_is_coming(chat) -> None:
    *_, listed = chat("recuérdame llamar al director del hospital el jueves a las 9", "sí",
                      "recuérdame enviar el saludo a la Armada el 15 de diciembre", "sí", "qué recordatorios tengo")
    assert "llamar al director del hospital" in listed.text and "Armada" in listed.text, listed.text


@pytest.mark.parametrize("line", ["buenas! cómo estai", "Hola, ¿cómo está usted?", "wena, cómo estás?"])
def test_small_talk_is_greeted_back(chat, line) -> None:
    (answered,) = chat(line)
    assert "Hola" in answered.text and FULL not in answered.text, answered.text


def test_small_talk_that_asks_for_help_gets_it(chat) -> None:
    (answered,) = chat("hola, cómo estás? qué puedes hacer?")
    assert FULL in answered.text
