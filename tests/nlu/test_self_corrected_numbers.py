"""A reference number taken back in the same message («el reclamo 12, no, el 11», «la solicitud 40... perdón, 41») is
read as the number meant, in any voice."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "el reclamo 12, no, el 11",
    "cómo va el reclamo 12, no, el 11",
    "q pasó con el reclamo 12... no, el 11 xfa",
    "estado del reclamo 12, perdón, el 11",
    "cierre el reclamo 12, no, 11",
])
def test_the_number_meant_is_the_reference(read, text: str) -> None:
    got = read(text)
    assert got["intent"].startswith("complaint."), got
    assert got["ticket"] == "11", got

