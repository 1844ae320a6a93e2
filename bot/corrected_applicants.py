"""Who asks for a lobby audience, told while its request waits: «la pide la gerenta de asuntos públicos, Carolina
Fuentes», «el que solicita es don Pedro Soto, gerente de Minera Sur», «firma Juan Soto, presidente del sindicato».

The person named becomes the applicant, their post is no part of the name (the parser reads «Carolina Fuentes,
gerenta de … de Minera Los Andes» so too), and a company that was the applicant stays as the one represented. The
message is read whole: its commas part the name from the post, not one correction from another.
"""

from __future__ import annotations

from typing import Any

from bot.dialogue_words import APPLICANT_LEADS, HOLDER_TITLES, LEAD_WORDS
from handlers.lobby.audiences import applicant_kind
from storage.folding import fold

CONNECTORS = frozenset({"de", "del", "la", "las", "los", "y"})
"""Lower-case words inside a name («María de los Ángeles Soto»)."""


def applicant_changes(declared: set[str], slots: dict[str, Any], text: str) -> dict[str, Any]:
    """The applicant (and the one represented) `text` tells, for a proposal with an `applicant` slot."""
    if "applicant" not in declared:
        return {}
    said = _after_lead(text)
    name = _name_in(said) if said else None
    if name is None:
        return {}
    changes: dict[str, Any] = {"applicant": name}
    held = slots.get("applicant")
    if not slots.get("represented") and isinstance(held, str) and applicant_kind(held) == "entidad":
        changes["represented"] = held
    return changes


def _after_lead(text: str) -> str | None:
    """What follows the words that say who asks («la pide …»), past the words that open a correction («ojo, …»)."""
    words = text.strip(" .!").split()
    while words and fold(words[0]).strip(",;:") in LEAD_WORDS:
        words.pop(0)
    folded = [fold(word).strip(",;:") for word in words]
    for lead in APPLICANT_LEADS:
        size = len(lead.split())
        if " ".join(folded[:size]) == lead and len(words) > size:
            return " ".join(words[size:])
    return None


def _name_in(said: str) -> str | None:
    """The person's name among the parts of `said`: the part whose words, past a title («don», «la»), are a name."""
    for part in said.split(","):
        words = part.split()
        titled = bool(words) and fold(words[0]).rstrip(".") in HOLDER_TITLES - {"el", "la"}
        while words and fold(words[0]).rstrip(".") in HOLDER_TITLES:
            words.pop(0)
        name = _leading_name(words, 1 if titled else 2)
        if name is not None:
            return name
    return None


def _leading_name(words: list[str], least: int) -> str | None:
    """The capitalised words that open `words`, `least` or more (a name and surname, or one after «don»): «Juan Soto
    presidente …», «don Hernán»."""
    kept: list[str] = []
    for word in words:
        if word[:1].isupper() or (kept and fold(word) in CONNECTORS):
            kept.append(word)
        else:
            break
    while kept and not kept[-1][:1].isupper():
        kept.pop()
    return " ".join(kept) if len(kept) >= least else None
