"""The importable kinds, by the Spanish name the CLI and the chat use: how to plan and how to store each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from settings.model import ImportSettings
from storage.xlsx.import_contacts import apply_contacts, plan_contacts
from storage.xlsx.import_efemerides import apply_efemerides, plan_efemerides
from storage.xlsx.plan import ImportPlan


@dataclass(frozen=True)
class Importer:
    plan: Callable[[Session, bytes, ImportSettings], ImportPlan]
    """(session, file, limits): the limits apply when the file was not read ahead (`reading.RECENT`)."""
    apply: Callable[[Session, ImportPlan, int | None, datetime], None]


IMPORTERS = {
    "contactos": Importer(plan_contacts, apply_contacts),
    "efemerides": Importer(plan_efemerides, apply_efemerides),
}
