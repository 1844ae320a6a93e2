"""Exporting the stored data and importing that very file changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session

from settings import Settings
from storage.database import transaction
from storage.models import Contact, Efemeride
from storage.queries.contacts import refresh_search_text
from storage.xlsx.export import export_workbook
from storage.xlsx.import_contacts import plan_contacts
from storage.xlsx.import_efemerides import plan_efemerides

NOW = datetime(2026, 11, 22, 13, 0, tzinfo=UTC)


def test_contacts_and_efemerides_round_trip_without_changes(engine):
    with transaction(engine) as session:
        ana = Contact(name="Ana Núñez", treatment="Sra.", role="Seremi", institution="Seremi de Salud",
                      level="regional", precedence=3, phone="+56912345678", email="ana@salud.cl",
                      assistant_name="Luis", assistant_phone="+56223456789", address="Calle 1",
                      birthday=date(1970, 2, 14), notes="=no es fórmula", updated_at=NOW)
        session.add_all([refresh_search_text(ana), refresh_search_text(Contact(name="Pedro Díaz", updated_at=NOW))])
        session.flush()
        session.add_all([Efemeride(title="Cumpleaños", month=2, day_of_month=14, contact_id=ana.id,
                                   greeting="Saludos", created_at=NOW),
                         Efemeride(title="Inauguración", month=12, day_of_month=5, on_date=date(2026, 12, 5),
                                   created_at=NOW)])
    with Session(engine) as session:
        contacts = export_workbook(session, Settings(), "contactos", now=NOW).content
        efemerides = export_workbook(session, Settings(), "efemerides", now=NOW).content
        contact_plan = plan_contacts(session, contacts)
        efemeride_plan = plan_efemerides(session, efemerides)
    assert (len(contact_plan.added), len(contact_plan.updated), contact_plan.unchanged) == (0, 0, 2)
    assert (len(efemeride_plan.added), len(efemeride_plan.updated), efemeride_plan.unchanged) == (0, 0, 2)
    assert not contact_plan.rejected and not efemeride_plan.rejected
