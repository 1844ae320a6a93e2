"""Excel through the chat: any report as an .xlsx attachment, and a spreadsheet sent in as an import.

An import is shown first (what would be added, updated and rejected, row by row); only after the
user's yes is it read again and stored, in the dispatcher's transaction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handlers.capability import PERIOD, Capability, FollowUp, HelpLine
from handlers.context import Context
from handlers.format import day_text, plural
from handlers.reply import Attachment, Reply, ask, done, propose
from handlers.transparency import importing as transparency_import
from storage.folding import fold
from storage.xlsx.export import export_workbook
from storage.xlsx.importers import IMPORTERS
from storage.xlsx.plan import ImportPlan, report_text
from storage.xlsx.reading import ImportFileError

EXPORT_WORDS = {
    "agenda": ("agenda", "eventos", "evento", "actividades", "calendario", "events", "calendar"),
    "invitaciones": ("invitaciones", "invitacion", "invitations", "invitation", "invites"),
    "contactos": ("contactos", "contacto", "contacts", "contact", "autoridades", "protocolo", "directorio"),
    "reclamos": ("reclamos", "reclamo", "complaints", "complaint", "solicitudes", "requerimientos"),
    "efemerides": ("efemerides", "efemeride", "efemerids"),
}
IMPORT_WORDS = {
    "contactos": ("contacto", "contactos", "autoridades", "protocolo", "directorio", "contacts"),
    "efemerides": ("efemerides", "efemeride", "efemerids", "fechas"),
}
TITLES = {"agenda": "Agenda", "invitaciones": "Invitaciones", "contactos": "Contactos", "reclamos": "Reclamos",
          "efemerides": "Efemérides"}
SHOWN_AS = {"agenda": "agenda", "event": "agenda", "invitation": "invitaciones", "contact": "contactos",
            "complaint": "reclamos", "efemeride": "efemerides"}
"""The report of what a list shows, by the kind of its records or the family of the question that asked for it."""
FOCUS_FILTERS = ("date_from", "date_to", "department")
"""What a list was asked for that its report can keep to."""
BY_DEPARTMENT = frozenset({"reclamos"})
"""The reports that can keep to one department."""
UNDATED = frozenset({"contactos"})
"""The reports a range of days does not apply to (a directory): «lo mismo con los contactos» after this week's agenda
sends every contact, and says no week."""
WHAT_QUESTION = "¿Qué desea exportar? agenda, invitaciones, contactos, reclamos o efemérides."
KIND_QUESTION = "¿Qué contiene la planilla: contactos, efemérides o solicitudes de transparencia?"
CHAT_LIMIT = 10


def kind_of(text: Any, words: dict[str, tuple[str, ...]]) -> str | None:
    """The kind a loose word names ("reclamo", "complaints", "el directorio"), or None."""
    tokens = fold(text if isinstance(text, str) else "").split()
    return next((kind for token in tokens for kind, names in words.items() if token in names), None)


def export_request(ctx: Context, slots: dict[str, Any]) -> Reply:
    if not slots.get("what"):
        slots = _in_focus(ctx) or slots
    if not slots.get("what"):
        return ask("export.request", slots, "what", WHAT_QUESTION)
    what = kind_of(slots["what"], EXPORT_WORDS)
    if what is None:
        return Reply(f"No sé exportar «{slots['what']}». {WHAT_QUESTION}")
    try:
        first, last = _day(slots.get("date_from")), _day(slots.get("date_to"))
    except ValueError:
        return Reply("No entendí las fechas del período. Indique días, por ejemplo «del 1 al 30 de noviembre».")
    if what in UNDATED:
        first = last = None
    if first and last and first > last:
        return Reply("La fecha de inicio es posterior a la de término: revise el período.")
    department = ctx.settings.department(str(slots.get("department") or "")) if what in BY_DEPARTMENT else None
    exported = export_workbook(ctx.session, ctx.settings, what, first, last, ctx.now,
                               department.code if department else None)
    period = (f" de {department.name}" if department else "") + _period(first, last, ctx.today)
    caption = f"{TITLES[what]}{period}"
    text = f"{TITLES[what]}{period}: {plural(exported.rows, 'fila')} en {exported.filename}."
    return Reply(text, attachments=(Attachment(exported.filename, exported.content, caption),))


def _in_focus(ctx: Context) -> dict[str, Any] | None:
    """«exporta eso a excel», «mándamelo en excel» right after a list: the kind of that list, with the period and
    the department it was asked for where the report keeps to them."""
    query = ctx.focus.query
    if query is not None and query[0] == "export.request":
        return dict(query[1])  # «pásamelo en excel de nuevo»: the export just sent
    if query is not None and (what := SHOWN_AS.get(query[0].partition(".")[0])):
        asked = query[1]
        return {"what": what, **{slot: asked[slot] for slot in FOCUS_FILTERS if asked.get(slot)}}
    listed = {ref.entity for ref in ctx.focus.listed}
    last = ctx.focus.last()
    entity = next(iter(listed)) if len(listed) == 1 else last.entity if last and not listed else None
    what = SHOWN_AS.get(entity or "")
    return {"what": what} if what else None


def import_file(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Preview an import; nothing is written until the user confirms."""
    problem = _file_problem(slots)
    if problem:
        return Reply(problem)
    if transparency_import.is_for(slots):  # the legal register reads its own columns (handlers/transparency)
        return transparency_import.preview(ctx, slots)
    kind = kind_of(slots.get("caption"), IMPORT_WORDS)
    if kind is None:
        return ask("import.file", slots, "caption", KIND_QUESTION)
    try:
        plan = IMPORTERS[kind].plan(ctx.session, slots["content"], ctx.settings.imports)
    except ImportFileError as error:
        return Reply(str(error))
    report = report_text(plan, CHAT_LIMIT)
    if not plan.writes:
        return Reply(f"{report}\n\nNo hay nada que importar.")
    note = "\n\nLas filas con errores no se importarán." if plan.rejected else ""
    return propose("import.file", slots, f"{report}{note}")


