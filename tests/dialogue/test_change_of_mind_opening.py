"""«pensándolo bien suspende la once con los dirigentes, …» with nothing pending: the opening only says the mind
changed; the request names its record in the words after it, never «pensándolo bien»."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", ["pensándolo bien suspende la once con los dirigentes de Las Palmas, no alcanzamos",
                                  "pensándolo bien, cancela la once con los dirigentes"])
def test_the_record_is_named_after_the_opening(chat, line) -> None:
    *_, proposal = chat("agenda once con los dirigentes de Las Palmas el miércoles a las 18 en la sede", "sí", line)
    assert "once con los dirigentes" in proposal.text and proposal.pending is not None, proposal.text
