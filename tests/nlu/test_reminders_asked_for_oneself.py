"""A reminder asked for oneself («recuérdame…», «que me recuerdes…», «me recuerdas…») is a one-off activity on the
agenda whose title keeps the action to do («llamar a…», «enviar…», «revisar…»), never a yearly efeméride; a value
taken back with a bare «no» between pauses is replaced; «qué recordatorios tengo» asks for what is coming."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 3, 8, 9, 30)  # a Monday


@pytest.mark.parametrize(("text", "title", "start"), [
    ("recuérdame llamar a la seremi de Salud el miércoles a las 11", "llamar a la seremi de Salud",
     datetime(2027, 3, 10, 11, 0)),
    ("Recuérdeme revisar el presupuesto de Dideco el viernes a las 4", "revisar el presupuesto de Dideco",
     datetime(2027, 3, 12, 16, 0)),
    ("recuérdanos enviar las condolencias a la familia Rojas mañana", "enviar las condolencias a la familia Rojas",
     date(2027, 3, 9)),
    ("que me recuerdes mandar el oficio al gobernador el lunes 15", "mandar el oficio al gobernador",
     date(2027, 3, 15)),
])
def test_a_reminder_keeps_its_action_and_is_an_activity(parser, text, title, start) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create", understanding
    assert understanding.slots["title"] == title
    assert understanding.slots["start"] == start


@pytest.mark.parametrize("text", [
    "recuérdame enviar el saludo a la Armada el 21 de mayo",
    "recuérdeme saludar al Cuerpo de Bomberos el 30 de junio",
    "recuérdame el aniversario del Liceo Politécnico el 4 de abril",
])
def test_a_reminder_with_a_greeting_is_no_efemeride(parser, text) -> None:
    assert parser.parse(text, NOW).intent == "event.create"


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("recuérdame llamar a la jefa de Obras... no, a la jefa de Tránsito el jueves", "Tránsito", "Obras"),
    ("recuérdame enviar el saludo al Club de Leones, no, al Rotary el martes", "Rotary", "Leones"),
])
def test_a_value_taken_back_with_a_bare_no_is_replaced(parser, text, kept, gone) -> None:
    title = parser.parse(text, NOW).slots["title"]
    assert kept in title and gone not in title, title


@pytest.mark.parametrize("text", ["qué recordatorios tengo", "muéstrame mis recordatorios",
                                  "cuáles son mis recordatorios?"])
def test_reminders_asked_for_are_the_agenda_ahead(parser, text) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "agenda.query"
    assert understanding.slots.get("upcoming") is True
