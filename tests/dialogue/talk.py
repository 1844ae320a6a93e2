"""Helpers for conversation tests: a clock the test moves, and what the office has stored."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.dispatcher import Dispatcher

KEY = "test:dialogue"


class Clock:
    """Now, for the dispatcher; `advance` moves it as a pause in the conversation would."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def stored(dispatcher: Dispatcher, model: type) -> list:
    with Session(dispatcher.engine) as session:
        query = select(model)
        if hasattr(model, "deleted_at"):
            query = query.where(col(model.deleted_at).is_(None))
        return list(session.exec(query))
