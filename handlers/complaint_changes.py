"""Changing a complaint in words: move it to another department, add a note; and finding complaints by the
resident's name or street.

"el reclamo 12 es de obras, no de aseo", "pásalo a operaciones", "agrega al reclamo 7: vecina llamó de nuevo",
"reclamos de la señora Pizarro", "¿hay reclamos de calle Prat?". The complaint is named by its ticket or is
the one the chat is about. A move keeps the due date and says so; a note is dated and signed. Both are
previewed, audited and undone by «deshacer».
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from handlers.capability import Capability, FollowUp, HelpLine
from handlers.complaints import (
    complaint_ref,
    department_name,
    detail,
    list_line,
    named_department,
    target_complaint,
)
from handlers.context import Context
from handlers.pointing import about
from handlers.record_notes import with_note
from handlers.reply import Reply, ask, done, propose, refuse
from handlers.slot_values import text_slot
from settings import Department
from storage.audit import AuditAction, snapshot
from storage.folding import fold, fold_letters
from storage.models import Complaint, ComplaintChange
from storage.queries.complaints import complaints_about
from storage.queries.contacts import normalize_phone, valid_email

LIST_LIMIT = 15
RESPELLED = 0.7
"""How alike a surname said alone must be to a stored word to be taken as its new spelling."""
HOUSE_NUMBER = re.compile(r"(?<![\w])\d{1,6}(?![\w])")
CITIZEN_FILLER = frozenset(("senora", "sra", "senor", "sr", "don", "dona", "vecina", "vecino", "vecinos", "la", "el",
                            "los", "las", "de", "del", "familia", "sra.", "sr."))
ADDRESS_FILLER = frozenset(("calle", "avenida", "av", "avda", "pasaje", "psje", "pje", "de", "del", "la", "el", "en",
                            "los", "las", "n", "numero"))


# --- complaint.move ----------------------------------------------------------------------------

def _department(ctx: Context, slots: dict[str, Any]) -> Department | Reply:
    given = text_slot(slots, "department")
    if not given:
        return ask("complaint.move", slots, "department", "¿A qué departamento lo paso?")
    department, problem = named_department(ctx, given)
    return department if department else Reply(problem or "")


def move(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint = target_complaint(ctx, "complaint.move", slots)
    if isinstance(complaint, Reply):
        return complaint
    slots = {**slots, "ticket": complaint.ticket}
    department = _department(ctx, slots)
    ref = complaint_ref(complaint)
    if isinstance(department, Reply):
        return about(department, ref)
    if department.code == complaint.department:
        return about(refuse(f"El reclamo {complaint.ticket} ya es de {department.name}."), ref)
    lines = [f"Reclamo {complaint.ticket}: {complaint.description}",
             f"   Departamento: {department_name(ctx, complaint.department)} → {department.name}",
             "   El plazo no cambia."]
    return about(propose("complaint.move", {**slots, "department": department.code}, "\n".join(lines),
                         "¿Lo derivo?"), ref)


def commit_move(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint = target_complaint(ctx, "complaint.move", slots)
    department = _department(ctx, slots)
    if isinstance(complaint, Reply) or isinstance(department, Reply):
        return Reply("No cambié nada: falta saber qué reclamo o a qué departamento.")
    before = snapshot(complaint)
    previous = department_name(ctx, complaint.department)
    complaint.department = department.code
    ctx.store(complaint, AuditAction.UPDATE, before)
    ctx.session.add(ComplaintChange(complaint_id=complaint.id, at=ctx.now, actor_id=ctx.actor.telegram_id,
                                    status_from=complaint.status, status_to=complaint.status,
                                    comment=f"Derivado de {previous} a {department.name}"))
    return about(done(f"Reclamo {complaint.ticket} derivado a {department.name} (antes: {previous})."),
                 complaint_ref(complaint))


# --- complaint.note ----------------------------------------------------------------------------

def note(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint = target_complaint(ctx, "complaint.note", slots)
    if isinstance(complaint, Reply):
        return complaint
    slots = {**slots, "ticket": complaint.ticket}
    comment = text_slot(slots, "comment")
    if not comment:
        return about(ask("complaint.note", slots, "comment", f"¿Qué nota agrego al reclamo {complaint.ticket}?"),
                     complaint_ref(complaint))
    lines = [f"Reclamo {complaint.ticket}: {complaint.description}", f"   Nota: {comment}"]
    return about(propose("complaint.note", slots, "\n".join(lines), "¿La agrego?"), complaint_ref(complaint))


def commit_note(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint = target_complaint(ctx, "complaint.note", slots)
    comment = text_slot(slots, "comment")
    if isinstance(complaint, Reply) or not comment:
        return Reply("No agregué nada: falta saber qué reclamo o qué nota.")
    before = snapshot(complaint)
    complaint.notes = with_note(ctx, complaint.notes, comment)
    ctx.store(complaint, AuditAction.UPDATE, before)
    return about(done(f"Nota agregada al reclamo {complaint.ticket}: {comment}"), complaint_ref(complaint))


# --- complaint.details -------------------------------------------------------------------------

DETAILS = (("citizen", "Vecino/a", "sin nombre"), ("phone", "Teléfono", "sin teléfono"),
           ("email", "Correo", "sin correo"), ("address", "Dirección", "sin dirección"))
"""The resident's details a complaint keeps: its slot and column, how a preview names it, and how it reads unset."""


