"""Greetings, what the assistant can do, and the honest answer when a message fits nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from handlers.context import Context
from handlers.format import day_text, moment_text
from handlers.reply import Reply

CAPABILITIES = (
    ("Invitaciones", "llegó invitación del Rotary para el sábado 28 a las 19 hrs"),
    ("Responder invitaciones", "acepta la invitación del Rotary / delega la cena en el concejal Rojas"),
    ("Agenda", "q tiene el alcalde mañana / agenda reunión con el director de Obras el lunes a las 9"),
    ("Protocolo y contactos", "fono del seremi de salud / nuevo contacto Juan Soto, comandante, 9 1234 5678"),
    ("Reclamos de vecinos", "reclamo de la vecina Rosa Muñoz por basura en Prat 1234 / estado reclamo 15"),
    ("Efemérides", "efemérides de diciembre / agrega efeméride 14 de febrero aniversario de la comuna"),
    ("Cambiar o borrar efemérides", "cambia el saludo del Día del Bombero: Feliz día, voluntarios / "
                                    "borra la efeméride del Día del Dirigente Vecinal"),
    ("Resumen del día", "resumen diario"),
)

SLOT_NAMES = {"start": "una fecha", "date_from": "una fecha", "query": "un nombre o cargo",
              "department": "un departamento", "phone": "un teléfono", "ticket": "un número de reclamo"}


def help_reply(ctx: Context, slots: dict[str, Any]) -> Reply:
    greeting = f"Hola, {ctx.actor.name.split()[0]}." if ctx.actor.telegram_id else "Hola."
    lines = [f"{greeting} Soy el asistente del Gabinete. Puede escribirme como a un colega:"]
    lines += [f"• {name}: «{example}»" for name, example in CAPABILITIES]
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
