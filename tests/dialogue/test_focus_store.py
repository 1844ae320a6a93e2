"""The focus kept in the database on SQLite and PostgreSQL: what goes in comes back, and it expires."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.focus_store import MAX_RECORDS, Memory, load_memory, save_memory, with_update
from handlers.focus import Focus, FocusUpdate, Ref
from storage.database import transaction

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ROTARY = Ref("invitation", 7, "cena aniversario (Rotary Club)")
COMPLAINT = Ref("complaint", 3, "R-2026-0003 basura en Prat 1234")


def test_the_memory_comes_back_as_it_was_stored(engine) -> None:
    focus = Focus(records=(ROTARY, COMPLAINT), listed=(COMPLAINT, ROTARY),
                  query=("agenda.query", {"date_from": date(2026, 11, 27), "date_to": date(2026, 11, 27)}))
    with transaction(engine) as session:
        save_memory(session, "tg:1:2", Memory(focus, "Invitación N° 7 guardada", NOW), NOW)
    with transaction(engine) as session:
        memory = load_memory(session, "tg:1:2", NOW + timedelta(hours=3), hours=4)
    assert memory.focus == focus
    assert (memory.stored, memory.stored_at, memory.exists) == ("Invitación N° 7 guardada", NOW, True)


def test_an_old_memory_is_forgotten_and_rewritten(engine) -> None:
    with transaction(engine) as session:
        save_memory(session, "tg:1:2", Memory(Focus(records=(ROTARY,))), NOW)
    later = NOW + timedelta(hours=4, minutes=1)
    with transaction(engine) as session:
        stale = load_memory(session, "tg:1:2", later, hours=4)
        assert stale == Memory(exists=True)
        save_memory(session, "tg:1:2", Memory(Focus(records=(COMPLAINT,)), exists=True), later)
    with transaction(engine) as session:
        assert load_memory(session, "tg:1:2", later, hours=4).focus.records == (COMPLAINT,)


def test_records_are_appended_once_bounded_and_forgotten_when_removed() -> None:
    focus = with_update(Focus(), FocusUpdate(records=(ROTARY, COMPLAINT), listed=(ROTARY, COMPLAINT)))
    focus = with_update(focus, FocusUpdate(records=(ROTARY,)))
    assert focus.records == (COMPLAINT, ROTARY) and focus.last() == ROTARY
    focus = with_update(focus, FocusUpdate(forget=(ROTARY,)))
    assert focus.records == (COMPLAINT,) and focus.listed == (COMPLAINT,)
    many = with_update(focus, FocusUpdate(records=tuple(Ref("event", n) for n in range(40))))
    assert len(many.records) == MAX_RECORDS and many.last() == Ref("event", 39)
    assert with_update(many, FocusUpdate()).listed == many.listed
