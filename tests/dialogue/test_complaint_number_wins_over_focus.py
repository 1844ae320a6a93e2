"""«cómo va el reclamo 1» right after complaint 2 was stored: the number said names the complaint, whatever the
conversation was about; the focus only stands in for a record that is not named."""

from __future__ import annotations

import pytest

FIRST = "reclamo de Juan Soto, Los Aromos 123: hay un hoyo en la calle"
SECOND = "reclamo de Ana Díaz, Pedro de Valdivia 20: luminaria apagada"


@pytest.mark.parametrize("asked", ["cómo va el reclamo 1", "¿Cómo va el reclamo número 1, por favor?",
                                   "q onda el reclamo 1", "y el reclamo uno cómo anda?"])
def test_the_complaint_named_by_number_is_shown_not_the_one_in_focus(chat, asked: str) -> None:
    chat(FIRST, "sí", SECOND, "sí")
    [shown] = chat(asked)
    assert "R-2026-0001" in shown.text and "hoyo" in shown.text, shown.text
    assert "R-2026-0002" not in shown.text, shown.text
