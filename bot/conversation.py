"""One typed message in its conversation: an answer to what is pending, a follow-up, or a new request.

The dispatcher owns the transaction and the stored state; this module decides what a message means
given that state. Answers to a pending step are read as answers (yes and no with courtesy, partial
corrections, added details, a pick from a list); a new request in the middle is handled and the
reply says what was dropped; an elliptical «¿y el viernes?» asks the last question again; an
unsure understanding offers its likeliest readings instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from bot.answers import read_answer
from bot.corrections import amendments
from bot.dialogue_words import Control, control_word, is_bare_yes, is_thanks
from bot.focus_store import Memory
from bot.followups import OPENING, follow_up
from bot.picking import pick
from bot.readings import READING, likely, offer, slots_as
from handlers.context import Context
from handlers.focus import Ref
from handlers.registry import Registry
from handlers.reply import Choice, Pending, PendingKind, Reply
from nlu import Parser
from nlu.understanding import Understanding
from settings import Settings
from storage.folding import fold
from storage.learning import Outcome, record_misunderstanding

NOTHING_PENDING = "No hay nada pendiente de confirmar. Escriba lo que necesita, o «ayuda»."
CANCELLED = "Cancelado. No se guardó nada."
DISCARDED = "Descartado. No se guardó nada."
CONFIRM_AGAIN = "Responda «sí» para guardar o «no» para descartar."
PICK_A_NUMBER = "Elija un número de la lista, o escriba «cancelar»."
NOT_UNDERSTOOD = "No le entendí. ¿Puede decirlo de otra forma? (o «cancelar»)"
ANSWER_THE_QUESTION = "Necesito la respuesta a la pregunta anterior (o «cancelar»)."
YOU_ARE_WELCOME = "De nada, a su disposición."
ALREADY_STORED = "Ya quedó guardado:"
REWRITE = "Escriba de nuevo lo que necesita, con otras palabras si puede."
NEW_REQUEST = 0.7
"""Confidence from which a message that is not an answer is taken as a new request."""
NEW_ACTION = 0.8
"""Confidence from which another write request wins over the details it also carries."""
TYPED_SLOTS = frozenset({"start", "end", "deadline", "date", "date_from", "date_to", "department", "phone", "email",
                         "response", "status", "ticket"})
"""Slots whose answer is a typed value: what fills them is the answer, whatever else it looks like."""
DETAIL_WORDS = frozenset({"se", "llama", "es", "su", "el", "la", "de", "del", "vecino", "vecina", "nombre", "fono",
                          "cel", "celular", "telefono", "correo", "mail", "direccion", "don", "dona", "sr", "sra",
                          "senor", "senora", "lo", "ingreso", "y", "en", "a", "numero"})
"""Words that frame a detail rather than describe a new request."""
CHANGE_VERBS = frozenset({"update", "move"})
CONTENT_SLOTS = ("title", "description", "name", "organizer", "reference", "query")
QUESTION_OPENING = re.compile(r"^\W*(?:que|q|cual|cuales|cuando|donde|cuantos|cuantas|quien|como|me\s+das|dame|"
                              r"muestrame|ver|hay)\b")
OPTION_LINE = re.compile(r"^\s*(\d+)\.\s+(.*\S)\s*$")
SHOW = {"contact": ("contact.query", "query"), "complaint": ("complaint.query", "ticket")}
"""How to show one listed record again, by the slot its label fills."""
MAX_PICK_WORDS = 4
WHAT = {"invitation.create": "la invitación", "event.create": "la actividad", "contact.create": "el contacto",
        "complaint.create": "el reclamo", "efemeride.create": "la efeméride",
        "invitation.respond": "la respuesta a la invitación"}


@dataclass
class Turn:
    """One input: the state it found, and what it leaves for the memory besides its reply."""

    key: str
    pending: Pending | None = None
    labels: tuple[str, ...] = ()
    expired: Pending | None = None
    memory: Memory = field(default_factory=Memory)
    source: dict[str, Any] | None = None
    """The message the pending step came from (text and understanding), kept to learn from a «no»."""
    query: tuple[str, dict[str, Any]] | None = None
    stored: str | None = None
    """The reply of a write this input confirmed; remembered only until the next input, unless that repeats it."""
    new_source: dict[str, Any] | None = None


class Conversation:
    def __init__(self, parser: Parser, registry: Registry, settings: Settings) -> None:
        self.parser = parser
        self.registry = registry
        self.settings = settings

    # -- a typed message -----------------------------------------------------------------------------

    def text(self, ctx: Context, turn: Turn, text: str) -> Reply:
        control = control_word(text)
        if control is Control.CANCEL:
            if turn.pending is not None:
                self._learn(ctx, turn, Outcome.CANCELLED, text)
            return Reply(CANCELLED if turn.pending or turn.expired else "No había nada en curso.")
        if turn.pending is not None:
            return self._continue(ctx, turn, text)
        if turn.expired is not None and turn.expired.kind is PendingKind.CONFIRM and control in (Control.YES,
                                                                                                 Control.NO):
            return self._expired(ctx, turn.expired, control)
        if control is Control.YES and is_bare_yes(text) and self._recently_stored(ctx, turn):
            turn.stored = turn.memory.stored
            return Reply(f"{ALREADY_STORED} {turn.memory.stored}")
        if is_thanks(text):
            return Reply(YOU_ARE_WELCOME)
        if control in (Control.YES, Control.NO):
            return Reply(NOTHING_PENDING)
        return self._request(ctx, turn, text)

    def _request(self, ctx: Context, turn: Turn, text: str) -> Reply:
        understanding = self.parser.parse(text, self.local_now(ctx))
        follow = follow_up(self.parser, ctx.focus.query, text, understanding, self.local_now(ctx))
        if follow is not None:
            return self.handle(ctx, turn, *follow)
        shown = self._from_list(ctx, turn, text, understanding)
        if shown is not None:
            return shown
        readings = likely(understanding)
        if readings:
            self._learn_now(ctx, turn, text, understanding, Outcome.FALLBACK)
            return offer(text, readings)
        if understanding.intent == "unknown":
            self._learn_now(ctx, turn, text, understanding, Outcome.FALLBACK)
        turn.new_source = {"text": text, "understood": understanding.as_json()}
        return self.handle(ctx, turn, understanding.intent, understanding.slots)

    def handle(self, ctx: Context, turn: Turn, intent: str, slots: dict[str, Any]) -> Reply:
        """A request handled; a question answered is remembered for «¿y el viernes?»."""
        reply = self.registry.handle(ctx, intent, slots)
        if intent.endswith(".query") and reply.pending is None:
            turn.query = (intent, dict(slots))
        return reply

    def _from_list(self, ctx: Context, turn: Turn, text: str, understanding: Understanding) -> Reply | None:
        """«el 2», «la segunda», «el de Bravo» right after a list, or «¿y cuándo vence?» right after a record,
        asking nothing else: that record, shown again (with all its details)."""
        if understanding.intent not in ("unknown", "help"):
            return None
        listed = ctx.focus.listed
        picked = pick(text, tuple(ref.label for ref in listed), len(listed)) if listed else []
        if len(picked) == 1 and len(fold(text).split()) <= MAX_PICK_WORDS:
            ref: Ref | None = listed[picked[0]]
        elif OPENING.match(text.strip() + " "):
            ref = ctx.focus.last()  # «¿y cuándo vence?» about the record just stored or shown
        else:
            return None
        if ref is None or ref.entity not in SHOW:
            return None
        intent, slot = SHOW[ref.entity]
        value = self.parser.fill(intent, slot, ref.label, self.local_now(ctx))
        return self.handle(ctx, turn, intent, {slot: value}) if value is not None else None

    # -- answers to a pending step -------------------------------------------------------------------

    def _continue(self, ctx: Context, turn: Turn, text: str) -> Reply:
        pending = turn.pending
        assert pending is not None
        if pending.kind is PendingKind.CONFIRM:
            return self._confirm(ctx, turn, pending, text)
        if pending.kind is PendingKind.CHOOSE:
            return self._choose(ctx, turn, pending, text)
        return self._answer(ctx, turn, pending, text)

    def _confirm(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        answer = read_answer(text)
        if answer.control is Control.YES and not answer.rest:
            return self._commit(ctx, turn, pending)
        if answer.control is Control.NO and not answer.rest:
            self._learn(ctx, turn, Outcome.REFUSED, text)
            return Reply(DISCARDED)
        now = self.local_now(ctx)
        understanding = self.parser.parse(text, now)
        changes = amendments(self.parser, pending.intent, pending.slots, answer.rest or text, now)
        if self._is_new_request(understanding, pending, changes, text):
            return self._instead(ctx, turn, pending, understanding, text)
        if changes:
            self._learn(ctx, turn, Outcome.CORRECTED, text)
            return self.registry.handle(ctx, pending.intent, {**pending.slots, **changes})
        if answer.control is Control.YES:
            return self._commit(ctx, turn, pending)
        if answer.control is Control.NO:
            self._learn(ctx, turn, Outcome.REFUSED, text)
            return Reply(DISCARDED)
        return Reply(CONFIRM_AGAIN, pending=pending)

    def _commit(self, ctx: Context, turn: Turn, pending: Pending) -> Reply:
        reply = self.registry.commit(ctx, pending.intent, pending.slots)
        if reply.stored:
            turn.stored = reply.text
        return reply

    def _choose(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        if control_word(text) is Control.NO:
            return Reply(CANCELLED)
        picked = pick(text, turn.labels, len(pending.options))
        if len(picked) == 1:
            option = pending.options[picked[0]]
            if pending.intent == READING:
                return self._reading(ctx, turn, pending, option)
            return self.handle(ctx, turn, pending.intent, {**pending.slots, **option})
        if len(picked) > 1:
            return _narrowed(pending, turn.labels, picked)
        if is_thanks(text):
            return Reply(YOU_ARE_WELCOME)
        if pending.intent == READING:
            return self._request(ctx, turn, text)  # the offer was only a suggestion: read the new message afresh
        understanding = self.parser.parse(text, self.local_now(ctx))
        if understanding.intent not in ("unknown", "help") and understanding.confidence >= NEW_REQUEST:
            return self._instead(ctx, turn, pending, understanding, text)
        return Reply(PICK_A_NUMBER, choices=_choices(turn.labels), pending=pending)

    def _reading(self, ctx: Context, turn: Turn, pending: Pending, option: dict[str, Any]) -> Reply:
        """One of the offered readings was chosen: handle the message as that, asking what it lacks."""
        intent, text = option.get("intent") or "", str(pending.slots.get("text", ""))
        if not intent:
            return Reply(REWRITE)
        return self.handle(ctx, turn, intent, slots_as(self.parser, text, intent, self.local_now(ctx)))

    def _answer(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        """The reply to a question fills its slot, unless it clearly is a new request."""
        answer = read_answer(text)
        if answer.control is Control.NO and not answer.rest:
            return Reply(CANCELLED)
        if answer.control is Control.YES and not answer.rest:
            return Reply(ANSWER_THE_QUESTION, pending=pending)
        now = self.local_now(ctx)
        understanding = self.parser.parse(text, now)
        typed = pending.slot in TYPED_SLOTS
        if not typed and _is_other_action(understanding, pending):
            return self._instead(ctx, turn, pending, understanding, text)
        value = self.parser.fill(pending.intent, pending.slot or "", answer.rest or text, now)
        if value is not None:
            return self.handle(ctx, turn, pending.intent, {**pending.slots, pending.slot: value})
        if understanding.intent not in ("unknown", "help"):
            return self._instead(ctx, turn, pending, understanding, text)
        return Reply(NOT_UNDERSTOOD, pending=pending)

    def _is_new_request(self, understanding: Understanding, pending: Pending, changes: dict[str, Any],
                        text: str) -> bool:
        """A message that asks for something else, rather than correcting or completing the proposal."""
        intent = understanding.intent
        if intent in ("unknown", "help") or understanding.confidence < NEW_REQUEST:
            return False
        if intent == pending.intent:
            return _other_content(understanding.slots, pending.slots, changes)
        if changes and intent.rpartition(".")[2] in CHANGE_VERBS and (
                "reference" not in understanding.slots or _family(intent) == _family(pending.intent)):
            return False  # «cámbialo a las 18:30» while a proposal is shown: «it» is the proposal
        if intent.endswith(".query"):
            return not changes or _is_question(text)
        return not changes or understanding.confidence >= NEW_ACTION

    def _instead(self, ctx: Context, turn: Turn, pending: Pending, understanding: Understanding, text: str) -> Reply:
        """A new request in the middle: handled, and the reply says what was left unsaved."""
        turn.new_source = {"text": text, "understood": understanding.as_json()}
        reply = self.handle(ctx, turn, understanding.intent, understanding.slots)
        return replace(reply, text=f"{dropped(pending)}\n\n{reply.text}")

    def _expired(self, ctx: Context, pending: Pending, control: Control) -> Reply:
        minutes = _minutes(self.settings.dialogue.confirm_minutes)
        if control is Control.NO:
            return Reply(f"Esa propuesta ya había vencido (más de {minutes}); no se guardó nada.")
        preview = self._preview(ctx, pending)
        return Reply(f"Esa propuesta venció: pasaron más de {minutes} sin respuesta, así que no guardé nada.\n"
                     f"Lo que quedó sin guardar:\n{preview}\n\nSi aún corresponde, escríbalo de nuevo.")

    def _preview(self, ctx: Context, pending: Pending) -> str:
        """How the dropped proposal read, without its question; its handler only reads."""
        text = self.registry.handle(ctx, pending.intent, pending.slots).text
        head, _, tail = text.rpartition("\n\n")
        return head if head and "¿" in tail else text

    def _recently_stored(self, ctx: Context, turn: Turn) -> bool:
        at = turn.memory.stored_at
        return bool(turn.memory.stored) and at is not None and ctx.now - at <= timedelta(
            minutes=self.settings.dialogue.confirm_minutes)

    # -- learning from use ---------------------------------------------------------------------------

    def _learn(self, ctx: Context, turn: Turn, outcome: Outcome, followed_by: str) -> None:
        """The message behind the pending step was misunderstood: the user refused, cancelled or corrected it."""
        if turn.source and turn.source.get("text"):
            record_misunderstanding(ctx.session, turn.key, turn.source["text"], turn.source.get("understood", {}),
                                    outcome, ctx.now, followed_by, self.settings.learning.retention_days)

    def _learn_now(self, ctx: Context, turn: Turn, text: str, understanding: Understanding, outcome: Outcome) -> None:
        record_misunderstanding(ctx.session, turn.key, text, understanding.as_json(), outcome, ctx.now,
                                retention_days=self.settings.learning.retention_days)

    def local_now(self, ctx: Context) -> datetime:
        return ctx.now.astimezone(self.settings.zone).replace(tzinfo=None)


def dropped(pending: Pending) -> str:
    """«Dejé sin guardar la invitación «cena aniversario».», naming what the user would otherwise miss."""
    what = WHAT.get(pending.intent, "la propuesta anterior")
    if pending.kind is PendingKind.CHOOSE:
        return "(Dejé sin responder la elección anterior.)"
    if pending.kind is PendingKind.ASK:
        return f"(Dejé sin completar {what}.)"
    named = next((value for slot in CONTENT_SLOTS if isinstance(value := pending.slots.get(slot), str) and value), "")
    return f"(Dejé sin guardar {what}{f' «{named}»' if named else ''}.)"


def option_labels(reply: Reply) -> tuple[str, ...]:
    """How a choice's options read on screen («1. cena de aniversario, Club de Leones»), to pick them by words."""
    if reply.pending is None or reply.pending.kind is not PendingKind.CHOOSE:
        return ()
    lines = [found.group(2) for line in reply.text.splitlines() if (found := OPTION_LINE.match(line))]
    if len(lines) >= len(reply.pending.options):
        return tuple(lines[-len(reply.pending.options):])
    return tuple(choice.label.partition(". ")[2] or choice.label for choice in reply.choices)


