"""Reading a list of dates to remember (.xlsx) into efemérides, without duplicating the stored ones.

A date is yearly unless an "Anual" column says no: Excel turns a typed "14-02" into a date of the
current year, so the year of a date cell says nothing by itself. A row is the same efeméride as a
stored one when its date and folded title are the same.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from settings.model import ImportSettings
from storage.folding import fold
from storage.models import Contact, Efemeride
from storage.xlsx import cells
from storage.xlsx.headers import Field
from storage.xlsx.plan import ImportPlan, Rejected, Repeated, apply_changes, where
from storage.xlsx.reading import SheetRow, read_tables

FIELDS = (
    Field("date", ("fecha", "dia", "dia mes", "fecha efemeride")),
    Field("title", ("titulo", "motivo", "efemeride", "descripcion", "nombre", "celebracion", "conmemoracion",
                    "evento", "motivo saludo")),
    Field("contact", ("contacto", "autoridad", "persona", "destinatario", "nombre contacto")),
    Field("greeting", ("saludo", "mensaje", "texto saludo", "saludo sugerido")),
    Field("yearly", ("anual", "repite", "se repite", "recurrente", "cada ano", "todos anos")),
)
LABELS = {"title": "título", "month": "fecha", "day_of_month": "fecha", "on_date": "fecha",
          "contact_id": "contacto", "greeting": "saludo"}

Key = tuple[int, int, date | None, str]


def plan_efemerides(session: Session, content: bytes, limits: ImportSettings | None = None) -> ImportPlan:
    """What importing `content` would do to the stored efemérides; nothing is written."""
    data = read_tables(content, FIELDS, ("date", "title"), "efemérides", limits)
    plan = ImportPlan("efemérides", ignored_columns=data.ignored_columns)
    stored = {_key(e.month, e.day_of_month, e.on_date, e.title): e
              for e in session.exec(select(Efemeride).where(col(Efemeride.deleted_at).is_(None)))}
    contacts = _contacts_by_name(session)
    seen: dict[Key, tuple[str, dict[str, Any]]] = {}
    for row in data.rows:
        place = where(row, len(data.sheets) > 1)
        values, problems = parse_row(row, contacts)
        if problems:
            plan.rejected.append(Rejected(place, "; ".join(problems)))
            continue
        key = _key(values["month"], values["day_of_month"], values["on_date"], values["title"])
        if key in seen:
            first, earlier = seen[key]
            if earlier == values:
                plan.repeated.append(Repeated(place, first))
            else:
                plan.rejected.append(Rejected(place, f"es la misma efeméride de la {first}, con otros datos"))
            continue
        seen[key] = (place, values)
        _plan_row(plan, place, values, stored.get(key))
    return plan


def parse_row(row: SheetRow, contacts: dict[str, list[int]]) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    values: dict[str, Any] = {"title": cells.text(row.get("title")), "greeting": cells.text(row.get("greeting")),
                              "contact_id": None, "on_date": None}
    if not values["title"]:
        problems.append("falta el título")
    try:
        month, day, year = cells.day_month(row.get("date"), "la fecha")
        yearly = cells.flag(row.get("yearly"), "Anual")
        values.update(month=month, day_of_month=day)
        if yearly is False:
            if year is None:
                raise cells.CellError("falta el año de una efeméride que no es anual")
            values["on_date"] = date(year, month, day)
    except cells.CellError as error:
        problems.append(str(error))
    name = cells.text(row.get("contact"))
    if name:
        found = contacts.get(fold(name), [])
        if len(found) == 1:
            values["contact_id"] = found[0]
        else:
            problems.append(f"{'hay varios contactos llamados' if found else 'no hay un contacto llamado'} «{name}»")
    return values, problems


def apply_efemerides(session: Session, plan: ImportPlan, actor_id: int | None, now: datetime) -> None:
    apply_changes(session, plan, Efemeride, _finish, actor_id, now)


def _finish(values: dict[str, Any], now: datetime) -> None:
    if values["created_at"] is None:
        values["created_at"] = now


def _key(month: int, day: int, on_date: date | None, title: str) -> Key:
    return month, day, on_date, fold(title)


def _contacts_by_name(session: Session) -> dict[str, list[int]]:
    names: defaultdict[str, list[int]] = defaultdict(list)
    for contact_id, name in session.exec(select(Contact.id, Contact.name).where(col(Contact.deleted_at).is_(None))):
        names[fold(name)].append(contact_id)
    return names


def _plan_row(plan: ImportPlan, place: str, values: dict[str, Any], existing: Efemeride | None) -> None:
    label = f"{values['day_of_month']:02d}-{values['month']:02d} {values['title']}"
    plan.classify(place, label, values, existing, LABELS)
