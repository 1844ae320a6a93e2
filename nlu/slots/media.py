"""How a meeting is held («por zoom», «vía teams», «por videollamada»): where it takes place, never its title.

«agenda una call con el seremi el viernes a las 3 por zoom» is a call with the seremi held on Zoom. The medium is
read only after a lead («por», «vía», «a través de»): said alone at the start («videollamada con el delegado») it
names the activity itself and stays in the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nlu.phrases import alternation
from nlu.slots.common import Context, Span


@dataclass(frozen=True)
class Medium:
    phrase: Span
    """The lead and the medium («por zoom»): kept out of the title."""
    name: Span
    """The medium alone («zoom»): the activity's place."""


def meeting_medium(ctx: Context) -> Medium | None:
    """The first medium said after its lead, in the normalised text."""
    words = ctx.vocabulary.words
    found = _pattern(tuple(sorted(words["media_leads"])), tuple(sorted(words["meeting_media"]))).search(ctx.norm)
    return Medium((found.start(1), found.end()), found.span(2)) if found else None


@cache
def _pattern(leads: tuple[str, ...], media: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z])({alternation(leads)})\s+(?:(?:el|la|un|una)\s+)?({alternation(media)})(?![a-z])")
