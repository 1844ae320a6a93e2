"""Several requests in one message: each clause that asks for something of its own is its own request.

Staff write «acepta la del Rotary y rechaza la de los bomberos» or «el lunes a las 9 comité de seguridad, y a las
12 almuerzo con dirigentes»: handling only the first part would leave the user believing both were done. A message
is cut where a joiner («y», «;», «además», «también», a new line, a full stop) stands between two clauses that each
carry a request of their own:
- a verb that asks (an imperative, «la declinamos», an infinitive), in a clause that names its own record or
  object, so «cambia la del martes y pásala a las 5» stays one request (the second part names nothing);
- or a question that looks something up («qué tiene el alcalde mañana y …»);
- or a whole new record with its own hour, after one with its own hour: «… el martes a las 10 y el jueves a las 4
  visita al liceo», the second of the same kind as the first, on the first one's day when it names no day.
Each clause then goes the normal way (`bot.conversation`), as if said alone. Anything else stays one
clause: «reunión con Juan y Pedro», «invitación del club de leones y la cámara de comercio para el sábado»,
«agenda reunión con Juan y Pedro el martes a las 10».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS, named
from bot.record_readings import asks_itself
from handlers.focus import FocusUpdate
from handlers.pointing import pointing_only
from handlers.reply import Pending, Reply
from handlers.slot_values import day_of
from nlu import Parser
from nlu.understanding import Understanding

JOINER = re.compile(r"[ \t]*(?:[;\n]+|(?<!\b[a-z])(?<!\b[a-z]{2})\.\s+|,?\s+(?:y\s+)?(?:adem[aá]s|tambi[eé]n)\b,?"
                    r"|,?\s+y\b(?!\s+(?:media|cuarto|\d)))[ \t]*", re.IGNORECASE)
"""Where one request may end and the next begin; never inside an hour («a las 9 y media», «las 9 y 15») nor after
an abbreviation («Av. Matta»)."""
NOT_ASKING = ("unknown", "help")
OWN_SLOTS = (*CONTENT_SLOTS, "ticket")
"""Slots that name what a request is about: a clause holding none of them («pásala a las 5») is about the record of
the clause before it."""


@dataclass(frozen=True)
class Clause:
    text: str
    now: datetime | None = None
    """The reference moment when the clause names only an hour: the day of the clause before it."""
    kind: str | None = None
    """The intent it reads as: a clause with no verb of its own («y el jueves a las 4 visita al liceo») is one more
    record of the kind before it, whatever its own words lean to."""


def clauses(parser: Parser, text: str, now: datetime) -> list[Clause]:
    """The message's requests in order; one clause (the whole message) when it holds a single request."""
    cuts = [match.span() for match in JOINER.finditer(text) if match.start() > 0 and match.end() < len(text)]
    if not cuts:
        return [Clause(text)]
    bounds = [0, *(at for span in cuts for at in span), len(text)]
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    found: list[tuple[Clause, Understanding]] = []
    span_end = parser.moment(text, now)[1]
    start, end = parts[0]
    for part_start, part_end in parts[1:]:
        if _breaks(parser, span_end, text[start:end], text[part_start:], now):
            end = part_end
            continue
        before = found[-1][1] if found else None
        first_now = _reference(parser, text[start:end], now, before)
        first = _request(parser, text[start:end], first_now or now, before)
        part = text[part_start:part_end]
        second = _request(parser, part, _reference(parser, part, now, first) or now, first) if first else None
        if first is not None and second is not None and not _goes_on(first, second):
            found.append((Clause(text[start:end].strip(), first_now, first.intent), first))
            start = part_start
        end = part_end
    if not found:
        return [Clause(text)]
    last, before = text[start:end], found[-1][1]
    last_now = _reference(parser, last, now, before)
    reading = _request(parser, last, last_now or now, before)
    return [clause for clause, _ in found] + [Clause(last.strip(), last_now, reading and reading.intent)]


