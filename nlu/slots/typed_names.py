"""A person's name typed in lower case after an honorific («don tomás rojas», «doña carla muñoz»): a record keeps it as
a name is written («don Tomás Rojas»), since the honorific says the words after it name someone."""

from __future__ import annotations

import re

from nlu.gazetteer import load
from nlu.normalize import fold

WORD = re.compile(r"[^\W\d_]+")


def capitalised_after_honorific(value: str) -> str:
    """`value` with the known given names and surnames that follow an honorific, typed in lower case, capitalised;
    the joiners between them («de la») stay as they are, and the first other word ends the name. The word a joiner
    leads after a name is a surname though the gazetteer lacks it («don josé de la fuente» → «José de la Fuente»)."""
    known = load()
    words = list(WORD.finditer(value))
    kept = list(value)
    for index, word in enumerate(words):
        if fold(word.group()) not in known.honorifics:
            continue
        joined = False
        for name in words[index + 1:]:
            folded = fold(name.group())
            if folded in known.joiners:
                joined = name is not words[index + 1]
                continue
            if folded not in known.given_names and folded not in known.surnames and not joined:
                break
            joined = False
            if name.group().islower():
                kept[name.start()] = name.group()[0].upper()
    return "".join(kept)
