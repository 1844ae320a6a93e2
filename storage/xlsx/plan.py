"""What an import will do, shown before anything is written, and the one way it is written.

An import reads the whole file first into an `ImportPlan`: records to add, records to update
(only the fields that differ), rows that change nothing, rows repeated in the file, and rows
rejected with their reason. The user sees that report; `apply_changes` then stores the plan in
the caller's transaction, with an audit row per record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from storage.audit import AuditAction, json_safe, record_changes, snapshot
from storage.folding import fold
from storage.xlsx.reading import SheetRow


@dataclass(frozen=True)
class Rejected:
    where: str
    reason: str


@dataclass(frozen=True)
class Change:
    """A record to add (`record_id` None, all values) or to update (only the values that change)."""

    where: str
    label: str
    values: dict[str, Any]
    record_id: int | None = None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Repeated:
    where: str
    first: str


@dataclass
class ImportPlan:
    what: str
    added: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: int = 0
    repeated: list[Repeated] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    ignored_columns: tuple[str, ...] = ()

    @property
    def writes(self) -> int:
        return len(self.added) + len(self.updated)

    def classify(self, place: str, label: str, values: dict[str, Any], existing: SQLModel | None,
                 column_names: dict[str, str]) -> None:
        """Added, updated with the columns that change, or unchanged: the rule every import shares."""
        if existing is None:
            self.added.append(Change(place, label, values))
            return
        changes = differences(existing, values)
        if not changes:
            self.unchanged += 1
            return
        changed = tuple(dict.fromkeys(column_names[name] for name in changes))
        self.updated.append(Change(place, label, changes, existing.id, changed))


def where(row: SheetRow, several_sheets: bool) -> str:
    """How the report points at a row: "fila 7", or "hoja Regional, fila 7" when the file has several tables."""
    return f"hoja {row.sheet}, fila {row.number}" if several_sheets else f"fila {row.number}"


def differences(record: SQLModel, values: dict[str, Any]) -> dict[str, Any]:
    """The file's values that would change the stored record.

    A blank cell never erases, and text that differs only in case or accents ("Maria" for the
    stored "María") keeps what is stored: spreadsheets often lose accents, the office types them.
    """
    changes = {}
    for name, value in values.items():
        current = getattr(record, name)
        if value is None or value == current:
            continue
        if isinstance(value, str) and isinstance(current, str) and fold(value) == fold(current):
            continue
        changes[name] = value
    return changes


Finish = Callable[[dict[str, Any], datetime], None]
"""Sets a record's derived columns in place (a contact's search text and time of change) from its other values."""
ID_BATCH = 500
"""Ids per `IN (...)` when the updated records are read: far below any database's parameter limit."""


def apply_changes(session: Session, plan: ImportPlan, model: type[SQLModel], finish: Finish, actor_id: int | None,
                  now: datetime) -> None:
    """Store the plan's additions and updates in the caller's transaction, each with its audit row.

    Rows go in as a few multi-row statements, not a statement (and an ORM object, and a flush)
    per record: 5,000 new contacts took ~10,000 round trips and two seconds that way.
    """
    record_changes(session, actor_id, AuditAction.CREATE, model, _insert(session, model, plan.added, finish, now),
                   now)
    record_changes(session, actor_id, AuditAction.UPDATE, model, _update(session, model, plan.updated, finish, now),
                   now)


def _insert(session: Session, model: type[SQLModel], added: list[Change], finish: Finish,
            now: datetime) -> list[tuple[None, dict[str, Any]]]:
    """Insert the new records, in file order, and give back their audit snapshots (ids included)."""
    if not added:
        return []
    defaults = {name: None if field.is_required() else field.get_default(call_default_factory=True)
                for name, field in model.model_fields.items() if name != "id"}
    rows = []
    for change in added:
        values = {**defaults, **change.values}
        finish(values, now)
        rows.append(values)
    table = model.__table__  # type: ignore[attr-defined]
    inserted = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    ids = session.execute(inserted, rows).scalars().all()
    return [(None, json_safe({"id": record_id, **row})) for row, record_id in zip(rows, ids, strict=True)]


def _update(session: Session, model: type[SQLModel], updated: list[Change], finish: Finish,
            now: datetime) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Change only what differs on each stored record; their (before, after) audit snapshots."""
    records = _records(session, model, [change.record_id for change in updated])
    befores = []
    for change in updated:
        record = records.get(change.record_id)
        if record is None:
            raise LookupError(f"{model.__name__} {change.record_id} disappeared during the import")
        current = record.model_dump()
        values = {**current, **change.values}
        finish(values, now)
        for name, value in values.items():
            if value != current[name]:
                setattr(record, name, value)
        befores.append(json_safe(current))
    session.flush()
    return [(before, snapshot(records[change.record_id])) for before, change in zip(befores, updated, strict=True)]


def _records(session: Session, model: type[SQLModel], ids: list[int | None]) -> dict[int, Any]:
    found = {}
    for start in range(0, len(ids), ID_BATCH):
        query = select(model).where(col(model.id).in_(ids[start:start + ID_BATCH]))  # type: ignore[attr-defined]
        found.update((record.id, record) for record in session.exec(query))
    return found


def report_text(plan: ImportPlan, limit: int | None = None) -> str:
    """The plan in Spanish: the counts, then each section's rows (`limit` lines each, for a chat)."""
    lines = [f"Importación de {plan.what}:",
             f"• {len(plan.added)} nuevos",
             f"• {len(plan.updated)} actualizados",
             f"• {plan.unchanged} sin cambios"]
    if plan.repeated:
        lines.append(f"• {len(plan.repeated)} repetidos en el archivo (se omiten)")
    if plan.rejected:
        lines.append(f"• {len(plan.rejected)} con errores (no se importan)")
    _section(lines, "Con errores:", [f"{r.where}: {r.reason}" for r in plan.rejected], limit)
    _section(lines, "Nuevos:", [f"{c.where}: {c.label}" for c in plan.added], limit)
    _section(lines, "Actualizados:", [f"{c.where}: {c.label} ({', '.join(c.changed)})" for c in plan.updated], limit)
    _section(lines, "Repetidos:", [f"{r.where}: igual a la {r.first}" for r in plan.repeated], limit)
    if plan.ignored_columns:
        lines.append("")
        lines.append(f"Columnas que no se usan: {', '.join(plan.ignored_columns)}")
    return "\n".join(lines)


def _section(lines: list[str], title: str, items: list[str], limit: int | None) -> None:
    if not items:
        return
    shown = items if limit is None else items[:limit]
    lines.extend(["", title, *(f"  {item}" for item in shown)])
    if len(items) > len(shown):
        lines.append(f"  … y {len(items) - len(shown)} más")
