"""Whether whoever asks for an audience is a natural or a legal person, as the Lobby register must say.

A company or an organisation names itself with a noun that heads it («Inmobiliaria Costa Norte», «Fundación …»), a
legal form after it («Aguas Antofagasta S.A.», «Servicios Norte SpA») or an acronym or brand in capitals («SQM pide
audiencia», «CODELCO solicita …»); the words are data (`[legal_persons]` in the lexicon).
"""

from __future__ import annotations

import re
from functools import cache

from nlu import lexicon
from nlu.segments.reader import ROMAN
from storage.folding import fold

WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
"""A word with the dots of an abbreviation kept inside it («S.A.», «E.I.R.L.»), so its letters read as one."""
MIN_ACRONYM = 2


@cache
def _legal_words() -> frozenset[str]:
    """The lexicon's nouns and legal-form suffixes, read once: they do not change while the bot runs."""
    table = lexicon.load()["legal_persons"]
    return frozenset(table["nouns"]) | frozenset(table["suffixes"])


def is_legal_person(applicant: str) -> bool:
    """A name with an organisation's noun or legal form, or with an acronym in capitals among words that are not all
    capitals (a name shouted whole, «JUAN PÉREZ», says nothing of its kind)."""
    words = WORD.findall(applicant)
    if not _legal_words().isdisjoint(fold(word).replace(".", "") for word in words):
        return True
    capitals = [word for word in words if _acronym(word)]
    return bool(capitals) and (len(words) == 1 or len(capitals) < len(words))


def _acronym(word: str) -> bool:
    """«SQM», «ENAP», «CChC»: two or more letters, the first and most in capitals, no Roman numeral («Pío XII»)."""
    letters = word.replace(".", "")
    upper = sum(letter.isupper() for letter in letters)
    return (len(letters) >= MIN_ACRONYM and letters[0].isupper() and upper * 2 > len(letters)
            and ROMAN.fullmatch(letters.lower()) is None)
