"""A change whose record is not found, told together with the whole record it is about: that record, arriving.

«llegó solicitud de transparencia de doña María Lagos, pide las actas de 2025, que la responda Secplan» reads as a
change («que la responda Secplan») of a request nobody stored yet; the message also holds all a new request needs,
so the new request is proposed, carrying the change's value.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.record_readings import VERB_ACTIONS, clitic_verb, verb_actions
from bot.turn import Handle, Turn
from handlers.context import Context
from handlers.reply import Reply
from nlu import Parser
from nlu.understanding import Understanding

CHANGE = VERB_ACTIONS["change"]


def told_new(parser: Parser, handle: Handle, ctx: Context, turn: Turn, text: str, understanding: Understanding,
             now: datetime) -> Reply | None:
    """«llegó solicitud de transparencia de doña María Lagos, pide las actas de 2025, que la responda Secplan»:
    a change whose record is not found, in a message that also tells a whole new record of its kind (every
    detail its creation needs), is that record arriving with what to do with it, when the change sets a value the
    new record holds: its creation is proposed, with that value («que la responda Secplan»)."""
    intent = f"{understanding.intent.partition('.')[0]}.create"
    if intent not in parser.intents:
        return None
    reading = parser.parse_as(text, now, intent)
    declared = parser.intents[intent].slots
    done = {slot: value for slot, value in understanding.slots.items() if slot in declared and value}
    required = [str(reading.slots.get(slot) or "") for slot in parser.intents[intent].required]
    if not done or not all(required) or any(clitic_verb(parser, value) for value in required):
        return None  # «cancela la reunión del jueves» sets nothing a new one holds; «pásalo a aseo» tells nothing
    if any(_tells_a_change(parser, value) for slot, value in reading.slots.items() if slot not in done):
        return None  # «Pedro Soto cambió su teléfono, ahora es …»: no contact whose post is «cambió»
    reading = replace(reading, slots={**reading.slots, **done})  # what to do with it: «que la responda Secplan»
    proposed = handle(ctx, turn, intent, reading.slots)
    if proposed.pending is None:
        return None
    turn.new_source = {"text": text, "understood": reading.as_json()}
    return proposed


def _tells_a_change(parser: Parser, value: object) -> bool:
    """A detail of the new record that is a changing verb («cargo: cambió») is the change told, misread as a
    record: the record exists, and the change found none, which its reply says."""
    return isinstance(value, str) and CHANGE in verb_actions(parser, value)
