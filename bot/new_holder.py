"""A post's new holder told as news («la presidenta de la junta de vecinos Villa Esperanza ahora es la sra. Gloria
Pérez», «el nuevo director del CESFAM es el Dr. Pablo Reyes»).

The office keeps one card per post; when someone else takes it, the card is that post's. Read alone, such words
look like a complaint («junta de vecinos») or a new contact; here the post is looked up among the stored contacts
and, when one card holds every word of it, the change gives that card the new name and leaves out the previous
holder's phone and e-mail (`contact.update`: preview old → new, confirmation, audit, undo). The words are data
(`holder_*` in bot/dialogue_words.toml).
"""

from __future__ import annotations

import re

from sqlmodel import Session

from bot.dialogue_words import HOLDER_COPULAS, HOLDER_NEW, HOLDER_TITLES
from nlu.phrases import alternation
from nlu.understanding import Understanding
from storage.folding import fold, fold_letters
from storage.models import Contact
from storage.queries.contacts import indexed_words, query_words, ranked_contacts

MAX_CARDS = 5
"""The cards looked at for the post told."""
GENDERED = 4
"""A word longer than this may end in the other gender's vowel and still name the same post."""
MAX_NAME_WORDS = 4
"""More words than a person's name holds say something else."""
_NAME = r"\s*[:,]?\s+(?P<name>[^\W\d_][\w.\s'-]*?)\s*[.!]*$"
_OPENING = r"^\W*(?:[\w\s,]{0,40}?\bque\s+)?"
"""Who tells it, before the news: «informo que», «les cuento que»."""
TOLD = (re.compile(rf"{_OPENING}(?:el|la)\s+(?P<post>.+?)\s*,?\s+{alternation(HOLDER_COPULAS)}{_NAME}"),
        re.compile(rf"{_OPENING}(?:el|la)\s+{alternation(HOLDER_NEW)}\s+(?P<post>.+?)\s+es{_NAME}"))
"""«la presidenta de … ahora es X», «el nuevo director de … es X»."""


def new_holder(session: Session, text: str) -> Understanding | None:
    """The change that gives the card of the post named its new holder's name; `None` when the words tell no new
    holder or no one card holds that post."""
    folded = fold_letters(text)
    found = next((match for frame in TOLD if (match := frame.match(folded)) is not None), None)
    if found is None:
        return None
    name = _without_titles(text[found.start("name"):found.end("name")])
    post = found.group("post")
    if not name or len(name.split()) > MAX_NAME_WORDS or any(char.isdigit() for char in name):
        return None
    words = query_words(post)
    holders = [match.contact for match in ranked_contacts(session, post, MAX_CARDS) if _holds(match.contact, words)]
    if len(holders) != 1:
        return None
    return Understanding("contact.update", slots={"new_holder": name, "contact_id": holders[0].id})


def _holds(contact: Contact, words: list[str]) -> bool:
    """Whether the card's post and institution hold every word of the post told, a post of either gender
    («presidente» is the card «presidenta»)."""
    card = indexed_words(fold(f"{contact.role or ''} {contact.institution or ''}"))
    return all(word in card or any(len(word) > GENDERED and held[:-1] == word[:-1] for held in card)
               for word in words)


def _without_titles(said: str) -> str:
    """The name as typed, without the article and the titles said before it («la sra. Gloria Pérez»)."""
    words = said.split()
    while words and fold_letters(words[0]).strip(".").lower() in HOLDER_TITLES:
        words = words[1:]
    return " ".join(words).strip(" .,")
