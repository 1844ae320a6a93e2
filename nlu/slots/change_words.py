"""What requests to change a stored record share: verbs in any form, pronoun clitics, who said it, and the
words that name the record (its reference), read apart from the new values.

The verbs are each capability's `[verbs]` lemmas (nlu/lexicon/capabilities/<name>.toml); their forms come
from `nlu.morphology`, so «suspéndela», «se suspende», «suspendida» and «suspender» are one verb.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import cache

from nlu import datafiles
from nlu.calendar import day_of_month
from nlu.capabilities import DECLARATIONS
from nlu.dates import DAY, MAX_DAY, RANGE, TIME, Atom
from nlu.lexicon import request_forms as asking_forms
from nlu.moments import minutes_of
from nlu.morphology import forms
from nlu.phrases import alternation
from nlu.slots.common import BREAK, Context, Span, trim
from nlu.slots.legal import is_question

TOKEN = re.compile(r"[a-z0-9]+")
POINTING_CLITICS = ("la", "lo", "las", "los", "sela", "selo")
"""Clitics that stand for the record ("muévela", "ciérralo"); "le", "me", "nos" name people instead."""
OF_RECORD = re.compile(r"(?:\bdel|\bde\s+la|\bde\s+las|\bde\s+los|\bde\s+el|\bde)\s+$")
"""A day or time said right after "de" names the record ("la reunión del jueves"), not its new moment."""
REPORTING = ("pidio", "pide", "piden", "pidieron", "avisa", "avisan", "avisaron", "aviso", "dice", "dicen", "dijo",
             "dijeron", "informa", "informan", "informaron", "confirma", "confirmaron", "oye", "ya", "ahora", "que",
             "sea", "es", "era", "sera", "queda", "quedo", "mejor", "porfa", "favor", "por", "al", "final",
             "finalmente", "realidad", "en", "me", "nos", "le", "hay", "mas", "tarde", "temprano", "nuevo",
             "nueva", "no", "si", "pero", "alcalde", "alcaldesa", "mismo", "misma", "otra", "vez", "tambien",
             "informo", "aviso", "estimada", "estimado", "estimados", "estimadas", "hola", "buenas", "buenos",
             "dias", "tardes", "ojo", "oiga", "disculpa", "disculpe", "perdon", "fecha", "hora", "lugar", "va",
             "van", "ir", "poder", "puede", "podra", "pudo", "asistir", "alcanza", "alcanzara", "llegar",
             "corrige", "corrigen", "corrigio", "corrigieron", "corrija", "corrijan")
DENIED = re.compile(r"(?:\bno|\bno\s+es|\bno\s+era|\bno\s+sera|\ben\s+vez\s+de|\ben\s+lugar\s+de)\s*"
                    r"(?:el|la|los|las|a|al|del|de)?\s*$")
"""A moment said only to be corrected away: "el viernes, no el jueves"."""
OTHER_REGISTERS = ("lobby", "lobby_audience", "transparency")
NOUN_NOT_VERB = frozenset(("corrida", "cambio", "paso", "pasada", "traslado", "cambios"))
"""Activity nouns that are also forms of a changing verb: "la corrida familiar" names, "se corrió" moves."""
CONNECTOR = re.compile(r"\s*(?:con|de|del|en|para|sobre)\b")
"""How a record's description goes on past the day that names it: "la reunión del jueves con los vecinos"."""
DESTINATION = re.compile(r"(?:\bal|\bpara|\bpal|\bpa|\ba|\bhasta|\bhacia)\s+(?:el\s+)?$")
"""Where a new moment is said to go: "pásala al lunes", "pal jueves", "muévela hasta el 12"."""
DESTINATION_WORD = re.compile(r"(?:al|para|pal|pa|a|hasta|hacia)\s")
"""The same word opening the date atom itself ("para el lunes" is one atom)."""
DAY_OF_MONTH_TO = re.compile(r"\bal\s+(\d{1,2})(?:°|o)?(?![\d:.,/\-]?\d)(?![a-z])")
""""cámbiala al 12": a bare day of the month after "al", which the date grammar leaves to counts and names."""


@cache
def _declared(capability: str) -> dict[str, tuple[str, ...]]:
    path = DECLARATIONS / f"{capability}.toml"
    return {k: tuple(v) for k, v in datafiles.read(path).get("verbs", {}).items()}