def _details(complaint: Complaint, slots: dict[str, Any]) -> dict[str, str] | Reply:
    """The details said that differ from the stored ones (a phone normalised), or why one cannot be used."""
    changed = {}
    for slot, _, _ in DETAILS:
        value = text_slot(slots, slot)
        if slot == "phone" and value:
            value = normalize_phone(value) or Reply(f"El teléfono «{value}» no parece válido "
                                                    "(ejemplo: +56 9 8765 4321). No cambié nada.")
            if isinstance(value, Reply):
                return value
        if slot == "email" and value and not valid_email(value):
            return Reply(f"El correo «{value}» no parece válido (ejemplo: vecina@gmail.com). No cambié nada.")
        if slot == "citizen" and value and set(fold(value).split()) <= set(fold(complaint.citizen).split()):
            continue  # «el correo de doña Rosa es …»: Rosa Muñoz named by part of her name, given a detail
        if slot == "citizen" and value:
            value = _respelled(complaint.citizen, value)
        if slot == "address" and value and value.isdigit():
            value = _renumbered(complaint.address, value)
        if value and value != getattr(complaint, slot):
            changed[slot] = value
    described = _with_address(complaint.description, complaint.address, changed["address"]) \
        if "address" in changed else None
    return {**changed, "description": described} if described else changed


def _respelled(stored: str | None, said: str) -> str:
    """The stored name with the one word the new one respells («Quintriqueo» for «José Quintrequeo» → «José
    Quintriqueo»): a surname corrected alone keeps the given name. Any other name replaces the stored one whole."""
    words = (stored or "").split()
    if " " in said.strip() or len(words) < 2:
        return said
    likeness = [SequenceMatcher(None, fold(word), fold(said)).ratio() for word in words]
    best = max(range(len(words)), key=likeness.__getitem__)
    return " ".join([*words[:best], said, *words[best + 1:]]) if likeness[best] >= RESPELLED else said


def _renumbered(stored: str | None, number: str) -> str | None:
    """The stored address with its house number replaced («avenida Los Carrera 1230» + «1232»); None, and so no
    change, when the stored address has no number to replace."""
    found = list(HOUSE_NUMBER.finditer(stored or ""))
    if not stored or not found:
        return None
    last = found[-1]
    return f"{stored[:last.start()]}{number}{stored[last.end():]}"


def _with_address(description: str, old: str | None, new: str) -> str | None:
    """The description telling the new address where it told the old one («hoyo en la calle Los Aromos 123»): once
    the address changes, the description must not go on giving the old one as where the problem is. None when it
    does not tell it."""
    at = fold_letters(description).find(fold_letters(old)) if old else -1
    return f"{description[:at]}{new}{description[at + len(old or ''):]}" if at >= 0 else None


