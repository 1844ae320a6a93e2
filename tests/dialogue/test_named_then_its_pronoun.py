"""«se cae lo de Chanco, quítala de la agenda» right after another activity was stored: the pronoun repeats the
record the clause before it named after its own verb, never the one in focus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", ["al final no va lo de Chanco, anúlala",
                                  "se suspende la de Chanco, cancélala por favor"])
def test_the_pronoun_repeats_the_record_named_before_it(chat, line) -> None:
    *_, proposal = chat("agenda visita a la posta de Chanco hoy a las 5", "sí",
                        "agenda reunión con la jefa de finanzas hoy a las 10", "sí", line)
    assert "Chanco" in proposal.text and "finanzas" not in proposal.text, proposal.text
    assert proposal.pending is not None
