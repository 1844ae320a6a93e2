"""Greetings, what the assistant can do, and the honest answer when a message fits nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handlers.capability import Capability
from handlers.context import Context
from handlers.format import day_text, moment_text
from handlers.registry import help_lines
from handlers.reply import Reply

SLOT_NAMES = {"start": "una fecha", "date_from": "una fecha", "query": "un nombre o cargo",
              "department": "un departamento", "phone": "un teléfono", "ticket": "un número de reclamo"}


def help_reply(ctx: Context, slots: dict[str, Any]) -> Reply:
    """All the assistant does; asked how to do one thing («¿cómo le pido que me recuerde algo?»), that thing's lines
    only, since the whole list buries the answer."""
    if slots.get("small_talk"):
        return Reply("¡Hola! Todo bien por acá, gracias. ¿En qué le puedo ayudar?")
    topical = help_lines(slots.get("topic")) if slots.get("topic") else []
    if topical:
        lines = ["Puede pedírmelo así:", *(f"• {line.title}: «{line.example}»" for line in topical)]
        return Reply("\n".join(lines))
    greeting = f"Hola, {ctx.actor.name.split()[0]}." if ctx.actor.telegram_id else "Hola."
    lines = [f"{greeting} Soy el asistente del Gabinete. Puede escribirme como a un colega:"]
    lines += [f"• {line.title}: «{line.example}»" for line in help_lines()]
    lines.append("Antes de guardar algo le pido confirmación. «cancelar» descarta lo pendiente y "
                 "«deshacer» revierte su último cambio.")
    return Reply("\n".join(lines))


def unknown_reply(ctx: Context, slots: dict[str, Any]) -> Reply:
    """Say what was understood, so the user can rephrase rather than guess."""
    understood = [_describe(ctx, name, value) for name, value in slots.items() if value not in (None, "")]
    understood = [text for text in understood if text]
    lead = "No entendí qué necesita"
    if understood:
        lead += f" (entendí {', '.join(understood)})"
    return Reply(f"{lead}. Pruebe con algo como «agenda de mañana» o «fono del seremi de salud». "
                 "Escriba «ayuda» para ver todo lo que puedo hacer.")


def _describe(ctx: Context, name: str, value: Any) -> str:
    if isinstance(value, datetime):
        return moment_text(value.date(), value, ctx.today)
    if isinstance(value, date):
        return day_text(value, ctx.today)
    label = SLOT_NAMES.get(name)
    return f"{label}: {value}" if label else ""


HANDLERS = {"help": help_reply, "unknown": unknown_reply}
CAPABILITY = Capability("help", HANDLERS)
