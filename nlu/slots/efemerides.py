"""Efemérides: a date to remember every year ("MM-DD") or once ("YYYY-MM-DD"), and what it is."""

from __future__ import annotations

import re

from nlu.dates import DAY
from nlu.gazetteer import load
from nlu.moments import efemeride_date
from nlu.slots.common import Context, first_content
from nlu.slots.events import put_range

SENTENCE_ENDS = ".?!"
LEAD_WORDS = re.compile(r"[a-z]+")
ARTICLE = re.compile(r"\s*(?:(?:el|la|los|las)\s+)?")
CLAUSE_END = re.compile(r"[?,;:!]|\.(?:\s|$)")


def create(ctx: Context) -> None:
    words = ctx.vocabulary
    day = next((a for a in ctx.atoms if a.kind == DAY and a.first is not None), None)
    once = [m.span() for m in words.cue("efemeride_once").finditer(ctx.norm)]
    if day is not None:
        ctx.put("date", efemeride_date(day, bool(once)), (day.start, day.end))
    # every word that says how often is left out of the title («efeméride única (no se repite): …»)
    taken = ctx.atom_spans() + [m.span() for m in words.cue("efemeride_yearly").finditer(ctx.norm)] + ctx.frame()
    taken += once + [m.span() for m in words.cue("efemeride_begins").finditer(ctx.norm)]
    # nor does «que se conmemora» after the name («el Día del Carabinero que se conmemora el 27 de abril»)
    taken += [m.span() for m in words.cue("efemeride_celebrated").finditer(ctx.norm)]
    noise = words.noise("frame_noise", "efemeride_create", "efemeride_framing", "request_lead", keep=("dia",))
    title = first_content(ctx.norm, ctx.segments(taken), noise)
    ctx.put_text("title", title, noise)


def recognize(ctx: Context) -> tuple[str, float] | None:
    """«¿cuándo es el aniversario del liceo?», «oye, q día cae el Día del Dirigente Vecinal»: when a yearly occasion
    falls, asked right at the start, is a question for the efemérides. Its words alone weigh towards the agenda
    («aniversario» is also an activity), and «cuándo es la reunión…» (no occasion) or «cuándo tiene el alcalde el
    aniversario…» (whose agenda) stay the agenda's."""
    return ("efemeride.query", 1.0) if _occasion_asked(ctx) is not None else None


def query(ctx: Context) -> None:
    """The days asked for; or, when the message asks when an occasion falls, the occasion's name as `title`."""
    put_range(ctx)
    named = _occasion_asked(ctx)
    if named is None or "date_from" in ctx.slots:
        return
    end = CLAUSE_END.search(ctx.norm, named)
    noise = ctx.vocabulary.noise("frame_noise", "request_lead", keep=("dia",))
    ctx.put_text("title", (named, end.start() if end else len(ctx.norm)), noise)


def _occasion_asked(ctx: Context) -> int | None:
    """Where the occasion's name starts, when a sentence of the message opens by asking when one falls: before the
    question only greetings and courtesies («Estimados, …», «Buenas tardes, consulta: …») and the words that open a
    clause or lead in to a question («oye, ¿sabís cuándo es…»); «recuérdame cuándo es…» asks for a reminder."""
    words = ctx.vocabulary
    for asked in words.cue("efemeride_when").finditer(ctx.norm):
        before = ctx.norm[:asked.start()]
        sentence = max(before.rfind(mark) for mark in SENTENCE_ENDS) + 1
        if _only_openers(ctx, LEAD_WORDS.findall(before, sentence)):
            named = ARTICLE.match(ctx.norm, asked.end()).end()
            return named if words.cue("efemeride_occasion").at_start(ctx.norm, named) else None
    return None


def _only_openers(ctx: Context, said: list[str]) -> bool:
    """Whether the words are greetings and courtesies (the gazetteer's, wherever they stand in a message) or words
    that open a clause or lead in to a question: none says what the sentence asks."""
    g = load()
    lead = ctx.vocabulary.noise("clause_openers", "question_leads")
    i = 0
    while i < len(said):
        skipped = g.greetings.match(said, i) or g.courtesies.match(said, i) or int(said[i] in lead)
        if not skipped:
            return False
        i += skipped
    return True
