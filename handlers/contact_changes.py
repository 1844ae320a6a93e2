"""Changing a contact of the protocol list (phone, e-mail, post, institution) or removing it, in words.

"el nuevo fono del seremi de salud es +56 9 …", "actualiza el correo de Juan Soto", "borra el contacto de …".
The contact is the one the chat is about, one of the last list ("el 2"), or found by name, post or
institution; several that fit are asked about. Removal is soft, so «deshacer» brings the contact back.
"""

from __future__ import annotations

from typing import Any

from handlers.agenda_slots import SlotError, id_slot
from handlers.capability import Capability, HelpLine
from handlers.contacts import ADD_HINT, FIELDS, checked_values, contact_lines, contact_ref
from handlers.context import Context
from handlers.pointing import about, point
from handlers.reply import Reply, ask, choose, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction, snapshot
from storage.folding import fold
from storage.models import Contact
from storage.queries.contacts import ranked_contacts, refresh_search_text

MAX_OPTIONS = 5
CLEAR_WINNER = 15.0
"""Points by which the best match must beat the next for a loose reference to pick it alone."""


def find_contact(ctx: Context, intent: str, slots: dict[str, Any]) -> Contact | Reply:
    try:
        number = id_slot(slots.get("contact_id"), "contacto")
    except SlotError as error:
        return Reply(str(error))
    if number is not None:
        chosen = ctx.session.get(Contact, number)
        return chosen if chosen and chosen.deleted_at is None else Reply(f"No encontré el contacto #{number}.")
    reference = text_slot(slots, "reference") or ""
    pointed = point(ctx.focus, "contact", reference)
    if pointed:
        found = [c for ref in pointed if (c := ctx.session.get(Contact, ref.id)) and c.deleted_at is None]
    elif not reference:
        return ask(intent, slots, "reference", "¿De qué contacto? (nombre, cargo o institución)")
    else:
        found = _by_words(ctx, reference)
    if not found and not pointed and not _names_someone(reference):
        found = _in_focus(ctx)
    if len(found) == 1:
        return found[0]
    if not found:
        return Reply(f"No encontré un contacto que calce con «{reference}». No cambié nada.\n{ADD_HINT}")
    options = [(" · ".join(filter(None, (c.name, c.role, c.institution))), {"contact_id": c.id})
               for c in found[:MAX_OPTIONS]]
    return about(choose(intent, slots, "¿Cuál de estos contactos?", options),
                 listed=[contact_ref(c) for c in found[:MAX_OPTIONS]])


def _new_values(slots: dict[str, Any]) -> tuple[dict[str, str | None], str | None]:
    """The fields a change sets: a «name» read from the words names the contact to find, never its new name; a new
    name comes as «new_name» («cámbiale el nombre a Pedro Soto Rivas», bot/renames.py) or, when someone else took
    the post, as «new_holder» (bot/new_holder.py): then the phone and e-mail the card held were the previous
    holder's and are left empty unless the same words give new ones, so no one calls the wrong person."""
    given = {key: value for key, value in slots.items() if key != "name"}
    if slots.get("new_name") or slots.get("new_holder"):
        given["name"] = slots.get("new_name") or slots["new_holder"]
    values: dict[str, str | None]
    values, problem = checked_values(given)
    if slots.get("new_holder"):
        values = {"phone": None, "email": None, **values}
    return values, problem


def _with_post(found: Contact, values: dict[str, str]) -> dict[str, str | None]:
    """«Olivares ya no está en la DOM, ahora es el administrador municipal»: a new post that names no institution
    (the words would have given one: «directora del CESFAM») leaves the old one behind, so asking for the head of
    the DOM no longer finds him; a post that keeps naming it keeps it."""
    if "role" not in values or "institution" in values or not found.institution:
        return values
    if fold(found.institution) in fold(values["role"] or ""):
        return values
    return {**values, "institution": None}


def names_a_contact(ctx: Context, slots: dict[str, Any]) -> bool:
    """Whether the words of a removal name one contact clearly ("Juan Soto ya no es seremi, bórralo")."""
    reference = text_slot(slots, "reference")
    return bool(reference) and len(_by_words(ctx, reference)) == 1


