"""The photo archive: photos sent to the bot are kept, linked to what they show, and sent back on request.

A photo is stored as soon as it arrives (sending it is the request), with Telegram's file id to send it
back without uploading it again and a local copy for the .zip. Its caption's words link it to a
ceremony, an activity or an invitation of the days around it; without a caption that says which, the
bot asks «¿De qué actividad son?» with that day's activities, and the answer links every photo the
same person sent just before (an album arrives as one message per photo).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from handlers import reference_match
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.format import day_text, plural
from handlers.reply import Attachment, Reply, choose, done
from storage.audit import AuditAction, snapshot
from storage.ceremonies import Ceremony, Photo
from storage.models import Event, Invitation

NEARBY = timedelta(days=3)
"""How far from the day a photo arrives its activity may be (photos are sent the same day or soon after)."""
LOOKBACK = timedelta(days=120)
"""How far back «fotos de …» looks for the activity named."""
ALBUM_WINDOW = timedelta(minutes=30)
"""Photos of one person this close together are taken as one album when linked by an answer."""
MAX_ALBUM = 10
"""Telegram sends at most ten photos in one album."""
FILLER = reference_match.FILLER | {"foto", "fotos", "fotografia", "fotografias", "imagen", "imagenes", "ceremonia",
                                   "actividad", "de", "del"}
LINKS = {"ceremony": "ceremony_id", "event": "event_id", "invitation": "invitation_id"}


@dataclass(frozen=True)
class Shown:
    """Something photos can belong to."""

    kind: str
    id: int
    title: str
    day: date

    @property
    def label(self) -> str:
        return f"{self.title} ({day_text(self.day)})"


def _candidates(ctx: Context, first: date, last: date) -> list[Shown]:
    found = [Shown("ceremony", c.id or 0, c.title, c.day) for c in ctx.session.exec(
        select(Ceremony).where(col(Ceremony.deleted_at).is_(None), col(Ceremony.day).between(first, last)))]
    ceremony_events = {c.event_id for c in ctx.session.exec(select(Ceremony)) if c.event_id}
    found += [Shown("event", e.id or 0, e.title, e.day) for e in ctx.session.exec(
        select(Event).where(col(Event.deleted_at).is_(None), col(Event.day).between(first, last)))
        if e.id not in ceremony_events and e.invitation_id is None]
    found += [Shown("invitation", i.id or 0, i.title, i.day) for i in ctx.session.exec(
        select(Invitation).where(col(Invitation.deleted_at).is_(None), col(Invitation.day).between(first, last)))
        if i.day is not None]
    return sorted(found, key=lambda shown: (shown.day, shown.title))


def _named(candidates: list[Shown], words: str) -> list[Shown]:
    """The candidates most of whose words the text names (at least half of the text's meaningful words)."""
    wanted, scores = reference_match.scores(words, candidates, lambda shown: shown.title, FILLER)
    best = max(scores, default=0)
    if not best or best * 2 < wanted:
        return []
    return [shown for shown, score in zip(candidates, scores, strict=True) if score == best]


def _link(photo: Photo, shown: Shown) -> None:
    setattr(photo, LINKS[shown.kind], shown.id)


def store(ctx: Context, slots: dict[str, Any]) -> Reply:
    """A photo arrived: keep it, and link it by its caption or ask what it shows."""
    photo = Photo(file_id=str(slots["file_id"]), file_unique_id=str(slots["file_unique_id"]),
                  path=slots.get("path"), caption=slots.get("caption") or None, sender_id=ctx.actor.telegram_id,
                  received_at=ctx.now)
    nearby = _candidates(ctx, ctx.today - NEARBY, ctx.today + NEARBY)
    named = _named(nearby, photo.caption or "") if photo.caption else []
    if len(named) == 1:
        _link(photo, named[0])
        ctx.store(photo, AuditAction.CREATE)
        return done(f"Foto guardada en «{named[0].label}».")
    ctx.store(photo, AuditAction.CREATE)
    options = named or [shown for shown in nearby if shown.day == ctx.today] or nearby
    if not options:
        return done("Foto guardada. No hay actividades cerca de hoy a las que asociarla; puede buscarla después "
                    "por la fecha.")
    return choose("photo.link", {}, "Foto guardada. ¿De qué actividad son?",
                  [(shown.label, {"kind": shown.kind, "target": shown.id, "title": shown.title})
                   for shown in options[:8]])


def link(ctx: Context, slots: dict[str, Any]) -> Reply:
    """The answer to «¿De qué actividad son?»: every unlinked photo this person just sent."""
    kind, target = slots.get("kind"), slots.get("target")
    if kind not in LINKS or not target:
        return Reply("¿De qué actividad son? Elija una de la lista.")
    since = ctx.now - ALBUM_WINDOW
    photos = ctx.session.exec(select(Photo).where(
        Photo.sender_id == ctx.actor.telegram_id, col(Photo.received_at) >= since, col(Photo.deleted_at).is_(None),
        col(Photo.ceremony_id).is_(None), col(Photo.event_id).is_(None), col(Photo.invitation_id).is_(None))).all()
    for photo in photos:
        before = snapshot(photo)
        setattr(photo, LINKS[kind], int(target))
        ctx.store(photo, AuditAction.UPDATE, before)
    return done(f"{plural(len(photos), 'foto asociada', 'fotos asociadas')} a «{slots.get('title', '')}».")


def _photos_of(ctx: Context, slots: dict[str, Any]) -> tuple[Shown, list[Photo]] | Reply:
    words = str(slots.get("reference") or "").strip()
    if not words:
        return Reply("¿Fotos de qué actividad? Por ejemplo: «fotos de la inauguración de la plaza».")
    named = _named(_candidates(ctx, ctx.today - LOOKBACK, ctx.today + NEARBY), words)
    if not named:
        return Reply(f"No encuentro una actividad «{words}» en los últimos meses.")
    shown = named[-1]
    photos = list(ctx.session.exec(select(Photo).where(
        getattr(Photo, LINKS[shown.kind]) == shown.id, col(Photo.deleted_at).is_(None)).order_by(col(Photo.id))))
    if not photos:
        return Reply(f"No hay fotos guardadas de «{shown.label}».")
    return shown, photos


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _photos_of(ctx, slots)
    if isinstance(found, Reply):
        return found
    shown, photos = found
    more = f" (envío las primeras {MAX_ALBUM}; pida el .zip para todas)" if len(photos) > MAX_ALBUM else ""
    return Reply(f"{plural(len(photos), 'foto', 'fotos')} de «{shown.label}»{more}.",
                 album=tuple(photo.file_id for photo in photos[:MAX_ALBUM]))


def export(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _photos_of(ctx, slots)
    if isinstance(found, Reply):
        return found
    shown, photos = found
    out = io.BytesIO()
    kept = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for number, photo in enumerate(photos, start=1):
            path = Path(photo.path) if photo.path else None
            if path is not None and path.is_file():
                archive.write(path, f"{number:03d}{path.suffix or '.jpg'}")
                kept += 1
    if not kept:
        return Reply(f"Las fotos de «{shown.label}» no tienen copia local para comprimir.")
    name = "-".join(reference_match.words(shown.title, FILLER))[:40] or "fotos"
    return Reply(f"{plural(kept, 'foto', 'fotos')} de «{shown.label}» en un .zip.",
                 attachments=(Attachment(f"fotos-{name}.zip", out.getvalue()),))


HANDLERS = {"photo.store": store, "photo.link": link, "photo.query": query, "photo.export": export}
CAPABILITY = Capability(
    "photos", HANDLERS, writes_directly=frozenset({"photo.store", "photo.link"}),
    help=(HelpLine("Archivo fotográfico", "envíe fotos con una leyenda («inauguración de la plaza») / "
                                          "fotos de la inauguración de la plaza / exporta las fotos del aniversario"),),
)
