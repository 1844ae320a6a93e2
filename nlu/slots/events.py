"""An activity put straight on the agenda, and questions about the agenda."""

from __future__ import annotations

import re
from collections.abc import Container

from nlu.dates import DAY, PART, RANGE, TIME
from nlu.moments import at, minutes_of, query_range
from nlu.slots.activity import put_place, put_title, put_when
from nlu.slots.change_words import request_forms
from nlu.slots.common import Context, Span, trim
from nlu.slots.media import meeting_medium

OPENING = re.compile(r"\s*(?:(?:porfa|por\s+favor|oye|hola)\s*,?\s*)?([a-z]+)\s*")
NOT_AN_OBJECT = re.compile(r"(?:de|del|para|en|la\s+semana|el\s+mes|este|esta|proxim\w*|hoy|manana|todo|toda)\b")
"""What follows «agenda» when it names the agenda asked for, not an activity to book."""
MAX_TELLER_WORDS = 4
"""Words that may name who told the news before «dijo que» («la secretaria del alcalde»)."""
DIGIT = re.compile(r"\d")
PLACE_IN = re.compile(r"\s+en(?:\s+(?:el|la|los|las))?\s*$")
"""«… en calle Prat 450», «… en la sede»: the words that lead a place said apart from the action before it."""
SELF_CLITICS = ("me", "nos")
"""The pronouns that make a reminder asked for oneself («recuérdame», «recuérdenos»)."""

def create(ctx: Context) -> None:
    book(ctx)


def book(ctx: Context, *leads: str) -> None:
    """An activity to put on the agenda: when, what, where; `leads` are the cue lists of a capability's own words
    that open such a request and name no activity («vamos a organizar la ceremonia…» for a ceremony)."""
    put_when(ctx)
    if _only_a_period(ctx):
        # «agenda operativo la próxima semana»: no day yet; the dialogue asks which one
        ctx.slots.pop("start", None)
        ctx.slots.pop("end", None)
        ctx.spans.pop("start", None)
        ctx.spans.pop("end", None)
    taken = ctx.atom_spans() + [(a, b) for a, b, _ in ctx.phones] + ctx.frame() + _reported(ctx)
    words = ctx.vocabulary
    noise = words.noise("frame_noise", "event_create", "agenda", "request_lead", "reminder_lead", "reminder_asked",
                        *leads, keep=words.cue_words["event_nouns"].exact)
    medium = meeting_medium(ctx)
    if medium is not None:  # «… por zoom»: where it is held, kept out of the title
        taken.append(medium.phrase)
    put_title(ctx, taken, noise)
    put_place(ctx, taken)
    if medium is not None and "place" not in ctx.slots:
        ctx.put_text("place", medium.name)
    if _asks_reminder(ctx):
        _place_apart_from_the_action(ctx, noise)


def _reported(ctx: Context) -> list[Span]:
    """«la secre dijo q…», «mi jefe dice que…»: who told the news and the telling, from the clause's start, when a
    few words only name the teller."""
    spans = []
    for told in ctx.vocabulary.slot("report_leads").finditer(ctx.norm):
        start = max(ctx.norm.rfind(mark, 0, told.start()) for mark in ",;:.\n") + 1
        if len(ctx.norm[start:told.start()].split()) <= MAX_TELLER_WORDS:
            spans.append((start, told.end()))
    return spans


def recognize(ctx: Context) -> tuple[str, float] | None:
    return _reminder(ctx) or _period_booking(ctx) or _held_occasion(ctx)


def _held_occasion(ctx: Context) -> tuple[str, float] | None:
    """«registra el acto del día del carabinero el 27 de abril a las 12 en la plaza»: an occasion said with its day
    and the hour it is held is an activity on the agenda. An efeméride is a date to remember, with no hour and no
    place; the occasion's words alone weigh towards it, unless the message names an efeméride in so many words. A
    ceremony the office says it hosts («registrar la ceremonia de aniversario…») is the ceremonies' own, which puts
    it on the agenda too."""
    if ctx.cue("efemeride") is None or ctx.cue("ceremony_own") or ctx.cue("efemeride_named"):
        return None
    kinds = {atom.kind for atom in ctx.atoms if atom.kind != TIME or atom.hour is not None}
    return ("event.create", 0.85) if {DAY, TIME} <= kinds else None


