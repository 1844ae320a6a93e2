"""Finding contacts the way staff ask for them: without accents or case, with typos and partial words.

Each query word is scored against every word of a contact (whole word > start of a word > near
spelling, via rapidfuzz over the distinct words) and a contact's score is the mean over the query
words. The words are indexed once per change of the contact table, found by one cheap aggregate
query, so a search on thousands of contacts takes about a millisecond. The
contact's derived fields (normalised phone, `search_text`) live here too, so every writer
(the contact handler, the Excel import) stores them the same way.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlmodel import Session, col, func, select

from storage.folding import fold
from storage.models import AuditEntry, Contact

STOPWORDS = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "en", "a", "al", "por", "para", "con",
                       "sr", "sra", "srta", "don", "dona", "se", "su", "un", "una"})
WORD_MATCH = 75    # a query word counts as found in a contact from this word score up
MIN_SCORE = 70     # a contact is shown from this overall score up
SEARCHED_FIELDS = ("name", "treatment", "role", "institution", "notes")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


def _post_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every phrase of posts.toml, longest first, and the word its post is indexed by (its group's first)."""
    groups = tomllib.loads((Path(__file__).with_name("posts.toml")).read_text(encoding="utf-8"))["groups"]
    post_of = {phrase: group[0] for group in groups for phrase in group}
    ordered = sorted(post_of, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?P<post>" + "|".join(map(re.escape, ordered)) + r")(?![a-z0-9])\.?"), post_of


POST_PHRASES, POST_OF = _post_phrases()
HEADS = frozenset(tomllib.loads((Path(__file__).with_name("posts.toml")).read_text(encoding="utf-8"))["heads"])
"""The posts that head an institution (see posts.toml): a director, a jefa, a comandante."""
"""A post named in other words finds the same contacts: «cura» finds the «párroco», «el de la DOM» the director
de obras. Each is indexed and asked for by one word, so a search is still a word lookup."""


@dataclass(frozen=True)
class ContactMatch:
    contact: Contact
    score: float
    whole_words: int


def contact_search_text(fields: Mapping[str, Any]) -> str:
    """The folded words a contact with these fields is found by; the name comes first (see `find_existing`)."""
    return " ".join(folded for folded in (fold(fields.get(name)) for name in SEARCHED_FIELDS) if folded)


def refresh_search_text(contact: Contact) -> Contact:
    """Call after every change to a contact, before adding it to the session."""
    contact.search_text = contact_search_text({name: getattr(contact, name) for name in SEARCHED_FIELDS})
    return contact


def normalize_phone(text: str | None) -> str | None:
    """`+56 9 8765 4321`, `987654321`, `(42) 221 3344` → `+56…`; None when it cannot be a phone number.

    Nine national digits are a Chilean number (mobile 9…, Santiago 2…, regions with area code);
    eight digits are an old mobile number without its 9. Foreign numbers keep their own code.
    """
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    international = text.strip().startswith("+") or digits.startswith("00")
    digits = digits.removeprefix("00")
    if digits.startswith("56") and len(digits) == 11:
        return f"+{digits}"
    if not international and len(digits) == 9:
        return f"+56{digits}"
    if not international and len(digits) == 8:
        return f"+569{digits}"
    if international and 8 <= len(digits) <= 15:
        return f"+{digits}"
    return None


def valid_email(text: str | None) -> bool:
    return bool(text) and bool(_EMAIL.match(text.strip()))


def query_words(query: str) -> list[str]:
    """The folded words asked for, a post said in other words («párroco», «director de obras») as its post's word."""
    named = POST_PHRASES.sub(lambda match: POST_OF[match["post"]], fold(query))
    return [word for word in named.split() if word not in STOPWORDS]


def indexed_words(text: str) -> set[str]:
    """A contact's words and the word of each post its card names (see `POST_PHRASES`)."""
    return set(text.split()) | {POST_OF[match["post"]] for match in POST_PHRASES.finditer(text)}


