"""A short question with no object of its own, about the record in focus: its state or a detail («¿cuándo vence?»,
«¿en qué está?», «pa cuándo tiene plazo?», «¿q fono le quedó?», «disculpe, ¿para cuándo debieran responderle a la
señora?», «y esa, ¿para cuándo hay que contestarla?»), or when one named after it is to be answered («¿hasta cuándo
tenemos para responderle a la inmobiliaria?»: the words past the question name it), or whether it was stored as
meant («¿quedó bien?», «¿se guardó?»).

Its words are the lexicon's `about_*` lists (nlu/lexicon/es.toml), so a new way of asking is a word there; this
module keeps only the grammar that joins them. The pattern is matched on the text as typed, accents aside, so that
where it ends is a position in what the person wrote.
"""

from __future__ import annotations

import re

from nlu.phrases import alternation
from nlu.vocabulary import Vocabulary
from storage.folding import fold_letters


class AboutIt:
    """Built once per conversation from the lexicon; `match` says where such a question ends in a message."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        def words(name: str) -> str:
            return alternation(vocabulary.slot(f"about_{name}").phrases)

        # «q unidad tiene …», «¿qué depto ve …?»: which unit has the record
        unit = rf"{words('questions')}\s+{words('unit_nouns')}(?:\s+{words('clitics')})?\s+{words('handling')}\b"
        self.pattern = re.compile(
            rf"^\W*(?:{words('openers')}[\s,¿¡]+){{0,3}}"
            rf"(?:{words('deadline')}\s+(?:\w+\s+){{0,2}}{words('answering')}"
            rf"(?:(?:\s+(?:a|al)\s+(?:la\s+|el\s+)?{words('addressees')})?\W*$|(?=\s+{words('named_after')}\s))"
            rf"|{words('questions')}(?:\s+\w+)?(?:\s+{words('clitics')})?\s+(?:{words('details')}\b"
            rf"|{words('details_named')}\s+(?=\w))"
            rf"|{unit}"
            rf"|(?:(?:me\s+)?(?:lo|la)\s+)?{words('stored')}(?:\s+{words('stored_as')})?\W*$)",
            re.IGNORECASE)
        self.inner = re.compile(rf"\b(?:{words('questions')}(?:\s+{words('clitics')})?\s+{words('details')}\b|{unit})",
                                re.IGNORECASE)
        """The question said after what it asks about («y la audiencia de Constructora Andes en q va»)."""

    def within(self, text: str) -> bool:
        """Whether the message asks such a question anywhere in it, not only as it opens."""
        return self.inner.search(fold_letters(text)) is not None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(fold_letters(text))  # letter for letter: its positions hold in the typed text
