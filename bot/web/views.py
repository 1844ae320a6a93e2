"""What the Mini App shows, as JSON: the week or month of agenda, invitations awaiting an answer,
a department's complaints, the contact directory. Read-only: changes go through `bot/web/actions.py`.

The texts (day names, status names, «vence»/«vencido») are the ones the chat uses, taken from the
same helpers, so the board and the chat never describe a record differently.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from handlers import complaint_terms as terms
from handlers.agenda import event_lines
from handlers.format import MONTHS, WEEKDAYS, day_text, on_day, time_text
from handlers.invitations import days_left_text, pending_invitations
from settings import Settings
from storage.models import ComplaintStatus, Contact
from storage.queries.agenda import events_between
from storage.queries.board import complaints_board, open_by_department
from storage.queries.complaints import OPEN
from storage.queries.contacts import search_contacts

BOARD_LIMIT = 200
CONTACTS_LIMIT = 20
STATES = {"abiertos": OPEN, "vencidos": OPEN, "cerrados": (ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED),
          "todos": tuple(ComplaintStatus)}


def period(view: str, around: date) -> tuple[date, date, date, date]:
    """(first, last, previous, next): the Monday-to-Sunday week or the calendar month holding `around`."""
    if view == "mes":
        first = around.replace(day=1)
        last = first.replace(day=monthrange(first.year, first.month)[1])
        return first, last, first - timedelta(days=1), last + timedelta(days=1)
    first = around - timedelta(days=around.weekday())
    return first, first + timedelta(days=6), first - timedelta(days=7), first + timedelta(days=7)


def agenda(session: Session, settings: Settings, view: str, around: date, today: date) -> dict[str, Any]:
    first, last, previous, following = period(view, around)
    zone = settings.zone
    by_day: dict[date, list[dict[str, Any]]] = {}
    events = events_between(session, first, last)
    for event, line in zip(events, event_lines(session, events, zone), strict=True):
        start = event.start_at.astimezone(zone) if event.start_at else None
        end = event.end_at.astimezone(zone) if event.end_at else None
        by_day.setdefault(event.day, []).append({
            "id": event.id, "title": event.title, "place": event.place, "line": line,
            "start": time_text(start) if start else None, "end": time_text(end) if end else None,
            "invitation": event.invitation_id is not None})
    days = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        days.append({"date": day.isoformat(), "label": day_text(day, today).capitalize(),
                     "weekday": WEEKDAYS[day.weekday()], "today": day == today, "events": by_day.get(day, [])})
    title = f"{MONTHS[first.month - 1].capitalize()} {first.year}" if view == "mes" else _week_title(first, last)
    return {"view": view, "title": title, "from": first.isoformat(), "to": last.isoformat(),
            "previous": previous.isoformat(), "next": following.isoformat(), "days": days}


def _week_title(first: date, last: date) -> str:
    """`Semana del 23 al 29 de noviembre`, or `del 30 de noviembre al 6 de diciembre` across months."""
    if first.month == last.month:
        return f"Semana del {first.day} al {last.day} de {MONTHS[last.month - 1]}"
    return f"Semana del {first.day} de {MONTHS[first.month - 1]} al {last.day} de {MONTHS[last.month - 1]}"


def invitations(session: Session, settings: Settings, today: date) -> dict[str, Any]:
    zone = settings.zone
    items = []
    for invitation in pending_invitations(session, today):
        start = invitation.start_at.astimezone(zone) if invitation.start_at else None
        items.append({"id": invitation.id, "title": invitation.title, "organizer": invitation.organizer,
                      "place": invitation.place, "date": invitation.day.isoformat() if invitation.day else None,
                      "when": (day_text(invitation.day, today) + (f", {time_text(start)}" if start else ""))
                      if invitation.day else "sin fecha",
                      "left": days_left_text(invitation.day, today)})
    return {"items": items}


def board(session: Session, settings: Settings, department: str | None, state: str, today: date) -> dict[str, Any]:
    statuses = STATES.get(state, OPEN)
    found = complaints_board(session, statuses, department, today, OPEN, overdue_only=state == "vencidos",
                             limit=BOARD_LIMIT)
    names = {d.code: d.name for d in settings.departments}
    items = []
    for row in found.rows:
        late = row.status in OPEN and row.due_date is not None and row.due_date < today
        due = "sin plazo" if row.due_date is None else (
            f"{'VENCIDO, vencía' if late else 'vence'} {on_day(row.due_date, today)}")
        items.append({"ticket": row.ticket, "description": row.description, "citizen": row.citizen,
                      "address": row.address, "status": row.status, "status_name": terms.status_name(row.status),
                      "department": names.get(row.department or "", row.department or "sin departamento"),
                      "due": due, "overdue": late})
    return {"total": found.total, "overdue": found.overdue, "shown": len(items), "items": items,
            "departments": None if department is not None else _by_department(session, settings, today),
            "statuses": [{"value": s.value, "name": terms.status_name(s)} for s in ComplaintStatus]}


def _by_department(session: Session, settings: Settings, today: date) -> list[dict[str, Any]]:
    """Open and overdue counts per department, for the whole office's board only: they count every open
    complaint, which one department's board does not need (the page keeps the counts it already has)."""
    counts = open_by_department(session, today, OPEN)
    summary = [{"code": d.code, "name": d.name, "open": counts[d.code][0], "overdue": counts[d.code][1]}
               for d in settings.departments if d.code in counts]
    if None in counts:
        summary.append({"code": "-", "name": "Sin departamento", "open": counts[None][0], "overdue": counts[None][1]})
    return summary


def contacts(session: Session, query: str) -> dict[str, Any]:
    found = search_contacts(session, query, CONTACTS_LIMIT) if query.strip() else []
    return {"items": [_contact(contact) for contact in found]}


def _contact(contact: Contact) -> dict[str, Any]:
    return {"id": contact.id, "name": " ".join(p for p in (contact.treatment, contact.name) if p),
            "role": contact.role, "institution": contact.institution, "phone": contact.phone,
            "email": contact.email, "assistant": " ".join(p for p in (contact.assistant_name, contact.assistant_phone)
                                                          if p) or None}


def departments(settings: Settings) -> list[dict[str, str]]:
    return [{"code": d.code, "name": d.name} for d in settings.departments]
