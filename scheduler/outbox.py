"""Which messages a run owes on a day, and their text, rebuilt from the records each time it is sent.

A message is named by (kind, chat, item key, day): the same name on the first try, on a retry after
a failure and in a second process, which is what lets `deliveries` send it once. The text is
composed at send time by `handlers`, so a retry carries today's data, and an item that no longer
needs a message (an invitation answered meanwhile, an efeméride already greeted) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlmodel import Session, col, select

from handlers import reminders
from handlers.briefing import compose as compose_briefing
from handlers.context import Actor, Context
from handlers.efemerides import efemerides_between
from handlers.reply import Reply
from handlers.working_days import previous_working_day
from scheduler import legal
from scheduler.plan import RunName, local_instant
from settings import Department, Role, Settings
from storage.models import Complaint, ComplaintStatus, Contact, Efemeride, Event, Invitation, InvitationStatus
from storage.queries.agenda import events_between
from storage.queries.chat_migrations import follow, moves
from storage.queries.invitations import pending_invitations

SCHEDULER = Actor(telegram_id=None, name="Programador", role=Role.VIEWER)
OPEN = [ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS]


class Kind(StrEnum):
    BRIEFING = "briefing"
    EFEMERIDE = "efemeride"
    INVITATION = "invitation"
    EVENING = "evening"
    COMPLAINTS = "complaints"
    TRANSPARENCY = legal.TRANSPARENCY
    AUDIENCE = legal.AUDIENCE


@dataclass(frozen=True)
class Outgoing:
    """One message owed: `item_key` names what it is about, `for_day` the local day it belongs to."""

    kind: Kind
    chat_id: int
    item_key: str
    for_day: date


def context(session: Session, settings: Settings, now: datetime) -> Context:
    return Context(session=session, actor=SCHEDULER, now=now, settings=settings)


# --- what is owed ----------------------------------------------------------------------------------

def owed(ctx: Context, run: RunName, day: date) -> list[Outgoing]:
    """The messages `run` owes on `day`; a chat left unconfigured simply gets nothing.

    Each goes to its chat's current id: a configured group that became a supergroup is named by
    the supergroup, as are the deliveries it already had, so nothing goes twice across the move.
    """
    known = moves(ctx.session)
    return [replace(outgoing, chat_id=follow(known, outgoing.chat_id)) for outgoing in _PLANNERS[run](ctx, day)]


def _briefing(ctx: Context, day: date) -> list[Outgoing]:
    chat = ctx.settings.telegram.mayor_chat_id
    return [] if chat is None else [Outgoing(Kind.BRIEFING, chat, day.isoformat(), day)]


def _reminders(ctx: Context, day: date) -> list[Outgoing]:
    chat = ctx.settings.telegram.mayor_chat_id
    if chat is None:
        return []
    reminders_settings = ctx.settings.reminders
    owed_now = [Outgoing(Kind.EFEMERIDE, chat, f"{efemeride.id}:{on.isoformat()}:{ahead}", day)
                for ahead in sorted({reminders_settings.efemeride_days_before, 0}, reverse=True)
                for on, efemeride in _efemerides_on(ctx, day + timedelta(days=ahead))]
    invitations = pending_invitations(ctx.session, day, within_days=reminders_settings.invitation_days_before)
    return owed_now + [Outgoing(Kind.INVITATION, chat, str(invitation.id), day) for invitation in invitations]


def _efemerides_on(ctx: Context, on: date) -> list[tuple[date, Efemeride]]:
    """Those falling on `on` not yet greeted for that year (29 February falls on the 28th in other years)."""
    return [(when, efemeride) for when, efemeride in efemerides_between(ctx.session, on, on)
            if efemeride.greeted_year is None or efemeride.greeted_year < when.year]


def _evening(ctx: Context, day: date) -> list[Outgoing]:
    chat = ctx.settings.telegram.mayor_chat_id
    if chat is None:
        return []
    tomorrow = day + timedelta(days=1)
    return [Outgoing(Kind.EVENING, chat, f"{event.id}:{event.day.isoformat()}", day)
            for event in events_between(ctx.session, tomorrow, tomorrow) if _accepted(ctx.session, event)]


def _accepted(session: Session, event: Event) -> bool:
    invitation = session.get(Invitation, event.invitation_id) if event.invitation_id is not None else None
    return invitation is not None and invitation.status == InvitationStatus.ACCEPTED


def _complaints(ctx: Context, day: date) -> list[Outgoing]:
    return [Outgoing(Kind.COMPLAINTS, department.chat_id, f"{department.code}:{day.isoformat()}", day)
            for department in ctx.settings.departments
            if department.chat_id is not None and _digest(ctx, department, day) is not None]


def _legal(ctx: Context, day: date) -> list[Outgoing]:
    return [Outgoing(Kind(kind), chat, key, day) for kind, chat, key in legal.owed(ctx, day)]


_PLANNERS: dict[RunName, Callable[[Context, date], list[Outgoing]]] = {
    RunName.BRIEFING: _briefing, RunName.REMINDERS: _reminders,
    RunName.COMPLAINTS: _complaints, RunName.EVENING: _evening, RunName.LEGAL: _legal,
}


# --- its text --------------------------------------------------------------------------------------

def compose(ctx: Context, outgoing: Outgoing) -> Reply | None:
    """The message as it should read now, or None when the item no longer calls for one."""
    return _COMPOSERS[outgoing.kind](ctx, outgoing.item_key, outgoing.for_day)


def _compose_briefing(ctx: Context, _key: str, day: date) -> Reply:
    return compose_briefing(ctx, day)


def _compose_efemeride(ctx: Context, key: str, day: date) -> Reply | None:
    number, on_text, _ahead = key.split(":")
    on = date.fromisoformat(on_text)
    efemeride = ctx.session.get(Efemeride, int(number))
    if efemeride is None or efemeride.deleted_at is not None or (efemeride.greeted_year or 0) >= on.year:
        return None
    contact = ctx.session.get(Contact, efemeride.contact_id) if efemeride.contact_id is not None else None
    if contact is not None and contact.deleted_at is not None:
        contact = None
    return reminders.efemeride_reminder(efemeride, contact, on, day)


def _compose_invitation(ctx: Context, key: str, day: date) -> Reply | None:
    invitation = ctx.session.get(Invitation, int(key))
    if invitation is None or invitation.deleted_at is not None or invitation.status != InvitationStatus.PENDING:
        return None
    return reminders.invitation_reminder(ctx, invitation, day)


def _compose_evening(ctx: Context, key: str, day: date) -> Reply | None:
    event = ctx.session.get(Event, int(key.split(":")[0]))
    if event is None or event.deleted_at is not None or event.day != day + timedelta(days=1):
        return None
    return reminders.evening_reminder(ctx, event, day) if _accepted(ctx.session, event) else None


def _compose_complaints(ctx: Context, key: str, day: date) -> Reply | None:
    department = ctx.settings.department(key.split(":")[0])
    return None if department is None else _digest(ctx, department, day)


def _digest(ctx: Context, department: Department, day: date) -> Reply | None:
    """New = registered since the previous working day's digest; overdue = open past its due date."""
    at = ctx.settings.reminders.complaints_digest_time
    since = local_instant(previous_working_day(day), at, ctx.settings.zone)
    until = local_instant(day, at, ctx.settings.zone)
    live = select(Complaint).where(Complaint.department == department.code, col(Complaint.deleted_at).is_(None))
    new = ctx.session.exec(live.where(col(Complaint.created_at) >= since, col(Complaint.created_at) < until)
                           .order_by(col(Complaint.created_at))).all()
    overdue = ctx.session.exec(live.where(col(Complaint.status).in_(OPEN), col(Complaint.due_date) < day)
                               .order_by(col(Complaint.due_date), col(Complaint.id))).all()
    return reminders.complaints_digest(department, list(new), list(overdue), day)


_COMPOSERS: dict[Kind, Callable[[Context, str, date], Reply | None]] = {
    Kind.BRIEFING: _compose_briefing, Kind.EFEMERIDE: _compose_efemeride, Kind.INVITATION: _compose_invitation,
    Kind.EVENING: _compose_evening, Kind.COMPLAINTS: _compose_complaints,
    Kind.TRANSPARENCY: legal.compose_transparency, Kind.AUDIENCE: legal.compose_audience,
}
