"""Changing an efeméride (its greeting, date or title) or removing it, found by a few words of how it reads.

A reference whose every word matches picks the efeméride (or a numbered choice when several do); when
none matches fully, the closest ones are offered rather than guessed. Removal is soft, so «deshacer»
brings an efeméride back with its greeting and contact.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import col, select

from handlers import contact_changes, event_changes, reference_match
from handlers.agenda_slots import SlotError, id_slot
from handlers.capability import Capability, HelpLine
from handlers.context import Context
from handlers.efemerides import checked_date, duplicate, efemeride_ref, when_text
from handlers.format import month_day_text
from handlers.pointing import about, latest_kind, point, pointing_only
from handlers.reply import Reply, ask, choose, done, propose
from handlers.slot_values import text_slot
from storage.audit import AuditAction, snapshot
from storage.models import Efemeride

MAX_OPTIONS = 8
FILLER = reference_match.FILLER | {"dia", "efemeride", "efemerides", "don", "dona", "senor", "senora"}
""""día del bombero" is told from "día del carabinero" by its other words; "don Pedro" is "Pedro"."""
HOW_TO_CHANGE = ("¿Qué cambio? Por ejemplo: «cambia el saludo de la efeméride {title}: …», «la efeméride {title} es el "
                 "12 de marzo» o «cambia el título de la efeméride {title} por …».")


def _described(efemeride: Efemeride) -> str:
    described = f"{efemeride.title} {month_day_text(efemeride.month, efemeride.day_of_month)}"
    return described + (f" {efemeride.on_date.year}" if efemeride.on_date else "")


def _label(ctx: Context, efemeride: Efemeride) -> str:
    return f"{efemeride.title}, {_when(ctx, efemeride)}"


def _when(ctx: Context, efemeride: Efemeride) -> str:
    return when_text(efemeride.month, efemeride.day_of_month, efemeride.on_date, ctx.today)


def _live(ctx: Context) -> list[Efemeride]:
    query = select(Efemeride).where(col(Efemeride.deleted_at).is_(None))
    return sorted(ctx.session.exec(query), key=lambda e: (e.month, e.day_of_month, e.title))


def _find(ctx: Context, intent: str, slots: dict[str, Any]) -> Efemeride | Reply:
    """The one efeméride meant: chosen by number, or named by the reference; else a choice, a question or why not."""
    try:
        number = id_slot(slots.get("efemeride_id"), "efeméride")
    except SlotError as error:
        return Reply(str(error))
    if number is not None:
        chosen = ctx.session.get(Efemeride, number)
        return chosen if chosen and chosen.deleted_at is None else Reply(f"No encontré la efeméride #{number}.")
    reference = text_slot(slots, "reference") or ""
    pointed = point(ctx.focus, "efemeride", reference, FILLER)
    if pointed and len(pointed) == 1:
        chosen = ctx.session.get(Efemeride, pointed[0].id)
        if chosen is not None and chosen.deleted_at is None:
            return chosen
    if not reference_match.words(reference, FILLER):
        return ask(intent, slots, "reference", "¿Qué efeméride? (por ejemplo «Día del Bombero»)")
    live = _live(ctx)
    wanted, scores = reference_match.scores(reference, live, _described, FILLER)
    full = [e for e, score in zip(live, scores, strict=True) if score == wanted]
    if len(full) == 1:
        return full[0]
    if full:
        return _choice(ctx, intent, slots, "¿Cuál de estas efemérides?", full)
    best = max(scores, default=0)
    near = [e for e, score in zip(live, scores, strict=True) if best and score == best]
    if len(near) == 1 and near[0].id in {ref.id for ref in ctx.focus.of_list("efemeride")}:
        return near[0]  # «mejor bórrala, el capitán se va trasladado» right after a list that shows it: the one named
    if near and len(near) <= MAX_OPTIONS:
        return _choice(ctx, intent, slots, f"No encontré una efeméride que calce del todo con «{reference}». "
                       "¿Es alguna de estas?", near)
    return Reply(f"No encontré ninguna efeméride que calce con «{reference}». "
                 "Escriba «efemérides del mes» para ver las próximas.")


def _choice(ctx: Context, intent: str, slots: dict[str, Any], question: str, found: list[Efemeride]) -> Reply:
    options = [(_label(ctx, e), {"efemeride_id": e.id}) for e in found[:MAX_OPTIONS]]
    if len(found) > MAX_OPTIONS:
        question += f" (hay {len(found)}; muestro las primeras {MAX_OPTIONS}, o sea más específico)"
    return choose(intent, slots, question, options)


def _changes(ctx: Context, efemeride: Efemeride, slots: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The columns to set (only those that differ), or the message that says why the change cannot be made."""
    changes: dict[str, Any] = {}
    title, greeting = text_slot(slots, "title"), text_slot(slots, "greeting")
    if title and title != efemeride.title:
        changes["title"] = title
    if greeting and greeting != efemeride.greeting:
        changes["greeting"] = greeting
    if slots.get("day_of_month") and slots.get("date") in (None, ""):  # «al 21»: that day of its own month
        slots = {**slots, "date": f"{efemeride.month:02d}-{int(slots['day_of_month']):02d}"}
    if slots.get("date") not in (None, ""):
        when, problem = checked_date(slots)
        if problem or when is None:
            return {}, problem
        month, day, on = when
        if on is None and efemeride.on_date is not None:  # a one-off date corrected stays in its year
            try:
                on = date(efemeride.on_date.year, month, day)
            except ValueError:
                return {}, f"El {month_day_text(month, day)} no existe en {efemeride.on_date.year}. No cambié nada."
        moved = {"month": month, "day_of_month": day, "on_date": on}
        changes |= {key: value for key, value in moved.items() if getattr(efemeride, key) != value}
    month, day = changes.get("month", efemeride.month), changes.get("day_of_month", efemeride.day_of_month)
    on, new_title = changes.get("on_date", efemeride.on_date), changes.get("title", efemeride.title)
    if changes and duplicate(ctx.session, month, day, on, new_title, other_than=efemeride.id):
        return {}, f"Ya hay otra efeméride {new_title}, {when_text(month, day, on, ctx.today)}. No cambié nada."
    return changes, None


