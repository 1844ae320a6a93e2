"""One path for every message: understand it, continue or start a dialogue, and call the handlers.

Transport-free: the console chat, the Telegram bot and the tests all drive this class. Each call is
one database transaction, so an answer, its pending state and any confirmed write are stored
together or not at all; `once` keys make a repeated delivery of the same input a no-op.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from bot import access
from bot.conversation import NOTHING_PENDING, Conversation
from bot.dialogue_state import load_step, save_pending
from bot.dialogue_words import asks_undo, removes_it, restored_by_name, without_manner
from bot.focus_store import Memory, load_memory, save_memory, spoken_day, with_update
from bot.meanwhile import NAMING_SLOTS
from bot.named_undo import as_it_is, entries_named, fields_named
from bot.pending_answers import option_labels
from bot.turn import Turn
from handlers.context import Actor, Context
from handlers.registry import NOT_ALLOWED, Registry
from handlers.reminders import parse_greeted_value, record_greeting
from handlers.reply import Reply
from nlu import Parser
from nlu.capabilities import record_name
from nlu.chat_headers import without_headers
from scheduler.actions import UNKNOWN, invitation_answer
from scheduler.legal import button_request as legal_button
from settings import Role, Settings
from storage.audit import INPUT_ID, AuditAction, last_undoable_input, undo
from storage.database import transaction
from storage.models import AuditEntry, ProcessedKey, StaffMemberRecord

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
Work = Callable[[Context, Turn], Reply]
"""One input's handling, given the conversation's state (its pending step, which it may answer or drop)."""

__all__ = ["NOTHING_PENDING", "Dispatcher"]
NOTHING_TO_UNDO = "No encuentro cambios suyos para deshacer."
NOTHING_NAMED_TO_UNDO = "No encuentro cambios suyos de «{}» para deshacer."


class Dispatcher:
    def __init__(self, engine: Engine, settings: Settings, parser: Parser, clock: Clock | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.parser = parser
        self.clock = clock or (lambda: datetime.now(UTC))
        self.registry = Registry()
        self.conversation = Conversation(parser, self.registry, settings)

    # -- entry points -------------------------------------------------------------------------------

    def handle_text(self, key: str, actor: Actor, text: str, once: str | None = None) -> Reply | None:
        return self._run(key, actor, once, lambda ctx, turn: self._text(ctx, turn, text))

    def handle_choice(self, key: str, actor: Actor, value: str, once: str | None = None) -> Reply | None:
        """A button press: its value is answered exactly as if the user had typed it."""
        return self.handle_text(key, actor, value, once)

    def handle_intent(self, key: str, actor: Actor, intent: str, slots: dict[str, Any],
                      once: str | None = None) -> Reply | None:
        """A slash command or a button of a scheduled message: a new request; a look-up keeps what was pending
        waiting, anything else drops it, and the reply says which."""
        return self._run(key, actor, once, lambda ctx, turn: self.conversation.instead(ctx, turn, intent, slots))

    def handle_scheduled(self, key: str, actor: Actor, value: str, once: str | None = None) -> Reply | None:
        """A button on a scheduled message (reminder, briefing): «Aceptar» becomes an ordinary, confirmed
        answer to the invitation; «Saludo enviado» is recorded at once (one tap, audited)."""
        answer = invitation_answer(value) or legal_button(value)
        if answer is not None:
            return self.handle_intent(key, actor, *answer, once=once)
        greeted = parse_greeted_value(value)
        if greeted is None:
            return Reply(UNKNOWN)
        return self._run(key, actor, once, lambda ctx, _turn: self._greeted(ctx, *greeted))

    def _greeted(self, ctx: Context, efemeride_id: int, year: int) -> Reply:
        if not ctx.actor.can_write:
            return Reply(NOT_ALLOWED)
        return record_greeting(ctx.session, efemeride_id, year, ctx.actor.telegram_id, ctx.now)

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
            step = load_step(session, key)
            memory = load_memory(session, key, now, self.settings.dialogue.focus_hours)
            turn = Turn(key=key, memory=memory)
            if step is not None and now - step.updated_at > timedelta(minutes=self.settings.dialogue.confirm_minutes):
                turn.expired = step.pending
            elif step is not None:
                turn.pending, turn.labels, turn.source, turn.queued = step.pending, step.labels, step.source, \
                    step.queued
            ctx = Context(session=session, actor=actor, now=now, settings=self.settings, focus=memory.focus)
            reply, queued = self.conversation.resumed(ctx, turn, work(ctx, turn))
            kept = step is not None and reply.pending == step.pending
            save_pending(session, key, reply.pending, now, replacing=step is not None,
                         labels=option_labels(reply) or (turn.labels if kept else ()),
                         source=turn.source if kept or turn.new_source is None else turn.new_source, queued=queued)
            self._remember(session, key, turn, reply, now)
            return reply

    def _remember(self, session: Session, key: str, turn: Turn, reply: Reply, now: datetime) -> None:
        """Fold what the reply showed, stored or changed into the conversation's memory; write it if it changed."""
        old = turn.memory
        focus = with_update(old.focus, reply.focus)
        if turn.query is not None:
            focus = replace(focus, query=turn.query)
        focus = replace(focus, day=spoken_day(reply.focus, turn.query) or focus.day)
        stored_at = (old.stored_at if turn.stored == old.stored else now) if turn.stored else None
        dropped = old.dropped if turn.dropped is None else {"intent": turn.dropped.intent,
                                                             "slots": turn.dropped.slots}
        if reply.pending is not None or reply.stored:
            dropped = None  # something new is proposed or stored: the old refusal is no longer what we talk about
        told = turn.source.get("text") if turn.stored and turn.source else old.told
        memory = Memory(focus, turn.stored, stored_at, exists=old.exists, dropped=dropped, told=told)
        if memory != old:
            save_memory(session, key, memory, now)

    def _text(self, ctx: Context, turn: Turn, text: str) -> Reply:
        """A dictated message («sí coma guárdala punto», «su fono es el nueve ocho…») is read as if typed, and one
        pasted from a chat app («[10:32] Juan: …») as if its header were not there."""
        text = without_manner(self.parser.dictated(without_headers(text)))
        if asks_undo(text) and turn.pending is not None:
            turn.cancelled = True  # «deshaz eso» while a proposal waits: that proposal, never what was stored before
            return Reply(UNDO_PROPOSAL)
        naming = restored_by_name(text)
        if naming and turn.pending is None:  # «deje la reunión de Vialidad como estaba»
            entries = entries_named(ctx.session, ctx.actor.telegram_id, naming)
            return (self._undo(ctx, entries, fields_named(naming)) if entries
                    else Reply(NOTHING_NAMED_TO_UNDO.format(" ".join(naming))))
        if asks_undo(text) or (turn.pending is None and removes_it(text) and self._created_just_now(ctx, turn)):
            return self._undo(ctx)
        return self.conversation.text(ctx, turn, text)

    def _created_just_now(self, ctx: Context, turn: Turn) -> bool:
        """«bórralo» right after a record was stored takes that creation back; after a change, or once the
        conversation moved on, it is a removal like any other."""
        entries = last_undoable_input(ctx.session, ctx.actor.telegram_id)
        return self.conversation.recently_stored(ctx, turn) and bool(entries) and all(
            entry.action == AuditAction.CREATE for entry in entries)

    def _undo(self, ctx: Context, entries: list[AuditEntry] | None = None,
              only: frozenset[str] = frozenset()) -> Reply:
        """Take back `entries`, by default the actor's latest input; with `only`, just those fields of them."""
        entries = entries if entries is not None else last_undoable_input(ctx.session, ctx.actor.telegram_id)
        if not entries:
            return Reply(NOTHING_TO_UNDO)
        if not all(self.registry.may(ctx, f"{entry.entity}.create") for entry in entries):
            return Reply("Su rol no permite deshacer cambios.")
        restored = [undo(ctx.session, entry, ctx.actor.telegram_id, ctx.now, only) for entry in entries]
        return Reply(undone_text(entries) + as_it_is(ctx, entries, restored), stored=True)

    def _audit(self, session: Session, actor: Actor | None, action: str, subject: int, after: dict) -> None:
        session.add(AuditEntry(at=self.clock(), actor_id=actor.telegram_id if actor else None, action=action,
                               entity="staff_member", entity_id=str(subject), after=after))


