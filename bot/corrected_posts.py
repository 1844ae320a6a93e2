"""A contact's post or institution said while the new contact waits for its «sí»: «es la directora regional del
Injuv», «ella es la presidenta de la unión comunal», «trabaja en la seremi de salud».

Alone, such words read as a contact search (a post and an institution are what one asks for). Said to a contact
waiting, they are that contact's: the clause is read as the rest of the card that the contact's name opens (as a
dictated card «Alejandra Riquelme, directora regional del Injuv» would be read), and only what the gazetteers tell
for a post or an institution is taken, so that a remark («mañana te confirmo») adds nothing. A clause that says
where the contact works (`WORKS_AT`) names the institution, never a post. `bot.corrections` asks this for the
`role` and `institution` slots of whatever proposal declares them, as it asks `bot.corrections._phone` for a phone.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.corrected_places import ARTICLE
from bot.dialogue_words import POST_CLAUSE_WORDS, WORKS_AT
from bot.typed_phrases import as_typed
from nlu import Parser
from nlu.gazetteer import PhraseTable
from nlu.gazetteer import load as gazetteer
from storage.folding import fold

POST_SLOTS = ("role", "institution")
WORKS_LEAD = re.compile(rf"^\W*(?:{as_typed(WORKS_AT)})\s+", re.IGNORECASE)


def post_changes(parser: Parser, intent: str, declared: set[str], slots: dict[str, Any], clause: str,
                 now: datetime) -> dict[str, Any]:
    """The post and institution `clause` gives the contact named in `slots` (empty when it names neither)."""
    name = slots.get("name")
    if not isinstance(name, str) or not name.strip() or not set(POST_SLOTS) & declared:
        return {}
    works = WORKS_LEAD.match(clause)
    if works is not None:
        place = ARTICLE.sub("", clause[works.end():].strip(" .;!"))
        return {"institution": place} if "institution" in declared and _names(gazetteer().institution_heads,
                                                                                   place) else {}
    card = parser.parse_as(f"{name}, {clause}", now, intent).slots
    if fold(str(card.get("name", ""))) != fold(name):
        return {}  # another person named: not a detail of this one
    changes = {}
    if isinstance(role := card.get("role"), str) and _names(gazetteer().posts, role):
        changes["role"] = role
    if isinstance(institution := card.get("institution"), str) and changes:
        changes["institution"] = institution
    if not _only_describes(clause, changes.values()):
        return {}  # «la directora del cesfam también tiene que estar invitada»: about someone else
    return {slot: value for slot, value in changes.items() if slot in declared}


def _only_describes(clause: str, told: Any) -> bool:
    """Whether the clause holds nothing but the post and institution read from it and the few words that frame
    them (`POST_CLAUSE_WORDS`): a post named inside another sentence is not said of the contact waiting."""
    kept = {word for value in told for word in re.findall(r"\w+", fold(value))}
    return all(word in kept or word in POST_CLAUSE_WORDS for word in re.findall(r"\w+", fold(clause)))


def _names(table: PhraseTable, said: str) -> bool:
    """Whether `said` opens with a phrase of `table` (a post, an institution's head)."""
    return table.match(fold(said).split(), 0) > 0
