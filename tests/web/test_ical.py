"""The agenda feed as subscribed calendars read it: parsed back by icalendar and by vobject (an
independent parser), stable UIDs, SEQUENCE and LAST-MODIFIED growing with each change, cancelled
activities kept as CANCELLED for a while, and the same bytes from `gabinete export agenda --ics`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace
from sqlmodel import Session

from bot.cli import main as cli_main
from bot.dispatcher import Dispatcher
from bot.web.ical import EntryCache, build_feed, escape, fold_line
from handlers.context import Context
from storage.audit import AuditAction, snapshot
from storage.ceremonies import Ceremony
from storage.database import transaction
from storage.models import Efemeride, Event
from tests.web.conftest import MAYOR, MONDAY_MORNING, STAFF, add_event, confirmed, web_settings

WEDNESDAY = date(2026, 11, 25)


@pytest.fixture
def office(office_on_both: Dispatcher) -> Dispatcher:
    """The feed's and the board's queries run on SQLite and on PostgreSQL alike."""
    return office_on_both


def feed_bytes(dispatcher: Dispatcher, now: datetime = MONDAY_MORNING) -> bytes:
    with Session(dispatcher.engine) as session:
        return build_feed(session, dispatcher.settings, now).content


def vevents(content: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def event_uid(event_id: int) -> str:
    return f"evento-{event_id}@municipalidad-de-prueba.gabinete"


def edit_event(dispatcher: Dispatcher, event_id: int, at: datetime, **changes: object) -> None:
    """An edit as a handler writes one: the record changed and its audit row, in one transaction."""
    with transaction(dispatcher.engine) as session:
        ctx = Context(session=session, actor=STAFF, now=at, settings=dispatcher.settings)
        event = session.get(Event, event_id)
        before = snapshot(event)
        for name, value in changes.items():
            setattr(event, name, value)
        ctx.store(event, AuditAction.DELETE if "deleted_at" in changes else AuditAction.UPDATE, before)


def test_both_parsers_read_back_every_value_with_its_zone(office: Dispatcher) -> None:
    timed = add_event(office, "Reunión con la junta de vecinos; sector norte, \\ villa", WEDNESDAY, 10,
                      "Sede social, Villa Los Aromos")
    all_day = add_event(office, "Aniversario de la comuna", date(2026, 11, 27))
    content = feed_bytes(office)

    events = vevents(content)
    first = events[event_uid(timed)]
    assert str(first["SUMMARY"]) == "Reunión con la junta de vecinos; sector norte, \\ villa"
    assert str(first["LOCATION"]) == "Sede social, Villa Los Aromos"
    assert first.decoded("DTSTART") == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert first.decoded("DTSTART").utcoffset() == timedelta(hours=-3)  # Chilean summer time, from the VTIMEZONE
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(hours=1)
    assert str(first["STATUS"]) == "CONFIRMED"
    assert events[event_uid(all_day)].decoded("DTSTART") == date(2026, 11, 27)
    calendar = icalendar.Calendar.from_ical(content)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Santiago"]
    assert str(calendar["REFRESH-INTERVAL"].to_ical().decode()) == "PT1H"
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT60M"

    other = {event.uid.value: event for event in vobject.readOne(content.decode("utf-8")).vevent_list}
    assert other[event_uid(timed)].summary.value == "Reunión con la junta de vecinos; sector norte, \\ villa"
    assert other[event_uid(timed)].dtstart.value == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert other[event_uid(timed)].location.value == "Sede social, Villa Los Aromos"
    assert other[event_uid(all_day)].dtstart.value == date(2026, 11, 27)
    assert all(len(line) <= 75 for line in content.split(b"\r\n"))


def test_an_edit_keeps_the_uid_and_bumps_sequence_and_last_modified(office: Dispatcher) -> None:
    event_id = add_event(office, "Visita a la escuela", WEDNESDAY, 10)
    before = vevents(feed_bytes(office))[event_uid(event_id)]
    assert int(before["SEQUENCE"]) == 0

    later = MONDAY_MORNING + timedelta(hours=2)
    edit_event(office, event_id, later, start_at=datetime(2026, 11, 25, 15, 0, tzinfo=UTC))
    after = vevents(feed_bytes(office, later))[event_uid(event_id)]

    assert int(after["SEQUENCE"]) == 1
    assert after.decoded("LAST-MODIFIED") == later.astimezone(UTC)
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert after.decoded("DTSTART") == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)

    edit_event(office, event_id, later + timedelta(minutes=5), place="Liceo A-1")
    assert int(vevents(feed_bytes(office, later))[event_uid(event_id)]["SEQUENCE"]) == 2


def test_a_declined_invitation_is_cancelled_in_the_feed_and_undo_brings_it_back(office: Dispatcher) -> None:
    """Accepting puts the activity on the agenda; declining takes it off; «deshacer» restores it. A
    subscribed phone sees one entry (one UID) go CONFIRMED → CANCELLED → CONFIRMED, its SEQUENCE rising."""
    text = confirmed(office, STAFF, "invitation.create", {"title": "Cena aniversario", "organizer": "Rotary Club",
                                                          "start": datetime(2026, 11, 28, 20, 0)})
    invitation_id = int(text.split("N° ")[1].split()[0])
    confirmed(office, MAYOR, "invitation.respond", {"invitation_id": invitation_id, "response": "accepted"})
    [accepted] = [event for event in vevents(feed_bytes(office)).values() if "Cena" in str(event["SUMMARY"])]
    assert str(accepted["STATUS"]) == "CONFIRMED"
    assert "Rotary Club" in str(accepted["DESCRIPTION"])

    confirmed(office, STAFF, "invitation.respond", {"invitation_id": invitation_id, "response": "declined"})
    cancelled = vevents(feed_bytes(office))[str(accepted["UID"])]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) > int(accepted["SEQUENCE"])

    undone = office.handle_text(f"tg:{STAFF.telegram_id}:{STAFF.telegram_id}", STAFF, "deshacer")
    assert undone is not None and undone.stored, undone
    restored = vevents(feed_bytes(office))[str(accepted["UID"])]
    assert str(restored["STATUS"]) == "CONFIRMED"
    assert int(restored["SEQUENCE"]) > int(cancelled["SEQUENCE"])


def test_an_activity_cancelled_in_words_is_cancelled_and_undo_never_lowers_sequence(office: Dispatcher) -> None:
    """Handlers keep an edit count on the row; undo restores the row's earlier values, that count included.
    The feed's SEQUENCE still only grows, because every change and every undo is an audit row."""
    event_id = add_event(office, "Reunión de coordinación", WEDNESDAY, 16)
    later = MONDAY_MORNING + timedelta(hours=1)
    edit_event(office, event_id, later, cancelled_at=later, sequence=1, updated_at=later)
    cancelled = vevents(feed_bytes(office, later))[event_uid(event_id)]
    assert (str(cancelled["STATUS"]), int(cancelled["SEQUENCE"])) == ("CANCELLED", 1)

    undone = office.handle_text(f"tg:{STAFF.telegram_id}:{STAFF.telegram_id}", STAFF, "deshacer")
    assert undone is not None and undone.stored, undone
    with Session(office.engine) as session:
        assert session.get(Event, event_id).sequence == 0  # the row went back...
    restored = vevents(feed_bytes(office, later))[event_uid(event_id)]
    assert str(restored["STATUS"]) == "CONFIRMED"
    assert int(restored["SEQUENCE"]) == 2  # ...the feed did not


