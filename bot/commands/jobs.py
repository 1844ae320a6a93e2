"""`gabinete jobs`: what the scheduler will send and when (local time), or `--history`: what it sent.

Computed from the settings and the database only, so it answers without a running bot.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from sqlalchemy.engine import Engine

from bot.commands.settings_arg import settings_or_exit
from handlers.format import WEEKDAYS, day_text, moment_text
from scheduler.deliveries import history, left_uncertain
from scheduler.jobs import RETRY_EVERY
from scheduler.plan import END_OF_DAY, HOUSEKEEPING_AT, RunName, daily_runs, next_run
from scheduler.runner import utc_now
from scheduler.upcoming import upcoming
from settings import Settings
from storage.database import open_database
from storage.housekeeping import KEEP
from storage.models import Delivery

RUN_LABELS = {
    RunName.BRIEFING: "Resumen diario al chat del alcalde",
    RunName.REMINDERS: "Recordatorios de efemérides e invitaciones por responder",
    RunName.COMPLAINTS: "Reclamos nuevos y vencidos a cada departamento (días hábiles)",
    RunName.EVENING: "Recordatorio de las actividades aceptadas de mañana",
    RunName.LEGAL: "Plazos de transparencia y audiencias de lobby, a la unidad y al gabinete (días hábiles)",
}
KIND_LABELS = {"briefing": "resumen", "efemeride": "efeméride", "invitation": "invitación",
               "evening": "víspera", "complaints": "reclamos", "transparency": "transparencia",
               "audience": "audiencia"}
UPCOMING_DAYS = 7


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    engine = open_database(settings.database_url)
    now = utc_now()
    if args.history:
        rows = history(engine)
        lines = history_lines(rows, settings, left_uncertain(engine, rows))
    else:
        lines = schedule_lines(engine, settings, now)
    print("\n".join(lines))
    return 0


def schedule_lines(engine: Engine, settings: Settings, now: datetime) -> list[str]:
    zone = settings.zone
    lines = [f"Trabajos programados (hora de {settings.timezone}):"]
    for run in daily_runs(settings):
        days = ", ".join(WEEKDAYS[day][:3] for day in run.weekdays)
        late = "" if run.catch_up_until == END_OF_DAY else f"; con el bot caído, hasta las {run.catch_up_until:%H:%M}"
        coming = next_run(run, zone, now)
        when = moment_text(coming.date(), coming, now.astimezone(zone).date()) if coming else "—"
        lines.append(f"• {RUN_LABELS[run.name]}: {run.at:%H:%M} ({days}{late}); próximo: {when}")
    lines.append(f"• Reintento de envíos fallidos: cada {RETRY_EVERY} s, mientras sea su día")
    lines.append(f"• Limpieza de las claves de mensajes ya atendidos de más de {KEEP.days} días: "
                 f"{HOUSEKEEPING_AT:%H:%M}, a diario")
    planned = upcoming(engine, settings, now, days=UPCOMING_DAYS)
    lines += ["", f"Envíos previstos en los próximos {UPCOMING_DAYS} días:"]
    if not planned:
        lines.append("(ninguno; revise telegram.mayor_chat_id y los chat_id de los departamentos)")
    today = now.astimezone(zone).date()
    for item in planned:
        at = item.at.astimezone(zone)
        when = moment_text(at.date(), at, today)
        lines.append(f"• {when} → chat {item.outgoing.chat_id}: {_summary(item.reply.text)}")
    return lines


def _summary(text: str) -> str:
    """The message's first line, and the next one when the first only introduces it."""
    first, _, rest = text.partition("\n")
    return f"{first} {rest.partition(chr(10))[0]}" if first.endswith(":") and rest else first


def history_lines(rows: list[Delivery], settings: Settings, uncertain: frozenset[int] = frozenset()) -> list[str]:
    """`uncertain`: ids of rows whose send went out unanswered, so they may have arrived and are not retried."""
    if not rows:
        return ["Todavía no hay envíos registrados."]
    zone = settings.zone
    lines = [f"Envíos registrados, los más recientes primero (hora de {settings.timezone}):"]
    for row in rows:
        what = f"{KIND_LABELS.get(row.kind, row.kind)} {row.item_key}"
        tries = f"{row.attempts} intento{'s' if row.attempts != 1 else ''}"
        if row.sent_at is not None:
            state = f"enviado el {row.sent_at.astimezone(zone):%Y-%m-%d %H:%M} ({tries})"
        elif row.id in uncertain:
            state = f"SIN CONFIRMAR ({tries}): Telegram no respondió a tiempo; puede haber llegado y no se reintenta"
        elif row.last_error:
            state = f"NO ENVIADO ({tries}); último error: {row.last_error}"
        else:
            state = f"en curso desde el {row.created_at.astimezone(zone):%Y-%m-%d %H:%M} ({tries})"
        lines.append(f"• {day_text(row.for_day)} · {what} → chat {row.chat_id}: {state}")
    return lines
