"""Who a proposal's activity is with or by, said as a correction while it waits: the organizer told with its verb
(«o sea, la invita el Indap, no la Seremi», «perdón, la organiza la Cámara»), and whom a meeting is with told with
«con» («no es con la dom, es con secplan», «o sea, es reunión con secplan»).

Neither names its field, so the field is found by the verb or by the «con» the title already holds: «es con
secplan» changes «reunión con la dom» and leaves «inauguración del cesfam» alone.
"""

from __future__ import annotations

import re
from typing import Any

from bot.corrected_places import ARTICLE
from bot.dialogue_words import COURTESY, HOSTING_CLITICS, HOSTING_VERBS, LEAD_WORDS, NOT_A_HOST, NOT_WHOM
from storage.folding import fold

WITH_WHOM = re.compile(r"^\W*(?P<copula>(?:es|era|ser[aá])\s+)?(?:(?P<noun>[^\W\d_]+)\s+)?con\s+(?P<who>\S.*?)[\s.!]*$",
                       re.IGNORECASE)
"""«es con secplan», «con la junta de vecinos», «es reunión con secplan»."""
WITH = " con "
DENIED = re.compile(r"\s+(?:no|ni)\s+.*$", re.IGNORECASE)
"""«la invita el Indap no la Seremi», «es con secplan no con la dom»: unpunctuated, the old value denied after the new
one is no part of it."""


def party_changes(declared: set[str], slots: dict[str, Any], text: str) -> dict[str, Any]:
    """The organizer or the title `text` corrects, of a proposal with the `declared` slots now holding `slots`.

    Whom a meeting is with changes when «con» opens the clause, or when the title's own noun is said again in a
    correction («o sea, es reunión con secplan», «…, no con la dom»): «reunión con la directiva» said while another
    meeting waits is a new one, «guárdela con hora 13» an hour."""
    changes: dict[str, Any] = {}
    led = _without_leads(text)
    corrects = led != " ".join(text.split()) or DENIED.search(led) is not None
    text = DENIED.sub("", led)
    if "organizer" in declared and (host := _host(text)) is not None:
        changes["organizer"] = host
    title = slots.get("title")
    if "title" in declared and isinstance(title, str) and WITH in title and (found := WITH_WHOM.match(text)):
        head, noun = title.rsplit(WITH, 1)[0], found.group("noun")
        said_again = noun is not None and fold(noun) == fold(head.split()[-1]) and (corrects or found.group("copula"))
        if (noun is None or said_again) and fold(found.group("who")).split()[0] not in NOT_WHOM:
            changes["title"] = f"{head}{WITH}{found.group('who')}"
    return changes


def _host(text: str) -> str | None:
    """«la invita el Indap» → «Indap»: what follows the verb of inviting, when it opens the clause (past the record
    it is about, `hosted_record`)."""
    words = text.strip(" .!").split()
    words = words[_topic_end(words):]
    if words and fold(words[0]) in HOSTING_CLITICS:
        words.pop(0)
    if len(words) < 2 or fold(words[0]) not in HOSTING_VERBS:
        return None
    value = " ".join(words[1:])
    if fold(words[1]) in NOT_A_HOST or " ".join(fold(word) for word in words[1:3]) in NOT_A_HOST:
        return None
    return ARTICLE.sub("", value)


def hosted_record(text: str) -> str:
    """«la invitación de la escuela la envía el Centro de Padres» → «la invitación de la escuela»: the record named
    before the clitic that stands for it and the verb of inviting (Spanish names a topic so, then takes it up with
    «la»); empty when the verb opens the clause or no clitic takes the words up."""
    words = _without_leads(text).strip(" .!").split()
    return " ".join(words[:_topic_end(words)]).rstrip(",;:")


def _topic_end(words: list[str]) -> int:
    """Where the clitic that takes up a record named before it stands, before a verb of inviting; 0 if none."""
    folded = [fold(word).strip(",;:") for word in words]
    return next((index for index in range(1, len(words) - 1)
                 if folded[index] in HOSTING_CLITICS and folded[index + 1] in HOSTING_VERBS), 0)


def _without_leads(text: str) -> str:
    """«o sea, …», «perdón, …» open the correction, «… xfa» closes it: neither is part of it."""
    words = text.split()
    while len(words) > 1 and fold(words[0]).strip(",;:") in LEAD_WORDS:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]).strip(".!") in COURTESY:
        words.pop()
    return " ".join(words)
