"""A request told after its reason («…, así que agéndale la corrida»): the activity, its place and its day come
from the request, its full name from where the reason named it (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "title", "place"), [
    ("la alcaldesa quiere ir sí o sí a la trilla campesina de Ninhue, así que agéndale la trilla el sábado a las 11 "
     "en el fundo Las Mercedes", "trilla campesina de Ninhue", "fundo Las Mercedes"),
    ("el jefe no quiere perderse el festival de la voz de Tomé, por eso anótale el festival el viernes a las 20 en "
     "el gimnasio municipal", "festival de la voz de Tomé", "gimnasio municipal"),
])
def test_the_request_after_its_reason_names_the_activity(read, text, title, place):
    understood = read(text)
    assert understood["intent"] == "event.create"
    assert understood["title"] == title
    assert understood["place"] == place


def test_the_consequence_lead_is_no_place(read):
    understood = read("llegó invitación de los Bomberos de Lebu para la cena del sábado a las 9, así que agéndala")
    assert understood["organizer"] == "Bomberos de Lebu"
    assert "place" not in understood
