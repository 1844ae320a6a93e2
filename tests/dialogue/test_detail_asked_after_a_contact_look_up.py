"""«¿y su correo?» right after a look-up showed a contact: a detail of the contact shown, not a new look-up for
«correo» (which finds nobody)."""

from __future__ import annotations

import pytest

CONTACT = "agrega contacto Marcela Fuentes, directora del Cesfam Rural de Quemchi, fono +56 9 8765 4321, " \
          "correo mfuentes@cesfam.cl"


@pytest.mark.parametrize("ask", ["¿Y su correo?", "y su mail?", "y su cel?"])
def test_a_possessive_detail_after_a_look_up_is_of_the_contact_shown(chat, ask) -> None:
    *_, shown = chat(CONTACT, "sí", "¿me pasas el fono de la directora del cesfam?", ask)
    assert "mfuentes@cesfam.cl" in shown.text and "No encontré" not in shown.text, shown.text
