"""«pa cuándo tiene q estar?» right after a complaint was stored: when it is to be done, asked of the record in focus
with «estar» or «quedar» instead of «responder» — that record's due date, never the day's agenda."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo de la vecina Rosa Huenchumán, perros abandonados en el pasaje Los Notros 230"


@pytest.mark.parametrize("question", ["y pa cuando tiene q estar?", "¿para cuándo debería quedar resuelto?",
                                      "y para cuándo tendría que estar listo?"])
def test_when_it_is_to_be_done_shows_the_record_in_focus(chat, question) -> None:
    _, saved, shown = chat(COMPLAINT, "dale", question)
    assert saved.stored, saved.text
    assert "R-2026-0001" in shown.text and "agenda" not in shown.text.lower(), shown.text
    assert "vence" in shown.text.lower(), shown.text
