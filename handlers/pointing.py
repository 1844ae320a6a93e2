"""Which record "recházala", "la segunda" or "la del Rotary" means, read against what the chat is about.

A reference with no words of its own (a pronoun, "esa", "la misma") is the last record of the kind in
focus, or any of the last list when a list of several was shown after it; an ordinal ("la segunda", "el 2",
"la última") counts in the last list shown; other words pick the listed items whose on-screen label holds every
one of them. Anything else is not about the focus, and the handler looks in the database instead, where two
records that fit are asked about (the latest one shown is never picked just for being the latest).
Replies say what they are about with `about`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from handlers import reference_match
from handlers.focus import Focus, FocusUpdate, Ref
from handlers.reply import Reply
from nlu import lexicon

_LIST_PLACES = lexicon.load()["list_places"]
ORDINALS: dict[str, int] = _LIST_PLACES["places"]
"""The place in a list each word names, as the lexicon counts it: from 1, from the end when negative, 0 the middle."""
BESIDE_ORDINALS = frozenset(_LIST_PLACES["beside"])
"""Words beside a place word that name nothing («the second one»): a reference of them and one place word is a place."""
NUMBERED = re.compile(r"^(?:(?:n|no|nro|numero|num|opcion|#)\s*)?(\d{1,2})\s*(?:ra|da|ro|do|ta|to|era|a|o|°|º)?$")
POINTING = frozenset(("esa", "ese", "eso", "esta", "este", "esto", "aquella", "aquel", "misma", "mismo", "ella",
                      "le", "les", "nos", "me", "anterior", "recien", "nombrada", "mencionada", "dicha", "dicho",
                      "opcion", "numero", "n", "no", "nro"))
"""Words that point without naming: "esa misma", "la anterior", "la opción 2"."""
OTHER = frozenset(("otra", "otro", "restante", "demas"))
"""Words that point at the listed records the chat did not act on last: "y la otra recházala"."""


def about(reply: Reply, *records: Ref, listed: Sequence[Ref] | None = None,
          forget: Iterable[Ref] = ()) -> Reply:
    """The reply, saying which records it showed, stored or changed, and which list it showed."""
    update = FocusUpdate(records=tuple(records), listed=None if listed is None else tuple(listed),
                         forget=tuple(forget))
    return replace(reply, focus=update)


def point(focus: Focus, entity: str, reference: str | None,
          filler: frozenset[str] = reference_match.FILLER) -> tuple[Ref, ...] | None:
    """The records of `entity` the reference means in this conversation: one, several (ambiguous), or None
    when the reference is not about the focus (nothing in focus, an ordinal past the list, words that no
    listed label holds)."""
    said = [word for word in reference_match.words(reference or "", filler) if word not in POINTING]
    listed = focus.of_list(entity)
    if points_at_others(reference, filler):
        return _the_others(focus, entity, listed)
    if not said:
        if focus.list_last and len(listed) > 1:
            return listed  # «ese, derívalo» right after a list of several: which one is asked
        last = focus.last(entity)
        if last is not None:
            return (last,)
        return listed if len(listed) == 1 else None
    if names_place(said):
        index = ordinal(said, len(listed))
        return None if index is None else (listed[index],)
    found = [ref for ref in listed if _holds(ref.label, said, filler)]
    return tuple(found) or None


def latest_kind(focus: Focus, entities: Iterable[str]) -> str | None:
    """Which of these kinds of record the chat spoke of last: "bórralo" is about that one."""
    kinds = set(entities)
    return next((ref.entity for ref in reversed(focus.records) if ref.entity in kinds), None)


def points_at_others(reference: str | None, filler: frozenset[str] = reference_match.FILLER) -> bool:
    """"la otra", "el otro": a reference whose meaning is the focus itself, by exclusion."""
    said = set(reference_match.words(reference or "", filler)) - POINTING
    return bool(said) and said <= OTHER


def _the_others(focus: Focus, entity: str, listed: Sequence[Ref]) -> tuple[Ref, ...] | None:
    """The listed records but the one in focus: after «la primera, acéptala», «la otra» of two is the second. With no
    list of its kind shown, the other records of its kind the chat spoke of (stored, shown or changed): after two
    invitations stored and the first one changed, «la otra, recházala» is the second; several are asked about."""
    last = focus.last(entity)
    if not listed:
        seen: dict[int, Ref] = {}
        for ref in focus.records:
            if ref.entity == entity:
                seen.pop(ref.id, None)
                seen[ref.id] = ref
        listed = tuple(seen.values())
    others = tuple(ref for ref in listed if last is None or (ref.entity, ref.id) != (last.entity, last.id))
    return others or None


def pointing_only(reference: str | None, filler: frozenset[str] = reference_match.FILLER) -> bool:
    """A reference that names nothing by itself ("lo", "esa", "la misma"): the focus must say what it is."""
    return not [word for word in reference_match.words(reference or "", filler) if word not in POINTING]


def ordinal(words: Sequence[str], count: int) -> int | None:
    """The 0-based position in a list of `count` that "la segunda", "el 2", "la 3ra", "the second one", "la última",
    "la del medio" names, or None: no place, past the list's end, or the middle of a list with no one middle item."""
    said = _place_words(words)
    if len(said) == 1 and said[0] in ORDINALS:
        return place(said[0], count)
    match = NUMBERED.match(" ".join(said))
    index = int(match.group(1)) - 1 if match else -1
    return index if 0 <= index < count else None


def names_place(words: Sequence[str]) -> bool:
    """Whether the words name an item by its place in a list (`ordinal`), whatever the list."""
    said = _place_words(words)
    return (len(said) == 1 and said[0] in ORDINALS) or NUMBERED.match(" ".join(said)) is not None


def place(word: str, count: int) -> int | None:
    """The 0-based position in a list of `count` of one place word (`ORDINALS`), or None when it names no item."""
    counted = ORDINALS.get(word)
    if counted is None or count < 1:
        return None
    if counted == 0:
        return count // 2 if count % 2 else None
    index = counted - 1 if counted > 0 else count + counted
    return index if 0 <= index < count else None


def _place_words(words: Sequence[str]) -> list[str]:
    """The words but those beside a place word that name nothing («the», «one»)."""
    return [word for word in words if word not in BESIDE_ORDINALS] or list(words)


def _holds(label: str, said: list[str], filler: frozenset[str]) -> bool:
    described = set(reference_match.words(label, filler))
    return all(any(reference_match.word_matches(each, word) for word in described) for each in said)
