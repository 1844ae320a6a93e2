"""One detail of a stored record, in one line: the answer to «¿q fono le quedó a la vecina?», «¿a qué hora era lo del
Rotary?», «¿dónde es la reunión con la junta de vecinos?».

Whoever asks for one detail wants that detail, not the whole record again (nor its day's agenda): the line names the
record briefly, so it is clear which one answered, and says the detail as stored, or that it has none. A kind of record
that keeps no such detail answers nothing here, and the record is shown whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from sqlmodel import col, select

from handlers import efemerides
from handlers.agenda import when_text
from handlers.complaints import department_name
from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, on_day, plural, time_text
from handlers.legal_deadlines import working_days_left
from handlers.lobby import audiences
from handlers.pointing import about
from handlers.reference_match import word_matches, words
from handlers.reply import Reply
from handlers.transparency.find import ENTITY as TRANSPARENCY
from handlers.transparency.listing import deadline_text
from handlers.transparency.register import unit_text
from handlers.transparency.terms import outcome_name, status_name
from nlu.capabilities import record_name
from storage.legal import Audience, AudienceStatus, TransparencyRequest, TransparencyStatus
from storage.models import Complaint, Contact, Efemeride, Event, Invitation

Value = Callable[[Context, Any], str | None]
"""A detail of a record as the office reads it, or `None` when the record has none."""

LABELS = {"phone": ("teléfono", "sin teléfono"), "email": ("correo", "sin correo"),
          "address": ("dirección", "sin dirección"), "place": ("lugar", "sin lugar"), "time": ("hora", "sin hora"),
          "day": ("día", "sin fecha"), "when": ("", "sin fecha"), "due": ("vence el", "sin plazo"),
          "department": ("departamento", "sin departamento"), "status": ("", "sin estado"),
          "derived": ("", "sin derivar")}
"""How each detail is said before its value, and how its absence is said."""


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table, its short name, the details a question may ask of it, and the details it keeps
    under another («¿cuándo?» of a complaint is when it is due; «¿dónde?», its address)."""

    model: type
    short: Callable[[Any], str]
    details: Mapping[str, Value]
    same_as: Mapping[str, str] = field(default_factory=dict)
    named_by: tuple[str, ...] = ()
    """The columns whose words a record may be named by in a question («el de la sra Painemal», «la del Rotary»)."""


def _time(ctx: Context, record: Event | Invitation) -> str | None:
    return time_text(ctx.local(record.start_at)) if record.start_at else None


def _day(ctx: Context, record: Event | Invitation) -> str | None:
    return day_text(record.day, ctx.today) if record.day else None


def _when(ctx: Context, record: Event | Invitation) -> str | None:
    return when_text(record.day, record.start_at, record.end_at, ctx.settings.zone, ctx.today) if record.day else None


def _day_of(name: str) -> Value:
    """A day the record keeps in the column `name` («vence el martes 22 de diciembre»)."""
    return lambda ctx, record: day_text(day, ctx.today) if (day := getattr(record, name)) else None


def _working_days_to(ctx: Context, due: date) -> str:
    """«quedan 4 días hábiles», «vence hoy», «vencido hace 2 días hábiles»: a legal deadline counts working days
    (Ley 19.880 art. 25), so the office is told how many are left, not only the day."""
    left = working_days_left(ctx.today, due)
    if left == 0:
        return "vence hoy"
    if left < 0:
        return f"vencido hace {plural(-left, 'día hábil', 'días hábiles')}"
    return f"{'queda' if left == 1 else 'quedan'} {plural(left, 'día hábil', 'días hábiles')}"


def _legal_due(name: str) -> Value:
    """A legal deadline the record keeps in the column `name`, with the working days left to it («lunes 24 de mayo
    (quedan 4 días hábiles)»)."""
    return lambda ctx, record: f"{day_text(day, ctx.today)} ({_working_days_to(ctx, day)})" \
        if (day := getattr(record, name)) else None


def _request_status(ctx: Context, request: TransparencyRequest) -> str:
    """«recibida, vence el martes 22 de diciembre (20 días hábiles)», «derivada el lunes 23 de noviembre, a …»: its
    state with its deadline while it runs, or how and where it closed."""
    said = deadline_text(request, ctx.today)
    if TransparencyStatus(request.status).is_open:
        said = f"{status_name(request.status)}, {said}"
    if request.derived_to:
        said += f", a {request.derived_to}"
    return f"{said} ({outcome_name(request.outcome)})" if request.outcome else said


def _request_derived(ctx: Context, request: TransparencyRequest) -> str:
    """«derivada el jueves 3 de diciembre, a Servicio de Salud Atacama» (art. 13), or, for one still answered here,
    that it was not and which unit answers it: «¿a qué unidad se derivó?» asks either."""
    if request.derived_to:
        return _request_status(ctx, request)
    return f"no se ha derivado a otro organismo; la responde {unit_text(ctx, request.department)}"


def _audience_status(ctx: Context, audience: Audience) -> str:
    """«solicitada, responder a más tardar el …», «aceptada, el …»: its state and the day that matters."""
    status = audiences.status_name(audience.status)
    if audience.status == AudienceStatus.REQUESTED:
        return f"{status}, responder a más tardar {on_day(audience.due_on, ctx.today)} " \
               f"({_working_days_to(ctx, audience.due_on)})"
    event = ctx.session.get(Event, audience.event_id) if audience.event_id is not None else None
    day = audience.held_on or (event.day if event is not None else None)
    return f"{status}, {on_day(day, ctx.today)}" if day else status


