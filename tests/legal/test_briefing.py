"""The mayor's daily briefing names the legal deadlines missed or due today: transparency requests and
unanswered audience requests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.briefing import compose
from handlers.context import Actor, Context
from settings import Role, Settings
from storage.legal import Audience, TransparencyRequest

NOW = datetime(2027, 1, 6, 11, 0, tzinfo=UTC)


def test_overdue_and_due_today_requests_are_in_the_briefing_until_answered(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session:
        for folio, due, status in (("MU042T0000815", date(2027, 1, 4), "prorrogada"),
                                   ("MU042T0000821", date(2027, 1, 6), "en_analisis"),
                                   ("MU042T0000790", date(2027, 1, 5), "respondida"),
                                   ("MU042T0000801", date(2027, 1, 20), "recibida")):
            session.add(TransparencyRequest(folio=folio, requester="Camila Rojas", subject="contratos",
                                            department="aseo", received_on=date(2026, 12, 2),
                                            counted_from=date(2026, 12, 2), due_on=due, status=status,
                                            created_at=NOW))
        session.commit()
        ctx = Context(session=session, actor=Actor(None, "Programador", Role.VIEWER), now=NOW, settings=Settings())
        text = compose(ctx, date(2027, 1, 6)).text
    section = text[text.index("Transparencia:"):]
    assert section.startswith("Transparencia: 1 solicitud vencida, 1 vence hoy")
    assert "MU042T0000815" in section and "VENCIDA hace 2 días hábiles" in section
    assert "MU042T0000821" in section and "vence HOY" in section
    assert "MU042T0000790" not in section and "MU042T0000801" not in section


def test_unanswered_audience_requests_due_or_late_are_in_the_briefing(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session:
        for applicant, due, status in (("Inmobiliaria X", date(2027, 1, 4), "solicitada"),
                                       ("Constructora Andes", date(2027, 1, 6), "solicitada"),
                                       ("Fundación Mar Limpio", date(2027, 1, 5), "aceptada"),
                                       ("Junta de Vecinos", date(2027, 1, 11), "solicitada")):
            session.add(Audience(applicant=applicant, subject="plan regulador", received_on=date(2026, 12, 30),
                                 due_on=due, status=status, created_at=NOW))
        session.commit()
        ctx = Context(session=session, actor=Actor(None, "Programador", Role.VIEWER), now=NOW, settings=Settings())
        text = compose(ctx, date(2027, 1, 6)).text
    section = text[text.index("Lobby:"):]
    assert section.startswith("Lobby: 2 audiencias por responder (1 vencida)")
    assert "Inmobiliaria X" in section and "respuesta VENCIDA el lunes 4 de enero" in section
    assert "Constructora Andes" in section and "responder HOY" in section
    assert "Fundación Mar Limpio" not in section and "Junta de Vecinos" not in section
