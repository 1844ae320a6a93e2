"""A ticket's bare number with its year said after it: «el reclamo 0042 del 2027», «ticket 7 del año pasado».

The office numbers complaints per year, so the number alone names this year's; a year told after it names
another year's, and the year's words would otherwise be left over (read as nothing, or as a date).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property

from nlu.slots.common import Span


class TicketYears:
    """The year said right after a ticket's number, written («del 2026») or told from this one («del año pasado»)."""

    def __init__(self, joiners: list[str], year_words: list[str], relative: Mapping[str, int]) -> None:
        """`joiners`: what stands between the number and its year («de», «del»); `year_words`: the year's own word
        («año»); `relative`: years told from this one, by how many years back or ahead («año pasado» = -1)."""
        self.joiners = joiners
        self.year_words = year_words
        self.relative = dict(relative)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        told = "|".join(sorted(map(re.escape, self.relative), key=len, reverse=True))
        return re.compile(rf"\s*,?\s*(?:{'|'.join(self.joiners)})\s+(?:(?:{'|'.join(self.year_words)})\s+)?"
                          rf"(?:(?P<year>20\d\d)(?![\d:/.\-]\d?)|(?P<told>{told})(?![a-z]))")

    def with_year(self, ticket: tuple[str, Span], norm: str, this_year: int) -> tuple[str, Span]:
        """`ticket` as «R-year-sequence» with its span up to the year, when its bare number has a year after it;
        as it was otherwise."""
        number, (start, end) = ticket
        if not number.isdigit():
            return ticket
        said = self.pattern.match(norm, end)
        if said is None:
            return ticket
        year = int(said.group("year")) if said.group("year") else this_year + self.relative[said.group("told")]
        return f"R-{year}-{int(number):04d}", (start, said.end())
