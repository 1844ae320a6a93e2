"""«el segundo pásalo a obras», «cierra el primero» right after a list: the ordinal word picks from that list even
when the reading left it out of the record's reference (or took it as a comment)."""

from __future__ import annotations

from dataclasses import replace

from handlers.focus import Focus
from handlers.pointing import ORDINALS
from handlers.reference_match import FILLER
from nlu import Parser
from nlu.understanding import Understanding
from storage.folding import fold

DATE_OF = frozenset({"de", "del"})
"""«muévela al primero de marzo»: an ordinal before «de» is a day of a month, not an item of a list."""


def with_listed_ordinal(parser: Parser, acts_on: dict[str, str], focus: Focus, text: str,
                        understanding: Understanding) -> Understanding:
    """The understanding with the ordinal as its reference, when it acts on a kind of record of which a list of
    several is in focus (an ordinal counts in it, whatever was acted on since) and names no record of its own; a
    text slot holding only the ordinal gives it up."""
    entity = acts_on.get(understanding.intent)
    spec = parser.intents.get(understanding.intent)
    slots = understanding.slots
    if entity is None or spec is None or "reference" not in spec.slots or slots.get("reference") or slots.get(
            "ticket") or len(focus.of_list(entity)) < 2:
        return understanding
    words = fold(_without_values(text, understanding)).split()
    said = next((word for word, after in zip(words, [*words[1:], ""], strict=True)
                 if word in ORDINALS and after not in DATE_OF), None)
    if said is None:
        return understanding
    kept = {slot: value for slot, value in slots.items() if not _only(value, said)}
    return replace(understanding, slots={**kept, "reference": said})


def _without_values(text: str, understanding: Understanding) -> str:
    """`text` without the values its slots read, lest an ordinal word inside one pick an item («pásalo a Medio
    Ambiente» names a department, not the item in the middle); a slot holding only an ordinal keeps it."""
    kept = list(text)
    for start, end in understanding.spans.values():
        words = {word for word in fold(text[start:end]).split() if word not in FILLER}
        if len(words) != 1 or not words <= ORDINALS.keys():
            kept[start:end] = " " * (end - start)
    return "".join(kept)


def _only(value: object, ordinal: str) -> bool:
    """«el primero» taken as a comment: nothing but the ordinal and its article."""
    return isinstance(value, str) and {word for word in fold(value).split() if word not in FILLER} == {ordinal}
