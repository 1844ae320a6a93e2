"""A correction dictated without pauses, opened by «no» and an apology («no perdón que sea a las …»): the opening
words are no title of a new request, so the proposal keeps its own and changes only what the correction names."""

from __future__ import annotations

import pytest

REQUEST = "agenda reunión con la presidenta del club deportivo el martes 1 de diciembre a las diez en la municipalidad"


@pytest.mark.parametrize(("correction", "when"), [
    ("no perdón que sea a las once y media", "martes 1 de diciembre, 11:30"),
    ("no disculpa que sea a las nueve y media", "martes 1 de diciembre, 09:30"),
    ("uy no perdona que sea el jueves 3 a las doce y cuarto", "jueves 3 de diciembre, 12:15"),
])
def test_a_dictated_apology_then_the_value_corrects_the_proposal(chat, correction, when) -> None:
    _, preview = chat(REQUEST, correction)
    assert "reunión con la presidenta del club deportivo" in preview.text, preview.text
    assert when in preview.text and "perd" not in preview.text and "discul" not in preview.text, preview.text
    assert "en espera" not in preview.text, preview.text
