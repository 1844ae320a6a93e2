"""What one export covers: the settings, an optional day range and the moment it is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, true

from settings import Settings


@dataclass(frozen=True)
class Scope:
    """`date_from`/`date_to` are inclusive local days; None leaves that side open."""

    settings: Settings
    date_from: date | None
    date_to: date | None
    now: datetime
    department: str | None = None
    """A department's code, for a report that can keep to one (complaints); None is every department."""

    @property
    def zone(self) -> ZoneInfo:
        return self.settings.zone

    @cached_property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def covers(self, day: date) -> bool:
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)

    def days(self, column: Any) -> ColumnElement[bool]:
        """A SQL condition on a `date` column."""
        conditions = []
        if self.date_from is not None:
            conditions.append(column >= self.date_from)
        if self.date_to is not None:
            conditions.append(column <= self.date_to)
        return and_(true(), *conditions)

    def instants(self, column: Any) -> ColumnElement[bool]:
        """A SQL condition on an instant column: from local midnight of `date_from` to the end of `date_to`."""
        conditions = []
        if self.date_from is not None:
            conditions.append(column >= datetime.combine(self.date_from, time(), tzinfo=self.zone))
        if self.date_to is not None:
            end = datetime.combine(self.date_to + timedelta(days=1), time(), tzinfo=self.zone)
            conditions.append(column < end)
        return and_(true(), *conditions)
