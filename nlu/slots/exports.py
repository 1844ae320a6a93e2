"""An Excel export asked in words: "exporta los reclamos a excel", "mándame la agenda de diciembre en excel".

Evidence: a spreadsheet named (excel, planilla, xlsx) with a request to send or export it, or the verb
"exportar" itself. `what` is the register named (the handler reads its word), `date_from`/`date_to` the
period when one is said, `department` the department named.
"""

from __future__ import annotations

import re

from nlu.moments import query_range
from nlu.slots.change_words import cue, first_of, other_register, verb_forms
from nlu.slots.common import Context

CAPABILITY = "exports"
REGISTER = re.compile(r"(?<![a-z])(agenda|actividades|eventos|calendario|invitaciones|invitacion|contactos|contacto|"
                      r"autoridades|protocolo|directorio|reclamos|reclamo|solicitudes|requerimientos|efemerides|"
                      r"efemeride)(?![a-z])")


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    sheet = cue(ctx, "spreadsheet")
    exporting = first_of(ctx, verb_forms(CAPABILITY, "export_verb"))
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
    if first is not None:
        ctx.put("date_from", first.isoformat(), span)
        ctx.put("date_to", (last or first).isoformat(), span)
