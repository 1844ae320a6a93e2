"""Changing a registered invitation, and answering one named only by a pronoun or its place in a list.

Evidence: the invitation named (or "la de …") with a changing verb and what changes (a new day or time, a
place); an answering verb carrying the invitation as a clitic («recházala», «acéptela») or followed by an
ordinal ("acepta la segunda"). The slots are read as an activity's change is (see `event_changes`).
"""

from __future__ import annotations

from nlu.slots import event_changes
from nlu.slots.change_words import (
    REPORTING,
    clitic_forms,
    cue,
    first_of,
    moments,
    other_register,
    put_naming_day,
    put_reference,
    request_forms,
    spans_of,
    told_aside,
    verb_forms,
)
from nlu.slots.common import Context
from nlu.slots.invitations import arrival

CAPABILITY = "invitation_changes"
CANCEL_NOISE = frozenset(REPORTING) | {"el", "la", "los", "las", "lo", "de", "del", "a", "se", "para", "con", "y", "un",
                                       "una", "esta", "este", "esa", "ese", "agenda", "registro", "lista"}
"""Words around the invitation's name in its removal («sáquela de la lista», «se suspendió, elimínela»)."""


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    if ctx.ticket or cue(ctx, "complaint"):
        return None
    answer = first_of(ctx, verb_forms(CAPABILITY, "invitation_answer"))
    if first_of(ctx, clitic_forms(CAPABILITY, "invitation_answer")) or (answer and cue(ctx, "invitation_ordinal")):
        return "invitation.respond", 0.9
    if cue(ctx, "invitation") is None or cue(ctx, "invitation_list"):
        return None
    if first_of(ctx, verb_forms(CAPABILITY, "invitation_cancel")) or cue(ctx, "event_cancelled"):
        return "invitation.cancel", 0.85  # «anule la invitación de la Cámara», «la invitación del liceo se cayó»
    verb = first_of(ctx, verb_forms(CAPABILITY, "invitation_change"))
    if arrival(ctx) and not first_of(ctx, request_forms(CAPABILITY, "invitation_change")):
        return None  # «pasó la directora y dejó una invitación para…, el 29»: a new one told as it came
    changing = verb or cue(ctx, "event_place_lead") or cue(ctx, "change_now")
    if not changing or answer:
        return None
    _, new = moments(ctx)
    if (new or event_changes.place_lead(ctx)) and not told_aside(ctx, verb, new):
        return "invitation.update", 0.85
    return None


def update(ctx: Context) -> None:
    event_changes.update(ctx)


def cancel(ctx: Context) -> None:
    """Which invitation: its words once the removing verb and the words that tell it fell through are taken out; a
    day said names it («la invitación del jueves»)."""
    naming, new = moments(ctx)
    put_naming_day(ctx, naming or new)
    taken = spans_of(ctx, verb_forms(CAPABILITY, "invitation_cancel"))
    told = cue(ctx, "event_cancelled")
    put_reference(ctx, taken + ([told.span()] if told else []), CANCEL_NOISE)