def test_a_feed_built_from_its_cache_follows_every_change(office: Dispatcher) -> None:
    """The server keeps the last feed's entries; an edit must still show, byte for byte as a fresh build."""
    kept = add_event(office, "Audiencia pública", WEDNESDAY, 9)
    edited = add_event(office, "Ceremonia escolar", WEDNESDAY, 11)
    cache = EntryCache()
    with Session(office.engine) as session:
        build_feed(session, office.settings, MONDAY_MORNING, cache)
    later = MONDAY_MORNING + timedelta(hours=1)
    edit_event(office, edited, later, title="Ceremonia escolar (suspendida)")
    with Session(office.engine) as session:
        cached = build_feed(session, office.settings, later, cache).content
        fresh = build_feed(session, office.settings, later).content
    assert cached == fresh
    assert str(vevents(cached)[event_uid(edited)]["SUMMARY"]) == "Ceremonia escolar (suspendida)"
    assert str(vevents(cached)[event_uid(kept)]["SUMMARY"]) == "Audiencia pública"


def test_a_ceremony_on_the_agenda_is_marked_as_one(office: Dispatcher) -> None:
    event_id = add_event(office, "Cuenta pública", date(2026, 12, 4), 11, "Teatro Municipal")
    with transaction(office.engine) as session:
        session.add(Ceremony(title="Cuenta pública", day=date(2026, 12, 4), event_id=event_id,
                             created_at=MONDAY_MORNING))
    entry = vevents(feed_bytes(office))[event_uid(event_id)]
    assert entry["CATEGORIES"].cats == ["Ceremonia"]


