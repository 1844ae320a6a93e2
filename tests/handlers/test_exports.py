"""Reports as chat attachments, and spreadsheets sent to the chat imported only after a yes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

from openpyxl import load_workbook
from sqlmodel import select

from handlers.exports import COMMITS, HANDLERS
from handlers.registry import Registry
from handlers.reply import PendingKind
from settings import Role
from storage.models import AuditEntry, Complaint, Contact
from tests.storage.xlsx_files import xlsx_bytes


def contacts_file(*rows: list) -> bytes:
    return xlsx_bytes(["Listado de autoridades"], ["Nombre", "Institución", "Celular", "Correo"], *rows)


def test_export_request_attaches_the_workbook_for_the_period(ctx):
    ctx.session.add(Complaint(ticket="R-2026-0001", description="Basura", department="aseo",
                              created_at=ctx.now - timedelta(days=3)))
    ctx.session.commit()
    reply = HANDLERS["export.request"](ctx, {"what": "reclamo", "date_from": date(2026, 11, 1),
                                             "date_to": date(2026, 11, 30)})
    attachment = reply.attachments[0]
    assert attachment.filename == "reclamos-2026-11-23.xlsx"
    assert "1 fila" in reply.text and "1 de noviembre" in reply.text
    sheet = load_workbook(io.BytesIO(attachment.content))["Reclamos"]
    assert sheet["A2"].value == "R-2026-0001"


def test_export_request_without_what_asks_and_refuses_an_unknown_kind(ctx):
    assert HANDLERS["export.request"](ctx, {}).pending.slot == "what"
    reply = HANDLERS["export.request"](ctx, {"what": "bicicletas"})
    assert "No sé exportar" in reply.text and not reply.attachments


def test_export_request_with_reversed_period_is_refused(ctx):
    reply = HANDLERS["export.request"](ctx, {"what": "agenda", "date_from": date(2026, 12, 1),
                                             "date_to": date(2026, 11, 1)})
    assert "posterior" in reply.text and not reply.attachments


def test_import_file_previews_then_stores_good_rows_with_audit_after_yes(ctx):
    slots = {"filename": "autoridades.xlsx", "caption": "importar contactos",
             "content": contacts_file(["Ana Ruiz", "Gore", 912345678, "ana@gore.cl"],
                                      ["Luis Soto", "Gore", None, "luis@"])}
    preview = HANDLERS["import.file"](ctx, slots)
    assert preview.pending.kind == PendingKind.CONFIRM
    assert "fila 4: correo no válido" in preview.text and "fila 3: Ana Ruiz (Gore)" in preview.text
    assert ctx.session.exec(select(Contact)).all() == []
    reply = COMMITS["import.file"](ctx, preview.pending.slots)
    ctx.session.commit()
    assert reply.stored and "1 nuevo" in reply.text
    contact = ctx.session.exec(select(Contact)).one()
    assert (contact.name, contact.phone) == ("Ana Ruiz", "+56912345678")
    assert ctx.session.exec(select(AuditEntry)).one().actor_id == ctx.actor.telegram_id


def test_import_file_refuses_other_formats_and_unreadable_files(ctx):
    assert ".xlsx" in HANDLERS["import.file"](ctx, {"filename": "lista.csv", "content": b"a,b"}).text
    reply = HANDLERS["import.file"](ctx, {"filename": "lista.xlsx", "content": b"not a zip",
                                          "caption": "contactos"})
    assert "no se pudo leer" in reply.text and reply.pending is None


def test_import_file_without_a_caption_asks_what_it_holds(ctx):
    reply = HANDLERS["import.file"](ctx, {"filename": "lista.xlsx", "content": contacts_file()})
    assert reply.pending.slot == "caption"


def test_import_file_with_nothing_importable_proposes_nothing(ctx):
    reply = HANDLERS["import.file"](ctx, {"filename": "lista.xlsx", "content": contacts_file(),
                                          "caption": "importar contactos"})
    assert "No hay nada que importar" in reply.text and reply.pending is None


def test_only_writers_may_import(ctx):
    viewer = replace(ctx, actor=replace(ctx.actor, role=Role.VIEWER))
    reply = Registry().handle(viewer, "import.file", {"filename": "a.xlsx", "content": contacts_file()})
    assert "no registrar" in reply.text
