"""«guarda también el contacto de quien firma» right after a signed mail was stored: the contact is the person in
the signature of that mail, previewed before it is written; with no such mail remembered, the bot asks for the
details instead of storing a contact called «quien firma». The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Contact, Invitation
from tests.dialogue.talk import stored

SIGNED_INVITATION = ("Junto con saludar, el Club Deportivo Estrella del Sur invita al señor alcalde a la final del "
                     "campeonato de baby fútbol el sábado 28 a las 16:00 en el estadio techado. Atentamente, "
                     "Rodrigo Saavedra Muñoz, Presidente Club Deportivo Estrella del Sur, cel 9 8123 4567")


@pytest.mark.parametrize("line", [
    "guarda también el contacto de quien firma",
    "agrega a contactos al remitente porfa",
    "y registra el contacto de la persona que firma",
])
def test_the_signer_of_the_mail_just_stored_becomes_the_contact(chat, dispatcher, line: str) -> None:
    *_, preview, done = chat(SIGNED_INVITATION, "sí", line, "sí")
    assert "Rodrigo Saavedra" in preview.text and "quien" not in preview.text.lower(), preview.text
    [invitation] = stored(dispatcher, Invitation)
    [contact] = stored(dispatcher, Contact)
    assert contact.name == "Rodrigo Saavedra Muñoz" and contact.phone == "+56981234567", done.text
    assert invitation.organizer == "Club Deportivo Estrella del Sur"


def test_with_no_signed_mail_remembered_the_details_are_asked_for(chat, dispatcher) -> None:
    [reply] = chat("guarda el contacto de quien firma")
    assert "datos del contacto" in reply.text
    assert reply.pending is None
    assert stored(dispatcher, Contact) == []
