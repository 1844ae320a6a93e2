"""The mayor's agenda: adding an activity (warned of clashes first) and reading a day, a range or a free slot."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from handlers.agenda_slots import (
    PARTS_OF_DAY,
    SlotError,
    checked_draft,
    checked_text,
    day_slot,
    flag_slot,
    moment_slot,
    part_of_day_slot,
    store_draft,
)
from handlers.capability import PERIOD, Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, moment_text, of_day, on_day, time_text
from handlers.invitation_match import invitation_name, with_organizer
from handlers.pointing import about
from handlers.reply import Reply, ask, done, propose
from storage.models import Event, Invitation
from storage.queries.agenda import events_between
from storage.queries.invitations import organizers_of, unanswered_between

DEFAULT_LENGTH = timedelta(hours=1)
"""How long an activity without an end is taken to last when looking for clashes."""

MAX_RANGE_DAYS = 92
UPCOMING_DAYS = 60
"""How far ahead «qué recordatorios tengo» looks: what is coming, within the longest range the agenda shows."""


# --- reading and writing text -------------------------------------------------------------------

def when_text(day: date, start_at: datetime | None, end_at: datetime | None, zone: ZoneInfo,
              today: date | None = None) -> str:
    """`jueves 3 de diciembre, 11:00 a 12:30`, or the day alone `(todo el día)`."""
    text = moment_text(day, start_at.astimezone(zone) if start_at else None, today)
    if start_at and end_at:
        end = end_at.astimezone(zone)
        text += f" a {time_text(end)}" if end.date() == day else f" a {moment_text(end.date(), end, today)}"
    return text


def event_lines(session: Session, events: list[Event], zone: ZoneInfo) -> list[str]:
    """The agenda lines of these events, each from an invitation saying whose it is."""
    organizers = organizers_of(session, events)
    return [event_line(event, zone, organizers.get(event.id or 0)) for event in events]


def event_line(event: Event, zone: ZoneInfo, organizer: str | None = None) -> str:
    """One agenda line: time (or `Todo el día`), title with who invited (`organizer`, for an activity from an
    invitation: «aniversario» alone does not say whose), place, and whether it came from an invitation."""
    return _line(event, zone, organizer) + (" (invitación)" if event.invitation_id is not None else "")


def _awaiting_line(invitation: Invitation, zone: ZoneInfo) -> str:
    """An invitation still unanswered, shown on its day: nothing is booked yet, but the day is not free of it."""
    return _line(invitation, zone, invitation.organizer)


def _line(record: Event | Invitation, zone: ZoneInfo, organizer: str | None) -> str:
    """Time (or `Todo el día`), title (with who invites, `with_organizer`) and place of something on a day."""
    if record.start_at is None:
        when = "Todo el día:"
    else:
        when = time_text(record.start_at.astimezone(zone))
        if record.end_at is not None and record.end_at.astimezone(zone).date() == record.day:
            when += f"–{time_text(record.end_at.astimezone(zone))}"
    line = f"{when} {with_organizer(record.title, organizer)}"
    return line + (f" — {record.place}" if record.place else "")


def event_label(event: Event, zone: ZoneInfo, today: date | None = None) -> str:
    """`Reunión con el gobernador, lunes 28 de diciembre, 10:00, Gobernación`: an activity named on its own."""
    text = f"{event.title}, {when_text(event.day, event.start_at, event.end_at, zone, today)}"
    return text + (f", {event.place}" if event.place else "")


def event_ref(event: Event, ctx: Context) -> Ref:
    """The activity as the conversation remembers it ("pásala al lunes", "la reunión del jueves")."""
    return Ref("event", event.id or 0, event_label(event, ctx.settings.zone, ctx.today), event.day)


def day_agenda(session: Session, day: date, zone: ZoneInfo) -> list[str]:
    """The lines of one day's agenda, all-day first then by time: what the briefing and reminders show."""
    return event_lines(session, events_between(session, day, day), zone)


