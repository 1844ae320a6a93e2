"""A NUL character pasted into a message is stored without it, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from settings import Settings
from storage.models import Complaint
from tests.bot.telegram_harness import MONDAY_MORNING


def test_a_complaint_with_nul_in_its_text_is_stored_without_it(engine: Engine, parser, staff: Actor) -> None:
    dispatcher = Dispatcher(engine, Settings(), parser, clock=lambda: MONDAY_MORNING)
    proposal = dispatcher.handle_text("t", staff, "reclamo de la vecina Rosa\x00 Muñoz por basura en Prat 1234")
    assert proposal is not None and proposal.pending is not None
    stored = dispatcher.handle_text("t", staff, "sí")
    assert stored is not None and "R-2026-0001" in stored.text
    with Session(engine) as session:
        [complaint] = session.exec(select(Complaint)).all()
    texts = " ".join(str(value) for value in complaint.model_dump().values())
    assert "\x00" not in texts and "Rosa" in texts


def test_a_lone_surrogate_in_a_message_is_stored_as_a_replacement_character(engine: Engine, parser,
                                                                           staff: Actor) -> None:
    """Telegram's JSON may carry an escaped lone surrogate ("\\ud800"); no database can encode it."""
    dispatcher = Dispatcher(engine, Settings(), parser, clock=lambda: MONDAY_MORNING)
    dispatcher.handle_text("t", staff, "reclamo de la vecina Rosa\ud800 Muñoz por basura en Prat 1234")
    stored = dispatcher.handle_text("t", staff, "sí")
    assert stored is not None and "R-2026-0001" in stored.text
    with Session(engine) as session:
        [complaint] = session.exec(select(Complaint)).all()
    texts = " ".join(str(value) for value in complaint.model_dump().values())
    assert "\ud800" not in texts and "Rosa\ufffd" in texts
    assert dispatcher.handle_text("t", staff, "\ud800") is not None
