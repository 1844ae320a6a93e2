"""Dates to remember (efemérides): add a yearly or one-off date with a greeting draft, list what is coming.

A yearly 29 February is remembered on 28 February in other years, so it is never silently skipped;
a range that crosses New Year looks at both years. When the title names someone in the protocol
list, the efeméride is linked to that contact, so the reminder carries the phone to call.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from handlers.capability import PERIOD, Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text, month_day_text, on_day
from handlers.pointing import about
from handlers.reply import Reply, ask, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction
from storage.folding import fold
from storage.models import Contact, Efemeride
from storage.queries.contacts import query_words, ranked_contacts

UPCOMING_DAYS = 30
NAME_MATCH = 85
"""How alike a word asked for and a title's word must be (rapidfuzz ratio) to be the same word, a typo aside."""
_DATE = re.compile(r"^\s*(?:(\d{4})-)?(\d{1,2})-(\d{1,2})\s*$")
_ARTICLES = {"dia": "del", "aniversario": "del", "cumpleanos": "del", "natalicio": "del", "fallecimiento": "del",
             "fiesta": "de la", "semana": "de la", "celebracion": "de la", "fiestas": "de las"}


def parse_date(value: Any) -> tuple[int, int, date | None] | None:
    """`MM-DD` (yearly), `YYYY-MM-DD` or a `date` (once) → (month, day, one-off date or None)."""
    if isinstance(value, date):
        return value.month, value.day, value
    match = _DATE.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        on = date(year or 2000, month or 0, day or 0)  # 2000 is a leap year: 29 February is a yearly date
    except ValueError:
        return None
    return on.month, on.day, on if year else None


def greeting_draft(title: str) -> str:
    """"Saludo del alcalde con motivo del Día del Bombero.": a draft the office rewrites at will."""
    first = fold(title).split()[0] if fold(title) else ""
    article = _ARTICLES.get(first)
    if article:
        return f"Saludo del alcalde con motivo {article} {title}."
    return f"Saludo del alcalde con motivo de {title}."


def named_contact(session: Session, title: str) -> Contact | None:
    """The one contact whose name the title spells out (two name words, or a one-word name), if any."""
    words = query_words(title)
    strong = []
    for match in ranked_contacts(session, title, limit=3):
        name = [word for word in fold(match.contact.name).split() if len(word) >= 3]
        hits = sum(any(fuzz.ratio(part, word) >= 90 for word in words) for part in name)
        if hits >= min(2, len(name)) and hits:
            strong.append(match.contact)
    return strong[0] if len(strong) == 1 else None


def occurrence(efemeride: Efemeride, year: int) -> date:
    """The day a yearly efeméride falls on in `year` (29 February → 28 February in a common year)."""
    if (efemeride.month, efemeride.day_of_month) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, efemeride.month, efemeride.day_of_month)


def efemerides_between(session: Session, start: date, end: date) -> list[tuple[date, Efemeride]]:
    """Live efemérides falling on `start`..`end` (inclusive), with their day, in date then title order."""
    found = []
    for efemeride in session.exec(select(Efemeride).where(col(Efemeride.deleted_at).is_(None))):
        days = [efemeride.on_date] if efemeride.on_date else [occurrence(efemeride, y)
                                                              for y in range(start.year, end.year + 1)]
        found += [(day, efemeride) for day in days if start <= day <= end]
    return sorted(found, key=lambda item: (item[0], fold(item[1].title)))


def when_text(month: int, day: int, on: date | None, today: date) -> str:
    """`cada 30 de junio (todos los años)` or `el jueves 3 de diciembre (una sola vez)`."""
    return f"{on_day(on, today)} (una sola vez)" if on else f"cada {month_day_text(month, day)} (todos los años)"


def checked_date(slots: dict[str, Any]) -> tuple[tuple[int, int, date | None] | None, str | None]:
    """The `date` slot as (month, day, one-off date), or the message that says why it cannot be used."""
    when = parse_date(slots.get("date"))
    if when is None:
        return None, (f"No entiendo la fecha «{slots.get('date')}»: use MM-DD para cada año (ej.: 10-16) "
                      "o AAAA-MM-DD para una sola vez. No guardé nada.")
    return when, None


def create(ctx: Context, slots: dict[str, Any]) -> Reply:
    if slots.get("date") in (None, ""):
        return ask("efemeride.create", slots, "date", "¿Qué fecha? (por ejemplo 16 de octubre, o 10-16)")
    when, problem = checked_date(slots)
    if problem or when is None:
        return Reply(problem or "")
    title = text_slot(slots, "title")
    if not title:
        return ask("efemeride.create", slots, "title", "¿Qué se recuerda ese día? (título de la efeméride)")
    month, day, on = when
    if duplicate(ctx.session, month, day, on, title):
        return Reply(f"Esa efeméride ya está registrada: {title}, {when_text(month, day, on, ctx.today)}.",
                     already=True)
    greeting = text_slot(slots, "greeting") or greeting_draft(title)
    lines = ["Nueva efeméride:", f"   {title}", f"   Fecha: {when_text(month, day, on, ctx.today)}",
             f"   Saludo: {greeting}"]
    contact = named_contact(ctx.session, title)
    if contact:
        lines.append(f"   Contacto: {contact.name}" + (f" (Tel. {contact.phone})" if contact.phone else ""))
    return propose("efemeride.create", {**slots, "greeting": greeting, "contact_id": contact.id if contact else None},
                   "\n".join(lines))


