"""What a ceremony produces for the office: the precedence list, the protocol greeting and the invitation letters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handlers.agenda import when_text
from handlers.ceremonies.letters import letters_zip
from handlers.ceremonies.precedence import Precedence, protocol_greeting, treatment
from handlers.ceremonies.records import describe, find, focus_on, guest_text, live_guests
from handlers.context import Context
from handlers.reply import Attachment, Reply
from storage.ceremonies import GuestStatus
from storage.folding import fold
from storage.xlsx.precedence_sheet import precedence_workbook

NO_GUESTS = "{title} aún no tiene invitados. Agréguelos con «invita a los concejales a la ceremonia»."


def _file_name(title: str, what: str) -> str:
    return f"{what}-{'-'.join(fold(title).split())[:40]}"


def precedence_list(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = find(ctx, "ceremony.precedence", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    guests = [g for g in live_guests(ctx, ceremony) if g.status != GuestStatus.DECLINED]
    if not guests:
        return Reply(NO_GUESTS.format(title=ceremony.title), focus=focus_on(ctx, ceremony))
    placed = Precedence(ctx.settings.ceremonies.precedence).ordered(guests)
    lines = [f"Orden de precedencia — {describe(ctx, ceremony)}:"]
    lines += [f"{number}. {guest_text(item.guest)}" for number, item in enumerate(placed, start=1)]
    workbook = precedence_workbook([(item.rank, item.guest) for item in placed], ctx.settings.zone)
    return Reply("\n".join(lines), attachments=(Attachment(f"{_file_name(ceremony.title, 'precedencia')}.xlsx",
                                                           workbook),),
                 focus=focus_on(ctx, ceremony))


def greeting(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = find(ctx, "ceremony.greeting", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    placed = Precedence(ctx.settings.ceremonies.precedence).ordered(live_guests(ctx, ceremony))
    lines = protocol_greeting(placed)
    if not lines:
        return Reply(f"Nadie ha confirmado aún para {ceremony.title}: el saludo protocolar se arma con los "
                     "presentes. Anote respuestas con «el senador Pérez confirmó».", focus=focus_on(ctx, ceremony))
    text = ";\n".join(lines) + ";\nvecinas y vecinos de la comuna."
    return Reply(f"Saludo protocolar — {ceremony.title}:\n\n{text}", focus=focus_on(ctx, ceremony))


def letters(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = find(ctx, "ceremony.letters", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    guests = [g for g in live_guests(ctx, ceremony) if not GuestStatus(g.status).answered]
    if not guests:
        return Reply(f"No hay invitados por escribir en {ceremony.title} (todos respondieron o la lista está "
                     "vacía).", focus=focus_on(ctx, ceremony))
    ordered = [item.guest for item in Precedence(ctx.settings.ceremonies.precedence).ordered(guests)]
    configured = ctx.settings.ceremonies.letter_template
    template = Path(configured).read_bytes() if configured else None
    common = {"ceremonia": ceremony.title, "lugar": ceremony.place or "el lugar por confirmar",
              "fecha": when_text(ceremony.day, ceremony.start_at, None, ctx.settings.zone),
              "municipalidad": ctx.settings.municipality}
    archive = letters_zip(template, ordered, common, treatment)
    return Reply(f"Cartas de invitación para {ceremony.title}: {len(ordered)}, en orden de precedencia.",
                 attachments=(Attachment(f"{_file_name(ceremony.title, 'cartas')}.zip", archive),),
                 focus=focus_on(ctx, ceremony))
