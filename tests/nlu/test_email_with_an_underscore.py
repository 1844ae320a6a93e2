"""An e-mail with an underscore, said aloud («guion bajo», «underscore») or typed: the slot keeps the «_», and the
words of the local part stay out of the other slots."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 1, 14, 9, 30)


@pytest.mark.parametrize(("text", "email"), [
    ("Sírvase registrar el contacto de don Mario Cárdenas, correo mario guion bajo cardenas arroba muni punto cl",
     "mario_cardenas@muni.cl"),
    ("oye agrégame a la Paty Muñoz, su correo es paty guión bajo munoz arroba gmail punto com",
     "paty_munoz@gmail.com"),
    ("guardá a la Sra. Ana Rojas, mail ana underscore rojas arroba gmail punto com", "ana_rojas@gmail.com"),
    ("nuevo contacto Luis Vera, correo luis punto vera guion bajo dos arroba muni osorno punto cl",
     "luis.vera_dos@muniosorno.cl"),
])
def test_an_underscore_said_aloud_is_written_in_the_email(parser, text, email) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "contact.create"
    assert understood.slots["email"] == email
    assert "role" not in understood.slots, understood.slots


@pytest.mark.parametrize(("text", "email"), [
    ("agrega contacto Pedro Soto pedro_soto@muni.cl", "pedro_soto@muni.cl"),
    ("Registre por favor el contacto de doña Carmen Rivas, correo c_rivas@Gobierno.cl", "c_rivas@gobierno.cl"),
    ("nuevo contacto Ema Ruiz, ema_ruiz_2@hotmail.com", "ema_ruiz_2@hotmail.com"),
])
def test_a_typed_underscore_stays_in_the_email(parser, text, email) -> None:
    understood = parser.parse(text, NOW)
    assert understood.slots["email"].lower() == email


def test_underscores_that_mark_emphasis_are_dropped(parser) -> None:
    understood = parser.parse("_urgente_ agenda reunión con la DOM mañana a las 10", NOW)
    assert understood.intent == "event.create"
    assert "_" not in understood.slots["title"]
