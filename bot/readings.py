"""Ask instead of guessing: when the understanding is unsure, offer its likeliest readings as buttons.

A two-stage fallback: rather than act on a weak guess or say "no le entendí", the bot lists the two
or three intents the scorer ranked highest; the one pressed (or named by number or words) is handled
as if it had been understood, asking for whatever it still lacks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from handlers.reply import Reply, choose
from nlu import Parser
from nlu.understanding import Understanding

READING = "dialogue.reading"
"""The pending intent of the offer; its options carry the intent chosen and the original text."""
TIE = 0.1
"""The confidence is the margin between the two best readings: below this they are a tie, and both are offered."""
SURE_UNKNOWN = 0.5
"""An «unknown» scored this high is chatter, answered as such; below it, the readings behind it are offered."""
SURE = 0.9
"""A reading with this margin is taken as said: a creation this sure is one, even when a verb in it could change the
record in focus («invita al cambio de mando»), and a request this sure is not a name picked from a list."""
MIN_SCORE = 0.1
MAX_OFFERED = 3
QUESTION = "No estoy seguro de haberle entendido. ¿En qué le puedo ayudar?"
LABELS = {
    "invitation.create": "Registrar una invitación", "invitation.respond": "Responder una invitación",
    "invitation.query": "Ver invitaciones", "event.create": "Agendar una actividad", "agenda.query": "Ver la agenda",
    "contact.query": "Buscar un contacto", "contact.create": "Agregar un contacto",
    "complaint.create": "Ingresar un reclamo", "complaint.query": "Consultar reclamos",
    "efemeride.create": "Agregar una efeméride", "efemeride.query": "Ver efemérides",
    "briefing.request": "Ver el resumen del día", "help": "Ver qué puedo hacer",
}
"""What each reading is called on its button; an intent without a label here is not offered."""


def likely(understanding: Understanding) -> list[str]:
    """The readings to offer (best first), or none when the understanding is sure enough or has no rivals."""
    alternatives = tuple(getattr(understanding, "alternatives", ()))
    if len(alternatives) < 2:
        return []
    offerable = [intent for intent, score in alternatives if intent in LABELS and score >= MIN_SCORE][:MAX_OFFERED]
    if understanding.intent == "unknown":
        unknown = next((score for intent, score in alternatives if intent == "unknown"), 1.0)
        return offerable if unknown < SURE_UNKNOWN else []
    return offerable if understanding.confidence < TIE and len(offerable) >= 2 else []


def offer(text: str, intents: list[str]) -> Reply:
    options: list[tuple[str, dict[str, Any]]] = [(LABELS[intent], {"intent": intent}) for intent in intents]
    options.append(("Otra cosa (escribir de nuevo)", {"intent": ""}))
    return choose(READING, {"text": text}, QUESTION, options)


def slots_as(parser: Parser, text: str, intent: str, now: datetime) -> dict[str, Any]:
    """The slots of `text` read as `intent`: the parser's own when it agrees, else what its extractor finds."""
    understanding = parser.parse(text, now)
    if understanding.intent == intent:
        return dict(understanding.slots)
    reading = getattr(parser, "parse_as", None)
    if reading is not None:
        return dict(reading(text, now, intent).slots)
    return {}
