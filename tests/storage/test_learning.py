"""Misunderstood messages are kept with what was understood and what followed, then forgotten after the retention."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from storage.database import transaction
from storage.learning import Outcome, as_corpus_lines, entries, record_misunderstanding

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
UNDERSTOOD = {"intent": "event.create", "slots": {"start": "2026-12-04T10:00"}, "confidence": 0.2}


def test_a_refused_preview_is_kept_with_what_was_understood(engine) -> None:
    with transaction(engine) as session:
        record_misunderstanding(session, "chat:1", "déjalo agendado para el viernes", UNDERSTOOD, Outcome.REFUSED, NOW)
    with transaction(engine) as session:
        [row] = entries(session)
        line = json.loads(as_corpus_lines([row])[0])
    assert (row.text, row.outcome, row.understood["intent"]) == ("déjalo agendado para el viernes", "refused",
                                                                "event.create")
    assert line["label"] == "to_review" and line["slots"] == UNDERSTOOD["slots"] and line["now"] == "2026-12-02T12:00"


def test_rows_past_the_retention_are_deleted_when_new_ones_come(engine) -> None:
    with transaction(engine) as session:
        record_misunderstanding(session, "chat:1", "viejo", UNDERSTOOD, "fallback", NOW - timedelta(days=40))
        record_misunderstanding(session, "chat:1", "reciente", UNDERSTOOD, "fallback", NOW - timedelta(days=2))
    with transaction(engine) as session:
        record_misunderstanding(session, "chat:2", "nuevo", UNDERSTOOD, "corrected", NOW, retention_days=30)
    with transaction(engine) as session:
        assert [row.text for row in entries(session)] == ["reciente", "nuevo"]
