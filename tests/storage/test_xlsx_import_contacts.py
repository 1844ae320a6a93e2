"""Importing a messy, hand-kept protocol list: headers found, values normalised, people matched, all or nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from openpyxl import Workbook
from sqlmodel import Session, select

from storage.audit import snapshot
from storage.database import transaction
from storage.models import AuditEntry, Contact
from storage.queries.contacts import find_existing, refresh_search_text
from storage.xlsx.import_contacts import StoredContacts, apply_contacts, plan_contacts
from storage.xlsx.plan import report_text
from tests.storage.xlsx_files import saved, xlsx_bytes

NOW = datetime(2026, 11, 22, 13, 0, tzinfo=UTC)


def messy_workbook() -> bytes:
    """A title, a blank row, a two-row header with a merged group, shuffled columns, numbers as phones."""
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "DIRECTORIO DE AUTORIDADES 2025"
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(["Institución", "Cargo", "Nombre completo", "Fono", "E-mail", "Asistente", None, "Nivel",
                  "Cumpleaños"])
    sheet.merge_cells("F3:G3")
    sheet.append([None, None, None, None, None, "Nombre", "Teléfono", None, None])
    sheet.append(["Seremi de Salud", "Seremi", "Maria Soto", 56987654321.0, "MSoto@Salud.cl", "Ana Ruiz",
                  912345678, "Regional", datetime(1970, 2, 14)])
    sheet.append([])
    sheet.append(["Gobierno Regional", "Gobernador", "Juan Pérez", 987654320, "juan@", None, None, "regional", None])
    sheet.append(["Municipalidad", "Concejal", "Pedro Díaz", "(2) 2345 6789", "pdiaz@muni.cl", None, None,
                  "Comunal", "03-05-1980"])
    sheet.append(["Municipalidad", "Concejal", "Pedro Díaz", "(2) 2345 6789", "pdiaz@muni.cl", None, None,
                  "Comunal", "03-05-1980"])
    return saved(workbook)


def store_existing(engine) -> int:
    with transaction(engine) as session:
        contact = refresh_search_text(Contact(name="María Soto", institution="Seremi de Salud",
                                              email="msoto@salud.cl", updated_at=NOW))
        session.add(contact)
        session.flush()
        return contact.id


def test_report_lists_added_updated_repeated_and_rejected_rows_by_row_number(engine):
    store_existing(engine)
    with Session(engine) as session:
        plan = plan_contacts(session, messy_workbook())
    assert [change.where for change in plan.added] == ["fila 8"]
    assert [change.where for change in plan.updated] == ["fila 5"]
    assert [(repeated.where, repeated.first) for repeated in plan.repeated] == [("fila 9", "fila 8")]
    assert [(rejected.where, rejected.reason) for rejected in plan.rejected] == [
        ("fila 7", "correo no válido: «juan@»")]
    report = report_text(plan)
    assert "fila 7: correo no válido" in report
    assert "1 nuevos" in report and "1 actualizados" in report


def test_import_updates_the_existing_contact_with_normalised_values_and_keeps_its_accents(engine):
    existing_id = store_existing(engine)
    with transaction(engine) as session:
        apply_contacts(session, plan_contacts(session, messy_workbook()), 42, NOW)
    with Session(engine) as session:
        contacts = {contact.name: contact for contact in session.exec(select(Contact)).all()}
        audit = session.exec(select(AuditEntry)).all()
    assert set(contacts) == {"María Soto", "Pedro Díaz"}
    soto = contacts["María Soto"]
    assert soto.id == existing_id
    assert (soto.phone, soto.email, soto.level, soto.role) == ("+56987654321", "msoto@salud.cl", "regional", "Seremi")
    assert (soto.assistant_name, soto.assistant_phone) == ("Ana Ruiz", "+56912345678")
    assert soto.birthday == date(1970, 2, 14)
    assert "seremi" in soto.search_text
    diaz = contacts["Pedro Díaz"]
    assert (diaz.phone, diaz.level, diaz.birthday) == ("+56223456789", "comunal", date(1980, 5, 3))
    assert sorted((entry.action, entry.actor_id) for entry in audit) == [("create", 42), ("update", 42)]


def test_blank_cells_never_erase_stored_values(engine):
    store_existing(engine)
    content = xlsx_bytes(["Nombre", "Institución", "Correo", "Cargo"],
                         ["María Soto", "Seremi de Salud", None, "Seremi"])
    with transaction(engine) as session:
        apply_contacts(session, plan_contacts(session, content), None, NOW)
    with Session(engine) as session:
        contact = session.exec(select(Contact)).one()
    assert (contact.email, contact.role) == ("msoto@salud.cl", "Seremi")


def test_same_person_twice_with_different_data_is_rejected(sqlite_engine):
    content = xlsx_bytes(["Nombre", "Correo", "Cargo"],
                         ["Ana Ruiz", "ana@gore.cl", "Jefa"],
                         ["Ana Ruiz", "ana@gore.cl", "Directora"])
    with Session(sqlite_engine) as session:
        plan = plan_contacts(session, content)
    assert [(r.where, r.reason) for r in plan.rejected] == [
        ("fila 3", "es el mismo contacto de la fila 2, con otros datos")]


def test_row_without_name_and_unknown_level_are_rejected_with_both_reasons(sqlite_engine):
    content = xlsx_bytes(["Nombre", "Nivel", "Teléfono"],
                         [None, "galáctico", "12"])
    with Session(sqlite_engine) as session:
        plan = plan_contacts(session, content)
    reason = plan.rejected[0].reason
    assert "falta el nombre" in reason and "nivel desconocido" in reason and "teléfono no válido" in reason


def test_bulk_matching_agrees_with_the_chat_rule_find_existing(engine):
    with transaction(engine) as session:
        session.add_all([refresh_search_text(Contact(updated_at=NOW, **fields)) for fields in (
            {"name": "Ana Ruiz", "institution": "Gore", "email": "ana@gore.cl"},
            {"name": "Ana Ruiz", "institution": "Seremi", "phone": "+56912345678"},
            {"name": "Luis Soto"},
        )])
    probes = [
        {"name": "X", "email": "ana@gore.cl"}, {"name": "X", "phone": "+56912345678"},
        {"name": "ana ruiz", "institution": "SEREMI"}, {"name": "Ana Ruiz", "institution": "Otra"},
        {"name": "Luis Soto", "institution": "Gore"}, {"name": "Nadie"},
    ]
    with Session(engine) as session:
        stored = StoredContacts(session)
        for probe in probes:
            expected = find_existing(session, probe["name"], probe.get("institution"), probe.get("phone"),
                                     probe.get("email"))
            found = stored.find(probe)
            assert (found.id if found else None) == (expected.id if expected else None), probe


def test_each_stored_change_has_an_audit_row_with_that_record_before_and_after(engine):
    store_existing(engine)
    workbook = Workbook()
    workbook.active.append(["Nombre", "Institución", "Correo", "Cargo", "Cumpleaños"])
    workbook.active.append(["María Soto", "Seremi de Salud", "msoto@salud.cl", "Seremi", None])
    names = [f"Persona {number}" for number in range(40)]
    for number, name in enumerate(names):
        workbook.active.append([name, f"Institución {number % 3}", f"p{number}@muni.cl", None,
                                f"0{number % 9 + 1}-01-1970"])
    content = saved(workbook)
    with transaction(engine) as session:
        apply_contacts(session, plan_contacts(session, content), 42, NOW)
    with Session(engine) as session:
        contacts = {contact.id: contact for contact in session.exec(select(Contact))}
        audit = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [contact.name for _, contact in sorted(contacts.items())] == ["María Soto", *names]
    assert [(entry.action, entry.actor_id) for entry in audit] == [("create", 42)] * 40 + [("update", 42)]
    for entry in audit:
        assert entry.after == snapshot(contacts[int(entry.entity_id)])
    assert audit[-1].before["role"] is None and audit[-1].after["role"] == "Seremi"
    assert audit[0].before is None
