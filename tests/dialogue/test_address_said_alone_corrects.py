"""«me equivoqué, avenida Copayapu 218» while a complaint's preview waits: a street and its number said alone correct
its address, and the description that repeated the old address says the new one."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored


@pytest.mark.parametrize("fix", ["me equivoqué, avenida Copayapu 218", "perdón, es avenida Copayapu 218",
                                 "avenida Copayapu 218"])
def test_a_street_and_number_alone_correct_the_address(chat, dispatcher, fix) -> None:
    *_, preview, done = chat("reclamo de don Luis Araya, hoyo profundo en la calzada de avenida Copayapu 812", fix,
                             "sí")
    assert "Copayapu 218" in preview.text and "812" not in preview.text, preview.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address == "avenida Copayapu 218" and "812" not in complaint.description, done.text
