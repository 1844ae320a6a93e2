"""Reading the protocol list (.xlsx) into contacts: match the people already stored, update, add.

A row is the same contact as a stored one by the rule of `storage.queries.contacts.find_existing`
(the chat's: same email, else same phone, else same folded name at the same institution or where
either has none), applied here to all stored contacts loaded once, since 5,000 rows of three
queries each took seconds. Then only the fields that differ are updated, and a blank cell never
erases what is stored. So importing a file exported from here changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import product
from typing import Any

from sqlmodel import Session, col, select

from settings.model import ImportSettings
from storage.folding import fold
from storage.models import Contact
from storage.queries.contacts import contact_search_text, normalize_phone
from storage.xlsx import cells
from storage.xlsx.headers import Field
from storage.xlsx.plan import ImportPlan, Rejected, Repeated, apply_changes, where
from storage.xlsx.reading import SheetRow, read_tables

_PHONE_WORDS = ("telefono", "fono", "celular", "cel", "movil", "tel", "tlf", "whatsapp")
_ASSISTANT_WORDS = ("asistente", "secretaria", "secretario", "secretaria o", "asistente secretaria")
FIELDS = (
    Field("name", ("nombre", "nombres", "nombre completo", "nombre apellido", "nombre apellidos",
                   "nombres apellidos", "autoridad", "nombre autoridad")),
    Field("surname", ("apellido", "apellidos", "apellido paterno", "apellido materno")),
    Field("treatment", ("tratamiento", "trato", "titulo tratamiento")),
    Field("role", ("cargo", "puesto", "funcion", "rol")),
    Field("institution", ("institucion", "organismo", "entidad", "organizacion", "reparticion", "servicio",
                          "empresa")),
    Field("phone", (*_PHONE_WORDS, "telefono fijo", "telefono celular", "numero telefono")),
    Field("email", ("correo", "email", "e mail", "mail", "correo electronico")),
    Field("level", ("nivel", "ambito")),
    Field("assistant_name", (*_ASSISTANT_WORDS, *(f"nombre {word}" for word in _ASSISTANT_WORDS))),
    Field("assistant_phone", tuple(f"{a} {b}" for p, s in product(_PHONE_WORDS, _ASSISTANT_WORDS)
                                   for a, b in ((p, s), (s, p)))),
    Field("address", ("direccion", "domicilio", "direccion oficina")),
    Field("notes", ("observaciones", "observacion", "notas", "nota", "comentarios", "obs")),
    Field("birthday", ("cumpleanos", "fecha nacimiento", "nacimiento", "cumpleano")),
    Field("precedence", ("precedencia", "orden", "orden precedencia", "prioridad")),
)
LABELS = {"name": "nombre", "treatment": "tratamiento", "role": "cargo", "institution": "institución",
          "phone": "teléfono", "email": "correo", "level": "nivel", "assistant_name": "asistente",
          "assistant_phone": "teléfono asistente", "address": "dirección", "notes": "observaciones",
          "birthday": "cumpleaños", "precedence": "precedencia"}
READERS: dict[str, Callable[[Any], Any]] = {
    "treatment": cells.text, "role": cells.text, "institution": cells.text, "phone": cells.phone,
    "email": cells.email, "level": cells.level, "assistant_name": cells.text, "assistant_phone": cells.phone,
    "address": cells.text, "notes": cells.text,
    "birthday": lambda value: cells.full_date(value, "el cumpleaños"),
    "precedence": lambda value: cells.integer(value, "la precedencia"),
}


def plan_contacts(session: Session, content: bytes, limits: ImportSettings | None = None) -> ImportPlan:
    """What importing `content` would do to the stored contacts; nothing is written."""
    data = read_tables(content, FIELDS, ("name",), "contactos", limits)
    plan = ImportPlan("contactos", ignored_columns=data.ignored_columns)
    stored = StoredContacts(session)
    seen: dict[tuple, tuple[str, dict[str, Any]]] = {}
    for row in data.rows:
        place = where(row, len(data.sheets) > 1)
        values, problems = parse_row(row)
        if problems:
            plan.rejected.append(Rejected(place, "; ".join(problems)))
            continue
        existing = stored.find(values)
        keys = [*contact_keys(values), *((("id", existing.id),) if existing else ())]
        earlier = next((seen[key] for key in keys if key in seen), None)
        if earlier is not None:
            if earlier[1] == values:
                plan.repeated.append(Repeated(place, earlier[0]))
            else:
                plan.rejected.append(Rejected(place, f"es el mismo contacto de la {earlier[0]}, con otros datos"))
            continue
        seen.update((key, (place, values)) for key in keys)
        _plan_row(plan, place, values, existing)
    return plan


def parse_row(row: SheetRow) -> tuple[dict[str, Any], list[str]]:
    """The row's contact fields (blank ones left out), and the reasons it cannot be imported."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    name = " ".join(filter(None, (cells.text(row.get("name")),
                                  *(cells.text(value) for value in row.cells.get("surname", ())))))
    if name:
        values["name"] = name
    else:
        problems.append("falta el nombre")
    for field, read in READERS.items():
        try:
            value = read(row.get(field))
        except cells.CellError as error:
            problems.append(str(error))
            continue
        if value is not None:
            values[field] = value
    return values, problems


def contact_keys(values: dict[str, Any]) -> list[tuple]:
    """The keys by which two rows of one file are the same person: email, phone, or folded name and institution."""
    keys: list[tuple] = []
    if values.get("email"):
        keys.append(("email", values["email"]))
    if values.get("phone"):
        keys.append(("phone", values["phone"]))
    keys.append(("name", fold(values.get("name")), fold(values.get("institution"))))
    return keys


def apply_contacts(session: Session, plan: ImportPlan, actor_id: int | None, now: datetime) -> None:
    apply_changes(session, plan, Contact, _finish, actor_id, now)


def _finish(values: dict[str, Any], now: datetime) -> None:
    values["search_text"] = contact_search_text(values)
    values["updated_at"] = now


def _plan_row(plan: ImportPlan, place: str, values: dict[str, Any], existing: Contact | None) -> None:
    label = values["name"] + (f" ({values['institution']})" if values.get("institution") else "")
    plan.classify(place, label, values, existing, LABELS)


class StoredContacts:
    """The live contacts indexed by email, phone and folded name, lowest id first, as `find_existing` matches."""

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, Contact] = {}
        self.by_phone: dict[str, Contact] = {}
        self.by_name: dict[str, list[Contact]] = {}
        query = select(Contact).where(col(Contact.deleted_at).is_(None)).order_by(col(Contact.id))
        for contact in session.exec(query):
            if contact.email and contact.email.strip():
                self.by_email.setdefault(contact.email.strip().lower(), contact)
            if contact.phone:
                self.by_phone.setdefault(contact.phone, contact)
            self.by_name.setdefault(fold(contact.name), []).append(contact)

    def find(self, values: dict[str, Any]) -> Contact | None:
        email, phone = values.get("email"), normalize_phone(values.get("phone"))
        if email and email in self.by_email:
            return self.by_email[email]
        if phone and phone in self.by_phone:
            return self.by_phone[phone]
        wanted = fold(values.get("institution"))
        for contact in self.by_name.get(fold(values.get("name")), []):
            theirs = fold(contact.institution)
            if not wanted or not theirs or wanted == theirs:
                return contact
        return None
