"""A guest taken off a ceremony's guest list: «saca a la concejala Díaz de la lista, no va a poder ir», «la concejala
Mora no va, bórrala de los invitados», «quita al seremi de la lista de invitados del aniversario».

Said with a ceremony in focus, or naming its guests, the request is about that ceremony's list, not about the
person's protocol contact: the guest is marked as excused (the state the ceremony keeps for a guest who declined,
so the letters, the precedence and the greeting leave them out and undo brings them back), and the contact stays.
A message that names the contacts («bórralo de los contactos») is a contact's deletion and is left alone.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.dialogue_words import CONTACT_NOUNS, GUEST_ABSENT, GUEST_FILLER, GUEST_LISTS, GUEST_NOUNS, words
from bot.record_readings import ACTIONS, verb_actions
from handlers.focus import Focus
from nlu import Parser
from nlu.understanding import Understanding

INTENT = "ceremony.answer"
CEREMONY = "ceremony"
REMOVE = ACTIONS.index({"cancel", "delete"})
CLAUSE_BREAK = re.compile(r"\s*[,;.:]\s*|\s+(?:porque|pq|ya que|pues)\s+")
LIST_TAIL = re.compile(r"^(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)")


def guest_taken_off(parser: Parser, focus: Focus, text: str, understanding: Understanding,
                    now: datetime) -> Understanding | None:
    """The message read as a guest excused from the ceremony in focus (or the one named), when it asks to take
    someone off a guest list; None when it names the contacts, asks no removal, or names no guest."""
    said = f" {' '.join(words(text))} "
    if understanding.intent.startswith(f"{CEREMONY}.") or any(f" {noun} " in said for noun in CONTACT_NOUNS):
        return None
    if not (_ceremony_in_focus(focus) or not GUEST_NOUNS.isdisjoint(said.split())):
        return None
    if REMOVE not in verb_actions(parser, text):
        return None
    guest, reference = _guest_and_ceremony(parser, text)
    if not guest:
        return None
    slots = {"guest": guest, "answer": "declined", **({"reference": reference} if reference else {})}
    return Understanding(INTENT, slots, [], {}, 1.0, [(INTENT, 1.0)])


def _ceremony_in_focus(focus: Focus) -> bool:
    last = focus.last()
    return (last is not None and last.entity.startswith(CEREMONY)) or (
        focus.query is not None and focus.query[0].startswith(f"{CEREMONY}."))


def _guest_and_ceremony(parser: Parser, text: str) -> tuple[str, str]:
    """The words naming the guest (the first clause that keeps any once the verb, the list, the absence and the
    fillers are gone) and those naming the ceremony after the list («… de la lista de invitados del aniversario»)."""
    guest, reference = "", ""
    for clause in CLAUSE_BREAK.split(text):
        padded = f" {' '.join(words(clause))} "
        cut = min((padded.find(f" {phrase} ") for phrase in GUEST_LISTS if f" {phrase} " in padded), default=-1)
        if cut >= 0:
            reference = reference or _ceremony_named(padded[cut:])
            padded = padded[:cut + 1]
        for phrase in GUEST_ABSENT:
            padded = padded.replace(f" {phrase} ", " ")
        kept = [word for word in padded.split()
                if word not in GUEST_FILLER and REMOVE not in verb_actions(parser, word)]
        guest = guest or " ".join(kept)
    return guest, reference


def _ceremony_named(tail: str) -> str:
    """«de la lista de invitados del aniversario» → «aniversario»: the words after the list and its guests."""
    rest = tail.split()
    heads = [phrase.split() for phrase in (*GUEST_LISTS, *GUEST_NOUNS)]
    while (head := next((head for head in heads if rest[:len(head)] == head), None)) is not None:
        rest = rest[len(head):]
    return LIST_TAIL.sub("", " ".join(rest)).strip()