def commit_import(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Read the file again against what is stored now, and store it with an audit row per record."""
    problem = _file_problem(slots)
    if not problem and transparency_import.is_for(slots):
        return transparency_import.commit(ctx, slots)
    kind = kind_of(slots.get("caption"), IMPORT_WORDS)
    if problem or kind is None:
        return Reply(problem or KIND_QUESTION)
    try:
        plan = IMPORTERS[kind].plan(ctx.session, slots["content"], ctx.settings.imports)
    except ImportFileError as error:
        return Reply(str(error))
    IMPORTERS[kind].apply(ctx.session, plan, ctx.actor.telegram_id, ctx.now)
    return done(_stored_text(plan))


def _stored_text(plan: ImportPlan) -> str:
    text = (f"Importación de {plan.what} guardada: {plural(len(plan.added), 'nuevo')}, "
            f"{plural(len(plan.updated), 'actualizado')}")
    if plan.rejected:
        text += f"; {plural(len(plan.rejected), 'fila')} con errores no se importaron"
    return text + "."


def _file_problem(slots: dict[str, Any]) -> str | None:
    filename = str(slots.get("filename") or "")
    content = slots.get("content")
    if not filename.lower().endswith(".xlsx"):
        return "Solo puedo importar planillas Excel .xlsx (si es .xls o .csv, ábrala en Excel y guárdela como .xlsx)."
    if not isinstance(content, bytes | bytearray) or not content:
        return "El archivo llegó vacío; envíelo de nuevo, por favor."
    return None


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _period(first: date | None, last: date | None, today: date) -> str:
    if first and last:
        return f" del {_day_label(first, today)} al {_day_label(last, today)}"
    if first:
        return f" desde el {_day_label(first, today)}"
    if last:
        return f" hasta el {_day_label(last, today)}"
    return ""


def _day_label(day: date, today: date) -> str:
    """`lunes 1 de diciembre` (with the year when not this one): never "hoy", which reads oddly in a period."""
    text = day_text(day)
    return text if day.year == today.year else f"{text} de {day.year}"


HANDLERS = {"export.request": export_request, "import.file": import_file}
COMMITS = {"import.file": commit_import}
CAPABILITY = Capability(
    "exports", HANDLERS, COMMITS,
    help=(HelpLine("Excel", "exporta los reclamos de noviembre / "
                            "envíe una planilla con la leyenda «importar contactos»"),),
    follow_ups={"export.request": FollowUp(period=PERIOD, listing=("what",))},
)
