"""A guest's answer told as news («el senador Pérez confirmó», «la diputada no puede, manda a su jefe de gabinete»,
«el obispo se excusó»): shown against the guest list, stored after «sí», one audit row per guest.

The ceremony is the one named, else the one in focus, else the only upcoming one; when the guest is not invited
there, the only upcoming ceremony the guest is invited to. Someone on the protocol list who answers before being
invited is proposed as a guest with that answer, never dropped.
"""

from __future__ import annotations

from typing import Any

from handlers.ceremonies.named_guests import invited_elsewhere, named_guests, on_protocol_list
from handlers.ceremonies.records import find, focus_on, guest_text
from handlers.context import Context
from handlers.reply import Reply, ask, done, propose
from storage.audit import AuditAction, snapshot
from storage.ceremonies import GUEST_STATUS_NAMES, Ceremony, CeremonyGuest, GuestStatus
from storage.models import Contact

INTENT = "ceremony.answer"
ANSWERS = {"confirmed": GuestStatus.CONFIRMED, "declined": GuestStatus.DECLINED,
           "represented": GuestStatus.REPRESENTED, "attended": GuestStatus.ATTENDED,
           "invited": GuestStatus.INVITED}


def _new_state(status: GuestStatus, slots: dict[str, Any]) -> str:
    return GUEST_STATUS_NAMES[status] + (f": {slots['representative']}" if slots.get("representative") else "")


def answer(ctx: Context, slots: dict[str, Any]) -> Reply:
    status = ANSWERS.get(str(slots.get("answer") or ""))
    if status is None:
        return ask(INTENT, slots, "answer", "¿Confirmó, se excusó o envía a alguien en su representación?")
    wanted = str(slots.get("guest") or "")
    ceremony = find(ctx, INTENT, slots)
    guests = named_guests(ctx, ceremony, wanted) if isinstance(ceremony, Ceremony) else []
    named = slots.get("reference") or slots.get("ceremony_id")
    if not guests and not named and (elsewhere := invited_elsewhere(ctx, wanted)) is not None:
        ceremony, guests = elsewhere  # «el obispo se excusó» of the one ceremony he is invited to
    if isinstance(ceremony, Reply):
        return ceremony
    if status == GuestStatus.REPRESENTED and not slots.get("representative"):
        who = guests[0].name if guests else wanted
        return ask(INTENT, slots, "representative", f"¿Quién va en representación de {who}?")
    if not guests:
        return _not_invited(ctx, ceremony, wanted, status, slots)
    guests = guests[:1] if status == GuestStatus.REPRESENTED else guests  # a representative stands for one guest
    lines = [f"{ceremony.title}:", *(f"• {guest_text(guest)}\n  → {_new_state(status, slots)}" for guest in guests)]
    return propose(INTENT, {**slots, "ceremony_id": ceremony.id, "guest_ids": [g.id for g in guests]},
                   "\n".join(lines))


def _not_invited(ctx: Context, ceremony: Ceremony, wanted: str, status: GuestStatus, slots: dict[str, Any]) -> Reply:
    """An answer of someone on the protocol list not yet invited: added as a guest with that answer, after «sí»."""
    contact = on_protocol_list(ctx, wanted)
    if contact is None:
        return Reply(f"No encuentro a «{wanted}» entre los invitados de {ceremony.title} ni en el listado de "
                     "protocolo. Para invitarlo: «invita al senador Juan Pérez».")
    about = ", ".join(p for p in (contact.role, contact.institution) if p)
    lines = [f"{ceremony.title}:", f"• {contact.name} ({about}) no estaba entre los invitados: lo agrego a la lista"
                                   f"\n  → {_new_state(status, slots)}"]
    return propose(INTENT, {**slots, "ceremony_id": ceremony.id, "contact_id": contact.id}, "\n".join(lines))


def _invited_now(ctx: Context, slots: dict[str, Any]) -> list[CeremonyGuest]:
    """The guest a confirmed answer of someone not yet invited creates (audited with the answer)."""
    contact = ctx.session.get(Contact, int(slots.get("contact_id") or 0))
    if contact is None or contact.deleted_at is not None or not slots.get("ceremony_id"):
        return []
    guest = CeremonyGuest(ceremony_id=int(slots["ceremony_id"]), contact_id=contact.id, name=contact.name,
                          treatment=contact.treatment, post=contact.role, institution=contact.institution,
                          status=GuestStatus.INVITED, invited_at=ctx.now)
    ctx.store(guest, AuditAction.CREATE)
    return [guest]


def commit_answer(ctx: Context, slots: dict[str, Any]) -> Reply:
    status = ANSWERS.get(str(slots.get("answer") or ""))
    ids = slots.get("guest_ids") or [slots.get("guest_id")]
    guests = [guest for number in ids if (guest := ctx.session.get(CeremonyGuest, int(number or 0))) is not None
              and guest.deleted_at is None] or _invited_now(ctx, slots)
    if not guests or status is None:
        return Reply("Ese invitado ya no está en la lista.")
    for guest in guests:
        before = snapshot(guest)
        guest.status = status
        guest.representative = str(slots.get("representative") or "") or None \
            if status == GuestStatus.REPRESENTED else None
        guest.answered_at = ctx.now
        ctx.store(guest, AuditAction.UPDATE, before)
    ceremony = ctx.session.get(Ceremony, guests[0].ceremony_id)
    reply = done("Anotado: " + "; ".join(guest_text(guest) for guest in guests) + ".")
    return Reply(reply.text, stored=True, focus=focus_on(ctx, ceremony) if ceremony else None)