def _goes_on(first: Understanding, second: Understanding) -> bool:
    """The second clause tells more of the record the first creates, not one more: «Registre el caso de doña Rosa
    …; solicita evaluación de la asistente social» (what she asks for). One more of the same kind has its own hour
    («… el martes a las 10 y el jueves a las 4 visita al liceo»)."""
    return first.intent == second.intent and first.intent.endswith(".create") and not _timed(second)


def _breaks(parser: Parser, span_end: date | datetime | None, left: str, right: str, now: datetime) -> bool:
    """The cut would break the span the message names («el lunes 22 entre las 9 y las 13»): neither side keeps its
    end."""
    return span_end is not None and span_end not in (parser.moment(left, now)[1], parser.moment(right, now)[1])


def _request(parser: Parser, text: str, now: datetime, before: Understanding | None) -> Understanding | None:
    """How the clause reads when it asks for something of its own, else None."""
    reading = parser.parse(text, now)
    if reading.intent not in NOT_ASKING and asks_itself(parser, text) and _names_own(reading):
        return reading
    if reading.intent.endswith(LOOK_UPS) and any(reading.slots.values()) and parser.asks_question(text, now):
        return reading  # «qué tiene el alcalde mañana y …»: a question is a request of its own
    if reading.intent.endswith(".create") and before is None and _timed(reading) and _names_own(reading):
        return reading  # «el lunes a las 9 comité de seguridad, y …»: a whole record opens the message
    if before is None or not before.intent.endswith(".create") or not _timed(before):
        return None
    reading = parser.parse_as(text, now, before.intent)  # «… y el jueves a las 4 visita al liceo»: one more
    return reading if _timed(reading) and _names_own(reading) else None


def _reference(parser: Parser, text: str, now: datetime, before: Understanding | None) -> datetime | None:
    """The day of the clause before, for a clause that names an hour but no day («y a las 12 almuerzo …»)."""
    day = _day(before)
    if day is None or not isinstance(parser.moment(text, now)[0], datetime) or parser.names_day(text, now):
        return None
    return datetime.combine(day, time())


def _day(reading: Understanding | None) -> date | None:
    start = reading.slots.get("start") if reading is not None else None
    return day_of(start)


def _timed(reading: Understanding) -> bool:
    return isinstance(reading.slots.get("start"), datetime)


def _names_own(reading: Understanding) -> bool:
    return any(isinstance(value := reading.slots.get(slot), str) and value.strip()
               and not (slot == "reference" and pointing_only(value)) for slot in OWN_SLOTS)


def joined(replies: Sequence[Reply]) -> tuple[Reply, tuple[Pending, ...]]:
    """One reply for the requests of one message, and the proposals left for later, next one last. What was done
    or answered at once is said in order; the first proposal waits for its «sí» last, after a line naming what
    comes after it, so nothing the user asked for goes unsaid."""
    done = [reply for reply in replies if reply.pending is None]
    proposals = [reply for reply in replies if reply.pending is not None]
    shown = [*done, *proposals[:1]]
    later = tuple(reply.pending for reply in proposals[1:] if reply.pending is not None)
    text = "\n\n".join(reply.text for reply in done)
    if later:
        text += ("\n\n" if text else "") + "Primero esto; después sigo con " + ", y luego ".join(
            named(item) for item in later) + "."
    if proposals:
        text += ("\n\n" if text else "") + proposals[0].text
    first = proposals[0] if proposals else done[-1]
    return replace(first, text=text, stored=any(reply.stored for reply in shown), focus=_focus(shown),
                   attachments=tuple(a for reply in shown for a in reply.attachments)), tuple(reversed(later))


def _focus(replies: Sequence[Reply]) -> FocusUpdate | None:
    """What every reply showed, stored or changed, in order; the last list given stays the list."""
    updates = [reply.focus for reply in replies if reply.focus is not None]
    if not updates:
        return None
    listed = next((update.listed for update in reversed(updates) if update.listed is not None), None)
    return FocusUpdate(records=tuple(ref for update in updates for ref in update.records), listed=listed,
                       forget=tuple(ref for update in updates for ref in update.forget))
