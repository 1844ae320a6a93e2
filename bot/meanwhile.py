"""A request made while a step waits: a look-up keeps the step waiting, anything else drops it; the reply says which.

«q tiene el alcalde el jueves?» while a booking waits for «sí» is answered, and the booking still waits,
said in one line («Sigue pendiente: la actividad «…». ¿Lo guardo?»): a reply that neither stored nor asks
anything (a look-up, a command that found nothing to change) leaves nothing to replace it. A request that
would itself propose or ask something (another booking, a change) takes the conversation over, and the
reply names what was left unsaved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.turn import Turn
from handlers.context import Context
from handlers.pointing import pointing_only
from handlers.registry import Registry
from handlers.reply import Pending, PendingKind, Reply

LOOK_UPS = (".query", ".search")
"""Endings of the intents that only look something up."""
CONTENT_SLOTS = ("title", "description", "name", "organizer", "reference", "query")
"""Slots whose words name what a proposal is about («cena aniversario»)."""
NAMING_SLOTS = (*CONTENT_SLOTS, "applicant", "requester")
"""Where a step's name is found, in order: also who asks, for a request received."""
WHAT = {"invitation.create": "la invitación", "event.create": "la actividad", "contact.create": "el contacto",
        "complaint.create": "el reclamo", "efemeride.create": "la efeméride",
        "invitation.respond": "la respuesta a la invitación", "lobby.create": "la solicitud de audiencia",
        "transparency.create": "la solicitud de transparencia", "ceremony.create": "la ceremonia",
        "event.update": "el cambio de la actividad", "event.cancel": "la cancelación de la actividad",
        "invitation.update": "el cambio de la invitación", "contact.update": "el cambio del contacto",
        "contact.delete": "el borrado del contacto", "complaint.update": "el cambio del reclamo",
        "complaint.move": "la derivación del reclamo", "efemeride.update": "el cambio de la efeméride",
        "efemeride.delete": "el borrado de la efeméride"}
STILL_ASKING = "¿Lo guardo? (sí / no)"
KEPT = frozenset({PendingKind.CONFIRM, PendingKind.ASK})
"""Steps a look-up leaves waiting; a choice among records is answered by the next message or dropped."""


def meanwhile(registry: Registry, ctx: Context, pending: Pending, reply: Reply, turn: Turn) -> Reply:
    """The reply to a request made while `pending` waits: kept waiting when the request neither stored nor asks
    anything (a look-up, or a command that found nothing to change); a proposal set aside, to come back once the
    new step is answered, when the request proposes or asks something of its own; else dropped; said each way."""
    if pending.kind in KEPT and reply.pending is None and not reply.stored:
        return replace(reply, text=f"{reply.text}\n\n{still_waiting(registry, ctx, pending)}", pending=pending)
    if pending.kind is PendingKind.CONFIRM and reply.pending is not None:
        turn.aside = pending
        return replace(reply, text=f"(Dejo en espera {named(pending)}, para después de esto.)"
                                   f"\n\n{reply.text}")
    return replace(reply, text=f"{dropped(pending)}\n\n{reply.text}")


def resumed(registry: Registry, ctx: Context, turn: Turn, reply: Reply) -> tuple[Reply, tuple[Pending, ...]]:
    """The reply, and what stays set aside: once nothing waits, the last proposal set aside is shown again, to be
    confirmed; a yes said of them all («guarde las dos») stores them all; a cancel drops them all, and says so."""
    queued = turn.queued + ((turn.aside,) if turn.aside is not None else ())
    if reply.pending is not None or not queued:
        return reply, queued
    if turn.cancelled:
        return replace(reply, text=f"{reply.text}\n" + "\n".join(dropped(item) for item in queued)), ()
    if turn.confirms_all and reply.stored and all(item.kind is PendingKind.CONFIRM for item in queued):
        stored = [registry.commit(ctx, item.intent, without_private(item.slots)) for item in queued]
        return replace(reply, text="\n\n".join([reply.text, *(done.text for done in stored)])), ()
    *rest, last = queued
    again = registry.handle(ctx, last.intent, without_private(last.slots))
    if again.pending is None:
        return reply, tuple(rest)
    return replace(again, text=f"{reply.text}\n\nQuedó esperando {named(last)}:\n\n{again.text}",
                   stored=reply.stored, focus=reply.focus, attachments=reply.attachments), tuple(rest)


def still_waiting(registry: Registry, ctx: Context, pending: Pending) -> str:
    """«Sigue pendiente: la actividad «reunión con el seremi». ¿Lo guardo? (sí / no)», the step's own question."""
    shown = registry.handle(ctx, pending.intent, without_private(pending.slots)).text
    question = shown.rpartition("\n\n")[2].strip() if "\n\n" in shown else shown.splitlines()[-1].strip()
    if pending.kind is PendingKind.ASK:
        return f"Sigue pendiente completar {named(pending)}: {question}"
    return f"Sigue pendiente: {named(pending)}. {question if '¿' in question else STILL_ASKING}"


def dropped(pending: Pending) -> str:
    """«Dejé sin guardar la invitación «cena aniversario».», naming what the user would otherwise miss."""
    if pending.kind is PendingKind.CHOOSE:
        return "(Dejé sin responder la elección anterior.)"
    if pending.kind is PendingKind.ASK:
        return f"(Dejé sin completar {WHAT.get(pending.intent, 'la propuesta anterior')}.)"
    return f"(Dejé sin guardar {named(pending)}.)"


def named(pending: Pending) -> str:
    """«la actividad «reunión con el seremi»»: what the step is about, in a few words."""
    what = WHAT.get(pending.intent, "la propuesta anterior")
    name = next((value for slot in NAMING_SLOTS if isinstance(value := pending.slots.get(slot), str) and value
                 and not (slot == "reference" and pointing_only(value))), "")  # «uy no, esa no era, bórrala»: no name
    return f"{what} «{name}»" if name else what


def without_private(slots: dict[str, Any]) -> dict[str, Any]:
    """The step's slots as its handler reads them (the dialogue's own, «_period», left out)."""
    return {slot: value for slot, value in slots.items() if not slot.startswith("_")}
