"""The mayor's agenda as an iCalendar feed (RFC 5545), for phone calendars that subscribe to it.

What a subscribed calendar needs to follow changes: a UID per entry that never changes
(`evento-<id>@…`), a SEQUENCE and LAST-MODIFIED that grow with every change (counted from the
audit trail, see `storage/queries/calendar.py`, and never below the row's own `sequence` and
`updated_at`), a cancelled activity (in words, or its invitation declined) kept as STATUS:CANCELLED for
`web.feed_cancelled_days` so clients remove it rather than keep a stale copy, local times with a
VTIMEZONE for the configured zone, and REFRESH-INTERVAL / X-PUBLISHED-TTL saying how often to look.

The VTIMEZONE comes from the `icalendar` library (its DST rules from zoneinfo); the entries are
written here, line by line, because icalendar's component objects took ~950 ms for a year of
agenda (5,000 activities) and the feed is fetched every hour by every subscribed phone. The text
rules are RFC 5545's (TEXT escaping §3.3.11, folding at 75 octets §3.1, CRLF); the tests parse
the result with icalendar and with vobject and compare every value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone
from sqlmodel import Session

from handlers.agenda import DEFAULT_LENGTH
from settings import Settings
from storage.folding import fold
from storage.queries.calendar import Changes, FeedEfemeride, FeedEvent, feed_efemerides, feed_events

PRODID = "-//Gabinete de Alcaldia//Agenda del Alcalde//ES"
YEARLY_BASE = 2000
"""Yearly efemérides start in a leap year, so 29 February recurs too."""


@dataclass(frozen=True)
class Feed:
    content: bytes
    events: int
    last_modified: datetime | None


class EntryCache:
    """The text of each entry of the last feed built, keyed by everything the text depends on (the row,
    its change count and time, the zone and the UID domain), so an unchanged entry is not written again.

    Every subscribed phone asks for the same feed every hour, and between two requests a few entries
    change at most. Only the entries of the latest feed are kept, so the cache never outgrows one feed.
    """

    def __init__(self) -> None:
        self.entries: dict[tuple, str] = {}
        self.fresh: dict[tuple, str] = {}

    def text(self, key: tuple, write: Callable[[], str]) -> str:
        found = self.entries.get(key)
        if found is None:
            found = write()
        self.fresh[key] = found
        return found

    def done(self) -> None:
        self.entries, self.fresh = self.fresh, {}


def build_feed(session: Session, settings: Settings, now: datetime, cache: EntryCache | None = None) -> Feed:
    """The whole feed as it is now: activities from `feed_past_days` ago on, efemérides if configured."""
    web = settings.web
    first_day = now.astimezone(settings.zone).date() - timedelta(days=web.feed_past_days)
    cancelled_since = now - timedelta(days=web.feed_cancelled_days)
    events = feed_events(session, first_day, cancelled_since)
    efemerides = feed_efemerides(session, cancelled_since) if web.feed_efemerides else []
    cache = cache or EntryCache()
    writer = _Writer(settings.timezone, _domain(settings.municipality))
    parts = ["\r\n".join(_header(settings, events, first_day))]
    for event in events:
        changes = _event_changes(event)
        writer.note(event.created_at, changes, event.cancelled_at)
        parts.append(cache.text((writer.zone, writer.domain, event, changes),
                                lambda event=event, changes=changes: writer.event(event, changes)))
    for efemeride in efemerides:
        changes = Changes(efemeride.audited or 0, efemeride.audited_at)
        writer.note(efemeride.created_at, changes, efemeride.cancelled_at)
        parts.append(cache.text((writer.zone, writer.domain, efemeride, changes),
                                lambda efemeride=efemeride, changes=changes: writer.efemeride(efemeride, changes)))
    cache.done()
    parts.append("END:VCALENDAR\r\n")
    return Feed("\r\n".join(parts).encode("utf-8"), len(events) + len(efemerides), writer.newest)


def _header(settings: Settings, events: list[FeedEvent], first_day: date) -> list[str]:
    refresh = f"PT{settings.web.feed_refresh_minutes}M"
    name = escape(f"Agenda del Alcalde — {settings.municipality}")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             fold_line(f"NAME:{name}"), fold_line(f"X-WR-CALNAME:{name}"), f"X-WR-TIMEZONE:{settings.timezone}",
             f"REFRESH-INTERVAL;VALUE=DURATION:{refresh}", f"X-PUBLISHED-TTL:{refresh}"]
    days = [event.day for event in events]
    first, last = (days[0], days[-1]) if days else (first_day, first_day)
    lines.extend(_vtimezone(settings.timezone, first.year, last.year + 1))
    return lines


@lru_cache(maxsize=16)
def _vtimezone(zone: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The zone's offsets and DST changes over the years the feed spans (icalendar reads them from zoneinfo)."""
    component = Timezone.from_tzid(zone, first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))
    return tuple(component.to_ical().decode("utf-8").rstrip("\r\n").split("\r\n"))


def _domain(municipality: str) -> str:
    """The right-hand side of every UID: stable for one office, distinct between offices."""
    slug = "-".join(fold(municipality).split()) or "municipalidad"
    return f"{slug}.gabinete"


