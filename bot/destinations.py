"""The department a complaint goes to, when the message also names the one it comes from: «me dicen de Medio
Ambiente que eso le corresponde a Operaciones, derívelo» goes to Operaciones. The parser takes the first department
it meets; a department said as the source of the news («de», «según», «los de») is never the destination when
another one follows. A routing word after «de» is what happened («acumulación de escombros en la vereda»), not a
source."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.dialogue_words import BELONGING
from nlu import Parser
from nlu.understanding import Understanding

SOURCE = re.compile(r"(?:\bde|\bdesde|\bseg[uú]n)\s+(?:(?:la|el|los|las)\s+)?(?:gente\s+de\s+)?$",
                    re.IGNORECASE)
"""What comes right before a department that told something rather than one that takes the complaint."""
BELONGS = re.compile(r"\b(?:" + "|".join(sorted(BELONGING)) + r")\s+(?:\w+\s+){0,2}?de\s+(?:(?:la|el|los|las)\s+)?$",
                     re.IGNORECASE)
"""«el de Muñoz en verdad es de Operaciones», «eso sería más bien de Aseo»: a department said as the one the complaint
belongs to, after «es», «era», «sería», is where it goes, never a source."""


def destination(parser: Parser, understanding: Understanding, text: str, now: datetime) -> Understanding:
    """The understanding with the department named after the source one, when the first is only the source."""
    span = understanding.spans.get("department")
    if span is None or not SOURCE.search(text[:span[0]]) or BELONGS.search(text[:span[0]]) \
            or not parser.router.names_one(parser.normalize(text[span[0]:span[1]]).norm):
        return understanding
    rest = parser.parse_as(text[span[1]:], now, understanding.intent)
    later: Any = rest.slots.get("department")
    if later is None or later == understanding.slots["department"]:
        return understanding
    start, end = rest.spans.get("department", (0, 0))
    return replace(understanding, slots={**understanding.slots, "department": later},
                   spans={**understanding.spans, "department": (span[1] + start, span[1] + end)})
