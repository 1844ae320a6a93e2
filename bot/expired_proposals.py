"""A proposal that waited too long: a late yes stores nothing and shows what was dropped; a late correction shows it
again, changed, to be confirmed anew."""

from __future__ import annotations

from dataclasses import replace

from bot.answers import read_answer
from bot.corrections import amendments
from bot.dialogue_words import Control
from bot.new_request import is_new_request
from bot.turn import local_now
from handlers.context import Context
from handlers.registry import Registry
from handlers.reply import Pending, Reply
from nlu import Parser
from settings import Settings

EXPIRED_AGAIN = "(La propuesta anterior había vencido sin guardarse; se la muestro de nuevo con su cambio.)"


def late_answer(registry: Registry, settings: Settings, ctx: Context, pending: Pending, control: Control) -> Reply:
    """A yes or no to a proposal that waited too long: nothing is stored, and the yes is shown what was dropped."""
    minutes = _minutes(settings.dialogue.confirm_minutes)
    if control is Control.NO:
        return Reply(f"Esa propuesta ya había vencido (más de {minutes}); no se guardó nada.")
    preview = _preview(registry, ctx, pending)
    return Reply(f"Esa propuesta venció: pasaron más de {minutes} sin respuesta, así que no guardé nada.\n"
                 f"Lo que quedó sin guardar:\n{preview}\n\nSi aún corresponde, escríbalo de nuevo.")


def late_correction(parser: Parser, registry: Registry, settings: Settings, ctx: Context, pending: Pending,
                    text: str) -> Reply | None:
    """A correction to a proposal that expired: shown again with the change, to be confirmed anew."""
    now = local_now(ctx, settings)
    answer = read_answer(text)
    if answer.control is not None and not answer.rest:
        return None
    changes = amendments(parser, pending.intent, pending.slots, answer.rest or text, now)
    if not changes or is_new_request(parser, parser.parse(text, now), pending, changes, text):
        return None
    reply = registry.handle(ctx, pending.intent, {**pending.slots, **changes})
    return replace(reply, text=f"{EXPIRED_AGAIN}\n\n{reply.text}")


def _preview(registry: Registry, ctx: Context, pending: Pending) -> str:
    """How the dropped proposal read, without its question; its handler only reads."""
    text = registry.handle(ctx, pending.intent, pending.slots).text
    head, _, tail = text.rpartition("\n\n")
    return head if head and "¿" in tail else text


def _minutes(value: float) -> str:
    return f"{value:g} minutos" if value < 120 else f"{value / 60:g} horas"