class _Writer:
    """Writes VEVENTs; remembers the newest change, which the server sends as Last-Modified."""

    def __init__(self, zone: str, domain: str) -> None:
        self.zone = zone
        self.zoneinfo = ZoneInfo(zone)
        self.domain = domain
        self.newest: datetime | None = None

    def note(self, created: datetime, changes: Changes, cancelled_at: datetime | None) -> None:
        modified = _modified(created, changes, cancelled_at)
        if self.newest is None or modified > self.newest:
            self.newest = modified

    def _stamp(self, lines: list[str], created: datetime, changes: Changes, cancelled_at: datetime | None) -> None:
        modified = _modified(created, changes, cancelled_at)
        stamp = utc_text(modified)
        made = stamp if modified == created else utc_text(created)  # most entries were never changed
        lines += [f"DTSTAMP:{stamp}", f"CREATED:{made}", f"LAST-MODIFIED:{stamp}", f"SEQUENCE:{changes.count}"]

    def event(self, event: FeedEvent, changes: Changes) -> str:
        lines = ["BEGIN:VEVENT", f"UID:evento-{event.id}@{self.domain}"]
        self._stamp(lines, event.created_at, changes, event.cancelled_at)
        lines.append(fold_line(f"SUMMARY:{escape(event.title)}"))
        if event.start_at is None:
            lines += [f"DTSTART;VALUE=DATE:{date_text(event.day)}",
                      f"DTEND;VALUE=DATE:{date_text(event.day + timedelta(days=1))}"]
        else:
            end = event.end_at or event.start_at + DEFAULT_LENGTH
            lines += [f"DTSTART;TZID={self.zone}:{self.local_text(event.start_at)}",
                      f"DTEND;TZID={self.zone}:{self.local_text(end)}"]
        if event.place:
            lines.append(fold_line(f"LOCATION:{escape(event.place)}"))
        description = _description(event)
        if description:
            lines.append(fold_line(f"DESCRIPTION:{escape(description)}"))
        if event.ceremony:
            lines.append("CATEGORIES:Ceremonia")
        elif event.from_invitation:
            lines.append("CATEGORIES:Invitación")
        lines += [f"STATUS:{'CANCELLED' if event.cancelled_at else 'CONFIRMED'}", "END:VEVENT"]
        return "\r\n".join(lines)

    def efemeride(self, efemeride: FeedEfemeride, changes: Changes) -> str:
        """All day and free time (TRANSP:TRANSPARENT): a date to remember, not an appointment."""
        lines = ["BEGIN:VEVENT", f"UID:efemeride-{efemeride.id}@{self.domain}"]
        self._stamp(lines, efemeride.created_at, changes, efemeride.cancelled_at)
        lines.append(fold_line(f"SUMMARY:{escape(efemeride.title)}"))
        day = efemeride.on_date or date(YEARLY_BASE, efemeride.month, efemeride.day_of_month)
        lines += [f"DTSTART;VALUE=DATE:{date_text(day)}", f"DTEND;VALUE=DATE:{date_text(day + timedelta(days=1))}"]
        if efemeride.on_date is None:
            lines.append("RRULE:FREQ=YEARLY")
        if efemeride.greeting:
            lines.append(fold_line(f"DESCRIPTION:{escape('Saludo: ' + efemeride.greeting)}"))
        lines += ["CATEGORIES:Efeméride", "TRANSP:TRANSPARENT",
                  f"STATUS:{'CANCELLED' if efemeride.cancelled_at else 'CONFIRMED'}", "END:VEVENT"]
        return "\r\n".join(lines)

    def local_text(self, instant: datetime) -> str:
        t = instant.astimezone(self.zoneinfo)
        return f"{t.year:04d}{t.month:02d}{t.day:02d}T{t.hour:02d}{t.minute:02d}{t.second:02d}"


def _event_changes(event: FeedEvent) -> Changes:
    """The audit trail's count and time, raised to the row's own `sequence` and `updated_at` when those are ahead."""
    count = max(event.audited or 0, event.sequence or 0)
    last = max(filter(None, (event.audited_at, event.updated_at)), default=None)
    return Changes(count, last)


def _modified(created: datetime, changes: Changes, cancelled_at: datetime | None) -> datetime:
    """The entry's LAST-MODIFIED: its latest audited change, its cancellation, or its creation."""
    return max(filter(None, (created, changes.last_at, cancelled_at)))


def _description(event: FeedEvent) -> str:
    parts = []
    if event.organizer:
        parts.append(f"Invitación de {event.organizer}.")
    if event.notes:
        parts.append(event.notes)
    return "\n".join(parts)


def utc_text(instant: datetime) -> str:
    """`20261123T120000Z`; formatted by hand because strftime was a fifth of a 5,000-entry feed."""
    u = instant.astimezone(UTC)
    return f"{u.year:04d}{u.month:02d}{u.day:02d}T{u.hour:02d}{u.minute:02d}{u.second:02d}Z"


def date_text(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, any line break written as \\n."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold_line(line: str, limit: int = 75) -> str:
    """Split a content line into lines of at most `limit` octets, the continuation's leading space
    included (RFC 5545 §3.1); never inside a UTF-8 character, nor between a backslash and what it escapes."""
    if len(line) * 4 <= limit or len(line.encode("utf-8")) <= limit:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size, room = 0, limit
    for char in line:
        width = len(char.encode("utf-8"))
        if current and size + width > room:
            carried = current.pop() if current[-1] == "\\" and len(current) > 1 else ""
            pieces.append("".join(current))
            current, size, room = ([carried] if carried else []), len(carried), limit - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def lines_of(content: bytes) -> Iterable[str]:
    """The unfolded content lines of a feed (for tests and tools reading it back)."""
    return content.decode("utf-8").replace("\r\n ", "").split("\r\n")
