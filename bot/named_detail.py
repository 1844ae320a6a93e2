"""«la del Rotary, ¿a qué hora era?», «el de la sra Painemal cuándo vence?», «lo de la junta en q va»,
«¿quedó guardado lo de bomberos?»: a question about one record the message names by a record lead and a few words.

Alone, such words read as a command on a record («la del Rotary…» an answer to an invitation, «el de don Pedro…» an
invitation from Pedro) or as a new one («quedó» a contact's name). The record is the one in focus its naming words
pick, of any kind; the answer is the detail asked for in one line (`handlers.record_detail`), the record whole when
the question asks how it stands («¿en qué va?»), or, for «¿quedó guardado?», that it is stored, with its short
name. The words are the lexicon's `record_leads` and `about_*` lists (nlu/lexicon/es.toml); this module keeps only
the order that joins them: a lead, its naming words, then the question; or the stored question, then the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.reference_match import words
from nlu.vocabulary import Vocabulary
from storage.folding import fold

MAX_NAMING = 4
"""Words that may name the record between its lead and the question; more are a request of its own."""
MAX_ASKING = 5
"""Words the question after the name may take («¿a q hora era al final?»); more say something else."""


@dataclass(frozen=True)
class NamedQuestion:
    """What a question about a named record says: the words that name it, and what it asks of it."""

    naming: str
    asked: str
    stored: bool = False
    """Whether it asks if the record was stored («¿quedó guardado lo de bomberos?»), not one of its details."""


def named_question(vocabulary: Vocabulary, text: str) -> NamedQuestion | None:
    """The naming words and the question of a message that names a record by a lead and asks about it, in either
    order; None for anything else («la del Rotary recházala» asks no question)."""
    folded = fold(text).strip(" ¿?¡!.")
    lead = _first(vocabulary, "record_leads", folded)
    if lead is None:
        return None
    before, after = folded[:lead.start()], folded[lead.end():]
    stored = _stored_before(vocabulary, before)
    if stored:
        naming = " ".join(words(_blanked(vocabulary, after, "about_addressees"), frozenset()))
        return NamedQuestion(naming, before, stored=True) if 0 < len(naming.split()) <= MAX_NAMING else None
    if _words_of(vocabulary, before, "about_openers"):
        return None
    question = _first(vocabulary, "about_questions", after)
    closing = _first(vocabulary, "about_stored", after)
    if closing is not None and (question is None or closing.start() < question.start()) and not _words_of(
            vocabulary, after[closing.end():], "about_stored_as"):
        return NamedQuestion(after[:closing.start()], after[closing.start():], stored=True) if len(
            after[:closing.start()].split()) <= MAX_NAMING else None  # «lo de la junta quedó registrado?»
    if question is None:
        return None
    naming, asked = _blanked(vocabulary, after[:question.start()], "about_addressees"), after[question.start():]
    if not 0 < len(naming.split()) <= MAX_NAMING or len(asked.split()) > MAX_ASKING:
        return None
    if not (_first(vocabulary, "about_details", asked) or _first(vocabulary, "about_detail_nouns", asked)):
        return None
    return NamedQuestion(naming, asked)


def _first(vocabulary: Vocabulary, name: str, folded: str) -> re.Match[str] | None:
    """The first phrase of the lexicon list `name` in `folded`, or None."""
    return next(iter(vocabulary.slot(name).finditer(folded)), None)


def _blanked(vocabulary: Vocabulary, folded: str, name: str) -> str:
    """`folded` without the phrases of the lexicon list `name` («caballero» of «el del caballero Quilapán»)."""
    for phrase in reversed(list(vocabulary.slot(name).finditer(folded))):
        folded = f"{folded[:phrase.start()]} {folded[phrase.end():]}"
    return folded


def _words_of(vocabulary: Vocabulary, folded: str, name: str) -> bool:
    """Whether `folded` holds words besides the phrases of the list `name` (None of them: an empty opening)."""
    return bool(_blanked(vocabulary, folded, name).split())


def _stored_before(vocabulary: Vocabulary, before: str) -> bool:
    """«¿quedó guardado …», «¿se guardó …», «oiga, ¿quedó anotado …» before the lead: a stored question and nothing
    else but its openers and what it was stored as."""
    stored = _first(vocabulary, "about_stored", before)
    if stored is None:
        return False
    said = _blanked(vocabulary, f"{before[:stored.start()]} {before[stored.end():]}", "about_stored_as")
    return not _words_of(vocabulary, said, "about_openers")


def asks_if_stored(vocabulary: Vocabulary, text: str) -> bool:
    """«¿quedó guardado?», «¿lo guardaste?», «oiga, ¿ya se guardó?»: whether what was said is stored, naming no
    record. While a proposal waits this is a question to answer (it is not stored yet), never a yes to it."""
    folded = fold(text).strip(" ¿?¡!.")
    stored = _first(vocabulary, "about_stored", folded)
    if stored is None or not ("?" in text or _first(vocabulary, "about_stored_done", folded)):
        return False
    said = _blanked(vocabulary, f"{folded[:stored.start()]} {folded[stored.end():]}", "about_stored_as")
    return not _words_of(vocabulary, _blanked(vocabulary, said, "about_stored_objects"), "about_openers")
