"""Who may call the Mini App's API: initData signed for this bot, fresh, by a member of staff; and what
each role may do. Every check goes through the real server over HTTP."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode

import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.web.init_data import InitDataError, validate
from storage.models import AuditEntry, Complaint, Invitation
from tests.web.conftest import (
    BOT_TOKEN,
    MAYOR,
    MONDAY_MORNING,
    OTHER_BOT_TOKEN,
    STAFF,
    STRANGER_ID,
    VIEWER,
    RunningServer,
    add_complaint,
    confirmed,
    init_data,
    web_settings,
)


def tampered(signed: str, **changes: str) -> str:
    fields = dict(parse_qsl(signed))
    fields.update(changes)
    return urlencode(fields)


def test_valid_init_data_names_the_user_and_the_role(server: RunningServer) -> None:
    status, me = server.json("/api/yo", init_data(STAFF.telegram_id))
    assert status == 200
    assert (me["name"], me["role"], me["can_write"]) == ("Camila Secretaria", "staff", True)
    assert me["today"] == "2026-11-23"


@pytest.mark.parametrize("case", ["forged user", "forged hash", "stale", "other bot", "missing", "no scheme",
                                  "from the future"])
def test_bad_init_data_gets_401(server: RunningServer, case: str) -> None:
    good = init_data(STAFF.telegram_id)
    max_age = web_settings().web.init_data_max_age
    bad = {
        "forged user": tampered(good, user='{"id":100,"first_name":"Paula"}'),  # an admin's id under Camila's hash
        "forged hash": tampered(good, hash="0" * 64),
        "stale": init_data(STAFF.telegram_id, auth_date=MONDAY_MORNING - timedelta(seconds=max_age + 1)),
        "other bot": init_data(STAFF.telegram_id, token=OTHER_BOT_TOKEN),
        "missing": None,
        "no scheme": None,
        "from the future": init_data(STAFF.telegram_id, auth_date=MONDAY_MORNING + timedelta(hours=1)),
    }[case]
    headers = {"Authorization": good} if case == "no scheme" else None
    status, _headers, body = server.request("/api/reclamos", bad, headers=headers)
    assert status == 401, case
    assert "sesión" in json.loads(body)["error"]


def test_init_data_just_inside_its_age_is_accepted(server: RunningServer) -> None:
    recent = init_data(STAFF.telegram_id, auth_date=MONDAY_MORNING - timedelta(hours=23))
    assert server.json("/api/yo", recent)[0] == 200


def test_validation_rejects_each_bad_case_with_its_reason() -> None:
    good = init_data(STAFF.telegram_id)
    assert validate(good, BOT_TOKEN, MONDAY_MORNING, 3600).telegram_id == STAFF.telegram_id
    with pytest.raises(InitDataError, match="firma"):
        validate(good, OTHER_BOT_TOKEN, MONDAY_MORNING, 3600)
    with pytest.raises(InitDataError, match="vencido"):
        validate(good, BOT_TOKEN, MONDAY_MORNING + timedelta(seconds=3601), 3600)
    with pytest.raises(InitDataError):
        validate("user=%7B%7D&hash=abc&hash=def&&", BOT_TOKEN, MONDAY_MORNING, 3600)


def test_signed_but_not_staff_gets_403(server: RunningServer) -> None:
    status, body = server.json("/api/agenda", init_data(STRANGER_ID))
    assert status == 403
    assert "equipo del Gabinete" in body["error"]


def test_a_viewer_reads_but_cannot_change_anything(office: Dispatcher, server: RunningServer) -> None:
    ticket = add_complaint(office, "luminaria apagada en pasaje Los Olmos")
    text = confirmed(office, STAFF, "invitation.create", {"title": "Te de camaradería", "organizer": "Club de Leones",
                                                          "start": MONDAY_MORNING.replace(tzinfo=None)
                                                          + timedelta(days=4)})
    invitation_id = int(text.split("N° ")[1].split()[0])
    viewer = init_data(VIEWER.telegram_id)
    with Session(office.engine) as session:
        audit_rows = len(session.exec(select(AuditEntry)).all())

    assert server.json("/api/reclamos", viewer)[1]["total"] == 1
    assert server.json("/api/yo", viewer)[1]["can_write"] is False
    assert server.json(f"/api/reclamos/{ticket}/estado", viewer, {"status": "resolved"})[0] == 403
    assert server.json(f"/api/invitaciones/{invitation_id}/respuesta", viewer, {"response": "aceptar"})[0] == 403
    assert server.json("/api/confirmar", viewer, {"yes": True})[0] == 403

    with Session(office.engine) as session:
        assert session.exec(select(Complaint)).one().status == "new"
        assert session.get(Invitation, invitation_id).status == "pending"
        assert len(session.exec(select(AuditEntry)).all()) == audit_rows


def test_the_mayor_answers_invitations_but_does_not_move_complaints(office: Dispatcher,
                                                                     server: RunningServer) -> None:
    ticket = add_complaint(office, "bache en avenida Prat")
    mayor = init_data(MAYOR.telegram_id)
    assert server.json(f"/api/reclamos/{ticket}/estado", mayor, {"status": "resolved"})[0] == 403
    with Session(office.engine) as session:
        assert session.exec(select(Complaint)).one().status == "new"
