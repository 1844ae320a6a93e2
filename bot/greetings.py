"""A greeting that only asks how the assistant is («buenos días! ¿cómo va todo?», «hola, ¿cómo estái?»).

The scorer may lean such a message elsewhere («va» is also «¿va el alcalde?»), or be unsure between readings; but
once its small talk (the help capability's `small_talk` cue) and its greeting words are taken out nothing is left to
ask for, so it is greeted back rather than offered a menu. A greeting before a request («hola, ¿qué tiene el alcalde
hoy?») leaves the request, and is read as one.
"""

from __future__ import annotations

from datetime import datetime

from bot.dialogue_words import COURTESY, GREETINGS, INTERJECTIONS, words
from nlu import Parser

SMALL_TALK = "small_talk"
"""The help slot that marks a courtesy question about the assistant."""


def greets_only(parser: Parser, text: str, now: datetime) -> bool:
    """The message is greetings and a courtesy question, and nothing else."""
    said = parser.parse_as(text, now, "help")
    if not said.slots.get(SMALL_TALK):
        return False
    rest = list(text)
    for start, end in said.spans.values():
        rest[start:end] = " " * (end - start)
    return all(word in GREETINGS or word in COURTESY or word in INTERJECTIONS for word in words("".join(rest)))