def test_a_cancelled_activity_leaves_the_feed_after_the_configured_days(office: Dispatcher) -> None:
    event_id = add_event(office, "Inauguración de plaza", WEDNESDAY, 11)
    edit_event(office, event_id, MONDAY_MORNING, deleted_at=MONDAY_MORNING)
    days = office.settings.web.feed_cancelled_days
    assert str(vevents(feed_bytes(office))[event_uid(event_id)]["STATUS"]) == "CANCELLED"
    assert event_uid(event_id) in vevents(feed_bytes(office, MONDAY_MORNING + timedelta(days=days - 1)))
    assert event_uid(event_id) not in vevents(feed_bytes(office, MONDAY_MORNING + timedelta(days=days + 1)))


def test_efemerides_are_yearly_all_day_and_free_time(office: Dispatcher) -> None:
    with transaction(office.engine) as session:
        session.add(Efemeride(title="Día del Bombero", month=6, day_of_month=30, greeting="Saludo a Bomberos",
                              created_at=MONDAY_MORNING))
        session.add(Efemeride(title="Aniversario 150 años", month=12, day_of_month=3, on_date=date(2026, 12, 3),
                              created_at=MONDAY_MORNING))
    events = [e for e in vevents(feed_bytes(office)).values() if str(e["UID"]).startswith("efemeride-")]
    yearly = next(e for e in events if str(e["SUMMARY"]) == "Día del Bombero")
    assert yearly["RRULE"]["FREQ"] == ["YEARLY"]
    assert yearly.decoded("DTSTART") == date(2000, 6, 30)
    assert str(yearly["TRANSP"]) == "TRANSPARENT"
    once = next(e for e in events if str(e["SUMMARY"]) == "Aniversario 150 años")
    assert once.decoded("DTSTART") == date(2026, 12, 3) and "RRULE" not in once

    without = Dispatcher(office.engine, replace(office.settings, web=replace(office.settings.web,
                                                                             feed_efemerides=False)),
                         office.parser, office.clock)
    assert not any(uid.startswith("efemeride-") for uid in vevents(feed_bytes(without)))


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda text: text.strip()))
def test_any_text_survives_escaping_and_folding(text: str) -> None:
    """Whatever staff type (commas, semicolons, backslashes, line breaks, emoji, accents) reads back as typed,
    with every physical line at most 75 octets."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line = fold_line(f"SUMMARY:{escape(text)}")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in line.split("\r\n"))
    content = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//ES\r\nBEGIN:VEVENT\r\nUID:1@t\r\n"
               "DTSTAMP:20261123T120000Z\r\n" + line + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(event["SUMMARY"]) == text


def test_export_agenda_ics_writes_the_feed(office: Dispatcher, tmp_path: Path, capsys: pytest.CaptureFixture,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    event_id = add_event(office, "Consejo municipal", WEDNESDAY, 9)
    database = office.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("GABINETE_DATABASE_URL", database)
    monkeypatch.setenv("GABINETE_MUNICIPALITY", web_settings().municipality)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "agenda.ics"

    assert cli_main(["export", "agenda", "--ics", str(out)]) == 0
    assert "Exportado" in capsys.readouterr().out
    assert str(vevents(out.read_bytes())[event_uid(event_id)]["SUMMARY"]) == "Consejo municipal"
    assert cli_main(["export", "contactos", "--ics", str(out)]) == 2
