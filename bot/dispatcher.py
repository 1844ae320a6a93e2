"""One path for every message: understand it, continue or start a dialogue, and call the handlers.

Transport-free: the console chat, the Telegram bot and the tests all drive this class. Each call is
one database transaction, so an answer, its pending state and any confirmed write are stored
together or not at all; `once` keys make a repeated delivery of the same input a no-op.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot import access
from bot.dialogue_state import load_pending, save_pending
from bot.dialogue_words import Control, control_word
from handlers.context import Actor, Context
from handlers.registry import Registry
from handlers.reply import Pending, PendingKind, Reply
from nlu import Parser
from settings import Role, Settings
from storage.audit import INPUT_ID, AuditAction, last_undoable_input, undo
from storage.database import transaction
from storage.models import AuditEntry, ProcessedKey, StaffMemberRecord

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
Work = Callable[[Context, Pending | None], Reply]
"""One input's handling, given the conversation's pending step (which it may answer or drop)."""

NOTHING_PENDING = "No hay nada pendiente de confirmar. Escriba lo que necesita, o «ayuda»."
CANCELLED = "Cancelado. No se guardó nada."
DISCARDED = "Descartado. No se guardó nada."
NOTHING_TO_UNDO = "No encuentro cambios suyos para deshacer."
CONFIRM_AGAIN = "Responda «sí» para guardar o «no» para descartar."
PICK_A_NUMBER = "Elija un número de la lista, o escriba «cancelar»."
NOT_UNDERSTOOD = "No le entendí. ¿Puede decirlo de otra forma? (o «cancelar»)"


class Dispatcher:
    def __init__(self, engine: Engine, settings: Settings, parser: Parser, clock: Clock | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.parser = parser
        self.clock = clock or (lambda: datetime.now(UTC))
        self.registry = Registry()

    # -- entry points -------------------------------------------------------------------------------

    def handle_text(self, key: str, actor: Actor, text: str, once: str | None = None) -> Reply | None:
        return self._run(key, actor, once, lambda ctx, pending: self._text(ctx, pending, text))

    def handle_choice(self, key: str, actor: Actor, value: str, once: str | None = None) -> Reply | None:
        """A button press: its value is answered exactly as if the user had typed it."""
        return self.handle_text(key, actor, value, once)

    def handle_intent(self, key: str, actor: Actor, intent: str, slots: dict[str, Any],
                      once: str | None = None) -> Reply | None:
        """A slash command: a new request, so whatever was pending is dropped."""
        return self._run(key, actor, once, lambda ctx, _pending: self.registry.handle(ctx, intent, slots))

    def handle_file(self, key: str, actor: Actor, filename: str, content: bytes, caption: str,
                    once: str | None = None) -> Reply | None:
        slots = {"filename": filename, "content": content, "caption": caption}
        return self.handle_intent(key, actor, "import.file", slots, once)

    def actor_for(self, telegram_id: int) -> Actor | None:
        with Session(self.engine) as session:
            return access.actor_for(session, self.settings, telegram_id)

    def authorize(self, admin: Actor, telegram_id: int, role: Role, name: str) -> Reply:
        if admin.role != Role.ADMIN:
            return Reply("Solo un administrador puede autorizar personas.")
        with transaction(self.engine) as session:
            record = session.get(StaffMemberRecord, telegram_id) or StaffMemberRecord(
                telegram_id=telegram_id, name=name, role=role, updated_at=self.clock())
            record.name, record.role, record.active, record.updated_at = name, role, True, self.clock()
            session.add(record)
            self._audit(session, admin, "authorize", telegram_id, {"role": role.value, "name": name})
        return Reply(f"Autorizado: {name} ({telegram_id}) con rol {role.value}.", stored=True)

    def revoke(self, admin: Actor, telegram_id: int) -> Reply:
        if admin.role != Role.ADMIN:
            return Reply("Solo un administrador puede revocar accesos.")
        if self.settings.staff_member(telegram_id) is not None:
            return Reply("Esa persona está en el archivo de configuración: quítela de ahí.")
        with transaction(self.engine) as session:
            record = session.get(StaffMemberRecord, telegram_id)
            if record is None or not record.active:
                return Reply(f"El id {telegram_id} no tenía acceso.")
            record.active = False
            session.add(record)
            self._audit(session, admin, "revoke", telegram_id, {"active": False})
        return Reply(f"Acceso revocado para {record.name} ({telegram_id}).", stored=True)

    def record_stranger(self, telegram_id: int, name: str) -> None:
        with transaction(self.engine) as session:
            self._audit(session, None, "stranger", telegram_id, {"name": name})

    # -- the dialogue -------------------------------------------------------------------------------

    def _run(self, key: str, actor: Actor, once: str | None, work: Work) -> Reply | None:
        now = self.clock()
        with transaction(self.engine) as session:
            session.info[INPUT_ID] = uuid.uuid4().hex
            if once is not None and not _first_time(session, once, now):
                log.info("repeated input %s ignored", once)
                return None
            pending = load_pending(session, key)
            ctx = Context(session=session, actor=actor, now=now, settings=self.settings)
            reply = work(ctx, pending)
            save_pending(session, key, reply.pending, now, replacing=pending is not None)
            return reply

    def _text(self, ctx: Context, pending: Pending | None, text: str) -> Reply:
        control = control_word(text)
        if control is Control.CANCEL:
            return Reply(CANCELLED if pending else "No había nada en curso.")
        if control is Control.UNDO:
            return self._undo(ctx)
        if pending is not None:
            return self._continue(ctx, pending, text, control)
        if control in (Control.YES, Control.NO):
            return Reply(NOTHING_PENDING)
        understanding = self.parser.parse(text, self._local_now(ctx))
        return self.registry.handle(ctx, understanding.intent, understanding.slots)

    def _continue(self, ctx: Context, pending: Pending, text: str, control: Control | None) -> Reply:
        if pending.kind is PendingKind.CONFIRM:
            if control is Control.YES:
                return self.registry.commit(ctx, pending.intent, pending.slots)
            if control is Control.NO:
                return Reply(DISCARDED)
            return self._correct(ctx, pending, text)
        if pending.kind is PendingKind.CHOOSE:
            if control is Control.NO:
                return Reply(CANCELLED)
            picked = _pick(text, len(pending.options))
            if picked is not None:
                return self.registry.handle(ctx, pending.intent, {**pending.slots, **pending.options[picked]})
            return self._fresh(ctx, text, otherwise=replace_reply(pending, PICK_A_NUMBER))
        return self._answer(ctx, pending, text, control)

    def _answer(self, ctx: Context, pending: Pending, text: str, control: Control | None) -> Reply:
        """The reply to a question fills its slot, unless it clearly is a new request."""
        if control is Control.NO:
            return Reply(CANCELLED)
        value = self.parser.fill(pending.intent, pending.slot or "", text, self._local_now(ctx))
        if value is not None:
            return self.registry.handle(ctx, pending.intent, {**pending.slots, pending.slot: value})
        return self._fresh(ctx, text, otherwise=replace_reply(pending, NOT_UNDERSTOOD))

    def _correct(self, ctx: Context, pending: Pending, text: str) -> Reply:
        """While a write awaits its yes, "es de obras" or "a las 11" amends it and shows it again."""
        understanding = self.parser.parse(text, self._local_now(ctx))
        if understanding.intent not in ("unknown", pending.intent) and understanding.confidence >= 0.8:
            return self.registry.handle(ctx, understanding.intent, understanding.slots)
        changes = {name: value for name, value in understanding.slots.items() if value not in (None, "")}
        if understanding.intent != pending.intent:
            changes = self._fill_any(ctx, pending, text)
        if changes:
            return self.registry.handle(ctx, pending.intent, {**pending.slots, **changes})
        return replace_reply(pending, CONFIRM_AGAIN)

    def _fill_any(self, ctx: Context, pending: Pending, text: str) -> dict[str, Any]:
        for slot in CORRECTABLE.get(pending.intent, ()):
            value = self.parser.fill(pending.intent, slot, text, self._local_now(ctx))
            if value is not None:
                return {slot: value}
        return {}

    def _fresh(self, ctx: Context, text: str, otherwise: Reply) -> Reply:
        understanding = self.parser.parse(text, self._local_now(ctx))
        if understanding.intent in ("unknown", "help"):
            return otherwise
        return self.registry.handle(ctx, understanding.intent, understanding.slots)

    def _undo(self, ctx: Context) -> Reply:
        entries = last_undoable_input(ctx.session, ctx.actor.telegram_id)
        if not entries:
            return Reply(NOTHING_TO_UNDO)
        if not all(self.registry.may(ctx, f"{entry.entity}.create") for entry in entries):
            return Reply("Su rol no permite deshacer cambios.")
        for entry in entries:
            undo(ctx.session, entry, ctx.actor.telegram_id, ctx.now)
        return Reply(undone_text(entries), stored=True)

    def _local_now(self, ctx: Context) -> datetime:
        return ctx.now.astimezone(self.settings.zone).replace(tzinfo=None)

    def _audit(self, session: Session, actor: Actor | None, action: str, subject: int, after: dict) -> None:
        session.add(AuditEntry(at=self.clock(), actor_id=actor.telegram_id if actor else None, action=action,
                               entity="staff_member", entity_id=str(subject), after=after))


CORRECTABLE = {
    "complaint.create": ("department", "address", "phone", "citizen"),
    "event.create": ("start", "place"),
    "invitation.create": ("start", "place"),
    "invitation.respond": ("delegate",),
}
"""Slots a user may amend by a short answer while a write awaits confirmation."""

UNDO_LISTED = 5
UNDONE_WHAT = {AuditAction.CREATE: "el registro", AuditAction.DELETE: "el borrado"}
UNDO_NAMES = {"invitation": "invitación", "event": "actividad", "contact": "contacto", "complaint": "reclamo",
              "efemeride": "efeméride"}


def undone_text(entries: list[AuditEntry]) -> str:
    """«Deshecho el borrado de actividad n.º 5.», or a short list when one input wrote several records."""
    items = [f"{UNDONE_WHAT.get(e.action, 'el cambio')} de {UNDO_NAMES.get(e.entity, e.entity)} n.º {e.entity_id}"
             for e in entries]
    if len(items) == 1:
        return f"Deshecho {items[0]}."
    shown = "\n".join(f"• {item}" for item in items[:UNDO_LISTED])
    more = f"\n… y {len(items) - UNDO_LISTED} más." if len(items) > UNDO_LISTED else ""
    return f"Deshechos {len(items)} cambios de su última acción:\n{shown}{more}"


def replace_reply(pending: Pending, lead: str) -> Reply:
    """Keep waiting for the same thing, saying so."""
    return Reply(lead, pending=pending)


_SEEN = select(ProcessedKey.key).where(col(ProcessedKey.key) == bindparam("once"))


def _first_time(session: Session, once: str, now: datetime) -> bool:
    """Record `once` as applied unless it already was (plain SQL: this runs for every update)."""
    connection = session.connection()
    if connection.execute(_SEEN, {"once": once}).first() is not None:
        return False
    connection.execute(insert(ProcessedKey), {"key": once, "at": now})
    return True


def _pick(text: str, count: int) -> int | None:
    digits = text.strip().rstrip(".)").lstrip("#").strip()
    if digits.isdigit() and 1 <= int(digits) <= count:
        return int(digits) - 1
    return None

