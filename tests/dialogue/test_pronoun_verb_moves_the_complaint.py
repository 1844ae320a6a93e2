"""With a complaint in focus, a pronoun verb («derívelo», «pásaselo», «mándelo») moves that complaint to the department
named, whatever other department, efeméride or record the reason around it names («me dicen de Medio Ambiente…»)."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo de la vecina Rosa Muñoz por cables colgando en calle Prat 1234"


@pytest.mark.parametrize("move", [
    "Me dicen de Medio Ambiente que eso le corresponde a Operaciones porque son cables del alumbrado, "
    "derívelo por favor",
    "los de medio ambiente dicen q no es de ellos, derívalo a operaciones",
    "Según Tránsito no les corresponde; derívelo a Operaciones.",
])
def test_a_pronoun_verb_moves_the_complaint_in_focus(chat, move) -> None:
    _, saved, moved = chat(COMPLAINT, "sí", move)
    assert saved.stored, saved.text
    assert "Operaciones" in moved.text and "feméride" not in moved.text, moved.text
