"""What the transparency and Lobby extractors share: clauses, past days, questions, report periods.

A legal register is dictated as a run of clauses («folio MU042T…, de Camila Rojas, pide los contratos
…»): each field is the clause that follows its framing word, up to the next punctuation or the next
field's framing word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from nlu.gazetteer import load
from nlu.moments import query_range
from nlu.slots.common import Context, Span

CLAUSE_END = re.compile(r"[,;:.!?()\n]|\s+-\s+")
WORD = re.compile(r"[a-z]+")
CLITICS = ("lo", "la", "los", "las", "le", "les")
PAST_DAY_KINDS = ("day",)
WHO_SLOTS = frozenset(("applicant", "requester"))
"""The slots of a legal request that name who asks: an answer may tell them in a sentence."""
WHO_TOLD = re.compile(r"\s*(?:(?:la|lo)\s+(?:pide|pidio|piden|pidieron|solicita|solicito|solicitan|solicitaron|"
                      r"presenta|presento|mando|mandaron|envia|envio|enviaron|firma|firmo|ingreso|hizo|hace)|"
                      r"(?:(?:es|son|viene|vino|vienen)\s+)?(?:de\s+parte\s+)?(?:de|del)|"
                      r"(?:es|son|fue)(?=\s+(?:la|el|don|dona|sr|sra|senor|senora)\b))\s+"
                      r"(?:(?:la|el|los|las)\s+)?(?:(?:don|dona|sr|sra|srta|senor|senora|senorita)\.?\s+)?")
"""«la pide don Tomás Vidal», «es de la empresa X», «de parte de la Constructora Y», «es la señora Rosa»: who asks,
told in a sentence that answers «¿quién la pide?»; the name follows."""
QUESTION_OPENING = re.compile(r"\s*(?:que|q|cuales|cuantas|cuantos|(?:hay|tenemos)\s+(?:solicitud|audiencia|alguna)|"
                              r"en\s+que|(?:hasta\s+|para\s+)?cuando|como|estado|ver|muestra\w*|lista\w*|dame)(?![a-z])")


def clause(ctx: Context, start: int, stops: Iterable[re.Pattern[str]] = ()) -> Span | None:
    """From `start` to the end of its clause (punctuation, or the first of `stops`), trimmed; None if empty."""
    end = len(ctx.norm)
    found = CLAUSE_END.search(ctx.norm, start)
    while found and found.group().strip() == "." and _decimal_or_abbreviation(ctx, found.start()):
        found = CLAUSE_END.search(ctx.norm, found.end())
    if found:
        end = found.start()
    for stop in stops:
        match = stop.search(ctx.norm, start, end)
        if match:
            end = min(end, match.start())
    end = _before_ordered(ctx, start, end)
    while start < end and ctx.norm[start] == " ":
        start += 1
    return (start, end) if ctx.norm[start:end].strip() else None


def _before_ordered(ctx: Context, start: int, end: int) -> int:
    """Where a request verb carrying the record as its pronoun («acéptala», «derívala») cuts the clause: «la
    audiencia de Áridos del Sur acéptala para el jueves» names Áridos del Sur. The verb forms are the segmenter's,
    imported when first needed so that `gabinete parse "hola"` loads no segmenter."""
    from nlu.segments.reader import request_forms

    forms = request_forms(load())
    for word in WORD.finditer(ctx.norm, start, end):
        if word.start() > start and word.group().endswith(CLITICS) and word.group() in forms:
            return word.start()
    return end


def _decimal_or_abbreviation(ctx: Context, position: int) -> bool:
    """"$1.500.000", "art. 21", "Sra. Rosa", "Avda. Gral. Baquedano": a dot that does not end the clause. The
    abbreviations are the gazetteer's, read as written, since the folded text spells "Avda." out as "avenida"."""
    return ctx.norm[position + 1:position + 2].isdigit() or position in ctx.periods()


def past_day(ctx: Context, outside: Iterable[Span] = ()) -> tuple[date, Span] | None:
    """The first day named, outside `outside`, read as past: when something was received or done.

    The date grammar reads «el lunes» and «el 28 de noviembre» forwards (an activity is ahead); a thing
    received was before: the last such weekday, that day of the month last year, or a day said by its number
    alone («el miércoles 18», «el 30») in the month before.
    """
    today = ctx.now.date()
    spans = list(outside)
    for atom in ctx.atoms:
        if atom.kind not in PAST_DAY_KINDS or atom.first is None or any(a <= atom.start < b for a, b in spans):
            continue
        day = atom.first
        if day > today and not atom.year_given:
            numbered = any(ch.isdigit() for ch in ctx.norm[atom.start:atom.end])
            day = _last_year(day) if atom.month_given else _month_before(day) if numbered else day - timedelta(days=7)
        if day <= today:
            return day, (atom.start, atom.end)
    return None


def _month_before(day: date) -> date:
    """The same day of the month before («el 30» said on 2 December: 30 November); a month too short has none, so
    its last day."""
    first = day.replace(day=1) - timedelta(days=1)
    return first.replace(day=min(day.day, first.day))


def _last_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def who_told(ctx: Context) -> str | None:
    """The name an answer tells in a sentence («la pide don Tomás Vidal, de la empresa …» → «Tomás Vidal»), or None
    when the answer does not open that way (then it is the name as typed)."""
    found = WHO_TOLD.match(ctx.norm)
    span = clause(ctx, found.end()) if found else None
    return ctx.said(span) if span else None


def text_of(ctx: Context, span: Span) -> str:
    return ctx.said(span)


def is_question(ctx: Context) -> bool:
    """Asked, not told: a question mark, or an interrogative opening («cuántas llegaron en noviembre»)."""
    return "?" in ctx.text.original or QUESTION_OPENING.match(ctx.norm) is not None


def put_past_period(ctx: Context) -> None:
    """A report is of a period gone by: «noviembre» said in December is last month, not next year's."""
    first, last, span = query_range(ctx.atoms, ctx.now)
    if first and first > ctx.now.date() and last:
        first, last = _year_before(first), _year_before(last)
    ctx.put("date_from", first, span)
    ctx.put("date_to", last, span)


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)
