"""A message while the conversation waits for something: a yes or no, a pick, an answer, or what replaces it.

Answers are read as answers (yes and no with courtesy; partial corrections and added details that
amend the proposal and show it again, among them the answers the proposal's own capability declares, such as
«solo invitar»; a pick by number, ordinal or words). A new request in the middle is handled: a look-up keeps
the step waiting, anything else drops it, and the reply says which (`bot.meanwhile`). A proposal that waited too
long is never stored by a late yes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any

from bot.answers import CLAUSE_BREAK, dismissed, read_answer
from bot.asides import tells_of_the_mayor
from bot.corrected_delegates import corrected_delegate
from bot.corrections import amendments
from bot.day_in_focus import on_the_proposals_day
from bot.denials import answer_to, denied
from bot.dialogue_words import (
    TOLD_COPULAS,
    Control,
    confirms,
    control_word,
    is_bare_yes,
    is_thanks,
    only_praise,
    only_wishes,
    promises_later,
    removes_it,
    without_destination_lead,
)
from bot.followups import follow_up
from bot.held_values import denies_any_held
from bot.how_to import asked_topic, asks_how
from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS, meanwhile, still_waiting, without_private
from bot.named_detail import asks_if_stored
from bot.new_request import (
    NEW_REQUEST,
    changes_the_proposal,
    is_look_up,
    is_new_request,
    is_other_action,
    is_other_step,
    is_question,
    may_be_aside,
    says_more,
    talks_about_the_day,
    tells_who,
)
from bot.periods import fill_within, without_period
from bot.picking import pick, the_only_one
from bot.readings import READING, slots_as
from bot.record_readings import does, says_all, verb_actions
from bot.same_record import other_change
from bot.same_values import SAME_VALUES_IN, with_values_just_stored
from bot.turn import Handle, Turn, learn_from_pending, local_now
from handlers.context import Context
from handlers.focus import FocusUpdate
from handlers.registry import Registry
from handlers.reply import Choice, Pending, PendingKind, Reply
from nlu import Parser
from nlu.understanding import Understanding
from settings import Settings
from storage.folding import fold
from storage.learning import Outcome

REMARK_CONFIDENCE = 0.5
"""Below this margin between its two likeliest readings, a clause beside a yes is a remark, not a request."""
ANSWER_THEN_PAUSE = re.compile(r"^\W*(?:s[ií]|no|ya|ok|dale|claro)\b\W*[,.;:!]", re.IGNORECASE)
"""«no, mejor a las 19»: an answer word set apart by punctuation answers; «no tiene agua» is a sentence."""

ALREADY_STORED = "Ya quedó guardado:"
NOT_STORED_YET = "Todavía no está guardado."
NOT_CHANGED_YET = "Todavía no está hecho el cambio."
CANCELLED = "Cancelado. No se guardó nada."
DISCARDED = "Descartado. No se guardó nada."
VALUE_QUESTIONS = {"department": "¿Qué unidad o departamento, entonces?"}
"""What a correction whose value was not understood asks for, by the slot it was meant to change."""
VALUE_MISSING = "Antes de guardar me falta ese dato, ya que el anterior no era: escríbalo, o «no» para descartar."
CONFIRM_AGAIN = "Responda «sí» para guardar o «no» para descartar."
PICK_A_NUMBER = "Elija un número de la lista, o escriba «cancelar»."
NOT_UNDERSTOOD = "No le entendí. ¿Puede decirlo de otra forma? (o «cancelar»)"
ANSWER_THE_QUESTION = "Con «sí» no me alcanza: falta un dato antes de poder guardar (o escriba «cancelar»)."
YOU_ARE_WELCOME = "De nada, a su disposición."
LIKEWISE = "Igualmente, muchas gracias. Aquí estoy para lo que necesite."
THANKED = "¡Muchas gracias! Aquí estoy para lo que necesite."
CHATTED = "¡Ánimo! Aquí estoy para ayudarle con la agenda, las invitaciones, los reclamos o los contactos."
MAX_REFERENCE_WORDS = 5
REWRITE = "Escriba de nuevo lo que necesita, con otras palabras si puede."
TYPED_SLOTS = frozenset({"start", "end", "deadline", "date", "date_from", "date_to", "department", "phone", "email",
                         "response", "status", "ticket"})
"""Slots whose answer is a typed value: what fills them is the answer, whatever else it looks like."""
FIRST_CLAUSE = re.compile(r"[,;.:!]+|\s+y\s+", re.IGNORECASE)
"""Where a first clause ends: a pause, or «y» before what comes next («guárdala y agenda …»)."""
ANSWER_SLOTS = ("response", "delegate")
"""What an answer to a record says: a new one of these for the same record replaces the answer waiting."""
DESTINATION_SLOTS = frozenset({"body"})
"""Slots that name where a record goes: their answer may open with the question's «a» («al Servicio …»)."""
OPTION_LINE = re.compile(r"^\s*(\d+)\.\s+(.*\S)\s*$")


