"""«agenda reunión con ella …» right after a contact was shown: the new record names that person, not «ella»."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("request_words", ["agenda reunión con ella el jueves 26 a las 12",
                                           "agéndame un café con él el jueves 26 a las 12, en la muni"])
def test_a_pronoun_in_a_new_activity_is_the_contact_in_focus(chat, request_words: str) -> None:
    chat("nuevo contacto: Tomás Aguayo, jefe de la Oficina de Deportes, cel 9 6611 2200", "sí")
    [proposed] = chat(request_words)
    assert "Tomás Aguayo" in proposed.text, proposed.text


def test_an_article_after_con_is_no_pronoun(chat) -> None:
    chat("nuevo contacto: Tomás Aguayo, jefe de la Oficina de Deportes, cel 9 6611 2200", "sí")
    [proposed] = chat("agenda reunión con el director de Secplan el jueves 26 a las 12")
    assert "director de Secplan" in proposed.text and "Aguayo" not in proposed.text, proposed.text
