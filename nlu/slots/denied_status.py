"""A complaint's status word said only to be denied: «el dueño del sitio no lo cierra», «no está resuelto», «todavía
no lo han solucionado». Such a word tells why, not what to set; the status a message sets is the first one it does not
deny."""

from __future__ import annotations

import re
from typing import Any

from nlu.slots.common import Context, Span

WORD = re.compile(r"[a-z]+")
REACH = 60
"""Characters looked back from a status word: a denial farther away denies something else."""


def denied(ctx: Context, start: int) -> bool:
    """Whether the words right before `start` are a denial and, after it, only clitics and auxiliaries."""
    words = ctx.vocabulary.words
    fillers = set(words["status_denial_fillers"])
    for word in reversed(WORD.findall(ctx.norm[max(0, start - REACH):start])):
        if word in words["status_denials"]:
            return True
        if word not in fillers:
            return False
    return False


def affirmed_status(ctx: Context, statuses: dict[str, Any]) -> tuple[str, Span] | None:
    """The key of the status said first and not denied, with where it is said."""
    hits = [(match.start(), -len(match.group()), key, match.span()) for key, phrases in statuses.items()
            if phrases.may_occur(ctx.words) for match in phrases.finditer(ctx.norm) if not denied(ctx, match.start())]
    return (min(hits)[2], min(hits)[3]) if hits else None