def details(ctx: Context, slots: dict[str, Any]) -> Reply:
    """«su número es el 9 6543 2109», «la dirección es Los Aromos 45» about the complaint just stored: each detail
    with what it was."""
    complaint = target_complaint(ctx, "complaint.details", slots)
    if isinstance(complaint, Reply):
        return complaint
    changed = _details(complaint, slots)
    ref = complaint_ref(complaint)
    if isinstance(changed, Reply):
        return about(changed, ref)
    if not changed:
        return about(Reply(f"El reclamo {complaint.ticket} ya tiene esos datos."), ref)
    lines = [f"Reclamo {complaint.ticket}: {complaint.description}"]
    lines += [f"   {label}: {changed[slot]} (antes: {getattr(complaint, slot) or unset})"
              for slot, label, unset in DETAILS if slot in changed]
    lines += [f"   Descripción: {changed['description']}"] if "description" in changed else []
    return about(propose("complaint.details", {**slots, "ticket": complaint.ticket}, "\n".join(lines),
                         "¿Lo cambio?"), ref)


def commit_details(ctx: Context, slots: dict[str, Any]) -> Reply:
    complaint = target_complaint(ctx, "complaint.details", slots)
    changed = _details(complaint, slots) if not isinstance(complaint, Reply) else None
    if isinstance(complaint, Reply) or not isinstance(changed, dict) or not changed:
        return Reply("No cambié nada: falta saber qué reclamo o qué dato.")
    before = snapshot(complaint)
    for slot, value in changed.items():
        setattr(complaint, slot, value)
    ctx.store(complaint, AuditAction.UPDATE, before)
    said = ", ".join(f"{label.lower()} {changed[slot]}" for slot, label, _ in DETAILS if slot in changed)
    return about(done(f"Reclamo {complaint.ticket} actualizado: {said}."), complaint_ref(complaint))


# --- complaint.search --------------------------------------------------------------------------

def _words(text: str | None, filler: frozenset[str]) -> str | None:
    kept = [word for word in fold(text).split() if word not in filler]
    return " ".join(kept) or None


def search(ctx: Context, slots: dict[str, Any]) -> Reply:
    citizen = _words(text_slot(slots, "citizen"), CITIZEN_FILLER)
    address = _words(text_slot(slots, "address"), ADDRESS_FILLER)
    if not citizen and not address:
        return ask("complaint.search", slots, "citizen", "¿De qué vecino o de qué calle busco reclamos?")
    found, total = complaints_about(ctx.session, citizen, address, LIST_LIMIT)
    if not total and bool(citizen) != bool(address):  # «reclamos de Vicuña Mackenna»: a name may be a street's
        found, total = complaints_about(ctx.session, address, citizen, LIST_LIMIT)
    said = " · ".join(filter(None, (text_slot(slots, "citizen"), text_slot(slots, "address"))))
    if not total:
        return about(Reply(f"No hay reclamos de «{said}»."), listed=())
    if total == 1:  # «estado del reclamo de la sra Huenchumilla»: the one complaint whole, phone and history
        return about(detail(ctx, found[0]), complaint_ref(found[0]), listed=[complaint_ref(found[0])])
    shown = f" (los {len(found)} más recientes)" if total > len(found) else ""
    lines = [f"Reclamos de «{said}»: {total}{shown}"]
    lines += [list_line(ctx, complaint) + (f"\n   {complaint.address}" if complaint.address else "")
              for complaint in found]
    return about(Reply("\n".join(lines)), listed=[complaint_ref(c) for c in found])


HANDLERS = {"complaint.move": move, "complaint.note": note, "complaint.details": details,
            "complaint.search": search}
COMMITS = {"complaint.move": commit_move, "complaint.note": commit_note, "complaint.details": commit_details}
CAPABILITY = Capability(
    "complaint_changes", HANDLERS, COMMITS,
    help=(
        HelpLine("Derivar, anotar y buscar reclamos",
                 "el reclamo 12 es de obras, no de aseo / agrega al reclamo 7: vecina llamó de nuevo / "
                 "reclamos de la señora Pizarro"),
    ),
    acts_on={"complaint.move": "complaint", "complaint.note": "complaint", "complaint.details": "complaint"},
    follow_ups={"complaint.search": FollowUp(name=("citizen", "address"), broader="complaint.query")},
)
