"""Which ceremony a message means, and how a ceremony and its guests read on screen.

People name a ceremony by a few words («el aniversario», «la cuenta pública»); with no words, the one
in the conversation's focus, else the only upcoming one. Several matches are offered, never guessed.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from handlers import reference_match
from handlers.agenda import when_text
from handlers.context import Context
from handlers.focus import FocusUpdate, Ref
from handlers.reply import Reply, choose
from storage.ceremonies import GUEST_STATUS_NAMES, Ceremony, CeremonyGuest, GuestStatus

ENTITY = "ceremony"
MAX_OPTIONS = 8
FILLER = reference_match.FILLER | {"ceremonia", "ceremonias", "acto", "evento"}
NO_CEREMONY = "No encuentro esa ceremonia. Puede crearla con «ceremonia de aniversario de la comuna el 14 de " \
              "febrero a las 11 en el Teatro Municipal»."


def describe(ctx: Context, ceremony: Ceremony) -> str:
    """«Aniversario de la comuna, sábado 14 de febrero, 11:00, Teatro Municipal»."""
    text = f"{ceremony.title}, {when_text(ceremony.day, ceremony.start_at, None, ctx.settings.zone, ctx.today)}"
    return f"{text}, {ceremony.place}" if ceremony.place else text


def focus_on(ctx: Context, ceremony: Ceremony) -> FocusUpdate:
    return FocusUpdate(records=(Ref(ENTITY, ceremony.id or 0, describe(ctx, ceremony)),))


def guest_text(guest: CeremonyGuest) -> str:
    """«Juan Pérez (senador, Senado) — confirmado», with the representative when there is one."""
    about = ", ".join(part for part in (guest.post, guest.institution) if part)
    text = f"{guest.name} ({about})" if about else guest.name
    text += f" — {GUEST_STATUS_NAMES[GuestStatus(guest.status)]}"
    return text + (f": {guest.representative}" if guest.representative else "")


def live_guests(ctx: Context, ceremony: Ceremony) -> list[CeremonyGuest]:
    query = (select(CeremonyGuest).where(CeremonyGuest.ceremony_id == ceremony.id,
                                         col(CeremonyGuest.deleted_at).is_(None))
             .order_by(col(CeremonyGuest.id)))
    return list(ctx.session.exec(query))


def _ceremonies(ctx: Context, upcoming_only: bool) -> list[Ceremony]:
    query = select(Ceremony).where(col(Ceremony.deleted_at).is_(None))
    if upcoming_only:
        query = query.where(col(Ceremony.day) >= ctx.today)
    return list(ctx.session.exec(query.order_by(col(Ceremony.day), col(Ceremony.id))))


def upcoming(ctx: Context) -> list[Ceremony]:
    """The ceremonies from today on, soonest first."""
    return _ceremonies(ctx, True)


def find(ctx: Context, intent: str, slots: dict[str, Any]) -> Ceremony | Reply:
    """The ceremony meant: by number (a choice), by words, the one in focus (also when the words are only «la
    ceremonia»), or the only upcoming one."""
    chosen = slots.get("ceremony_id")
    if chosen:
        ceremony = ctx.session.get(Ceremony, int(chosen))
        return ceremony if ceremony and ceremony.deleted_at is None else Reply(NO_CEREMONY)
    reference = str(slots.get("reference") or "").strip()
    if reference_match.words(reference, FILLER):  # «la ceremonia», «el acto» name no other: the one in focus
        matches = reference_match.best_matches(reference, _ceremonies(ctx, False), lambda c: c.title, FILLER)
    else:
        in_focus = ctx.focus.last(ENTITY)
        ceremony = ctx.session.get(Ceremony, in_focus.id) if in_focus else None
        if ceremony is not None and ceremony.deleted_at is None:
            return ceremony
        matches = upcoming(ctx)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        return Reply(NO_CEREMONY)
    options = [(describe(ctx, c), {"ceremony_id": c.id}) for c in matches[:MAX_OPTIONS]]
    return choose(intent, slots, "¿De qué ceremonia?", options)