def _narrowed(pending: Pending, labels: tuple[str, ...], picked: list[int]) -> Reply:
    """Several items fit the words: ask again, listing only those."""
    options = tuple(pending.options[index] for index in picked)
    shown = [labels[index] for index in picked]
    lines = ["Calza con más de una. ¿Cuál de estas?"] + [f"{n}. {label}" for n, label in enumerate(shown, start=1)]
    return Reply("\n".join(lines), choices=_choices(tuple(shown)), pending=replace(pending, options=options))


def _choices(labels: tuple[str, ...]) -> tuple[Choice, ...]:
    return tuple(Choice(f"{n}. {label}"[:60], str(n)) for n, label in enumerate(labels, start=1))


def _other_content(new: dict[str, Any], old: dict[str, Any], changes: dict[str, Any]) -> bool:
    """The same kind of request about something else: another title, description, name or organizer, in words
    that the details it adds («se llama Pedro Soto, cel …») do not account for."""
    explained = {word for value in changes.values() if isinstance(value, str) for word in fold(value).split()}
    for slot in CONTENT_SLOTS:
        value = new.get(slot)
        if not isinstance(value, str) or fold(value) == fold(str(old.get(slot, ""))):
            continue
        own = [word for word in fold(value).split() if word not in explained and word not in DETAIL_WORDS]
        if len(own) >= 2:
            return True
    return False


def _is_other_action(understanding: Understanding, pending: Pending) -> bool:
    intent = understanding.intent
    return (intent not in ("unknown", "help", pending.intent) and not intent.endswith(".query")
            and understanding.confidence >= NEW_ACTION)


def _family(intent: str) -> str:
    return intent.partition(".")[0]


def _is_question(text: str) -> bool:
    return "?" in text or QUESTION_OPENING.match(fold(text)) is not None


def _minutes(value: float) -> str:
    return f"{value:g} minutos" if value < 120 else f"{value / 60:g} horas"