def update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _find(ctx, "efemeride.update", slots)
    if isinstance(found, Reply):
        return found
    slots = {**slots, "efemeride_id": found.id}
    changes, problem = _changes(ctx, found, slots)
    if problem:
        return Reply(problem)
    if not changes:
        return _nothing_to_change(ctx, found, slots)
    lines = [f"Cambiar la efeméride #{found.id}: {_label(ctx, found)}"]
    if "title" in changes:
        lines.append(f"   Título: {changes['title']} (antes: {found.title})")
    if {"month", "day_of_month", "on_date"} & changes.keys():
        after = {key: changes.get(key, getattr(found, key)) for key in ("month", "day_of_month", "on_date")}
        lines.append(f"   Fecha: {when_text(after['month'], after['day_of_month'], after['on_date'], ctx.today)}")
    if "greeting" in changes:
        lines += [f"   Saludo: {changes['greeting']}", f"   (antes: {found.greeting or 'sin saludo'})"]
    return about(propose("efemeride.update", slots, "\n".join(lines)), efemeride_ref(ctx, found))


def _nothing_to_change(ctx: Context, efemeride: Efemeride, slots: dict[str, Any]) -> Reply:
    """Show it as it is and how to ask for a change, rather than a preview that changes nothing."""
    asked = any(slots.get(name) not in (None, "") for name in ("title", "greeting", "date", "day_of_month"))
    lead = f"La efeméride #{efemeride.id} ya está así:" if asked else f"Efeméride #{efemeride.id}:"
    return Reply("\n".join([f"{lead} {_label(ctx, efemeride)}", f"   Saludo: {efemeride.greeting or '(sin saludo)'}",
                            HOW_TO_CHANGE.format(title=efemeride.title)]))


def commit_update(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _find(ctx, "efemeride.update", slots)
    if isinstance(found, Reply):
        return Reply("No cambié nada: la efeméride ya no está. Búsquela de nuevo.")
    changes, problem = _changes(ctx, found, slots)
    if problem or not changes:
        return Reply(problem or f"La efeméride #{found.id} ya estaba así; no cambié nada.")
    before = snapshot(found)
    for key, value in changes.items():
        setattr(found, key, value)
    ctx.store(found, AuditAction.UPDATE, before)
    greeting = f" Saludo: {found.greeting}" if "greeting" in changes else ""
    return about(done(f"Efeméride #{found.id} actualizada: {_label(ctx, found)}.{greeting}"), efemeride_ref(ctx, found))


REMOVALS_BY_KIND = {"contact": contact_changes.delete, "event": event_changes.cancel}
"""«bórralo» right after a contact or an activity was shown removes that one, not an efeméride."""


def delete(ctx: Context, slots: dict[str, Any]) -> Reply:
    if pointing_only(text_slot(slots, "reference"), FILLER) and not slots.get("efemeride_id"):
        kind = latest_kind(ctx.focus, ("efemeride", *REMOVALS_BY_KIND))
        if kind in REMOVALS_BY_KIND:
            return REMOVALS_BY_KIND[kind](ctx, {})
    found = _find(ctx, "efemeride.delete", slots)
    if isinstance(found, Reply) and found.pending is None and contact_changes.names_a_contact(ctx, slots):
        return contact_changes.delete(ctx, {"reference": text_slot(slots, "reference")})
    if isinstance(found, Reply):
        return found
    lines = [f"Borrar la efeméride #{found.id}: {_label(ctx, found)}"]
    if found.greeting:
        lines.append(f"   Saludo: {found.greeting}")
    lines.append("Ya no se recordará ni se enviará su saludo.")
    return about(propose("efemeride.delete", {**slots, "efemeride_id": found.id}, "\n".join(lines), "¿La borro?"),
                 efemeride_ref(ctx, found))


def commit_delete(ctx: Context, slots: dict[str, Any]) -> Reply:
    found = _find(ctx, "efemeride.delete", slots)
    if isinstance(found, Reply):
        return Reply("No borré nada: la efeméride ya no está.")
    before = snapshot(found)
    found.deleted_at = ctx.now
    ctx.store(found, AuditAction.DELETE, before)
    return about(done(f"Efeméride #{found.id} borrada: {found.title}. Si fue un error, escriba «deshacer»."),
                 forget=(efemeride_ref(ctx, found),))


HANDLERS = {"efemeride.update": update, "efemeride.delete": delete}
COMMITS = {"efemeride.update": commit_update, "efemeride.delete": commit_delete}
CAPABILITY = Capability(
    "efemeride_changes", HANDLERS, COMMITS,
    help=(
        HelpLine("Cambiar o borrar efemérides", "cambia el saludo del Día del Bombero: Feliz día, voluntarios / "
                 "borra la efeméride del Día del Dirigente Vecinal"),
    ),
    acts_on={"efemeride.update": "efemeride", "efemeride.delete": "efemeride"},
)
