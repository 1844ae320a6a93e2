"""A field named before the verb that changes it, for the record in focus («el lugar cámbialo a la sede vecinal», «la
hora pásala a las 11», «el fono cámbiaselo al 9 1234 5678»): that field only changes, and its new value holds no
verb nor courtesy."""

from __future__ import annotations

import pytest

from storage.models import Contact, Event
from tests.dialogue.talk import stored

EVENT = "agenda reunión con la directiva del club de rayuela el miércoles 25 a las 10 en el salón"
CONTACT = "contacto: Jorge Tapia, director del DAEM, fono 987654321"


@pytest.mark.parametrize("line", [
    "el lugar cámbialo a la sede vecinal",
    "el lugar, por favor déjelo en la sede vecinal",
    "el lugar xfa muévanlo pa la sede vecinal",
    "el lugar cambialo coma a la sede vecinal",
])
def test_the_place_named_first_is_the_new_place(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(EVENT, "sí", line, "sí")
    [kept] = stored(dispatcher, Event)
    assert kept.place == "sede vecinal", proposed.text
    assert "10:00" in saved.text, saved.text


@pytest.mark.parametrize("line", ["la hora pásala a las 11", "la hora cámbiela a las 11 por favor",
                                  "la hora córranla pa las 11"])
def test_the_hour_named_first_is_the_new_hour(chat, dispatcher, line: str) -> None:
    *_, proposed, saved = chat(EVENT, "sí", line, "sí")
    [kept] = stored(dispatcher, Event)
    assert kept.place == "salón" and "11:00" in saved.text, proposed.text


@pytest.mark.parametrize("line", ["el fono cámbiaselo al 9 1234 5678", "el teléfono cámbielo por el 912345678 xfa",
                                  "el celu ponle el nueve uno dos tres cuatro cinco seis siete ocho"])
def test_the_phone_named_first_is_the_new_phone(chat, dispatcher, line: str) -> None:
    *_, proposed, _ = chat(CONTACT, "sí", line, "sí")
    [kept] = stored(dispatcher, Contact)
    assert kept.phone == "+56912345678", proposed.text
    assert kept.role == "director del DAEM", proposed.text
