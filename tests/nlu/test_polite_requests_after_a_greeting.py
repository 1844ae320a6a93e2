"""A request asked as a polite question after a greeting («Buenas tardes. ¿Me podría anotar…?», «Le agradecería
registrar…») is the request, not a greeting nor a question about the assistant; a question about the assistant
stays help."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2028, 6, 5, 9, 0)


@pytest.mark.parametrize(("text", "intent"), [
    ("Buenas noches. ¿Me podría ingresar la invitación de la Junta de Vecinos El Mirador a la once del martes 6 a "
     "las 18:00 en la sede?", "invitation.create"),
    ("Hola, buenas tardes. ¿Podría dejar anotado que el alcalde irá a la cena de la Asociación de Camioneros?",
     "invitation.respond"),
    ("Buen día. Le agradecería agendar una reunión con el jefe provincial de Vialidad el jueves a las 11.",
     "event.create"),
    ("Ya lo desmalezaron ayer en la tarde; ¿me lo podría marcar como resuelto?", "complaint.update"),
    ("Buenas tardes, ¿me podría explicar cómo le pido una reunión?", "help"),
    ("buenos días", "help"),
])
def test_the_request_is_read_past_the_greeting_and_the_courtesy(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


def test_the_courtesy_is_no_part_of_the_title(parser):
    slots = parser.parse("Le agradecería registrar la invitación del Club Aéreo de Pucón a su festival aéreo del "
                         "sábado 10 a las 12:00", NOW).slots
    assert "agradeceria" not in slots["title"].lower().replace("í", "i")
