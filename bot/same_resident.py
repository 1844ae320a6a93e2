"""«otro de la misma vecina: …», «la misma señora también reclama por …» right after a complaint was stored or shown,
or while its preview waits: a new complaint from that complaint's resident. The words that point back («la misma
vecina») are said again with the resident's name («la vecina Rosa Muñoz»), so the message reads as any complaint
told by name; and a new complaint named by the resident of the one in focus keeps how to reach them (phone, e-mail),
which nobody says twice. The address stays the new complaint's own: a resident complains of other places too."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue_words import SAME_RESIDENT
from handlers.context import Context
from handlers.reply import Pending
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold, fold_letters
from storage.models import Complaint

CREATE = "complaint.create"
CONTACT_SLOTS = ("phone", "email")
"""How to reach the resident: kept from the complaint in focus when the new one names the same person."""
SAME = re.compile(r"\s*\bmism[oa]\b\s*", re.IGNORECASE)
PHRASES = re.compile(rf"\b{alternation(SAME_RESIDENT)}\b\.?")
"""The `same_resident` words of `dialogue_words.toml`, matched on the text folded letter for letter, so that where
they stand is where they stand as typed."""


def _resident(ctx: Context, pending: Pending | None) -> Complaint | dict | None:
    """The complaint whose resident «la misma vecina» is: the one waiting its «sí», else the one in focus."""
    if pending is not None and pending.intent == CREATE:
        return pending.slots
    last = ctx.focus.last()
    if last is None or last.entity != "complaint":
        return None
    complaint = ctx.session.get(Complaint, last.id)
    return complaint if complaint is not None and complaint.deleted_at is None else None


def _value(record: Complaint | dict, slot: str) -> str | None:
    value = record.get(slot) if isinstance(record, dict) else getattr(record, slot)
    return value if isinstance(value, str) and value.strip() else None


def named_resident(ctx: Context, pending: Pending | None, text: str) -> str:
    """`text` with «la misma vecina» said as «la vecina Rosa Muñoz» when a complaint is in focus or waiting and has a
    resident's name; else `text` unchanged."""
    found = PHRASES.search(fold_letters(text))
    record = _resident(ctx, pending) if found is not None else None
    name = _value(record, "citizen") if record is not None else None
    if found is None or name is None:
        return text
    said = text[found.start():found.end()]
    return f"{text[:found.start()]}{SAME.sub(' ', said).strip()} {name}{text[found.end():]}"


def with_resident_details(ctx: Context, pending: Pending | None, understanding: Understanding) -> Understanding:
    """A new complaint by the resident of the complaint in focus or waiting (the same name), with the phone and
    e-mail that one keeps where the new one says none."""
    citizen = understanding.slots.get("citizen")
    record = _resident(ctx, pending) if understanding.intent == CREATE and isinstance(citizen, str) else None
    if record is None or fold(_value(record, "citizen") or "") != fold(str(citizen)):
        return understanding
    kept = {slot: value for slot in CONTACT_SLOTS
            if not understanding.slots.get(slot) and (value := _value(record, slot)) is not None}
    return replace(understanding, slots={**understanding.slots, **kept}) if kept else understanding
