"""Transparency requests (solicitudes de acceso a la información, Ley 20.285): register them, move them
along their legal steps, look them up against their deadlines, and report them monthly.

Deadlines are working days (`handlers.legal_deadlines`); reminders are planned by
`scheduler.legal`, and the daily briefing names the overdue ones (`listing.briefing_section`).
"""

from __future__ import annotations

from handlers.capability import PERIOD, Capability, Command, FollowUp, HelpLine
from handlers.transparency import listing, register, report, steps
from handlers.transparency.find import ENTITY

HANDLERS = {"transparency.create": register.create, "transparency.update": steps.update,
            "transparency.query": listing.query, "transparency.export": report.export}
COMMITS = {"transparency.create": register.commit_create, "transparency.update": steps.commit_update}
CAPABILITY = Capability(
    "transparency", HANDLERS, COMMITS,
    help=(HelpLine("Transparencia (Ley 20.285)",
                   "llegó solicitud de transparencia folio MU042T0000815 de Camila Rojas, pide … / "
                   "prorroga la de Camila Rojas / solicitudes de transparencia vencidas"),),
    commands=(Command("transparencia", "solicitudes de transparencia pendientes",
                      "solicitudes de transparencia pendientes"),),
    briefing=(listing.briefing_section,),
    acts_on={"transparency.update": ENTITY},
    shown_by={ENTITY: ("transparency.query", "reference")},
    follow_ups={"transparency.query": FollowUp(period=PERIOD, department=("department",), status=("status", "due"),
                                               name=("reference",))},
)
