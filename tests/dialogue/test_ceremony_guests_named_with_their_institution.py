"""Two guests told by post and name in one message, joined by «y», where a post names its institution before the
name («el rector de la Universidad de Talca Álvaro Rojas»): both are invited, the capitalised institution does not
swallow the name. Then a guest named by the post alone sends someone in their place («el obispo manda al padre
Luis en su nombre», «la gobernadora viene representada por su jefe de gabinete …»): the representative is recorded
for that guest and named in the protocol greeting. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest
from tests.dialogue.talk import stored

CEREMONY = "ceremonia de aniversario de la comuna el sábado 28 a las 11 en el Teatro Municipal"


def guests(dispatcher) -> dict[str, CeremonyGuest]:
    return {guest.name: guest for guest in stored(dispatcher, CeremonyGuest)}


@pytest.mark.parametrize(("invite", "named"), [
    ("invita al rector de la Universidad de Talca Álvaro Rojas y al obispo Tomás Ruiz",
     {"Álvaro Rojas", "Tomás Ruiz"}),
    ("Por favor, invite a la directora del Liceo de Hualqui Ana Soto y a la jueza Carmen Díaz.",
     {"Ana Soto", "Carmen Díaz"}),
    ("xfa invita a la gobernadora Claudia Ríos y al comandante del Regimiento Tucapel Pedro Lagos",
     {"Claudia Ríos", "Pedro Lagos"}),
    ("invitái al seremi de salud Pedro Soto y a la presidenta de la Cámara de Comercio Marta Vidal",
     {"Pedro Soto", "Marta Vidal"}),
])
def test_both_guests_named_with_their_posts_are_invited(chat, dispatcher, invite, named) -> None:
    chat(CEREMONY, "sí")
    preview, _ = chat(invite, "sí")
    assert all(name in preview.text for name in named) and "No encontré" not in preview.text, preview.text
    assert set(guests(dispatcher)) == named


@pytest.mark.parametrize(("answer", "guest", "representative"), [
    ("el obispo manda al padre Luis en su nombre", "Tomás Ruiz", "padre Luis"),
    ("El obispo envía al padre Luis Pérez en su representación.", "Tomás Ruiz", "padre Luis Pérez"),
    ("oye la gobernadora viene representada por su jefe de gabinete Mario Díaz", "Claudia Ríos", "Mario Díaz"),
    ("la gobernadora mandó a don Mario Díaz en su lugar", "Claudia Ríos", "Mario Díaz"),
])
def test_a_representative_sent_by_a_guest_named_by_post_is_recorded(chat, dispatcher, answer, guest,
                                                                    representative) -> None:
    chat(CEREMONY, "sí", "invita a la gobernadora Claudia Ríos y al obispo Tomás Ruiz", "sí")
    preview, _ = chat(answer, "sí")
    assert guest in preview.text and representative in preview.text, preview.text
    stored_guest = guests(dispatcher)[guest]
    assert stored_guest.representative is not None and representative in stored_guest.representative
    (greeting,) = chat("saludo protocolar")
    assert representative in greeting.text and "en representación" in greeting.text, greeting.text
