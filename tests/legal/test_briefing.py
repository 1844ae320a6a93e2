"""The mayor's daily briefing names the transparency requests past their deadline and those due today."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.briefing import compose
from handlers.context import Actor, Context
from settings import Role, Settings
from storage.legal import TransparencyRequest

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