UNDO_PROPOSAL = ("Descartado lo que esperaba confirmación; no cambié nada. Si quería deshacer lo último guardado, "
                 "escriba «deshacer» otra vez.")
UNDO_LISTED = 5
UNDONE_WHAT = {AuditAction.CREATE: "el registro", AuditAction.DELETE: "el borrado"}


def undone_text(entries: list[AuditEntry]) -> str:
    """«Deshecho el borrado de actividad n.º 5 «reunión con el DAEM».», or a short list when one input wrote
    several records: named by its words, since «n.º 5» alone does not tell the user which one came back."""
    items = [f"{UNDONE_WHAT.get(e.action, 'el cambio')} de {record_name(e.entity)} n.º {e.entity_id}"
             f"{_undone_name(e)}" for e in entries]
    if len(items) == 1:
        return f"Deshecho {items[0]}."
    shown = "\n".join(f"• {item}" for item in items[:UNDO_LISTED])
    more = f"\n… y {len(items) - UNDO_LISTED} más." if len(items) > UNDO_LISTED else ""
    return f"Deshechos {len(items)} cambios de su última acción:\n{shown}{more}"


_SEEN = select(ProcessedKey.key).where(col(ProcessedKey.key) == bindparam("once"))


def _first_time(session: Session, once: str, now: datetime) -> bool:
    """Record `once` as applied unless it already was (plain SQL: this runs for every update)."""
    connection = session.connection()
    if connection.execute(_SEEN, {"once": once}).first() is not None:
        return False
    connection.execute(insert(ProcessedKey), {"key": once, "at": now})
    return True


def _undone_name(entry: AuditEntry) -> str:
    """« «reunión con el DAEM»», the record's words as it was before the undo, or empty when it has none."""
    record = entry.after or entry.before or {}
    name = next((value for slot in NAMING_SLOTS if isinstance(value := record.get(slot), str) and value), "")
    return f" «{name}»" if name else ""
