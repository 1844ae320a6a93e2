"""The Mini App's API over HTTP, on a SQLite file and on PostgreSQL: what it shows, and changes that go through
the dispatcher (proposal, «sí», audit, undo from the chat), plus the feed's secret addresses."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import uuid4

import icalendar
import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.web.feed_admin import calendar_command
from storage.models import AuditEntry, Complaint, ComplaintChange, Contact, Event, Invitation
from storage.queries.contacts import refresh_search_text
from tests.web.conftest import (
    ADMIN,
    MONDAY_MORNING,
    STAFF,
    STRANGER_ID,
    RunningServer,
    add_complaint,
    add_event,
    confirmed,
    init_data,
)

STAFF_KEY = f"tg:{STAFF.telegram_id}:{STAFF.telegram_id}"


@pytest.fixture
def office(office_on_both: Dispatcher) -> Dispatcher:
    """The feed's and the board's queries run on SQLite and on PostgreSQL alike."""
    return office_on_both


def invitation(dispatcher: Dispatcher, title: str, organizer: str, days_ahead: int) -> int:
    start = MONDAY_MORNING.replace(tzinfo=None) + timedelta(days=days_ahead, hours=10)
    text = confirmed(dispatcher, STAFF, "invitation.create", {"title": title, "organizer": organizer, "start": start})
    return int(text.split("N° ")[1].split()[0])


def test_the_week_shows_this_weeks_activities_by_day(office: Dispatcher, server: RunningServer) -> None:
    add_event(office, "Reunión con Carabineros", date(2026, 11, 25), 10, "Comisaría")
    add_event(office, "Feria costumbrista", date(2026, 11, 29))
    add_event(office, "Consejo municipal", date(2026, 12, 2), 9)
    status, week = server.json("/api/agenda", init_data(STAFF.telegram_id))

    assert status == 200
    assert (week["from"], week["to"]) == ("2026-11-23", "2026-11-29")
    days = {day["date"]: day for day in week["days"]}
    assert days["2026-11-23"]["today"] is True
    assert [e["title"] for e in days["2026-11-25"]["events"]] == ["Reunión con Carabineros"]
    assert days["2026-11-25"]["events"][0]["start"] == "10:00"
    assert days["2026-11-29"]["events"][0]["start"] is None
    assert not any(e["title"] == "Consejo municipal" for day in week["days"] for e in day["events"])

    _, following = server.json(f"/api/agenda?fecha={week['next']}", init_data(STAFF.telegram_id))
    assert [e["title"] for d in following["days"] for e in d["events"]] == ["Consejo municipal"]
    _, month = server.json("/api/agenda?vista=mes", init_data(STAFF.telegram_id))
    assert (month["from"], month["to"], len(month["days"])) == ("2026-11-01", "2026-11-30", 30)
    assert month["title"] == "Noviembre 2026"


def test_accepting_an_invitation_proposes_then_stores_and_puts_it_on_the_agenda(office: Dispatcher,
                                                                               server: RunningServer) -> None:
    number = invitation(office, "Cena aniversario", "Rotary Club", 5)
    staff = init_data(STAFF.telegram_id)
    _, pending = server.json("/api/invitaciones", staff)
    assert [item["id"] for item in pending["items"]] == [number]
    assert pending["items"][0]["left"] == "faltan 5 días"

    status, proposal = server.json(f"/api/invitaciones/{number}/respuesta", staff, {"response": "aceptar"})
    assert status == 200 and proposal["confirm"] is True and "Se agregará a la agenda" in proposal["text"]
    with Session(office.engine) as session:
        assert session.get(Invitation, number).status == "pending"  # nothing before the «sí»

    _, stored = server.json("/api/confirmar", staff, {"yes": True})
    assert stored["stored"] is True
    with Session(office.engine) as session:
        assert session.get(Invitation, number).status == "accepted"
        assert session.exec(select(Event).where(Event.invitation_id == number)).one().title == "Cena aniversario"
    assert server.json("/api/invitaciones", staff)[1]["items"] == []


def test_delegating_needs_a_name_and_declining_can_be_called_off(office: Dispatcher, server: RunningServer) -> None:
    first = invitation(office, "Tedeum", "Obispado", 3)
    second = invitation(office, "Gala folclórica", "Liceo Industrial", 6)
    staff = init_data(STAFF.telegram_id)

    _, asked = server.json(f"/api/invitaciones/{first}/respuesta", staff, {"response": "delegar"})
    assert asked["confirm"] is False and "Quién irá" in asked["text"]
    _, proposal = server.json(f"/api/invitaciones/{first}/respuesta", staff,
                              {"response": "delegar", "delegate": "concejal Soto"})
    assert proposal["confirm"] is True
    server.json("/api/confirmar", staff, {"yes": True})

    server.json(f"/api/invitaciones/{second}/respuesta", staff, {"response": "declinar"})
    _, dropped = server.json("/api/confirmar", staff, {"yes": False})
    assert dropped["stored"] is False
    with Session(office.engine) as session:
        assert (session.get(Invitation, first).status, session.get(Invitation, first).delegate) == (
            "delegated", "concejal Soto")
        assert session.get(Invitation, second).status == "pending"


def test_the_board_filters_by_department_and_puts_overdue_first(office: Dispatcher, server: RunningServer) -> None:
    month_ago = Dispatcher(office.engine, office.settings, office.parser,
                           clock=lambda: MONDAY_MORNING - timedelta(days=30))
    late = add_complaint(month_ago, "microbasural en la ribera", "aseo")
    fresh = add_complaint(office, "contenedor roto en la feria", "aseo")
    add_complaint(office, "semáforo apagado en Prat con Serrano", "transito")
    staff = init_data(STAFF.telegram_id)

    _, aseo = server.json("/api/reclamos?departamento=aseo", staff)
    assert (aseo["total"], aseo["overdue"], aseo["departments"]) == (2, 1, None)
    assert [item["ticket"] for item in aseo["items"]] == [late, fresh]
    assert aseo["items"][0]["overdue"] is True and aseo["items"][0]["due"].startswith("VENCIDO")
    assert aseo["items"][1]["overdue"] is False
    assert server.json("/api/reclamos?departamento=aseo&estado=vencidos", staff)[1]["total"] == 1
    _, everyone = server.json("/api/reclamos", staff)
    assert everyone["total"] == 3
    assert [(d["code"], d["open"], d["overdue"]) for d in everyone["departments"]] == [("aseo", 2, 1),
                                                                                       ("transito", 1, 0)]
    assert server.json("/api/reclamos?departamento=panaderia", staff)[0] == 400


def test_a_status_change_goes_through_the_dispatcher_and_the_chat_sees_and_undoes_it(
        office: Dispatcher, server: RunningServer) -> None:
    ticket = add_complaint(office, "poda de árboles en plaza Los Héroes", "aseo")
    staff = init_data(STAFF.telegram_id)
    _, proposal = server.json(f"/api/reclamos/{ticket}/estado", staff,
                              {"status": "in_progress", "comment": "cuadrilla asignada"})
    assert proposal["confirm"] is True and "nuevo → en curso" in proposal["text"]
    once = str(uuid4())
    _, stored = server.json("/api/confirmar", staff, {"yes": True, "once": once})
    assert stored["stored"] is True
    assert "ya se había aplicado" in server.json("/api/confirmar", staff, {"yes": True, "once": once})[1]["text"]

    with Session(office.engine) as session:
        complaint = session.exec(select(Complaint)).one()
        assert complaint.status == "in_progress"
        change = session.exec(select(ComplaintChange).where(ComplaintChange.status_to == "in_progress")).one()
        assert (change.actor_id, change.comment) == (STAFF.telegram_id, "cuadrilla asignada")
        assert session.exec(select(AuditEntry).where(AuditEntry.entity == "complaint",
                                                     AuditEntry.action == "update")).one().actor_id == 501

    answer = office.handle_text(STAFF_KEY, STAFF, f"reclamo {ticket}")
    assert f"Reclamo {ticket} — en curso" in answer.text and "cuadrilla asignada" in answer.text
    assert office.handle_text(STAFF_KEY, STAFF, "deshacer").stored
    assert server.json("/api/reclamos", staff)[1]["items"][0]["status"] == "new"


def test_contacts_are_found_without_accents_or_case(office: Dispatcher, server: RunningServer) -> None:
    with Session(office.engine) as session:
        session.add(refresh_search_text(Contact(name="Andrea Núñez", role="Seremi de Salud", phone="+56 9 8765 4321",
                                                updated_at=MONDAY_MORNING)))
        session.commit()
    _, found = server.json("/api/contactos?q=seremi%20salud", init_data(STAFF.telegram_id))
    assert [(c["name"], c["phone"]) for c in found["items"]] == [("Andrea Núñez", "+56 9 8765 4321")]
    assert server.json("/api/contactos?q=nunez", init_data(STAFF.telegram_id))[1]["items"][0]["role"] == (
        "Seremi de Salud")


def test_the_feed_address_works_until_revoked(office: Dispatcher, server: RunningServer) -> None:
    add_event(office, "Cabildo abierto", date(2026, 11, 26), 18)
    refused = calendar_command(office.engine, office.settings, MONDAY_MORNING, STAFF, ["501"], office.actor_for)
    assert "Solo un administrador" in refused.text
    issued = calendar_command(office.engine, office.settings, MONDAY_MORNING, ADMIN, ["501"], office.actor_for)
    url = next(line for line in issued.text.splitlines() if line.startswith("http"))
    path = url[url.index("/calendario/"):]

    status, headers, content = server.request(path)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    summaries = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(content).walk("VEVENT")]
    assert "Cabildo abierto" in summaries
    assert server.request(path, headers={"If-None-Match": headers["ETag"]})[0] == 304
    assert server.request("/calendario/not-a-real-token.ics")[0] == 404

    assert "Calendarios activos" in calendar_command(office.engine, office.settings, MONDAY_MORNING, ADMIN, [],
                                                     office.actor_for).text
    calendar_command(office.engine, office.settings, MONDAY_MORNING, ADMIN, ["revocar", "501"], office.actor_for)
    assert server.request(path)[0] == 404
    assert "no es del equipo" in calendar_command(office.engine, office.settings, MONDAY_MORNING, ADMIN,
                                                  [str(STRANGER_ID)], office.actor_for).text


def test_a_reissued_address_replaces_the_old_one(office: Dispatcher, server: RunningServer) -> None:
    def issue() -> str:
        text = calendar_command(office.engine, office.settings, MONDAY_MORNING, ADMIN, ["300"], office.actor_for).text
        url = next(line for line in text.splitlines() if line.startswith("http"))
        return url[url.index("/calendario/"):]

    old, new = issue(), issue()
    assert server.request(old)[0] == 404
    assert server.request(new)[0] == 200

