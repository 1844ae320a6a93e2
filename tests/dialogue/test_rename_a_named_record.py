"""A new name for a record the message names, in either order («cámbiale el nombre a la reunión del jueves: X», «el
título de la reunión con el seremi cámbialo a X», «renombra la efeméride … como X»): the words that name the record
pick it (not the one in focus), only the new words become its name, and the change is previewed old → new,
confirmed and undoable. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Contact, Efemeride, Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con el seremi de salud el jueves 26 a las 10"
OTHER = "agenda visita a la escuela Arturo Prat el viernes 27 a las 11"


@pytest.mark.parametrize("line", [
    "Por favor, cámbiele el nombre a la reunión del jueves: Mesa de trabajo con Salud",
    "el título de la reunión con el seremi cámbialo a Mesa de trabajo con Salud xfa",
    "cambiale el título a la reunión del jueves por Mesa de trabajo con Salud",
    "el nombre de la actividad del jueves déjalo como Mesa de trabajo con Salud",
    "renombra la reunión con el seremi como «Mesa de trabajo con Salud»",
    "cámbiale el nombre a la reunión del jueves para que se llame Mesa de trabajo con Salud",
])
def test_an_activity_named_gets_only_the_new_title(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat(MEETING, "sí", OTHER, "sí", line, "sí")
    assert "actividad N° 1" in preview.text and "(antes: reunión con el seremi de salud)" in preview.text, preview.text
    meeting, visit = sorted(stored(dispatcher, Event), key=lambda event: event.id)
    assert meeting.title == "Mesa de trabajo con Salud"
    assert visit.title == "visita a la escuela Arturo Prat"
    chat("deshacer")
    meeting, _ = sorted(stored(dispatcher, Event), key=lambda event: event.id)
    assert meeting.title == "reunión con el seremi de salud"


def test_an_activity_named_that_is_not_there_is_said_so(chat, dispatcher) -> None:
    *_, reply = chat(MEETING, "sí", "el título de la reunión del lunes cámbialo a mesa técnica")
    assert "No encontré" in reply.text, reply.text
    [meeting] = stored(dispatcher, Event)
    assert meeting.title == "reunión con el seremi de salud"


@pytest.mark.parametrize("line", [
    "cámbiele el título a la invitación del Rotary por Cena de Gala Rotary",
    "el título de la invitación del rotary cámbialo a Cena de Gala Rotary porfa",
    "renombra la invitación del Rotary como «Cena de Gala Rotary»",
    "el nombre de la invitación del rotary déjelo como Cena de Gala Rotary",
])
def test_an_invitation_named_gets_only_the_new_title(chat, dispatcher, line: str) -> None:
    invitation = "llegó invitación del Rotary a la cena aniversario el viernes 27 a las 20 en el club"
    *_, preview, _ = chat(invitation, "sí", MEETING, "sí", line, "sí")
    assert "invitación N°" in preview.text and "antes:" in preview.text, preview.text
    [kept] = stored(dispatcher, Invitation)
    assert kept.title == "Cena de Gala Rotary"
    assert [event.title for event in stored(dispatcher, Event)] == ["reunión con el seremi de salud"]


@pytest.mark.parametrize("line", [
    "cámbiale el nombre a la efeméride de la escuela Arturo Prat: Aniversario Escuela D-45",
    "el nombre de la efeméride de la escuela Arturo Prat cámbialo a Aniversario Escuela D-45",
    "renombre la efeméride de la escuela Arturo Prat como Aniversario Escuela D-45, por favor",
    "ponle de nombre a la efeméride de la escuela: Aniversario Escuela D-45",
])
def test_an_efemeride_named_gets_only_the_new_name(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat("efeméride: aniversario de la escuela Arturo Prat el 14 de mayo", "sí", MEETING, "sí",
                          line, "sí")
    assert "efeméride" in preview.text and "(antes: aniversario de la escuela Arturo Prat)" in preview.text, \
        preview.text
    [kept] = stored(dispatcher, Efemeride)
    assert kept.title == "Aniversario Escuela D-45"
    chat("deshacer")
    [kept] = stored(dispatcher, Efemeride)
    assert kept.title == "aniversario de la escuela Arturo Prat"


def test_a_contact_named_gets_only_the_new_name(chat, dispatcher) -> None:
    *_, preview, _ = chat("contacto: Jorge Tapia, director del DAEM, fono 987654321", "sí", MEETING, "sí",
                          "cámbiale el nombre al contacto Jorge Tapia: Jorge Tapia Rojas", "sí")
    assert "efeméride" not in preview.text.lower(), preview.text
    [kept] = stored(dispatcher, Contact)
    assert kept.name == "Jorge Tapia Rojas" and kept.phone
    assert [event.title for event in stored(dispatcher, Event)] == ["reunión con el seremi de salud"]
