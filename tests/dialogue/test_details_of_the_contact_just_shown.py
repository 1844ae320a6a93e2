"""«pásame su correo y su cel» right after a contact was stored or shown: that contact's details, not «¿A quién
busca?»."""

from __future__ import annotations

import pytest

CONTACT = "guarda contacto Marcela Fuentes, directora del liceo A-12, fono +56 9 8765 4321, correo mfuentes@liceo.cl"


@pytest.mark.parametrize("ask", ["pásame su correo y su cel", "me pasas su teléfono y su mail porfa",
                                 "cuál es su correo?", "y su número?"])
def test_details_asked_with_a_possessive_are_of_the_contact_in_focus(chat, ask) -> None:
    _, saved, shown = chat(CONTACT, "sí", ask)
    assert saved.stored, saved.text
    assert "mfuentes@liceo.cl" in shown.text or "8765" in shown.text, shown.text
