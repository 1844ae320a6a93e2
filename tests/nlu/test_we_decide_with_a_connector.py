"""«y la otra la rechazamos nomás»: a connector before the record and a «nomás» after the 1st person plural do not
hide the answer to an invitation."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "response"), [
    ("y la otra la rechazamos nomás", "declined"),
    ("y la otra la rechazamos", "declined"),
    ("ya, y la otra la declinamos nomás", "declined"),
    ("y la del club la declinamos no más", "declined"),
    ("oye y la otra la aceptamos al tiro", "accepted"),
    ("y esa la aceptamos al tiro", "accepted"),
])
def test_we_answer_the_invitation_pointed_at(parser, text, response):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response
