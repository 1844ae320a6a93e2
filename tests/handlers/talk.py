"""Conversations through the real parser and dispatcher on a SQLite file, for handler tests told in words."""

from __future__ import annotations

from sqlmodel import Session, col, select


def live(say, model: type) -> list:
    """The records of `model` not deleted, as the conversation `say` left them."""
    with Session(say.engine) as session:
        return list(session.exec(select(model).where(col(model.deleted_at).is_(None))))
