"""A new name for the record in focus («cámbiele el nombre: Cuenta Pública 2026», «el título es …», «ponle de nombre
…», «que se llame …», «cámbiale el nombre a Pedro Soto Rivas» with a contact in focus) is that record's change,
previewed and undoable, with the name as typed: never a look-up of the name («¿Qué efeméride?»). The clock is Monday
23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Contact, Efemeride, Event, Invitation
from tests.dialogue.talk import stored

ACTIVITY = "agenda cuenta pública el jueves 26 a las 10 en el teatro municipal"


@pytest.mark.parametrize(("line", "title"), [
    ("cámbiele el nombre: Cuenta Pública 2026", "Cuenta Pública 2026"),
    ("el título es Cuenta Pública Participativa 2026", "Cuenta Pública Participativa 2026"),
    ("ponle de nombre «Cuenta Pública 2026»", "Cuenta Pública 2026"),
    ("ya, que se llame Cuenta Pública 2026 porfa", "Cuenta Pública 2026"),
])
def test_an_activity_just_stored_is_renamed(chat, dispatcher, line: str, title: str) -> None:
    *_, preview, _ = chat(ACTIVITY, "sí", line, "sí")
    assert "Título" in preview.text and "actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.title == title
    chat("deshacer")
    [event] = stored(dispatcher, Event)
    assert event.title == "cuenta pública"


@pytest.mark.parametrize("line", ["cámbiale el nombre a Pedro Soto Rivas", "el nombre correcto es Pedro Soto Rivas"])
def test_a_contact_in_focus_is_renamed_without_asking_for_an_efemeride(chat, dispatcher, line: str) -> None:
    *_, preview, _ = chat("agrega contacto Pedro Soto, director del liceo A-5, +56 9 1234 5678", "sí", line, "sí")
    assert "efeméride" not in preview.text.lower() and "Pedro Soto Rivas" in preview.text, preview.text
    [contact] = stored(dispatcher, Contact)
    assert contact.name == "Pedro Soto Rivas" and contact.phone


def test_an_efemeride_and_an_invitation_are_renamed(chat, dispatcher) -> None:
    chat("efeméride: aniversario de la escuela Arturo Prat el 14 de mayo", "sí",
         "el nombre correcto es Aniversario Escuela D-45 Arturo Prat", "sí")
    assert "Aniversario Escuela D-45 Arturo Prat" in {e.title for e in stored(dispatcher, Efemeride)}
    chat("llegó invitación del Rotary a la cena aniversario el viernes 27 a las 20 en el club", "sí",
         "cambia el título por Cena de Gala Rotary por favor", "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == "Cena de Gala Rotary"


@pytest.mark.parametrize("news", [
    "Un alcance: la Cámara cambió el nombre de la actividad, ahora es «Cena de Camaradería Empresarial».",
    "le cambiaron el título a la cena, ahora se llama \"Cena de Camaradería Empresarial\"",
    "ojo q el nombre del evento ahora es «Cena de Camaradería Empresarial»",
])
def test_a_rename_told_as_news_with_the_name_quoted(chat, dispatcher, news: str) -> None:
    invitation = ("llegó invitación de la Cámara de Comercio a la cena de fin de año el viernes 18 de diciembre "
                  "a las 21 en el Hotel Diego de Almagro")
    *_, preview, _ = chat(invitation, "sí", news, "sí")
    assert "Cena de Camaradería Empresarial" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == "Cena de Camaradería Empresarial"
