"""Dates and times as people in the office say them: "jueves 3 de diciembre, 11:00"."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


def day_text(day: date, today: date | None = None) -> str:
    """`jueves 3 de diciembre`, with the year only when it is not the current one; hoy/mañana when near."""
    if today is not None:
        if day == today:
            return f"hoy {WEEKDAYS[day.weekday()]} {day.day}"
        if (day - today).days == 1:
            return f"mañana {WEEKDAYS[day.weekday()]} {day.day}"
    text = f"{WEEKDAYS[day.weekday()]} {day.day} de {MONTHS[day.month - 1]}"
    if today is not None and day.year != today.year:
        text += f" de {day.year}"
    return text


def on_day(day: date, today: date | None = None) -> str:
    """A day as it follows a verb or «vence»: «el lunes 4 de enero», but «hoy jueves 3» and «mañana viernes 4»,
    which take no article («el mañana martes 24» reads wrong)."""
    text = day_text(day, today)
    return text if text.startswith(("hoy ", "mañana ")) else f"el {text}"


def of_day(day: date, today: date | None = None) -> str:
    """After «de»: «del lunes 4 de enero», «de hoy jueves 3»."""
    text = on_day(day, today)
    return f"del {text.removeprefix('el ')}" if text.startswith("el ") else f"de {text}"


def on_moment(day: date, moment: datetime | None, today: date | None = None) -> str:
    """`on_day` with the time: «el jueves 3 de diciembre, 11:00», «mañana martes 24, 16:00»."""
    text = moment_text(day, moment, today)
    return text if text.startswith(("hoy ", "mañana ")) else f"el {text}"


def time_text(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def moment_text(day: date, moment: datetime | None, today: date | None = None) -> str:
    """`jueves 3 de diciembre, 11:00`, or just the day for an all-day item; `moment` is local."""
    text = day_text(day, today)
    return f"{text}, {time_text(moment)}" if moment is not None else f"{text} (todo el día)"


def month_day_text(month: int, day_of_month: int) -> str:
    return f"{day_of_month} de {MONTHS[month - 1]}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