def duplicate(session: Session, month: int, day: int, on: date | None, title: str,
              other_than: int | None = None) -> bool:
    """Another live efeméride with this date and title (case and accents aside); `other_than` is the one changed."""
    query = select(Efemeride).where(col(Efemeride.deleted_at).is_(None), Efemeride.month == month,
                                    Efemeride.day_of_month == day)
    return any(e.on_date == on and fold(e.title) == fold(title) and e.id != other_than for e in session.exec(query))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    when, problem = checked_date(slots)
    title = text_slot(slots, "title")
    if problem or when is None or not title:
        return Reply(problem or "Falta el título de la efeméride; no guardé nada.")
    month, day, on = when
    contact_id = slots.get("contact_id")
    contact = ctx.session.get(Contact, contact_id) if isinstance(contact_id, int) else None
    efemeride = Efemeride(title=title, month=month, day_of_month=day, on_date=on, created_at=ctx.now,
                          greeting=text_slot(slots, "greeting") or greeting_draft(title),
                          contact_id=contact.id if contact else None)
    ctx.store(efemeride, AuditAction.CREATE)
    return about(done(f"Efeméride guardada (#{efemeride.id}): {title}, {when_text(month, day, on, ctx.today)}."),
                 efemeride_ref(ctx, efemeride))


def _range(ctx: Context, slots: dict[str, Any]) -> tuple[date, date]:
    start, end = slots.get("date_from"), slots.get("date_to")
    start = start if isinstance(start, date) else None
    end = end if isinstance(end, date) else None
    if start and not end:
        return start, start
    start = start or ctx.today
    end = end or start + timedelta(days=UPCOMING_DAYS)
    return (start, end) if start <= end else (end, start)


def named(session: Session, title: str) -> list[Efemeride]:
    """The live efemérides whose title holds every word asked for, give or take a typo: «aniversario del liceo»
    finds «Aniversario del Liceo Bicentenario»."""
    asked = query_words(title)
    found = []
    for efemeride in session.exec(select(Efemeride).where(col(Efemeride.deleted_at).is_(None))):
        words = fold(efemeride.title).split()
        if asked and all(any(fuzz.ratio(part, word) >= NAME_MATCH for word in words) for part in asked):
            found.append(efemeride)
    return sorted(found, key=lambda efemeride: fold(efemeride.title))


def when_named(ctx: Context, title: str) -> Reply:
    """«¿cuándo es el aniversario del liceo?»: when each efeméride so named falls, and its next day."""
    found = named(ctx.session, title)
    if not found:
        return about(Reply(f"No encuentro «{title}» en las efemérides. Para agregarla: «agrega {title} el "
                           "12 de mayo a las efemérides»."), listed=())
    lines = [f"{e.title}: {when_text(e.month, e.day_of_month, e.on_date, ctx.today)}"
             + ("" if e.on_date else f"; la próxima, {on_day(next_day(e, ctx.today), ctx.today)}") for e in found]
    text = f"{lines[0]}." if len(lines) == 1 else "\n".join([f"Efemérides con «{title}»:", *(f"• {x}" for x in lines)])
    refs = [efemeride_ref(ctx, efemeride) for efemeride in found]
    return about(Reply(text), *refs[:len(refs) == 1], listed=refs)


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    title = text_slot(slots, "title")
    if title and not slots.get("date_from"):
        return when_named(ctx, title)
    start, end = _range(ctx, slots)
    span = day_text(start, ctx.today) if start == end else f"{day_text(start, ctx.today)} al {day_text(end, ctx.today)}"
    found = efemerides_between(ctx.session, start, end)
    if not found:
        return about(Reply(f"No hay efemérides para {span}."), listed=())
    ids = {e.contact_id for _, e in found if e.contact_id}
    contacts = {c.id: c for c in ctx.session.exec(select(Contact).where(col(Contact.id).in_(ids)))} if ids else {}
    lines = [f"Efemérides, {span}:"]
    for day, efemeride in found:
        lines.append(f"• {day_text(day, ctx.today)}: {efemeride.title}")
        if efemeride.greeting:
            lines.append(f"   Saludo: {efemeride.greeting}")
        contact = contacts.get(efemeride.contact_id)
        if contact and contact.deleted_at is None:
            lines.append(f"   Contacto: {contact.name}" + (f", Tel. {contact.phone}" if contact.phone else ""))
    refs = [efemeride_ref(ctx, efemeride, day) for day, efemeride in found]
    return about(Reply("\n".join(lines)), *refs[:len(refs) == 1], listed=refs)  # the one shown is in focus


def efemeride_ref(ctx: Context, efemeride: Efemeride, day: date | None = None) -> Ref:
    """The efeméride as the conversation remembers it: its title, when it falls, and the day «ese mismo día» means
    (`day`, the one it was listed on; else its own date, or its next occurrence from today)."""
    when = when_text(efemeride.month, efemeride.day_of_month, efemeride.on_date, ctx.today)
    return Ref("efemeride", efemeride.id or 0, f"{efemeride.title}, {when}", day or next_day(efemeride, ctx.today))


def next_day(efemeride: Efemeride, today: date) -> date:
    """The day a once-only efeméride falls on, or a yearly one's occurrence this year, next year's once it passed."""
    if efemeride.on_date is not None:
        return efemeride.on_date
    this_year = occurrence(efemeride, today.year)
    return this_year if this_year >= today else occurrence(efemeride, today.year + 1)


HANDLERS = {"efemeride.create": create, "efemeride.query": query}
COMMITS = {"efemeride.create": commit_create}
CAPABILITY = Capability(
    "efemerides", HANDLERS, COMMITS,
    help=(
        HelpLine("Efemérides", "efemérides de diciembre / "
                 "agrega efeméride 14 de febrero aniversario de la comuna"),
    ),
    follow_ups={"efemeride.query": FollowUp(period=PERIOD)},
)
