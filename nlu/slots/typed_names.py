"""A person's name typed in lower case («don tomás rojas», «doña carla muñoz», a resident «rosa muñoz»): a record
keeps it as a name is written («don Tomás Rojas»), since the honorific, or the slot it fills, says the words name
someone."""

from __future__ import annotations

import re

from nlu.gazetteer import load
from nlu.normalize import fold

WORD = re.compile(r"[^\W\d_]+")


def capitalised_after_honorific(value: str) -> str:
    """`value` with the name after each honorific in it capitalised («el jefe de gabinete, don tomás rojas»): the
    honorific says a name follows wherever it stands."""
    words = list(WORD.finditer(value))
    kept = list(value)
    honorifics = load().honorifics
    for index, word in enumerate(words):
        if fold(word.group()) in honorifics:
            _capitalise(words[index + 1:], kept)
    return "".join(kept)


def capitalised_name(value: str) -> str:
    """`value`, a slot that holds a person's name (a resident, a contact), with that name capitalised from its first
    word on; honorifics before it («doña») stay as typed, the name being what follows them."""
    words = list(WORD.finditer(value))
    honorifics = load().honorifics
    lead = next((i for i, word in enumerate(words) if fold(word.group()) not in honorifics), len(words))
    kept = list(value)
    _capitalise(words[lead:], kept)
    return "".join(kept)


def _capitalise(words: list[re.Match[str]], kept: list[str]) -> None:
    """Capitalise in `kept` the known given names and surnames that open `words`, typed in lower case; the joiners
    between them («de la») stay as they are, and the first other word ends the name. The word a joiner leads after a
    name is a surname though the gazetteer lacks it («josé de la fuente» → «José de la Fuente»)."""
    known = load()
    joined = False
    for name in words:
        folded = fold(name.group())
        if folded in known.joiners:
            joined = name is not words[0]
            continue
        if folded not in known.given_names and folded not in known.surnames and not joined:
            break
        joined = False
        if name.group().islower():
            kept[name.start()] = name.group()[0].upper()