def _reminder(ctx: Context) -> tuple[str, float] | None:
    """«recuérdame enviar el saludo al Regimiento el 30»: a reminder asked for oneself is put on the agenda once,
    whatever it is about (an anniversary's greeting too); «recuerda el aniversario…» may still be an efeméride."""
    return ("event.create", 0.85) if _asks_reminder(ctx) else None


def _asks_reminder(ctx: Context) -> bool:
    """Whether the message opens by asking to be reminded («recuérdame …», «recuérdenos …»)."""
    first = OPENING.match(ctx.norm)
    if first is None or "?" in ctx.norm:
        return False
    wished = ctx.vocabulary.cue("reminder_asked").at_start(ctx.norm, first.start(1))
    asked = first.group(1).endswith(SELF_CLITICS) and first.group(1) in request_forms("agenda", "remind")
    return bool(wished) or asked


def _place_apart_from_the_action(ctx: Context, noise: Container[str]) -> None:
    """A reminder's title is the action to do, and the place is said once: one said with «en» after the action
    («pasar a la notaría de Prat en calle Prat 450») ends the title; one the action goes to («ir al cesfam Los Aromos
    a buscar los remedios») is part of the action, kept in the title and in no second line."""
    title, place = ctx.spans.get("title"), ctx.spans.get("place")
    if not (title and place and title[0] < place[0] < title[1]):
        return
    start, at = ctx.text.folded(title[0]), ctx.text.folded(place[0])
    said_in = PLACE_IN.search(ctx.norm, start, at)
    if said_in is not None and ctx.put_text("title", trim(ctx.norm, (start, said_in.start()), noise), noise):
        return
    ctx.slots.pop("place", None)
    ctx.spans.pop("place", None)


def _period_booking(ctx: Context) -> tuple[str, float] | None:
    """A booking said with a period and no day («agenda operativo la próxima semana», «agéndame reunión con la
    DOM el fin de semana»): a booking verb opening the message, followed by what to book rather than by whose
    agenda or which days ("agenda de la próxima semana", "agenda del alcalde" ask for the agenda)."""
    if not _only_a_period(ctx):
        return None
    first = OPENING.match(ctx.norm)
    if first is None or first.group(1) not in request_forms("agenda", "book"):
        return None
    rest = ctx.norm[first.end():]
    if not rest or NOT_AN_OBJECT.match(rest) or ctx.vocabulary.slot("mayor").at_start(ctx.norm, first.end()):
        return None
    if any(a.start == first.end() for a in ctx.atoms) or "?" in ctx.norm:
        return None
    return "event.create", 0.85


def _only_a_period(ctx: Context) -> bool:
    """The only days said are a named period (a week, a weekend, a month), not a day nor a span of numbered days."""
    ranges = [a for a in ctx.atoms if a.kind == RANGE and not a.deadline]
    if not ranges or any(a.kind in (DAY, TIME) for a in ctx.atoms):
        return False
    return all(a.first != a.last and not DIGIT.search(ctx.norm, a.start, a.end) for a in ranges)


def agenda_query(ctx: Context) -> None:
    """Days asked for, the part of the day, whether it is an "is he free?" question, and a time if named."""
    put_range(ctx)
    part = next((a for a in ctx.atoms if a.kind == PART), None)
    if part and part.part in ("manana", "tarde", "noche"):
        ctx.put("part_of_day", part.part, (part.start, part.end))
    upcoming = ctx.cue("upcoming")
    if upcoming and "date_from" not in ctx.slots:
        ctx.put("upcoming", True, upcoming.span())
    availability = ctx.cue("availability")
    if availability:
        ctx.put("availability", True, availability.span())
    clock = next((a for a in ctx.atoms if a.kind == TIME), None)
    day = ctx.slots.get("date_from")
    if clock and day:
        minutes = minutes_of(clock.hour or 0, clock.minute, clock.clock, part.part if part else None)
        ctx.put("start", at(day, minutes), (clock.start, clock.end))


def put_range(ctx: Context) -> None:
    first, last, span = query_range(ctx.atoms, ctx.now)
    ctx.put("date_from", first, span)
    ctx.put("date_to", last, span)

