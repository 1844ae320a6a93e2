"""«la dirección exacta es Chacabuco 318», «el número es el 318» while a complaint whose address has no number waits:
the address is completed or replaced and the preview shown again, never a «sí o no» asked again or a contact
searched for the number."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

REPORT = "reclamo: perros vagos rompen la basura en la esquina de calle Chacabuco"


@pytest.mark.parametrize(("fix", "address"), [
    ("la dirección exacta es Chacabuco 318", "Chacabuco 318"),
    ("el número es el 318", "calle Chacabuco 318"),
    ("ojo que es chacabuco trescientos dieciocho", "calle Chacabuco 318"),
    ("ojo, la dirección correcta es pasaje Los Aromos 27", "pasaje Los Aromos 27"),
])
def test_an_address_told_after_the_complaint_is_taken(chat, dispatcher, fix, address) -> None:
    *_, preview, done = chat(REPORT, fix, "sí")
    assert f"Dirección: {address}" in preview.text, preview.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address == address, done.text


def test_a_short_number_alone_is_no_house_number(chat) -> None:
    *_, reply = chat(REPORT, "es el 15")
    assert "Chacabuco 15" not in reply.text, reply.text
