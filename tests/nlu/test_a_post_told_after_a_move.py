"""A move told before the new post («fue trasladada: ahora es comisaria de …») names nothing itself: the contact is
who comes before it, the new post and institution what follows «ahora es»."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 7, 12, 11, 0)


@pytest.mark.parametrize(("text", "reference", "role", "institution"), [
    ("La subcomisaria Paredes fue trasladada: ahora es comisaria de la Segunda Comisaría de Quillota",
     "subcomisaria Paredes", "comisaria de la Segunda Comisaría de Quillota", "Segunda Comisaría de Quillota"),
    ("el teniente Vidal fue trasladado, ahora es subcomisario de la Comisaría de Putaendo", "teniente Vidal",
     "subcomisario de la Comisaría de Putaendo", "Comisaría de Putaendo"),
    ("la doctora Aránguiz fue destinada: ahora es directora del Hospital San Camilo", "doctora Aránguiz",
     "directora del Hospital San Camilo", "Hospital San Camilo"),
])
def test_a_move_then_the_new_post_changes_the_contact(parser, text, reference, role, institution) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.update", understanding
    assert understanding.slots["reference"] == reference
    assert (understanding.slots["role"], understanding.slots["institution"]) == (role, institution)