class _WordIndex:
    """The live contacts' words, built once per change of the contact table (see `_fingerprint`)."""

    def __init__(self, rows: list[tuple[int, str]]) -> None:
        self.ids = [contact_id for contact_id, _ in rows]
        self.postings: dict[str, list[int]] = {}
        for index, (_, text) in enumerate(rows):
            for word in indexed_words(text):
                self.postings.setdefault(word, []).append(index)
        self.vocabulary = sorted(self.postings)

    def word_scores(self, word: str) -> dict[int, float]:
        """Per contact (by position) the best score of `word` against its words, when it counts."""
        best: dict[int, float] = {}
        for other, score in self._similar(word):
            for index in self.postings[other]:
                if score > best.get(index, 0.0):
                    best[index] = score
        return best

    def _similar(self, word: str) -> list[tuple[str, float]]:
        """Whole word 100, start of a word 92 (from 3 letters), near spelling 95% of its ratio."""
        similar = [(other, float(score) * 0.95)
                   for other, score, _ in process.extract(word, self.vocabulary, scorer=fuzz.ratio, limit=None,
                                                          score_cutoff=WORD_MATCH / 0.95)]
        if len(word) >= 3:
            position = bisect.bisect_left(self.vocabulary, word)
            while position < len(self.vocabulary) and self.vocabulary[position].startswith(word):
                similar.append((self.vocabulary[position], 92.0))
                position += 1
        if word in self.postings:
            similar.append((word, 100.0))
        return similar


_INDEXES: OrderedDict[tuple[str, tuple[object, ...]], _WordIndex] = OrderedDict()
_INDEXES_KEPT = 4


def _fingerprint(session: Session) -> tuple[object, ...]:
    """Moves whenever the contacts may have changed: a contact added, edited (`updated_at`), deleted,
    or any audited write such as an undo, which puts back an older `updated_at`.

    Only cheap aggregates (no text is read): far less than reading every search text again.
    """
    last_audit = select(func.max(AuditEntry.id)).scalar_subquery()
    row = session.exec(select(func.count(), func.max(Contact.updated_at), func.max(Contact.deleted_at),
                              last_audit).select_from(Contact)).one()
    return tuple(row)


def _word_index(session: Session) -> _WordIndex:
    """The index for this database as the session sees it; rebuilt only when the fingerprint moves."""
    key = (str(session.get_bind().url), _fingerprint(session))
    index = _INDEXES.get(key)
    if index is None:
        rows = session.exec(select(Contact.id, Contact.search_text).where(col(Contact.deleted_at).is_(None))).all()
        index = _INDEXES[key] = _WordIndex([(contact_id, text) for contact_id, text in rows if contact_id])
        while len(_INDEXES) > _INDEXES_KEPT:
            _INDEXES.popitem(last=False)
    return index


def ranked_contacts(session: Session, query: str, limit: int = 5) -> list[ContactMatch]:
    """The best live contacts for `query`, best first, with their score (0–100) and whole-word hits."""
    words = query_words(query)
    if not words:
        return []
    index = _word_index(session)
    # A query word that no contact has at all ("fono", "cumpleaños") is noise, not a miss.
    per_word = [scores for scores in (index.word_scores(word) for word in words) if scores]
    if not per_word:
        return []
    ranked = []
    for position in set().union(*per_word):
        scores = [scores.get(position, 0.0) for scores in per_word]
        score = sum(scores) / len(scores)
        if score >= MIN_SCORE:
            ranked.append((score, scores.count(100.0), index.ids[position]))
    best = sorted(ranked, key=lambda item: (-item[0], -item[1], item[2]))[:limit]
    contacts = {c.id: c for c in session.exec(select(Contact).where(col(Contact.id).in_([i for *_, i in best])))}
    return [ContactMatch(contacts[contact_id], score, whole) for score, whole, contact_id in best]


def search_contacts(session: Session, query: str, limit: int = 5) -> list[Contact]:
    """The contacts a person asking for `query` means, best first ("seremi salud", "nunez", "gobernadr")."""
    return [match.contact for match in ranked_contacts(session, query, limit)]


def heads_among(contacts: list[Contact]) -> list[Contact]:
    """The contacts whose post heads their institution («directora del hospital», not «secretaria del director»)."""
    return [contact for contact in contacts if next(iter(fold(contact.role).split()), "") in HEADS]


def find_existing(session: Session, name: str | None, institution: str | None = None, phone: str | None = None,
                  email: str | None = None) -> Contact | None:
    """The live contact that a new entry would duplicate: same email, else same phone, else same
    folded name at the same institution (or where either has none). Used by create and import."""
    live = col(Contact.deleted_at).is_(None)
    if email and email.strip():
        match = session.exec(select(Contact).where(live, func.lower(Contact.email) == email.strip().lower())).first()
        if match:
            return match
    number = normalize_phone(phone)
    if number:
        match = session.exec(select(Contact).where(live, Contact.phone == number).order_by(col(Contact.id))).first()
        if match:
            return match
    folded = fold(name)
    if not folded:
        return None
    prefix = session.exec(select(Contact).where(live, col(Contact.search_text).startswith(folded, autoescape=True))
                          .order_by(col(Contact.id)))
    wanted = fold(institution)
    for contact in prefix:
        theirs = fold(contact.institution)
        if fold(contact.name) == folded and (not wanted or not theirs or wanted == theirs):
            return contact
    return None
