"""An address corrected while a complaint waits to be confirmed («no, perdón, es Millán 470, no 740») is corrected in
the description too, also where the description holds it without the street type or article the address opens with
(«hoyo en la vereda, Millán 740» for «calle Millán 740»): the preview and the stored complaint never keep the old
number (sentences written for these tests only)."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("complaint", "fix", "old", "new"), [
    ("oiga, mire, reclamo de don Segundo Carrasco, eh, que hay un hoyo en la vereda, en la calle Millán 740, "
     "Millán 740",
     "no, perdón, perdón, es Millán 470, no 740", "740", "Millán 470"),
    ("reclamo de la vecina Rosa Pinto, q hay basura acumulada en Los Aromos 88, en el pasaje Los Aromos 88",
     "no, era Los Aromos 98 xfa", "88", "Los Aromos 98"),
    ("Reclamo de don Luis Soto: semáforo apagado, Prat 1234, en la avenida Prat 1234",
     "Corrijo: la dirección es avenida Prat 1243.", "1234", "Prat 1243"),
])
def test_the_description_follows_the_corrected_address(chat, dispatcher, complaint, fix, old, new) -> None:
    chat(complaint)
    [preview] = chat(fix)
    assert new in preview.text and old not in preview.text, preview.text
    chat("sí")
    [stored_complaint] = stored(dispatcher, Complaint)
    assert new in stored_complaint.address and old not in stored_complaint.description, stored_complaint.description
