"""«don josé de la fuente», «doña maría del pilar soto»: a name typed in lower case after an honorific is written as
a name whole, the word a joiner leads («de la fuente») a surname though the gazetteer lacks it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "name"), [
    ("Envíe en su representación a don josé de la fuente, por favor.", "don José de la Fuente"),
    ("q vaya doña maría del pilar soto xfa", "doña María del Pilar Soto"),
    ("mandá a don josé de la fuente en tu lugar", "don José de la Fuente"),
    ("eh que vaya en su representación eh doña maría del pilar soto", "doña María del Pilar Soto"),
])
def test_a_compound_surname_after_an_honorific_is_written_as_a_name(parser, text: str, name: str) -> None:
    assert parser.parse(text, NOW).slots["delegate"].endswith(name)
