"""Messages the assistant misunderstood, kept for a while so that whoever maintains the lexicon can learn from them.

A message is kept when what followed shows it was not understood: it ended in a fallback (nothing fitted), the
user said «no» or «cancelar» to the preview it produced, or corrected it. Each row holds the text, what the
parser understood (intent, slots, confidence, alternatives) and what the user did next. Rows older than the
configured retention (`learning.retention_days`) are deleted when new ones are written, so private messages
are not kept for ever. `gabinete aprendizaje` lists them and exports them in the corpus format of SPEC.md, to be
labelled and added to `nlu/examples/`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, String, Text, delete
from sqlmodel import Field, Session, SQLModel, select

from storage.types import UTCDateTime

DEFAULT_RETENTION_DAYS = 30
MAX_TEXT = 4000
"""Longer messages are kept cut: nobody labels ten thousand characters."""


class Outcome(StrEnum):
    """What the user did after the message: each says the understanding missed."""

    FALLBACK = "fallback"
    """Nothing fitted: the assistant answered with its help or asked what was meant."""
    REFUSED = "refused"
    """«no» to the preview the message produced."""
    CANCELLED = "cancelled"
    """«cancelar» while the message's question or preview was pending."""
    CORRECTED = "corrected"
    """A correction followed ("no, es el martes", another value for a slot)."""


class LearningEntry(SQLModel, table=True):
    __tablename__ = "learning_log"
    id: int | None = Field(default=None, primary_key=True)
    conversation: str = Field(sa_type=String(100), index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    understood: dict = Field(sa_column=Column(JSON, nullable=False))
    outcome: str = Field(sa_type=String(20))
    followed_by: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    """What the user wrote next, when it tells what was meant (a correction)."""
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


def record_misunderstanding(session: Session, conversation: str, text: str, understood: Mapping[str, Any],
                            outcome: str | Outcome, now: datetime, followed_by: str | None = None,
                            retention_days: float = DEFAULT_RETENTION_DAYS) -> LearningEntry:
    """Keep one misunderstood message (in the caller's transaction) and forget those past the retention.

    `understood` is `Understanding.as_json()` (or any JSON-able mapping); `now` is timezone-aware.
    """
    forget_old(session, now, retention_days)
    entry = LearningEntry(conversation=str(conversation)[:100], text=text[:MAX_TEXT], understood=_plain(understood),
                          outcome=str(Outcome(outcome)), followed_by=followed_by[:MAX_TEXT] if followed_by else None,
                          created_at=now)
    session.add(entry)
    return entry


def forget_old(session: Session, now: datetime, retention_days: float = DEFAULT_RETENTION_DAYS) -> int:
    """Delete what is older than the retention; how many rows went."""
    cutoff = now - timedelta(days=retention_days)
    result = session.exec(delete(LearningEntry).where(LearningEntry.created_at < cutoff))  # type: ignore[call-overload]
    return result.rowcount or 0


def entries(session: Session, since: datetime | None = None) -> list[LearningEntry]:
    """The kept messages, oldest first."""
    query = select(LearningEntry).order_by(LearningEntry.created_at, LearningEntry.id)
    if since is not None:
        query = query.where(LearningEntry.created_at >= since)
    return list(session.exec(query))


def as_corpus_lines(rows: Iterable[LearningEntry], zone: Any = None) -> list[str]:
    """Each kept message as a corpus line (SPEC.md) to be labelled: the intent and slots understood are a
    starting point, marked `"label": "to_review"` with what the user did next."""
    lines = []
    for row in rows:
        moment = row.created_at.astimezone(zone) if zone is not None else row.created_at
        lines.append(json.dumps({
            "text": row.text, "now": moment.strftime("%Y-%m-%dT%H:%M"),
            "intent": row.understood.get("intent", "unknown"), "slots": row.understood.get("slots", {}),
            "label": "to_review", "outcome": row.outcome, "followed_by": row.followed_by,
        }, ensure_ascii=False))
    return lines


def _plain(understood: Mapping[str, Any]) -> dict:
    """JSON-able through a round trip: dates become text, tuples lists."""
    return json.loads(json.dumps(dict(understood), default=str, ensure_ascii=False))
