"""A writer who takes back a title, an organizer or a place in the same message («a la feria del libro... perdón, al
lanzamiento de la revista…», «de la Cámara de Comercio, digo, del Rotary…»): the value after the mark wins, though
the value taken back is longer than a day or an hour, the mark follows an ellipsis or a dash, and the head of the
new value is a contraction of the old one's («a la» → «al»). The words taken back reach no slot. Sentences written
for these tests, in other comunas and on other dates than any corpus line."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 3, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("La Viña Santa Berta invita al alcalde a la fiesta de la cosecha... perdón, al lanzamiento del espumante de "
     "la casa el viernes 12 a las siete en la bodega", "title", "lanzamiento del espumante de la casa"),
    ("la Escuela Rural Los Maitenes invita a la alcaldesa a la feria científica - perdón - a la muestra de "
     "talentos el miércoles 10 a las 10 en el patio techado", "title", "muestra de talentos"),
    ("llegó invitación de la Cámara de Comercio de Linares, digo, del Rotary Club de Linares para la cena de "
     "aniversario el viernes 19 a las nueve", "organizer", "Rotary Club de Linares"),
    ("anote la capacitación de brigadistas en la sede de la junta de vecinos Los Aromos, mejor dicho, en el "
     "cuartel de bomberos el jueves 11 a las 15", "place", "cuartel de bomberos"),
])
def test_the_value_after_the_correction_wins(parser, text, slot, value):
    assert parser.parse(text, NOW).slots[slot] == value


def test_a_correction_inside_a_title_leaves_no_trace_of_what_was_taken_back(parser):
    understanding = parser.parse("agende una reunión con los dirigentes del club de huasos, digo, con la directiva "
                                 "de la asociación de rodeo el martes a las diez", NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"] == "reunión con la directiva de la asociación de rodeo"
    assert understanding.slots["start"] == datetime(2027, 3, 9, 10, 0)


def test_an_apology_with_an_ellipsis_takes_nothing_back(parser):
    understanding = parser.parse("perdón... agende la once con las tejedoras de Curepto el jueves a las 5", NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"] == "once con las tejedoras de Curepto"
