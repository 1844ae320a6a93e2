"""The municipality's own ceremonies: created in chat, guests from the protocol list, and what protocol needs.

The understanding half is `nlu/lexicon/capabilities/ceremonies.toml`.
"""

from __future__ import annotations

from handlers.capability import Capability, FollowUp, HelpLine
from handlers.ceremonies import answers, create, guests, outputs
from handlers.ceremonies.newcomers import invite_only
from handlers.ceremonies.records import ENTITY

HANDLERS = {
    "ceremony.create": create.handle, "ceremony.invite": guests.invite, "ceremony.answer": answers.answer,
    "ceremony.query": guests.query, "ceremony.precedence": outputs.precedence_list,
    "ceremony.greeting": outputs.greeting, "ceremony.letters": outputs.letters,
}
COMMITS = {"ceremony.create": create.commit, "ceremony.invite": guests.commit_invite,
           "ceremony.answer": answers.commit_answer}
CAPABILITY = Capability(
    "ceremonies", HANDLERS, COMMITS,
    help=(
        HelpLine("Ceremonias municipales", "ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el "
                                           "Teatro Municipal / invita a los concejales al aniversario"),
        HelpLine("Protocolo de ceremonias", "el senador Pérez confirmó / orden de precedencia del aniversario / "
                                            "saludo protocolar / cartas de invitación"),
    ),
    briefing=(guests.briefing_section,),
    acts_on={"ceremony.invite": ENTITY, "ceremony.answer": ENTITY},
    answers={"invite_only": invite_only},
    follow_ups={"ceremony.query": FollowUp(status=("filter",), name=("guest",))},
)
