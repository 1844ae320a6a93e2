"""A post or office «de las/de los + sector» («la seremi de las culturas», «la subsecretaría de los derechos
humanos») keeps the whole sector as who invites: the sector list is read after the article and holds the plural
names of the ministries (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("holi llego invitacion de la seremi de las culturas pal lanzamiento del mes del teatro el jueves 11 a las 12",
     "seremi de las culturas", "lanzamiento del mes del teatro"),
    ("Se recibió invitación de la Seremi de las Mujeres al conversatorio sobre autonomía el viernes 12 a las 10",
     "Seremi de las Mujeres", "conversatorio sobre autonomía"),
    ("oye te cuento q la subsecretaría de los derechos humanos invita al alcalde al acto de memoria el martes a las 11",
     "subsecretaría de los derechos humanos", "acto de memoria"),
    ("llegó invitación del ministerio de las culturas pa la inauguración de la muestra el sábado 13 a las 19",
     "ministerio de las culturas", "inauguración de la muestra"),
    ("mire, invitación de la dirección de obras hidráulicas, eh, a la entrega del canal el miércoles a las 9",
     "dirección de obras hidráulicas", "entrega del canal"),
])
def test_a_plural_sector_stays_in_the_organizer(read, text, organizer, title):
    slots = read(text)
    assert (slots["intent"], slots["organizer"], slots["title"]) == ("invitation.create", organizer, title)


def test_a_plural_sector_stays_in_a_contact_asked_for(read):
    assert read("fono de la seremi de las mujeres xfa")["query"] == "seremi de las mujeres"
