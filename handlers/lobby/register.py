"""The Lobby register's other two parts: the mayor's trips (destination, purpose, cost, who paid) and
the gifts received (what, on what occasion, from whom), each previewed, stored after «sí» and undoable."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers.context import Context
from handlers.focus import Ref
from handlers.format import day_text
from handlers.pointing import about
from handlers.reply import Reply, done, propose
from handlers.slot_values import day_of, required_texts, text_slot
from storage.audit import AuditAction
from storage.legal import Gift, Travel

THOUSANDS = re.compile(r"(?i)\b(?:mil|k)\b")
MILLIONS = re.compile(r"(?i)\b(?:millon|millones|mm|palos?)\b")


def pesos(value: Any) -> int | None:
    """«$1.250.000», «850 mil», «1,2 millones», 450000: whole pesos, or None when no amount is given."""
    if isinstance(value, int):
        return value
    if not isinstance(value, str):
        return None
    text = value.replace(" ", "")
    found = re.search(r"\d+(?:[.,]\d+)*", text)
    if found is None:
        return None
    number = found.group()
    if MILLIONS.search(value) or THOUSANDS.search(value):
        amount = float(number.replace(".", "").replace(",", ".")) if number.count(",") == 1 else float(
            number.replace(".", ""))
        return round(amount * (1_000_000 if MILLIONS.search(value) else 1000))
    return int(number.replace(".", "").replace(",", ""))


def money(amount: int | None) -> str:
    return "sin indicar" if amount is None else "$" + f"{amount:,}".replace(",", ".")


@dataclass(frozen=True)
class Entry:
    """One kind of entry of the register: the same read, preview, «sí» and undoable store, its own fields.

    `read` gives the values to store, or the question or complaint that stops it; `show` the preview's lines;
    `make` the row; `stored` the confirmation and the reference it leaves in focus.
    """

    intent: str
    read: Callable[[Context, dict[str, Any]], tuple[dict[str, Any] | None, Reply | None]]
    show: Callable[[dict[str, Any], Context], list[str]]
    make: Callable[..., Travel | Gift]
    stored: Callable[[Any], tuple[str, Ref]]

    def preview(self, ctx: Context, slots: dict[str, Any]) -> Reply:
        values, problem = self.read(ctx, slots)
        if values is None:
            return problem or Reply("No guardé nada.")
        return propose(self.intent, {**slots, "day": values["day"]}, "\n".join(self.show(values, ctx)))

    def commit(self, ctx: Context, slots: dict[str, Any]) -> Reply:
        values, problem = self.read(ctx, slots)
        if values is None:
            return Reply(problem.text if problem else "No guardé nada.")
        row = self.make(**values, created_at=ctx.now, created_by=ctx.actor.telegram_id)
        ctx.store(row, AuditAction.CREATE)
        text, ref = self.stored(row)
        return about(done(text), ref)


def _travel(ctx: Context, slots: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    texts, question = required_texts("lobby.travel", slots, {"destination": "¿A dónde fue (o irá) el viaje?",
                                                              "purpose": "¿Cuál es el objeto del viaje?"})
    if question:
        return None, question
    cost = pesos(slots.get("cost"))
    if slots.get("cost") and cost is None:
        return None, Reply(f"No entiendo el costo «{slots['cost']}» (ejemplo: $850.000). No guardé nada.")
    return {**texts, "cost": cost, "paid_by": text_slot(slots, "paid_by"),
            "day": day_of(slots.get("day")) or ctx.today}, None


TRAVEL = Entry(
    "lobby.travel", _travel,
    lambda values, ctx: ["Viaje del alcalde para el registro de lobby:", f"   Destino: {values['destination']}",
                         f"   Objeto: {values['purpose']}", f"   Fecha: {day_text(values['day'], ctx.today)}",
                         f"   Costo: {money(values['cost'])} · Financiado por: {values['paid_by'] or 'sin indicar'}"],
    Travel,
    lambda trip: (f"Viaje a {trip.destination} registrado (n.º {trip.id}).",
                  Ref("travel", trip.id or 0, f"viaje a {trip.destination}")))


def _gift(ctx: Context, slots: dict[str, Any]) -> tuple[dict[str, Any] | None, Reply | None]:
    texts, question = required_texts("lobby.gift", slots, {"what": "¿Qué se recibió?", "donor": "¿Quién lo dio?"})
    if question:
        return None, question
    return {**texts, "occasion": text_slot(slots, "occasion"),
            "day": day_of(slots.get("day")) or ctx.today}, None


GIFT = Entry(
    "lobby.gift", _gift,
    lambda values, ctx: ["Donativo para el registro de lobby:", f"   Qué: {values['what']}",
                         f"   Donante: {values['donor']}", f"   Ocasión: {values['occasion'] or 'sin indicar'}",
                         f"   Fecha: {day_text(values['day'], ctx.today)}"],
    Gift,
    lambda received: (f"Donativo de {received.donor} registrado (n.º {received.id}).",
                      Ref("gift", received.id or 0, f"{received.what}, de {received.donor}")))
