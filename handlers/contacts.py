"""The protocol list: find an authority the way staff ask for one, and add or update a contact.

Adding never duplicates: a contact with the same email, phone or name (at the same institution) is
updated instead, and the preview says so, showing each old value beside the new one.
"""

from __future__ import annotations

from typing import Any

from handlers.capability import Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.focus import Ref
from handlers.pointing import about, point, pointing_only, points_at_others
from handlers.reply import Reply, ask, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction, snapshot
from storage.models import Contact
from storage.queries.contacts import (
    find_existing,
    heads_among,
    normalize_phone,
    refresh_search_text,
    search_contacts,
    valid_email,
)

FIELDS = (("name", "nombre"), ("role", "cargo"), ("institution", "institución"), ("phone", "teléfono"),
          ("email", "correo"))
ADD_EXAMPLE = "«agregar contacto Juan Pérez, Seremi de Salud, +56 9 1234 5678»"
"""How a contact is added in one message, shown wherever the bot asks for one."""
SHOWN = 5
HEAD_SEARCH = 25
"""How many contacts of an institution are looked through for its head."""
ADD_HINT = f"Si quiere agregarlo, escriba por ejemplo: {ADD_EXAMPLE}."


def contact_lines(contact: Contact) -> list[str]:
    """How a contact reads in a list: who, post, then how to reach them (and their assistant)."""
    who = " ".join(part for part in (contact.treatment, contact.name) if part)
    lines = [who]
    post = " · ".join(part for part in (contact.role, contact.institution) if part)
    if post:
        lines.append(f"   {post}")
    reach = " · ".join(part for part in (f"Tel. {contact.phone}" if contact.phone else None, contact.email) if part)
    if reach:
        lines.append(f"   {reach}")
    if contact.assistant_phone:
        assistant = f"{contact.assistant_name} " if contact.assistant_name else ""
        lines.append(f"   Asistente: {assistant}{contact.assistant_phone}")
    return lines


def contact_ref(contact: Contact) -> Ref:
    """The contact as the conversation remembers it: name, post and institution ("el 2", "el de Bravo")."""
    return Ref("contact", contact.id or 0, " ".join(contact_lines(contact)[:2]))


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    wanted = " ".join(part for part in (text_slot(slots, "query"), text_slot(slots, "institution")) if part)
    if not wanted:
        return ask("contact.query", slots, "query", "¿A quién busca? (nombre, cargo o institución)")
    pointed = _pointed(ctx, wanted)
    found = pointed or _searched(ctx, wanted, bool(slots.get("head")))
    if not found:
        return Reply(f"No encontré contactos para «{wanted}».\n{ADD_HINT}")
    lines = ["Contacto:" if len(found) == 1 else "Contactos:"] if pointed else [f"Contactos para «{wanted}»:"]
    for number, contact in enumerate(found, start=1):
        first, *rest = contact_lines(contact)
        lines += [f"{number}. {first}", *rest]
    refs = [contact_ref(contact) for contact in found]
    if pointed:  # the list they were pointed in stays the one «el otro», «el 2» count in
        return about(Reply("\n".join(lines)), *(refs if len(refs) == 1 else ()))
    return about(Reply("\n".join(lines)), *(refs if len(refs) == 1 else ()), listed=refs)


def _searched(ctx: Context, wanted: str, head: bool) -> list[Contact]:
    """The contacts for `wanted`; asked by what the post does («¿quién dirige el hospital?»), its heads first, and
    only they when it has any (the secretary of the hospital is not who directs it)."""
    if not head:
        return search_contacts(ctx.session, wanted)
    found = search_contacts(ctx.session, wanted, limit=HEAD_SEARCH)
    return (heads_among(found) or found)[:SHOWN]


def _pointed(ctx: Context, wanted: str) -> list[Contact]:
    """«¿y el fono de la otra?» after one of two contacts listed was picked, «el correo de ese»: the contacts the
    words point at in this conversation, never a search for the word «otra»."""
    if not (points_at_others(wanted) or pointing_only(wanted)):
        return []
    refs = point(ctx.focus, "contact", wanted) or ()
    contacts = [ctx.session.get(Contact, ref.id) for ref in refs]
    return [contact for contact in contacts if contact is not None and contact.deleted_at is None]