def _efemeride_when(ctx: Context, efemeride: Efemeride) -> str:
    """«cada 14 de marzo (todos los años); la próxima, el domingo 14 de marzo de 2027»."""
    said = efemerides.when_text(efemeride.month, efemeride.day_of_month, efemeride.on_date, ctx.today)
    upcoming = on_day(efemerides.next_day(efemeride, ctx.today), ctx.today)
    return said if efemeride.on_date else f"{said}; la próxima, {upcoming}"


def _titled(entity: str, rest: Callable[[Any], str]) -> Callable[[Any], str]:
    """A short name led by the kind's declared name: «Reclamo R-2027-0001 (Teresa Ancamil)»."""
    return lambda record: f"{record_name(entity).capitalize()} {rest(record)}"


def _column(name: str) -> Value:
    return lambda _ctx, record: getattr(record, name) or None


OCCASION = {"time": _time, "day": _day, "when": _when, "place": _column("place")}
KINDS = {
    "complaint": Kind(Complaint, _titled("complaint", lambda c: c.ticket + (f" ({c.citizen})" if c.citizen else "")),
                      {"phone": _column("phone"), "email": _column("email"), "address": _column("address"),
                       "due": _day_of("due_date"), "department": lambda ctx, c: department_name(ctx, c.department)},
                      {"place": "address", "when": "due", "day": "due", "derived": "department"},
                      ("ticket", "citizen", "description", "address")),
    "invitation": Kind(Invitation, _titled("invitation", lambda i: f"N° {i.id} · {i.title}"), OCCASION,
                       named_by=("organizer", "title", "place")),
    "event": Kind(Event, lambda e: e.title[:1].upper() + e.title[1:], OCCASION, named_by=("title", "place")),
    "contact": Kind(Contact, lambda c: c.name, {"phone": _column("phone"), "email": _column("email"),
                                                 "address": _column("address")},
                    named_by=("name", "role", "institution")),
    TRANSPARENCY: Kind(TransparencyRequest, _titled(TRANSPARENCY, lambda r: f"{r.folio} ({r.requester})"),
                       {"status": _request_status, "due": _legal_due("due_on"), "derived": _request_derived,
                        "department": lambda ctx, r: unit_text(ctx, r.department)},
                       {"when": "due", "day": "due"}, ("folio", "requester", "subject")),
    audiences.ENTITY: Kind(Audience, _titled(audiences.ENTITY, lambda a: f"de {a.applicant}"),
                           {"status": _audience_status, "due": _legal_due("due_on")},
                           {"when": "status", "day": "status"}, ("applicant", "represented", "subject")),
    "efemeride": Kind(Efemeride, lambda e: e.title[:1].upper() + e.title[1:], {"when": _efemeride_when},
                      {"day": "when"}, ("title",)),
}


def named_in_store(ctx: Context, naming: list[str]) -> Ref | None:
    """The one live stored record, of any kind here, whose words hold every naming word («painemal» of «el de la
    sra Painemal»): what a question names when the conversation has not shown it; `None` when none or several.

    Only the naming columns are read, and no further than a second fit, which already makes the answer `None`."""
    if not naming:
        return None
    found = list(islice(((entity, kind, row[0]) for entity, kind in KINDS.items() for row in _naming_rows(ctx, kind)
                         if _holds(row[1:], naming)), 2))
    if len(found) != 1:
        return None
    entity, kind, number = found[0]
    return Ref(entity, number, kind.short(ctx.session.get(kind.model, number)))


def _naming_rows(ctx: Context, kind: Kind) -> Iterator[Sequence[Any]]:
    """The id and naming columns of the kind's live records, read as they are consumed."""
    model: Any = kind.model
    query = select(model.id, *(getattr(model, name) for name in kind.named_by))
    return iter(ctx.session.exec(query.where(col(model.deleted_at).is_(None))))


def _holds(values: Sequence[Any], naming: list[str]) -> bool:
    said = words(" ".join(str(value or "") for value in values), frozenset())
    return all(any(word_matches(each, word) for word in said) for each in naming)


STORED = "Sí, quedó guardado"
"""The answer to «¿quedó guardado lo de …?» before the record's short name."""


def stored_line(ctx: Context, ref: Ref) -> Reply | None:
    """«¿quedó guardado lo de bomberos?»: yes, with the record's short name and when it falls, in one line; `None`
    when its kind has no short name here or it is gone, so that the record is shown whole."""
    line = detail_line(ctx, ref, "when")
    kind = KINDS.get(ref.entity)
    record = ctx.session.get(kind.model, ref.id) if kind else None
    if line is None and (record is None or getattr(record, "deleted_at", None) is not None):
        return None
    said = line.text if line is not None else f"{kind.short(record)}."  # type: ignore[union-attr]
    return about(Reply(f"{STORED}. {said}"), ref)


def detail_line(ctx: Context, ref: Ref, detail: str) -> Reply | None:
    """The one line that answers `detail` of the record `ref`; `None` when its kind keeps no such detail or it is
    gone, so that the record is shown as usual."""
    kind = KINDS.get(ref.entity)
    detail = kind.same_as.get(detail, detail) if kind else detail
    value = kind.details.get(detail) if kind else None
    record = ctx.session.get(kind.model, ref.id) if kind and value else None
    if kind is None or value is None or record is None or getattr(record, "deleted_at", None) is not None:
        return None
    label, unset = LABELS[detail]
    said = value(ctx, record)
    told = f"{label} {said}".strip() if said else unset
    return about(Reply(f"{kind.short(record)}: {told}."), ref)
