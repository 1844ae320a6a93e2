"""A ceremony stored, then an authority added as a contact: «invita al comandante Rojas al desfile» adds that contact
to the ceremony's guests (not a new invitation to the mayor waiting for its day), and «el comandante Rojas confirmó
asistencia» is the guest's answer (not an invitation to the mayor that is not found). The clock is Monday 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest, GuestStatus
from storage.models import Invitation
from tests.dialogue.talk import stored

CEREMONIES = {
    "desfile": "ceremonia del desfile de aniversario de la comuna el sábado 28 a las 10 en la avenida principal",
    "inauguración": "nueva ceremonia: inauguración del Centro Cultural, el viernes 27 a las 12 en la plaza",
}
CONTACTS = {
    "Rojas": "nuevo contacto comandante Patricio Rojas, jefe del regimiento, 9 7111 2233",
    "Soto": "nuevo contacto diputada Carolina Soto, Cámara de Diputados, 9 7444 5566",
}


@pytest.mark.parametrize(("ceremony", "surname", "invite", "answer"), [
    ("desfile", "Rojas", "invita al comandante Rojas al desfile", "el comandante Rojas confirmó asistencia"),
    ("inauguración", "Soto", "invita a la diputada Soto a la inauguración", "la diputada Soto confirmó"),
])
def test_a_contact_stored_after_the_ceremony_is_invited_and_answers(chat, dispatcher, ceremony: str, surname: str,
                                                                    invite: str, answer: str) -> None:
    chat(CEREMONIES[ceremony], "sí", CONTACTS[surname], "sí")
    proposed, _ = chat(invite, "sí")
    assert surname in proposed.text and proposed.pending is not None, proposed.text
    [guest] = stored(dispatcher, CeremonyGuest)
    assert surname in guest.name and not stored(dispatcher, Invitation)
    answered, _ = chat(answer, "sí")
    assert surname in answered.text, answered.text
    [guest] = stored(dispatcher, CeremonyGuest)
    assert guest.status == GuestStatus.CONFIRMED