def _names_someone(reference: str) -> bool:
    """«don Luis Rojas es administrador municipal, cámbialo»: words with a name in capitals (past the first, which
    any sentence capitalises) name a person, so when they find no contact the one in focus is not meant either."""
    return any(word[:1].isupper() for word in reference.split()[1:])


def _in_focus(ctx: Context) -> list[Contact]:
    """The contact just shown, when the words name no contact at all ("ya no trabaja ahí, sácalo"): the
    preview names it before anything changes."""
    last = ctx.focus.last("contact")
    contact = ctx.session.get(Contact, last.id) if last else None
    return [contact] if contact is not None and contact.deleted_at is None else []


def _by_words(ctx: Context, reference: str) -> list[Contact]:
    """The best match alone when it clearly wins; else every match close to it, to ask which."""
    ranked = ranked_contacts(ctx.session, reference, MAX_OPTIONS)
    if not ranked:
        return []
    best = ranked[0].score
    close = [match.contact for match in ranked if best - match.score < CLEAR_WINNER]
    return close


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_contact(ctx, "contact.update", slots)
    if isinstance(found, Reply):
        return found
    slots = {**slots, "contact_id": found.id}
    values, problem = _new_values(slots)
    if problem:
        return Reply(problem)
    values = _with_post(found, values)
    changes = [(field, label, getattr(found, field), values[field]) for field, label in FIELDS
               if field in values and values[field] != getattr(found, field)]
    ref = contact_ref(found)
    if not changes:
        asked = "ya tiene esos datos" if values else "¿qué dato cambio? (teléfono, correo, cargo o institución)"
        return about(Reply("\n".join([f"El contacto #{found.id} {asked}:", *contact_lines(found)])), ref)
    lines = [f"Actualizar el contacto #{found.id}:", *contact_lines(found), "Cambios:"]
    lines += [f"   {label}: {old or '(vacío)'} → {new or '(vacío)'}" for _, label, old, new in changes]
    return about(propose("contact.update", slots, "\n".join(lines), "¿Lo actualizo?"), ref)


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_contact(ctx, "contact.update", slots)
    if isinstance(found, Reply):
        return Reply("No cambié nada: el contacto ya no está.")
    values, problem = _new_values(slots)
    if problem or not values:
        return Reply(problem or "No hay nada que cambiar.")
    values = _with_post(found, values)
    before = snapshot(found)
    for field, value in values.items():
        setattr(found, field, value)
    found.updated_at = ctx.now
    ctx.store(refresh_search_text(found), AuditAction.UPDATE, before)
    return about(done("\n".join([f"Contacto actualizado (#{found.id}):", *contact_lines(found)])), contact_ref(found))


def delete(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_contact(ctx, "contact.delete", slots)
    if isinstance(found, Reply):
        return found
    lines = [f"Borrar el contacto #{found.id}:", *contact_lines(found)]
    return about(propose("contact.delete", {**slots, "contact_id": found.id}, "\n".join(lines), "¿Lo borro?"),
                 contact_ref(found))


def commit_delete(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = find_contact(ctx, "contact.delete", slots)
    if isinstance(found, Reply):
        return Reply("No borré nada: el contacto ya no está.")
    before = snapshot(found)
    found.deleted_at = ctx.now
    ctx.store(found, AuditAction.DELETE, before)
    return about(done(f"Contacto #{found.id} borrado: {found.name}. Si fue un error, escriba «deshacer»."),
                 forget=(contact_ref(found),))


HANDLERS = {"contact.update": update, "contact.delete": delete}
COMMITS = {"contact.update": commit_update, "contact.delete": commit_delete}
CAPABILITY = Capability(
    "contact_changes", HANDLERS, COMMITS,
    help=(
        HelpLine("Cambiar o borrar contactos",
                 "el nuevo fono del seremi de salud es +56 9 1234 5678 / borra el contacto de Juan Soto"),
    ),
    acts_on={"contact.update": "contact", "contact.delete": "contact"},
)
