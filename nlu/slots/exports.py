"""An Excel export asked in words: "exporta los reclamos a excel", "mándame la agenda de diciembre en excel".

Evidence: a spreadsheet named (excel, planilla, xlsx) with a request to send or export it, or the verb
"exportar" itself asked for («exporta», «bájame», «descargar»; «voy bajando», «el paso bajo nivel» ask
nothing). `what` is the register named (the handler reads its word), `date_from`/`date_to` the period
when one is said, `department` the department named.
"""

from __future__ import annotations

import re
from datetime import date

from nlu.calendar import days_in_month, safe_date
from nlu.moments import query_range
from nlu.slots.change_words import cue, first_of, other_register, request_forms, verb_forms
from nlu.slots.common import Context

CAPABILITY = "exports"
REGISTER = re.compile(r"(?<![a-z])(agenda|actividades|eventos|calendario|invitaciones|invitacion|contactos|contacto|"
                      r"autoridades|protocolo|directorio|reclamos|reclamo|solicitudes|requerimientos|efemerides|"
                      r"efemeride)(?![a-z])")

LOGGED = frozenset(("reclamos", "reclamo", "solicitudes", "requerimientos"))
"""Registers of what came in, whose months are gone by; the agenda's, the invitations' and the efemérides' lie
ahead."""


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    sheet = cue(ctx, "spreadsheet")
    verbs = verb_forms if sheet else request_forms
    exporting = first_of(ctx, verbs(CAPABILITY, "export_verb"))
    if cue(ctx, "import_words"):
        return None
    sending = first_of(ctx, verb_forms(CAPABILITY, "export_send"))
    if (sheet and (exporting or sending or REGISTER.search(ctx.norm))) or exporting:
        return "export.request", 0.9
    return None


def request(ctx: Context) -> None:
    register = REGISTER.search(ctx.norm)
    if register:
        ctx.put("what", register.group(1), register.span(1))
    department = ctx.router.named(ctx.text, ctx.words) if register else None
    if department:  # «exporta los reclamos de aseo a excel»: the report keeps to that department where it can
        ctx.put("department", department[0], department[1])
    first, last, span = query_range(ctx.atoms, ctx.now)
    said = next((atom for atom in ctx.atoms if (atom.start, atom.end) == span), None)
    if first is not None and said is not None and said.month_given and not said.year_given \
            and first > ctx.now.date() and register is not None and register.group(1) in LOGGED:
        first, last = _a_year_before(first, last or first)
    if first is not None:
        ctx.put("date_from", first.isoformat(), span)
        ctx.put("date_to", (last or first).isoformat(), span)


def _a_year_before(first: date, last: date) -> tuple[date | None, date | None]:
    """A month said without its year in an export of what came in is the last one gone by («los reclamos de abril»
    in May are this April's, not next year's, as the agenda would read it)."""
    def before(day: date, month_end: bool) -> date | None:
        year = day.year - 1
        return safe_date(year, day.month, days_in_month(year, day.month) if month_end else day.day)

    return before(first, False), before(last, last.day == days_in_month(last.year, last.month))