@cache
def _tail(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """What may close a message after «al 12» and still leave the number a day (the lexicon's `change_tail`: «pásala
    al 30 por favor», «al 29 a la misma hora»), compiled once."""
    return re.compile(r"(?:\s+" + alternation(phrases) + r")+\s*[.!]*\s*")


@cache
def verb_forms(capability: str, *meanings: str) -> frozenset[str]:
    """Every folded form of the capability's verbs of those meanings (one set, built once per meanings)."""
    declared = _declared(capability)
    return frozenset().union(*(forms(lemma).all for meaning in meanings for lemma in declared[meaning]))


@cache
def request_forms(capability: str, *meanings: str) -> frozenset[str]:
    """The forms that ask («deriva», «derívalo», «derivar»), not those that tell what happened («derivaron»)."""
    declared = _declared(capability)
    return frozenset().union(*(asking_forms(lemma) for meaning in meanings for lemma in declared[meaning]))


@cache
def clitic_forms(capability: str, *meanings: str) -> frozenset[str]:
    """The request forms that carry a pronoun for the record: «pásala», «cancélenlo», «muévanla»."""
    return frozenset(word for word in request_forms(capability, *meanings) if word.endswith(POINTING_CLITICS)
                     and not word.endswith(("nos", "les")))


def cue(ctx: Context, name: str) -> re.Match[str] | None:
    """A cue another capability declares, or None when it is not declared (any more): a renamed cue elsewhere
    must not break the understanding of every message."""
    return ctx.cue(name) if name in ctx.vocabulary.cues else None


def other_register(ctx: Context) -> bool:
    """The message is about a register with its own changes (a Lobby audience, a transparency request)."""
    return any(cue(ctx, name) for name in OTHER_REGISTERS) or request_due(ctx)


def request_due(ctx: Context) -> bool:
    """A «solicitud» asked about with its deadline and no audience named: a transparency request, whose legal
    deadline is what the office watches («¿cuándo vence la solicitud de la señora Orellana?»). Told, not asked
    («reclama que su solicitud de poda está fuera de plazo»), it may be a resident's complaint."""
    return bool(cue(ctx, "request_noun") and cue(ctx, "request_deadline") and not cue(ctx, "lobby_audience")
                and is_question(ctx))


def tokens(ctx: Context) -> list[re.Match[str]]:
    return list(TOKEN.finditer(ctx.norm))


def first_of(ctx: Context, words: Container[str]) -> re.Match[str] | None:
    """The first word of the set that is a word of its own: not inside a date ("pasado mañana") nor inside an
    activity's name ("cambio de mando", "corrida familiar"). Most messages hold none of the words, which the
    message's set of words tells at once."""
    if isinstance(words, frozenset) and words.isdisjoint(ctx.words.tokens):
        return None
    inside = [(a.start, a.end) for a in ctx.atoms]
    nouns = ctx.vocabulary.cues.get("event_nouns")
    if nouns is not None and nouns.may_occur(ctx.words):
        inside += [m.span() for m in nouns.finditer(ctx.norm) if " " in m.group() or m.group() in NOUN_NOT_VERB]
    return next((token for token in TOKEN.finditer(ctx.norm) if token.group() in words
                 and not any(a <= token.start() < b for a, b in inside)), None)


def spans_of(ctx: Context, words: Container[str]) -> list[Span]:
    if isinstance(words, frozenset) and words.isdisjoint(ctx.words.tokens):
        return []
    return [token.span() for token in TOKEN.finditer(ctx.norm) if token.group() in words]


def names_record(ctx: Context, atom: Atom) -> bool:
    """Whether a date or time atom names the record ("la reunión del jueves", "la de las 10") rather than
    its new moment ("al jueves", "para el 29", "a las 12"); a span of hours ("pásala de 10 a 12") is its new moment."""
    if atom.kind == TIME and atom.hour is not None and atom.end_hour is not None:
        return False
    said = ctx.norm[atom.start:atom.end]
    return said.startswith(("del ", "de ")) or OF_RECORD.search(ctx.norm[max(0, atom.start - 8):atom.start]) is not None


def moments(ctx: Context) -> tuple[list[Atom], list[Atom]]:
    """(atoms naming the record, atoms giving its new moment), deadlines and denied moments ("no el jueves",
    "en vez de las 10") aside."""
    naming, new = [], []
    for atom in ctx.atoms:
        if atom.kind not in (DAY, RANGE, TIME) or atom.deadline or DENIED.search(ctx.norm[:atom.start]):
            continue
        if atom.kind == RANGE and names_record(ctx, atom) and atom.first and atom.last:
            # "mueve lo del jueves al viernes": from the day that names it to its new day, not a range
            naming.append(atom._replace(kind=DAY, last=atom.first))
            new.append(atom._replace(kind=DAY, first=atom.last))
            continue
        (naming if names_record(ctx, atom) else new).append(atom)
    new = sorted(new + days_of_month_to(ctx), key=lambda atom: atom.start)
    days = [atom for atom in new if atom.kind in (DAY, RANGE)]
    if any(_destined(ctx, atom) for atom in days):
        # "no puede el viernes, pásala al lunes": the day the change goes to is the one said with "al"/"para";
        # a day said without it is the one the record is on
        left = [atom for atom in days if not _destined(ctx, atom)]
        naming += [atom for atom in left if atom.hour is None]
        new = [atom for atom in new if atom not in left]
    return naming, new


def told_aside(ctx: Context, verb: re.Match[str] | None, new: list[Atom]) -> bool:
    """A changing verb said impersonally after every new moment describes, it asks for no change: "está invitado
    … el sábado 4 a las 21 hrs, ojo q esa noche se atrasa la hora" ("se corrió la cena al viernes" has its
    moment after the verb)."""
    return verb is not None and bool(new) and ctx.norm[:verb.start()].endswith("se ") \
        and all(atom.end <= verb.start() for atom in new)


def _destined(ctx: Context, atom: Atom) -> bool:
    lead = ctx.norm[max(0, atom.start - 12):atom.start]
    if ctx.norm.startswith("el ", atom.start):
        lead += "el "
    return DESTINATION.search(lead) is not None or DESTINATION_WORD.match(ctx.norm, atom.start) is not None


def days_of_month_to(ctx: Context) -> list[Atom]:
    """"al 12" ending the clause or followed by its time ("al 12 a las 9"): the next 12th, as a day atom."""
    found = []
    for match in DAY_OF_MONTH_TO.finditer(ctx.norm):
        day = int(match.group(1))
        if not 1 <= day <= MAX_DAY or any(a.start < match.end() and match.start() < a.end for a in ctx.atoms):
            continue
        rest = ctx.norm[match.end():]
        follows_time = any(a.hour is not None and a.start >= match.end() and not ctx.norm[match.end():a.start].strip()
                           for a in ctx.atoms)
        if not (follows_time or not rest.strip() or BREAK.match(rest)
                or _tail(ctx.vocabulary.slot("change_tail").phrases).fullmatch(rest)):
            continue
        first = day_of_month(ctx.now.date(), day)
        if first is not None:
            found.append(Atom(DAY, match.start() + 3, match.end(), first, first))
    return found


def put_new_moment(ctx: Context, atoms: Iterable[Atom]) -> None:
    """The new day as `date` and the new time as `time`: what is not said stays as it was."""
    for atom in atoms:
        if atom.kind in (DAY, RANGE) and atom.first is not None and "date" not in ctx.slots:
            ctx.put("date", atom.first.isoformat(), (atom.start, atom.end))
        if atom.hour is not None and "time" not in ctx.slots:
            ctx.put("time", _clock(atom), (atom.start, atom.end))


def _clock(atom: Atom) -> str:
    return clock_text(minutes_of(atom.hour or 0, atom.minute, atom.clock, atom.part))


def clock_text(minutes: int) -> str:
    """Minutes after midnight as a slot's time of day, "09:30" (past midnight wraps: 25:00 is "01:00")."""
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def put_naming_day(ctx: Context, atoms: Iterable[Atom]) -> None:
    """The day (`on`) and time (`at`) that name the record: "la reunión del jueves", "la de las 10"."""
    atoms = list(atoms)
    day = next((a for a in atoms if a.kind in (DAY, RANGE) and a.first is not None), None)
    if day is not None:
        ctx.put("on", day.first.isoformat(), (day.start, day.end))
    clock = next((a for a in atoms if a.hour is not None), None)
    if clock is not None:
        ctx.put("at", _clock(clock), (clock.start, clock.end))


def put_reference(ctx: Context, taken: list[Span], framing: frozenset[str], end: int | None = None) -> None:
    """The first run of words left once verbs, values, atoms and framing words are taken out; a run cut only by
    a day or time that names the record goes on ("la reunión de mañana con los dirigentes"). Words that judge the
    value told («la fecha correcta es …») frame it too: a correction names its record by a pronoun, not by them."""
    noise = ctx.vocabulary.noise("verdict_words", extra=framing)
    atoms = [(a.start, a.end) for a in ctx.atoms]
    taken = taken + atoms + [(p[0], p[1]) for p in ctx.phones] + list(ctx.emails)
    segments = ctx.segments(taken, 0, end)
    reasons = ctx.vocabulary.slot("reason_leads")
    for index, segment in enumerate(segments):
        if index + 1 < len(segments) and reasons.at_start(ctx.norm, _first_word(ctx.norm, segment[0])):
            continue  # «x la nevazón», «por la lluvia»: why it changes; the record is named after
        first = trim(ctx.norm, segment, noise)
        if not ctx.put_text("reference", first, noise):
            continue
        following = segments[index + 1] if index + 1 < len(segments) else None
        if following and _joined_by_atom(ctx, segment[1], following[0], atoms) and \
                CONNECTOR.match(ctx.norm, following[0]):
            rest = trim(ctx.norm, following, (), noise)
            if rest:
                said = f"{ctx.slots['reference']} {ctx.said(rest)}"
                ctx.put("reference", said, (first[0], rest[1]) if first else None)
        return


def _first_word(norm: str, start: int) -> int:
    return len(norm) - len(norm[start:].lstrip(" ,;:"))


def _joined_by_atom(ctx: Context, end: int, start: int, atoms: list[Span]) -> bool:
    gap = ctx.norm[end:start]
    return bool(gap.strip()) and not BREAK.search(gap) and any(end - 1 <= a < b <= start + 1 for a, b in atoms)