# --- time spans and clashes ---------------------------------------------------------------------

def _day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def span(event: Event, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants an event occupies: a whole local day, or its start to its end (one hour by default)."""
    if event.start_at is None:
        return _day_start(event.day, zone), _day_start(event.day + timedelta(days=1), zone)
    return event.start_at, event.end_at or event.start_at + DEFAULT_LENGTH


def occupying(session: Session, start: datetime, end: datetime, zone: ZoneInfo,
              ignore: int | None = None) -> list[Event]:
    """Live events overlapping [start, end); the day before is read too, for activities past midnight."""
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    found = []
    for event in events_between(session, first, last):
        event_start, event_end = span(event, zone)
        if event.id != ignore and event_start < end and start < event_end:
            found.append(event)
    return found


def clash_warning(session: Session, event: Event, zone: ZoneInfo) -> str | None:
    """`Ojo: choca con ...` for a draft event, or None when the span is free."""
    clashes = occupying(session, *span(event, zone), zone, ignore=event.id)
    if not clashes:
        return None
    return "Ojo: choca con " + "; ".join(event_lines(session, clashes, zone)) + "."


# --- event.create ------------------------------------------------------------------------------

def _draft(ctx: Context, slots: dict[str, Any]) -> Event:
    zone = ctx.settings.zone
    title = checked_text(slots, "title", 500, "El título")
    place = checked_text(slots, "place", 300, "El lugar")
    day, start_at = moment_slot(slots["start"], zone)
    end_at = None
    if slots.get("end") not in (None, ""):
        if start_at is None:
            raise SlotError("Una actividad de todo el día no lleva hora de término; indique la hora de inicio.")
        end_at = moment_slot(slots["end"], zone)[1]
        if end_at is None:
            raise SlotError("Indique la hora de término (por ejemplo, 12:00).")
        if end_at <= start_at:
            raise SlotError("La hora de término debe ser posterior a la de inicio.")
    return Event(title=title or "", day=day, start_at=start_at, end_at=end_at, place=place,
                 created_by=ctx.actor.telegram_id, created_at=ctx.now)


def _missing(slots: dict[str, Any]) -> Reply | None:
    if slots.get("start") in (None, ""):
        return ask("event.create", slots, "start", "¿Para qué día (y a qué hora) agendo la actividad?")
    if not str(slots.get("title") or "").strip():
        return ask("event.create", slots, "title", "¿Qué actividad agendo?")
    return None


def handle_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    event = checked_draft(ctx, slots, _missing, _draft)
    if isinstance(event, Reply):
        return event
    zone = ctx.settings.zone
    lines = ["Agendar actividad:", f"• {event.title}",
             f"• Cuándo: {when_text(event.day, event.start_at, event.end_at, zone, ctx.today)}"]
    if event.place:
        lines.append(f"• Lugar: {event.place}")
    if event.day < ctx.today:
        lines.append("Ojo: esa fecha ya pasó.")
    warning = clash_warning(ctx.session, event, zone)
    if warning:
        lines.append(warning)
    return propose("event.create", slots, "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    event = store_draft(ctx, slots, _missing, _draft)
    if isinstance(event, Reply):
        return event
    when = when_text(event.day, event.start_at, event.end_at, ctx.settings.zone, ctx.today)
    where = f", {event.place}" if event.place else ""  # what was stored, as the preview showed it
    return about(done(f"Actividad N° {event.id} guardada en la agenda: {event.title}, {when}{where}."),
                 event_ref(event, ctx))


# --- agenda.query -------------------------------------------------------------------------------

def _availability(ctx: Context, day: date, part: str | None) -> Reply:
    zone = ctx.settings.zone
    if part is None:
        phrase, start, end = "", _day_start(day, zone), _day_start(day + timedelta(days=1), zone)
    else:
        phrase, first, last = PARTS_OF_DAY[part]
        phrase = f" {phrase}"
        start = datetime.combine(day, first, tzinfo=zone)
        end = datetime.combine(day, last, tzinfo=zone) if last else _day_start(day + timedelta(days=1), zone)
    busy = occupying(ctx.session, start, end, zone)
    when = on_day(day, ctx.today)
    if not busy:
        return about(Reply(f"Sí, está libre {when}{phrase}."), listed=())
    lines = [f"• {line}" for line in event_lines(ctx.session, busy, zone)]
    return about(Reply("\n".join([f"No, {when}{phrase} tiene:", *lines])),
                 listed=[event_ref(e, ctx) for e in busy])


def _span_text(first: date, last: date, today: date) -> tuple[str, str]:
    """The heading's words and the empty answer's words: `de hoy lunes 23` / `para hoy lunes 23`."""
    if first != last:
        both = f"del {day_text(first)} al {day_text(last)}"
        return both, both
    return of_day(first, today), f"para {on_day(first, today)}"


def _agenda(ctx: Context, first: date, last: date) -> Reply:
    zone = ctx.settings.zone
    events = events_between(ctx.session, first, last)
    awaiting = unanswered_between(ctx.session, first, last)
    heading, empty = _span_text(first, last, ctx.today)
    lines = [f"Agenda {heading}:"] if events else [f"No hay actividades agendadas {empty}."]
    for index, (event, line) in enumerate(zip(events, event_lines(ctx.session, events, zone), strict=True)):
        if first != last and (index == 0 or events[index - 1].day != event.day):
            lines += ["", day_text(event.day, ctx.today).capitalize()]
        lines.append(f"• {line}")
    if awaiting:
        lines += ["", "Invitaciones por responder esos días:" if first != last else "Invitaciones por responder:"]
        lines += [f"• {_awaiting_day(invitation, first != last, ctx.today)}{_awaiting_line(invitation, zone)}"
                  for invitation in awaiting]
    refs = [event_ref(event, ctx) for event in events] + [_invitation_ref(invitation) for invitation in awaiting]
    return about(Reply("\n".join(lines)), listed=refs)


def _awaiting_day(invitation: Invitation, several_days: bool, today: date) -> str:
    return f"{day_text(invitation.day, today).capitalize()}, " if several_days and invitation.day else ""


def _invitation_ref(invitation: Invitation) -> Ref:
    """An unanswered invitation listed with the agenda, named by its title and organizer («la once comunitaria»)."""
    return Ref("invitation", invitation.id or 0, invitation_name(invitation), invitation.day)


def handle_query(ctx: Context, slots: dict[str, Any]) -> Reply:
    try:
        first = day_slot(slots.get("date_from"))
        last = day_slot(slots.get("date_to"))
        part = part_of_day_slot(slots.get("part_of_day"))
    except SlotError as error:
        return Reply(str(error))
    first = first or ctx.today
    ahead = flag_slot(slots.get("upcoming")) and not slots.get("date_from")
    last = last or (first + timedelta(days=UPCOMING_DAYS) if ahead else first)
    first, last = min(first, last), max(first, last)
    if flag_slot(slots.get("availability")):
        return _availability(ctx, first, part)
    if (last - first).days >= MAX_RANGE_DAYS:
        return Reply("Es un rango muy largo: pida la agenda de hasta tres meses a la vez.")
    return _agenda(ctx, first, last)


HANDLERS = {"event.create": handle_create, "agenda.query": handle_query}
COMMITS = {"event.create": commit_create}
CAPABILITY = Capability(
    "agenda", HANDLERS, COMMITS,
    help=(
        HelpLine("Agenda", "q tiene el alcalde mañana / "
                 "agenda reunión con el director de Obras el lunes a las 9"),
        HelpLine("Recordatorios", "recuérdame llamar al seremi el jueves a las 10 / qué recordatorios tengo"),
    ),
    follow_ups={"agenda.query": FollowUp(period=(*PERIOD, "part_of_day"))},
    shown_by={"event": ("agenda.query", "date_from")},  # an activity is shown in its day, among what else it has
)