def checked_values(slots: dict[str, Any]) -> tuple[dict[str, str], str | None]:
    """The contact fields given, normalised, or the Spanish reason they cannot be stored."""
    values = {field: value for field, _ in FIELDS if (value := text_slot(slots, field))}
    if "phone" in values:
        phone = normalize_phone(values["phone"])
        if phone is None:
            return values, f"El teléfono «{values['phone']}» no parece válido (ej.: +56 9 8765 4321). No guardé nada."
        values["phone"] = phone
    if "email" in values:
        if not valid_email(values["email"]):
            return values, f"El correo «{values['email']}» no parece válido (ej.: nombre@dominio.cl). No guardé nada."
        values["email"] = values["email"].lower()
    return values, None


def _existing(ctx: Context, values: dict[str, str]) -> Contact | None:
    return find_existing(ctx.session, values.get("name"), values.get("institution"), values.get("phone"),
                         values.get("email"))


def _changes(contact: Contact, values: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """(label, old, new) for each given field that differs from what is stored."""
    return [(label, getattr(contact, field), values[field]) for field, label in FIELDS
            if field in values and values[field] != getattr(contact, field)]


def create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = checked_values(slots)
    if problem:
        return Reply(problem)
    if "name" not in values:
        in_focus = ctx.focus.last("contact")
        if in_focus is not None and values:
            # «agrega su correo …» right after a contact was shown: a detail of that one, not a new nameless one
            from handlers.contact_changes import update  # here: contact_changes imports this module
            return update(ctx, {**slots, "contact_id": in_focus.id})
        return ask("contact.create", slots, "name", "¿Cuál es el nombre del contacto?")
    existing = _existing(ctx, values)
    if existing is None:
        lines = ["Nuevo contacto:"] + [f"   {label}: {values[field]}" for field, label in FIELDS if field in values]
        return propose("contact.create", slots, "\n".join(lines))
    changes = _changes(existing, values)
    if not changes:
        return Reply("\n".join(["Ese contacto ya está registrado con esos datos; no hay nada que cambiar:",
                                *contact_lines(existing)]), already=True)
    lines = [f"Ya existe este contacto (#{existing.id}); se ACTUALIZARÁ en vez de duplicarlo:",
             *contact_lines(existing), "Cambios:"]
    lines += [f"   {label}: {old or '(vacío)'} → {new}" for label, old, new in changes]
    return propose("contact.create", {**slots, "contact_id": existing.id}, "\n".join(lines))


def commit_create(ctx: Context, slots: dict[str, Any]) -> Reply:
    values, problem = checked_values(slots)
    if problem or "name" not in values:
        return Reply(problem or "Falta el nombre del contacto; no guardé nada.")
    contact_id = slots.get("contact_id")
    contact = ctx.session.get(Contact, contact_id) if isinstance(contact_id, int) else _existing(ctx, values)
    if contact is not None and contact.deleted_at is not None:
        return Reply("El contacto que iba a actualizar fue eliminado entretanto; no guardé nada.")
    if contact is None:
        contact = Contact(name=values["name"], updated_at=ctx.now)
        before = None
    else:
        before = snapshot(contact)
    for field, value in values.items():
        setattr(contact, field, value)
    contact.updated_at = ctx.now
    ctx.store(refresh_search_text(contact), AuditAction.UPDATE if before else AuditAction.CREATE, before)
    verb = "actualizado" if before else "guardado"
    return about(done("\n".join([f"Contacto {verb} (#{contact.id}):", *contact_lines(contact)])), contact_ref(contact))


HANDLERS = {"contact.query": query, "contact.create": create}
COMMITS = {"contact.create": commit_create}
CAPABILITY = Capability(
    "contacts", HANDLERS, COMMITS,
    help=(
        HelpLine("Protocolo y contactos",
                 "fono del seremi de salud / nuevo contacto Juan Soto, comandante, 9 1234 5678"),
    ),
    follow_ups={"contact.query": FollowUp(name=("query",))},
    shown_by={"contact": ("contact.query", "query")},
)
