"""The Lobby register (Ley 20.730), the mayor being a sujeto pasivo: audience requests answered within
their working days, accepted ones on the agenda, the meetings recorded as the register publishes them,
trips and gifts, and the month's register as Excel. Reminders of unanswered requests: `scheduler.legal`.
"""

from __future__ import annotations

from handlers.capability import PERIOD, Capability, Command, FollowUp, HelpLine
from handlers.lobby import audiences, listing, register

HANDLERS = {"lobby.create": audiences.create, "lobby.respond": audiences.respond, "lobby.record": audiences.record,
            "lobby.travel": register.TRAVEL.preview, "lobby.gift": register.GIFT.preview, "lobby.query": listing.query,
            "lobby.export": listing.export}
COMMITS = {"lobby.create": audiences.commit_create, "lobby.respond": audiences.commit_respond,
           "lobby.record": audiences.commit_record, "lobby.travel": register.TRAVEL.commit,
           "lobby.gift": register.GIFT.commit}
CAPABILITY = Capability(
    "lobby", HANDLERS, COMMITS,
    help=(HelpLine("Lobby (Ley 20.730)",
                   "la Inmobiliaria X pide audiencia con el alcalde por el plan regulador / "
                   "acepta la audiencia de la Inmobiliaria X el martes a las 10 / exporta el registro de lobby"),),
    commands=(Command("lobby", "audiencias de lobby por responder", "audiencias de lobby por responder"),),
    briefing=(listing.briefing_section,),
    acts_on={"lobby.respond": audiences.ENTITY, "lobby.record": audiences.ENTITY},
    follow_ups={"lobby.query": FollowUp(period=PERIOD, status=("status",), name=("reference",))},
    shown_by={audiences.ENTITY: ("lobby.query", "reference")},
)
