"""Slash commands: their Spanish menu, and what each asks of the dispatcher.

A command is a shortcut for something staff could also write in words; it becomes either an
intent with slots (`/hoy` → agenda.query for today) or a line handled as if typed (`/agenda
martes` → "agenda martes"). Bad arguments get a usage line here and never reach the handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from telegram import BotCommand

from handlers.registry import commands as declared_commands
from settings import Role, Settings
from storage.folding import fold

MENU = (
    ("hoy", "Agenda de hoy"),
    ("manana", "Agenda de mañana"),
    ("semana", "Agenda de esta semana"),
    ("agenda", "Agenda de un día: /agenda martes"),
    ("invitaciones", "Invitaciones por responder"),
    ("contacto", "Buscar autoridad o contacto: /contacto seremi salud"),
    ("reclamos", "Reclamos abiertos, de todos o de un departamento"),
    ("reclamo", "Estado de un reclamo: /reclamo R-2026-0042"),
    ("efemerides", "Próximas efemérides"),
    ("resumen", "Resumen del día"),
    ("exportar", "Exportar a Excel: /exportar reclamos noviembre"),
    ("deshacer", "Deshacer su último cambio"),
    ("cancelar", "Cancelar lo que está en curso"),
    ("ayuda", "Qué puedo hacer"),
)
"""What Telegram shows in the menu (set at start-up). /start, /autorizar, /revocar, /calendario: not listed."""

EXPORTS = {"agenda": "agenda", "invitaciones": "invitations", "contactos": "contacts", "reclamos": "complaints",
           "efemerides": "efemerides"}
ROLE_WORDS = {"admin": Role.ADMIN, "administrador": Role.ADMIN, "administradora": Role.ADMIN,
              "staff": Role.STAFF, "equipo": Role.STAFF, "funcionario": Role.STAFF, "funcionaria": Role.STAFF,
              "mayor": Role.MAYOR, "alcalde": Role.MAYOR, "alcaldesa": Role.MAYOR,
              "viewer": Role.VIEWER, "lector": Role.VIEWER, "lectora": Role.VIEWER, "consulta": Role.VIEWER}
TEXT_COMMANDS = {"agenda": "agenda", "deshacer": "deshacer", "cancelar": "cancelar"}


class UsageError(ValueError):
    """The command's arguments are wrong; the message says how to write it."""


@dataclass(frozen=True)
class Request:
    """An intent with typed slots, or (when `text` is set) a line handled as if the user typed it."""

    intent: str = ""
    slots: dict[str, Any] = field(default_factory=dict)
    text: str = ""


Ranges = Callable[[str], tuple[date | None, date | None]]
"""The parser's reading of a range in words ("diciembre", "la próxima semana")."""


def menu() -> list[tuple[str, str]]:
    """The built-in commands, then each capability's declared ones (`handlers/capability.py`)."""
    return [*MENU, *((command.name, command.description) for command in declared_commands())]


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in menu()]


def request_for(name: str, args: Sequence[str], today: date, settings: Settings, ranges: Ranges) -> Request:
    """Raises `UsageError` when the arguments cannot be used."""
    rest = " ".join(args).strip()
    declared = next((command for command in declared_commands() if command.name == name), None)
    if declared is not None:
        return Request(text=f"{declared.text} {rest}".strip())
    if name in TEXT_COMMANDS:
        return Request(text=f"{TEXT_COMMANDS[name]} {rest}".strip())
    if name in ("hoy", "manana", "semana"):
        return _agenda(name, today)
    if name in ("ayuda", "start"):
        return Request("help")
    if name == "invitaciones":
        return Request("invitation.query")
    if name == "efemerides":
        return Request("efemeride.query")
    if name == "resumen":
        return Request("briefing.request")
    if name == "contacto":
        if not rest:
            raise UsageError("Escriba a quién busca: /contacto seremi de salud")
        return Request("contact.query", {"query": rest})
    if name == "reclamo":
        if not rest:
            raise UsageError("Escriba el número del reclamo: /reclamo R-2026-0042")
        return Request("complaint.query", {"ticket": rest.upper()})
    if name == "reclamos":
        return Request("complaint.query", {"department": _department(rest, settings)} if rest else {})
    if name == "exportar":
        return _export(list(args), ranges)
    raise UsageError("No conozco ese comando. Escriba /ayuda para ver lo que puedo hacer.")


def _agenda(name: str, today: date) -> Request:
    if name == "hoy":
        first = last = today
    elif name == "manana":
        first = last = today + timedelta(days=1)
    else:
        first = today - timedelta(days=today.weekday())
        last = first + timedelta(days=6)
    return Request("agenda.query", {"date_from": first, "date_to": last})


def _department(text: str, settings: Settings) -> str:
    wanted = fold(text).replace(" ", "_")
    for department in settings.departments:
        if wanted in (department.code, fold(department.name).replace(" ", "_")):
            return department.code
    codes = ", ".join(department.code for department in settings.departments)
    raise UsageError(f"No conozco ese departamento. Use uno de: {codes}")


def _export(args: list[str], ranges: Ranges) -> Request:
    what = EXPORTS.get(fold(args[0])) if args else None
    if what is None:
        raise UsageError(f"¿Qué exporto? /exportar {' | '.join(EXPORTS)} [período], por ejemplo /exportar agenda "
                         "diciembre")
    slots: dict[str, Any] = {"what": what}
    period = " ".join(args[1:]).strip()
    if period:
        first, last = _period(period, ranges)
        if first is None:
            raise UsageError("No entendí el período. Pruebe con «noviembre», «esta semana» o «2026-11-01 2026-11-30».")
        slots.update(date_from=first, date_to=last or first)
    return Request("export.request", slots)


def _period(text: str, ranges: Ranges) -> tuple[date | None, date | None]:
    """ISO days ("2026-11-01 2026-11-30") as given; anything else as the parser reads it."""
    try:
        days = [date.fromisoformat(word) for word in text.split()]
    except ValueError:
        return ranges(text)
    return (days[0], days[-1]) if len(days) <= 2 else (None, None)


def role_of(word: str) -> Role:
    role = ROLE_WORDS.get(fold(word))
    if role is None:
        raise UsageError("Rol desconocido. Use admin, staff, alcalde o lector.")
    return role


def authorization(args: Sequence[str]) -> tuple[int, Role, str]:
    """`/autorizar <id> <rol> [nombre]`."""
    if len(args) < 2 or not args[0].lstrip("-").isdigit():
        raise UsageError("Uso: /autorizar <id de Telegram> <rol: admin | staff | alcalde | lector> [nombre]")
    telegram_id = int(args[0])
    return telegram_id, role_of(args[1]), " ".join(args[2:]).strip() or f"Usuario {telegram_id}"


def revocation(args: Sequence[str]) -> int:
    """`/revocar <id>`."""
    if len(args) != 1 or not args[0].lstrip("-").isdigit():
        raise UsageError("Uso: /revocar <id de Telegram>")
    return int(args[0])
