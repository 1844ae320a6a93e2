"""The starter list of national dates (efemerides.toml), inserted once into an empty table."""

from __future__ import annotations

import tomllib
from datetime import datetime
from importlib import resources

from sqlmodel import Session, func, select

from storage.models import Efemeride


def starter_efemerides(now: datetime) -> list[Efemeride]:
    """The yearly dates shipped with the program; `now` (aware) is their creation instant."""
    text = resources.files("storage.seed").joinpath("efemerides.toml").read_text(encoding="utf-8")
    rows = tomllib.loads(text)["efemerides"]
    return [Efemeride(title=row["title"], month=int(row["date"][:2]), day_of_month=int(row["date"][3:]),
                      greeting=row.get("greeting"), created_at=now) for row in rows]


def seed_efemerides(session: Session, now: datetime) -> int:
    """Insert the starter list when the efeméride table has never had a row; returns how many.

    Deleted rows count as rows, so an office that removed every date does not get them back at the
    next start-up. The caller commits (the composition root runs this in its start-up transaction).
    """
    if session.exec(select(func.count()).select_from(Efemeride)).one():
        return 0
    starters = starter_efemerides(now)
    session.add_all(starters)
    session.flush()
    return len(starters)
