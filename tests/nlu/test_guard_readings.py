"""The guard readings (guard_readings.jsonl beside this file): dialogue-critical messages in many voices, written
apart from every example and never learned from. A retrain that flips more than a couple of them has learned
something fragile; `python -m nlu.training.stability` shows which readings sit near a tie."""

from __future__ import annotations

from datetime import datetime

from nlu.training import corpus

MISSES_ALLOWED = 2


def test_the_guard_readings_keep_their_intents(parser):
    cases = corpus.guard()
    wrong = [f"{case.text!r}: want {case.intent}, got {got}" for case in cases
             if (got := parser.parse(case.text, datetime.fromisoformat(case.now)).intent) != case.intent]
    assert len(cases) >= 80
    assert len(wrong) <= MISSES_ALLOWED, "\n".join(wrong)
