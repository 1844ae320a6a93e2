"""Transparency requests from a spreadsheet (the Portal's export or the office's own list), sent with a
caption that says so («importar solicitudes de transparencia»).

Each row is read as a chat registration would be (folio, requester, date received, channel, what is
asked, unit) and gets the same deadline; a folio already registered is left as it is, so sending the
Portal's export again adds only the new requests. The import is previewed, and stored after «sí».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers import complaint_terms
from handlers.context import Context
from handlers.format import plural
from handlers.reply import Reply, done, propose
from handlers.transparency.register import FOLIO, store_request
from storage.folding import fold
from storage.legal import Channel, TransparencyStatus
from storage.queries.legal import request_by_folio, requests_listed
from storage.xlsx import cells
from storage.xlsx.headers import Field
from storage.xlsx.reading import ImportFileError, SheetRow, read_tables

WORDS = ("transparencia", "sai", "acceso", "solicitudes de informacion")
FIELDS = (
    Field("folio", ("folio", "n folio", "numero solicitud", "codigo", "id solicitud")),
    Field("requester", ("solicitante", "nombre solicitante", "requirente", "peticionario", "nombre")),
    Field("received", ("fecha ingreso", "fecha recepcion", "fecha solicitud", "recibida", "ingreso", "fecha")),
    Field("channel", ("canal", "via", "medio", "via ingreso", "canal ingreso")),
    Field("subject", ("materia", "solicitud", "informacion solicitada", "descripcion", "detalle", "pide")),
    Field("department", ("unidad", "unidad responsable", "departamento", "direccion", "area")),
    Field("third_parties", ("terceros", "terceros afectados")),
)
CHANNEL_WORDS = {Channel.PORTAL: ("portal", "web", "plataforma", "electronica"),
                 Channel.IN_PERSON: ("presencial", "oficina", "partes", "ventanilla", "persona"),
                 Channel.EMAIL: ("correo", "mail", "email", "e-mail"), Channel.LETTER: ("carta", "oficio")}
SHOWN = 8
INTENT = "import.file"


@dataclass
class Plan:
    new: list[dict[str, Any]] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def is_for(slots: dict[str, Any]) -> bool:
    """Whether a file's caption says it holds transparency requests."""
    caption = fold(str(slots.get("caption") or ""))
    return any(word in caption for word in WORDS)


def _row(ctx: Context, row: SheetRow) -> tuple[dict[str, Any] | None, str | None]:
    try:
        received = cells.full_date(row.get("received"), "fecha")
    except ValueError as error:
        return None, str(error)
    requester, subject = cells.text(row.get("requester")), cells.text(row.get("subject"))
    folio = (cells.text(row.get("folio")) or "").replace(" ", "").upper() or None
    if not requester or not subject or received is None:
        return None, "faltan el solicitante, la materia o la fecha"
    if folio and not FOLIO.match(folio):
        return None, f"folio no válido «{folio}»"
    if received > ctx.today:
        return None, "la fecha de recepción es futura"
    unit = cells.text(row.get("department"))
    matches = complaint_terms.resolve_departments(ctx.settings, unit) if unit else []
    department = matches[0] if len(matches) == 1 else complaint_terms.route(ctx.settings, subject)
    if department is None:
        return None, f"no sé qué unidad es «{unit}»" if unit else "falta la unidad que responde"
    said = fold(cells.text(row.get("channel")) or "")
    channel = next((key for key, words in CHANNEL_WORDS.items() if any(w in said for w in words)),
                   Channel.PORTAL if folio else Channel.IN_PERSON)
    return {"folio": folio, "requester": requester, "subject": subject, "received_on": received,
            "channel": channel, "department": department.code,
            "third_parties": cells.text(row.get("third_parties"))}, None


def plan(ctx: Context, content: bytes) -> Plan:
    data = read_tables(content, FIELDS, ("requester", "subject"), "solicitudes de transparencia",
                       ctx.settings.imports)
    found = Plan()
    seen: set[str] = set()
    for row in data.rows:
        place = f"hoja {row.sheet}, fila {row.number}" if len(data.sheets) > 1 else f"fila {row.number}"
        values, problem = _row(ctx, row)
        if values is None:
            found.rejected.append((place, problem or "fila no válida"))
        elif _identity(values) in seen or _stored(ctx, values):
            found.known.append(values["folio"] or values["requester"])
        else:
            seen.add(_identity(values))
            found.new.append(values)
    return found


def _identity(values: dict[str, Any]) -> str:
    """A folio names a request; without one, who asked what on which day does."""
    return values["folio"] or f"{fold(values['requester'])}|{values['received_on']}|{fold(values['subject'])}"


def _stored(ctx: Context, values: dict[str, Any]) -> bool:
    if values["folio"]:
        return request_by_folio(ctx.session, values["folio"]) is not None
    same_day = requests_listed(ctx.session, tuple(TransparencyStatus), received_from=values["received_on"],
                               received_to=values["received_on"])
    return any(_identity({**values, "folio": None, "requester": r.requester, "subject": r.subject}) ==
               _identity(values) for r in same_day)


def _report(found: Plan) -> str:
    lines = [f"Importación de solicitudes de transparencia: {plural(len(found.new), 'nueva')}, "
             f"{plural(len(found.known), 'ya registrada')}, {plural(len(found.rejected), 'fila')} con errores."]
    lines += [f"• {v['folio'] or 'sin folio'} · {v['requester']} · {v['subject'][:50]}" for v in found.new[:SHOWN]]
    lines += [f"• {place}: {reason}" for place, reason in found.rejected[:SHOWN]]
    return "\n".join(lines)


def preview(ctx: Context, slots: dict[str, Any]) -> Reply:
    try:
        found = plan(ctx, slots["content"])
    except ImportFileError as error:
        return Reply(str(error))
    if not found.new:
        return Reply(f"{_report(found)}\n\nNo hay nada que importar.")
    return propose(INTENT, slots, _report(found) + ("\n\nLas filas con errores no se importarán."
                                                     if found.rejected else ""))


def commit(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Read the file again against what is stored now; each request with its deadline, step and audit row."""
    try:
        found = plan(ctx, slots["content"])
    except ImportFileError as error:
        return Reply(str(error))
    for values in found.new:
        store_request(ctx, values, "importada de planilla")
    return done(f"Importadas {plural(len(found.new), 'solicitud', 'solicitudes')} de transparencia "
                f"({plural(len(found.known), 'ya registrada')}).")