Request = Callable[[Context, Turn, str], Reply]
Act = Callable[[Context, Turn, str, Understanding], Reply]


ACCENTED = str.maketrans({"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]", " ": r"\s+"})
TOLD_WITH = re.compile(r"\s*,\s*(?:" + "|".join(copula.translate(ACCENTED) for copula in TOLD_COPULAS)
                       + r")\s+(?=(?:con|de|del|para)\b)", re.IGNORECASE)
"""«el jueves, es con la directiva de la junta»: the copula before whom an answer says the activity is with."""


class PendingAnswers:
    def __init__(self, parser: Parser, registry: Registry, settings: Settings, handle: Handle,
                 request: Request, act: Act) -> None:
        self.parser = parser
        self.registry = registry
        self.settings = settings
        self.handle = handle
        """Handles a request as the conversation does (remembering a query for follow-ups)."""
        self.request = request
        """Reads a message afresh, as a new request."""
        self.act = act
        """Handles a request understood, as the record it points at decides."""

    def answer(self, ctx: Context, turn: Turn, text: str) -> Reply:
        """A message while a step waits: an answer to it, a correction, or a new request that drops it."""
        pending = turn.pending
        assert pending is not None
        if asks_if_stored(self.parser.vocabulary, text):
            return self._not_stored_yet(ctx, pending)
        if pending.kind is PendingKind.CONFIRM:
            turn.confirms_all = bool(turn.queued) and says_all(self.parser, text)
            return self._confirm(ctx, turn, pending, text)
        if pending.kind is PendingKind.CHOOSE:
            return self._choose(ctx, turn, pending, text)
        return self._answer(ctx, turn, pending, text)

    def _not_stored_yet(self, ctx: Context, pending: Pending) -> Reply:
        """«¿quedó guardado?» before the yes: not yet, and what waits is shown again as it was asked (with its
        buttons), still waiting; the question is neither a yes nor a request that drops the step. A change of a
        stored record («¿ya quedó cambiado?») is told as a change not made, since the record itself is stored."""
        not_yet = NOT_CHANGED_YET if pending.intent in self.registry.acts_on else NOT_STORED_YET
        shown = self.registry.handle(ctx, pending.intent, without_private(pending.slots))
        if shown.pending is None or shown.pending.kind is not pending.kind:
            return Reply(f"{not_yet}\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        return replace(shown, text=f"{not_yet}\n\n{shown.text}", pending=pending)

    def _confirm(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        """A yes stores, a no discards; what else it says corrects the proposal, or replaces it visibly."""
        answer = read_answer(text)
        now = on_the_proposals_day(self.parser, pending, text, local_now(ctx, self.settings))
        if pending.slot is not None:  # «¿Dónde es, entonces?» waits: the right value, or what else is said
            asked = self._asked_value(ctx, turn, pending, text, answer.control, now)
            if asked is not None:
                return asked
            pending = replace(pending, slot=None)
        if answer.control is Control.YES and not answer.rest:
            return self._commit(ctx, turn, pending)
        amended = self.registry.amended(pending.intent, pending.slots, text)
        if amended is not None:  # «solo invitar»: an answer the proposal's own capability declared, shown again
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            return self.registry.handle(ctx, pending.intent, amended)
        if asks_how(self.parser, text, now):  # «¿cómo agendo una reunión?» accepts nothing: help, and it still waits
            helped = self.registry.handle(ctx, "help", {"topic": asked_topic(self.parser, text, now)})
            return replace(helped, text=f"{helped.text}\n\n{still_waiting(self.registry, ctx, pending)}",
                           pending=pending)
        delegate = corrected_delegate(self.parser, pending.intent, pending.slots, text, now)
        if delegate is not None:  # «el concejal Pizarro no, la concejala Tapia»: who goes instead, never a decline
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            return self.registry.handle(ctx, pending.intent, {**pending.slots, "delegate": delegate})
        denial = None if answer.control is Control.YES else denied(self.parser, pending.intent, pending.slots,
                                                                    text, now)
        if denial is not None:  # «no, no es en el gimnasio»: the proposal stays, and the right value is asked for
            slot, question = denial
            return Reply(question, pending=replace(pending, slot=slot))
        if (answer.control is Control.NO and (not answer.rest or dismissed(text))) or _removes_proposal(pending, text):
            learn_from_pending(ctx, turn, Outcome.REFUSED, text, self.settings)
            turn.dropped = pending
            return Reply(DISCARDED)
        if is_thanks(text) and only_wishes(text):  # «que tenga buen fin de semana» names a day, and moves nothing
            return Reply(f"{courteous(text)}\n\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        if self.accepted(pending, text, now) and not amendments(self.parser, pending.intent, pending.slots,
                                                                answer.rest or text, now) \
                and not self._another_of_its_kind(pending, text, now):
            return self._commit(ctx, turn, pending)
        then = _then(text, answer.rest if answer.control is Control.YES and ANSWER_THEN_PAUSE.match(text) else "",
                     lambda head: self.accepted(pending, head, now))
        if then:  # «ya. q tiene el alcalde el jueves», «guárdala y agenda también …»: a yes, then a request
            asked = self.parser.parse(then, now)
            changes = amendments(self.parser, pending.intent, pending.slots, then, now)
            if is_new_request(self.parser, asked, pending, changes, then):
                return self._yes_and_then(ctx, turn, pending, asked, then)
        understanding = self.parser.parse(text, now)
        again = self._answered_again(ctx, pending, understanding)
        if again is not None and _same_record(again, pending):
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            turn.new_source = {"text": text, "understood": understanding.as_json()}
            return again
        if again is not None:  # «la del club dígale que no» while the junta's answer waits: that one is set aside
            return self._instead(ctx, turn, pending, understanding, text)
        if answer.control is None and tells_of_the_mayor(self.parser, text, understanding) \
                and not denies_any_held(self.parser, pending.slots, text):
            return Reply(still_waiting(self.registry, ctx, pending), pending=pending)  # news, not a correction
        said = answer.rest if answer.control is not None else text  # «es la señora Juana Pérez, fono …» answers
        changes = amendments(self.parser, pending.intent, pending.slots, said or text, now) or (  # nothing: whole
            amendments(self.parser, pending.intent, pending.slots, text, now) if said else {})
        # «no, solo este año»: the opening words the answer left out («solo») may be the correction's own
        instead = None if changes else other_change(self.parser, self.registry.acts_on, pending.intent, pending.slots,
                                                    understanding)
        if instead is not None:  # «no, mejor pásala al jueves» to «¿La cancelo?»: that change of the same record
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            return self.handle(ctx, turn, *instead)
        if not changes and changes_the_proposal(understanding, pending):
            return self._unchanged(ctx, pending, understanding)
        followed = None if changes else self._follow_up(ctx, turn, pending, text, understanding, now)
        if followed is not None:
            return followed
        aside = may_be_aside(understanding, changes, text, answer.control is not None, now.date())
        if aside and talks_about_the_day(text, self.parser.parse_as(text, now, pending.intent)):  # «jaja q calor hoy»
            return Reply(still_waiting(self.registry, ctx, pending), pending=pending)
        if is_new_request(self.parser, understanding, pending, changes, text):
            if answer.control is Control.NO and not changes and not understanding.intent.endswith(LOOK_UPS):
                return self._no_with_reason(ctx, turn, pending, understanding, text)
            return self._instead(ctx, turn, pending, understanding, text)
        if answer.control is not Control.YES:  # «sí, gracias jefa» is a yes, whatever «jefa» may name
            changes = changes or self._other_record(pending, answer.rest, understanding)
        if changes:
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            slots = {slot: value for slot, value in pending.slots.items() if not slot.endswith("_id") or
                     "reference" not in changes}
            return self.registry.handle(ctx, pending.intent, {**slots, **changes})
        if answer.control is Control.YES:
            return self._commit(ctx, turn, pending)
        if answer.control is Control.NO:
            learn_from_pending(ctx, turn, Outcome.REFUSED, text, self.settings)
            turn.dropped = pending
            return Reply(DISCARDED)
        if is_thanks(text):  # «gracias, ya te digo»: thanked, and the proposal still waits, visibly
            return Reply(f"{courteous(text)}\n\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        if understanding.intent == "help":  # «ayuda» while a proposal waits: help, and the proposal still waits
            helped = self.registry.handle(ctx, "help", {"topic": asked_topic(self.parser, text, now)})
            waiting = still_waiting(self.registry, ctx, pending)
            return replace(helped, text=f"{helped.text}\n\n{waiting}", pending=pending)
        if understanding.intent == "unknown" and is_question(text):  # «¿y cuándo pagan el aguinaldo?»: not for me
            unknown = self.registry.handle(ctx, "unknown", {})
            return Reply(f"{unknown.text}\n\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        return Reply(CONFIRM_AGAIN, pending=pending)

    def _answered_again(self, ctx: Context, pending: Pending, understanding: Understanding) -> Reply | None:
        """«la de la junta mejor dígale que no, que va el concejal Rivas» while «Respuesta: aceptar» waits: another
        answer, proposed for the record its words name (the waiting one when they name none)."""
        said = understanding.slots
        if understanding.intent != pending.intent or "response" not in said or all(
                said.get(slot) == pending.slots.get(slot) for slot in ANSWER_SLOTS):
            return None
        kept = {slot: value for slot, value in pending.slots.items() if slot.endswith("_id")}
        reply = self.registry.handle(ctx, pending.intent, said if said.get("reference") else {**said, **kept})
        return reply if reply.pending is not None and reply.pending.kind is PendingKind.CONFIRM else None

    def _asked_value(self, ctx: Context, turn: Turn, pending: Pending, text: str, control: Control | None,
                     now: datetime) -> Reply | None:
        """The answer to the value asked for after a denial: it fills that value and the proposal is shown again; a
        bare yes is asked again (the denied value is not stored); anything else is read as while any proposal waits."""
        if control is Control.YES and not read_answer(text).rest:
            return Reply(VALUE_MISSING, pending=pending)
        changes = amendments(self.parser, pending.intent, pending.slots, text, now)
        if not changes and control is None:
            changes = answer_to(self.parser, pending.slot or "", text)
        if changes and not is_new_request(self.parser, self.parser.parse(text, now), pending, changes, text):
            learn_from_pending(ctx, turn, Outcome.CORRECTED, text, self.settings)
            return self.registry.handle(ctx, pending.intent, {**pending.slots, **changes})
        return None

    def accepted(self, pending: Pending, text: str, now: datetime) -> bool:
        """«ok no topa, guarda la invitación», «si bórralo» (to a removal), «ahí sí, agéndala nomás»: a clause accepts
        the proposal in words, and the others ask for nothing (a remark, thanks); a «no» first refuses instead."""
        clauses = [clause for clause in CLAUSE_BREAK.split(text) if clause.strip()]
        said = [clause for clause in clauses if confirms(clause, partial(does, self.parser, pending.intent))]
        if not said or control_word(clauses[0]) is Control.NO or promises_later(text):  # «ok, le aviso más rato»
            return False
        return all(clause in said or is_thanks(clause) or self._remark(clause, now) for clause in clauses)

    def _another_of_its_kind(self, pending: Pending, text: str, now: datetime) -> bool:
        """«agrega contacto: Pedro Soto» while Alejandra's card waits: the verb that would store the proposal opens
        another record of its kind, which is asked for, not a yes to the one waiting."""
        reading = self.parser.parse(text, now)
        return reading.intent == pending.intent and is_new_request(self.parser, reading, pending, {}, text)

    def _remark(self, clause: str, now: datetime) -> bool:
        """A clause beside the yes that asks for nothing: chatter, or a reading too unsure to be a request of its own
        («ahora sí confirmaron, guárdala»: the news that lets the proposal be stored)."""
        reading = self.parser.parse(clause, now)
        return reading.intent in ("unknown", "help") or reading.confidence < REMARK_CONFIDENCE

    def _unchanged(self, ctx: Context, pending: Pending, understanding: Understanding) -> Reply:
        """«no, que la responda la DOM» when the proposal already says so, or names a unit nobody knows: the
        proposal stays, shown again, or asking for the value the correction left unread."""
        declared = self.parser.intents[pending.intent].slots
        slot = next((slot for slot in understanding.missing if slot in declared), None)
        if slot is not None:
            return Reply(VALUE_QUESTIONS.get(slot, VALUE_MISSING), pending=replace(pending, slot=slot))
        return self.registry.handle(ctx, pending.intent, pending.slots)

    def _follow_up(self, ctx: Context, turn: Turn, pending: Pending, text: str, understanding: Understanding,
                   now: datetime) -> Reply | None:
        """«¿y el de conaf?» after a contact was shown, while a proposal waits: the last question asked again about
        that, answered, and the proposal still waiting, visibly."""
        follow = follow_up(self.parser, self.registry.follow_ups, ctx.focus.query, text, understanding, now)
        if follow is None:
            return None
        return meanwhile(self.registry, ctx, pending, self.handle(ctx, turn, *follow), turn)

    def _no_with_reason(self, ctx: Context, turn: Turn, pending: Pending, understanding: Understanding,
                        text: str) -> Reply:
        """«no, todavía no confirman»: a «no» whose reason reads like a request; when that request finds nothing to
        act on, the reason was only a reason and the proposal is discarded."""
        instead = self.act(ctx, turn, text, understanding)
        if instead.pending is not None or instead.stored:
            return meanwhile(self.registry, ctx, pending, instead, turn)
        learn_from_pending(ctx, turn, Outcome.REFUSED, text, self.settings)
        turn.dropped = pending
        return Reply(DISCARDED)

    def _yes_and_then(self, ctx: Context, turn: Turn, pending: Pending, understanding: Understanding,
                      text: str) -> Reply:
        """«ya. q tiene el alcalde el jueves»: a yes set apart, then a request of its own. Both are done, and the
        reply says both: what was stored, then the answer to the request."""
        stored = self._commit(ctx, turn, pending)
        if understanding.intent in SAME_VALUES_IN:  # «anota: el mismo día, a la misma hora, …»: the one just stored
            understanding = self.parser.parse(with_values_just_stored(ctx, stored.focus, text),
                                              local_now(ctx, self.settings))
        turn.new_source = {"text": text, "understood": understanding.as_json()}
        then = self.handle(ctx, turn, understanding.intent, understanding.slots)
        return replace(then, text=f"{stored.text}\n\n{then.text}", stored=stored.stored or then.stored,
                       focus=merged(stored.focus, then.focus))

    def _other_record(self, pending: Pending, rest: str, understanding: Understanding) -> dict[str, Any]:
        """«no, la primera», «no, la del Rotary»: the proposal was about another record, named in a few words."""
        declared = self.parser.intents[pending.intent].slots if pending.intent in self.parser.intents else ()
        if ("reference" not in declared or not rest or understanding.intent not in ("unknown", "help")
                or len(fold(rest).split()) > MAX_REFERENCE_WORDS):
            return {}
        return {"reference": rest}

    def _commit(self, ctx: Context, turn: Turn, pending: Pending) -> Reply:
        reply = self.registry.commit(ctx, pending.intent, pending.slots)
        if reply.stored:
            turn.stored = f"{ALREADY_STORED} {reply.text}"
        return reply

    def _choose(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        if control_word(text) is Control.NO:
            return Reply(CANCELLED)
        if pending.intent == READING and control_word(text) is Control.YES and (is_bare_yes(text)
                                                                               or not is_thanks(text)):
            return self._reading(ctx, turn, pending, pending.options[0])  # «sí» to «¿quiso decir…?»: the likeliest
        count = len(pending.options)
        picked = [0] if the_only_one(text, count) else pick(text, turn.labels, count)
        if len(picked) == 1:
            option = pending.options[picked[0]]
            if pending.intent == READING:
                return self._reading(ctx, turn, pending, option)
            return self.handle(ctx, turn, pending.intent, {**pending.slots, **option})
        if len(picked) > 1:
            return _narrowed(pending, turn.labels, picked)
        if is_thanks(text):
            return Reply(courteous(text))
        if pending.intent == READING:
            return self.request(ctx, turn, text)  # the offer was only a suggestion: read the new message afresh
        understanding = self.parser.parse(text, local_now(ctx, self.settings))
        if understanding.intent not in ("unknown", "help") and understanding.confidence >= NEW_REQUEST:
            return self._instead(ctx, turn, pending, understanding, text)
        if verb_actions(self.parser, text):  # «suspende lo del campamento» picks nothing: a change of another record
            return meanwhile(self.registry, ctx, pending, self.request(ctx, turn, text), turn)
        return Reply(PICK_A_NUMBER, choices=_choices(turn.labels), pending=pending)

    def _reading(self, ctx: Context, turn: Turn, pending: Pending, option: dict[str, Any]) -> Reply:
        """One of the offered readings was chosen: handle the message as that, asking what it lacks (with the slots
        the offer read already, when it did: «¿el contacto o la vecina del reclamo?»)."""
        intent, text = option.get("intent") or "", str(pending.slots.get("text", ""))
        if not intent:
            return Reply(REWRITE)
        read = option.get("slots")
        slots = dict(read) if isinstance(read, dict) else slots_as(self.parser, text, intent,
                                                                    local_now(ctx, self.settings))
        return self.handle(ctx, turn, intent, slots)

    def _answer(self, ctx: Context, turn: Turn, pending: Pending, text: str) -> Reply:
        """The reply to a question fills its slot, unless it clearly is a new request."""
        if pending.slot in DESTINATION_SLOTS:
            text = without_destination_lead(text)
        answer = read_answer(text)
        if answer.control is Control.NO and not answer.rest:
            return Reply(CANCELLED)
        if answer.control is Control.YES and not answer.rest:
            return Reply(f"{ANSWER_THE_QUESTION}\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        if is_thanks(text):  # «muchas gracias» while «¿quién pide la audiencia?» waits is no name
            return Reply(f"{courteous(text)}\n\n{still_waiting(self.registry, ctx, pending)}", pending=pending)
        now = local_now(ctx, self.settings)
        understanding = self.parser.parse(text, now)
        typed = pending.slot in TYPED_SLOTS
        if ((is_other_action(understanding, pending) or is_other_step(understanding, pending))
                and (not typed or says_more(text, understanding))
                and not tells_who(pending, text)) \
                or is_look_up(understanding, pending, text):  # «llegó invitación del Rotary … el viernes 13»
            return self._instead(ctx, turn, pending, understanding, text)
        said = text if tells_who(pending, text) else answer.rest or text
        if not typed and answer.control is not None and not ANSWER_THEN_PAUSE.match(text):
            said = text  # «no tiene agua hace tres días» answers «¿Qué pasó?»: its «no» is part of what happened
        if pending.intent.rpartition(".")[2] == "update":  # «¿Qué cambio en la actividad?» — «a las 11 y media»:
            changes = amendments(self.parser, pending.intent, pending.slots, said, now)  # its hour, on its own day
            if changes and (typed or pending.slot in changes):  # «Servicio de Salud Atacama» names no unit of ours
                return self.handle(ctx, turn, pending.intent, {**pending.slots, **changes})
        value = fill_within(self.parser, pending.intent, pending.slot or "", said, now, pending.slots)
        if value is not None:
            slots = without_period(pending.slots)
            extra = amendments(self.parser, pending.intent, slots, answer.rest or text, now) if typed else {}
            extra.pop(pending.slot or "", None)  # «el viernes a las 10 en el gimnasio»: the place comes along
            if typed:
                extra = {**self._completed(turn, pending, said, now), **extra}
            return self.handle(ctx, turn, pending.intent, {**slots, **extra, pending.slot: value})
        if understanding.intent not in ("unknown", "help"):
            return self._instead(ctx, turn, pending, understanding, text)
        return self._follow_up(ctx, turn, pending, text, understanding, now) or Reply(NOT_UNDERSTOOD, pending=pending)

    def _completed(self, turn: Turn, pending: Pending, said: str, now: datetime) -> dict[str, Any]:
        """«necesito agendar una reunión» — «¿cuándo?» — «con la directiva de la junta, el jueves a las 4»: the answer
        goes on with what the request was about. The request and its answer are read as one message, and what
        that reading says about the proposal's content («reunión con la directiva de la junta») is taken where it
        adds to what the request alone said."""
        source = str((turn.source or {}).get("text") or "")
        if not source:
            return {}
        whole = self.parser.parse_as(f"{source} {TOLD_WITH.sub(', ', said)}", now, pending.intent).slots
        taken = {}
        for slot in CONTENT_SLOTS:
            old, new = pending.slots.get(slot), whole.get(slot)
            if isinstance(new, str) and new.strip() and (not old or _extends(str(old), new)):
                taken[slot] = new
        return taken

    def _instead(self, ctx: Context, turn: Turn, pending: Pending, understanding: Understanding, text: str) -> Reply:
        """A new request in the middle: handled; a look-up keeps the step waiting, anything else drops it, and the
        reply says which."""
        return meanwhile(self.registry, ctx, pending, self.act(ctx, turn, text, understanding), turn)


def merged(first: FocusUpdate | None, then: FocusUpdate | None) -> FocusUpdate | None:
    """What two replies in one turn showed: the records of both (the later last), the later list if it has one."""
    if first is None or then is None:
        return then or first
    return FocusUpdate(records=first.records + then.records,
                       listed=first.listed if then.listed is None else then.listed,
                       forget=first.forget + then.forget)


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


def _same_record(reply: Reply, pending: Pending) -> bool:
    """The reply proposes a change of the record the waiting proposal is about (the same ids)."""
    proposed = reply.pending.slots if reply.pending is not None else {}
    return all(proposed.get(slot) == value for slot, value in pending.slots.items() if slot.endswith("_id"))


def _extends(old: str, new: str) -> bool:
    """«reunión con la directiva de la junta» goes on from «reunión»."""
    return fold(new).startswith(fold(old)) and fold(new) != fold(old)


def _then(text: str, rest: str, accepts: Callable[[str], bool]) -> str:
    """What follows a yes set apart (`rest`, when the message opens so), or a first clause that accepts the proposal
    in words and is followed by «y» or a pause («guárdala y agenda …»); empty when neither."""
    if rest:
        return rest
    head, *tail = FIRST_CLAUSE.split(text, maxsplit=1)
    return tail[0].strip() if tail and tail[0].strip() and accepts(head) else ""


def _removes_proposal(pending: Pending, text: str) -> bool:
    """«se cayó la reu, bórrala nomás», «ya no va, elimínela» while a new record is proposed: the record to remove is
    the one not stored yet, so the proposal is discarded as on a «no», never searched for among the stored ones."""
    return pending.intent.endswith(".create") and any(
        removes_it(clause) for clause in CLAUSE_BREAK.split(text) if clause.strip())


def courteous(thanks: str) -> str:
    """The reply to thanks, or to a wish in kind."""
    return THANKED if only_praise(thanks) else LIKEWISE if only_wishes(thanks) else YOU_ARE_WELCOME
