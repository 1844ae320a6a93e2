"""Transparency requests from a spreadsheet sent to the bot: previewed, stored after «sí» with their
deadlines, and a second sending of the same export adds nothing."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from storage.legal import TransparencyRequest
from tests.legal.conftest import KEY
from tests.storage.xlsx_files import xlsx_bytes

PORTAL_EXPORT = xlsx_bytes(
    ["Solicitudes de acceso a la información — Portal de Transparencia"],
    [],
    ["Folio", "Fecha ingreso", "Solicitante", "Materia", "Unidad responsable", "Vía"],
    ["MU042T0000801", datetime(2026, 11, 23), "Ignacio Reyes", "presupuesto de la Teletón comunal", "Dideco", "Portal"],
    ["MU042T0000802", "28-11-2026", "Ana Contreras", "licitaciones de alumbrado", "Operaciones", "portal"],
    ["", "30-11-2026", "Luis Araya", "permisos de edificación de calle Prat", "Obras", "oficina de partes"],
    ["MU042T0000803", "31-02-2026", "Sin Fecha", "algo", "Obras", "portal"],
)


def stored(dispatcher: Dispatcher) -> list[TransparencyRequest]:
    with Session(dispatcher.engine) as session:
        query = select(TransparencyRequest).where(col(TransparencyRequest.deleted_at).is_(None))
        return list(session.exec(query.order_by(col(TransparencyRequest.id))))


def send(dispatcher: Dispatcher, staff: Actor, content: bytes):
    return dispatcher.handle_file(KEY, staff, "portal.xlsx", content, "importar solicitudes de transparencia")


def test_an_export_of_the_portal_is_imported_once_with_its_deadlines(dispatcher: Dispatcher, staff: Actor) -> None:
    preview = send(dispatcher, staff, PORTAL_EXPORT)
    assert "3 nuevas" in preview.text and "1 fila con errores" in preview.text and "fila 7" in preview.text
    assert stored(dispatcher) == []
    assert dispatcher.handle_text(KEY, staff, "sí").stored
    requests = {r.requester: r for r in stored(dispatcher)}
    assert set(requests) == {"Ignacio Reyes", "Ana Contreras", "Luis Araya"}
    reyes, contreras, araya = requests["Ignacio Reyes"], requests["Ana Contreras"], requests["Luis Araya"]
    assert (reyes.folio, reyes.department, reyes.due_on) == ("MU042T0000801", "dideco", date(2026, 12, 22))
    assert (contreras.received_on, contreras.counted_from) == (date(2026, 11, 28), date(2026, 11, 30))  # a Saturday
    assert (araya.folio, araya.channel, araya.department) == ("SAI-2026-0001", "presencial", "obras")
    again = send(dispatcher, staff, PORTAL_EXPORT)
    assert "No hay nada que importar" in again.text and "3 ya registradas" in again.text
