"""Choosing the record a request meant, from a list of the ones that match, keeps everything the request said: the
answer, the delegate, any other slot."""

from __future__ import annotations

import pytest

FIRST = ("llegó invitación de la Universidad de Atacama al seminario de turismo el martes 1 de diciembre a las 10 "
         "en el aula magna")
SECOND = ("llegó invitación de la Universidad de Atacama a la cena de fin de año el viernes 4 de diciembre a las 20 "
          "en el club")


@pytest.mark.parametrize("pick", ["al seminario", "la del seminario", "la 1"])
@pytest.mark.parametrize("delegation", ["a la de la universidad va en representación el administrador",
                                     "a la de la U de Atacama mandamos al administrador",
                                     "delegue la de la Universidad de Atacama en el administrador"])
def test_a_delegation_asked_which_keeps_the_delegate(chat, pick, delegation) -> None:
    *_, asked = chat(FIRST, "sí", SECOND, "sí", delegation)
    assert asked.pending is not None, asked.text
    [proposed] = chat(pick)
    assert "dministrador" in proposed.text, (asked.text, proposed.text)
