"""One typed message in its conversation: an answer to what is pending, a follow-up, or a new request.

The dispatcher owns the transaction and the stored state; this module decides what a message means
given that state. What is said while something is pending goes to `bot.pending_answers`; with
nothing pending, a steering word (a late «sí», thanks) is answered as such, an elliptical «¿y el
viernes?» asks the last question again, «el 2» after a list shows that item (`bot.shown_again`), «llegó
otra: …» is one more of the same kind (`bot.one_more`), and an unsure understanding offers its likeliest readings
instead of guessing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import chain
from typing import Any

from bot.about_it import AboutIt
from bot.answers import after_opening, read_answer
from bot.asides import without_aside
from bot.asked_detail import asked_in_focus
from bot.clauses import Clause, clauses, joined
from bot.corrected_days import in_its_month
from bot.corrections import amendments, named_before_correction
from bot.day_in_focus import asked_for_the_day, on_the_day_in_focus, on_the_proposals_day
from bot.destinations import destination
from bot.dialogue_words import (
    Control,
    cancels_it,
    control_word,
    is_bare_yes,
    is_chatter,
    is_thanks,
    reports_change,
)
from bot.expired_proposals import late_answer, late_correction
from bot.followups import OPENING, follow_up, listing_in_focus
from bot.greetings import SMALL_TALK, greets_only
from bot.guest_removed import guest_taken_off
from bot.how_to import asked_topic, asks_how, told_with_data
from bot.inner_courtesy import without_inner_courtesy
from bot.just_stored import change_of_stored, detail_of_focus, host_of_stored, resident_fix
from bot.last_change import last_change
from bot.listed_ordinal import with_listed_ordinal
from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS, meanwhile, resumed
from bot.named_number import numbered_alone
from bot.new_holder import new_holder
from bot.new_request import is_new_request
from bot.numbered_ticket import numbered_ticket
from bot.one_more import names_the_one_waiting, one_more, one_more_told, one_more_whose, whose
from bot.pending_answers import CANCELLED, CHATTED, PendingAnswers, courteous
from bot.period_in_focus import asked_for_the_period
from bot.periods import with_period
from bot.person_in_focus import with_person_in_focus
from bot.preview_notes import noted
from bot.readings import SURE, likely, offer
from bot.reasons import named_without_reason
from bot.recall import as_pending, brought_back, names_another, recalled
from bot.record_readings import (
    answered_in_focus,
    asks,
    by_focus,
    by_pronoun,
    by_verb,
    by_verb_anywhere,
    describes_only,
    finds,
    named_before_verb,
    on_kinds_in_focus,
    own_verb_on_focus,
    rivals,
    verb_actions,
)
from bot.relative_places import moved_to_another
from bot.renames import renamed
from bot.resident_named import resident_detail, which_of_two
from bot.same_resident import named_resident, with_resident_details
from bot.same_values import SAME_VALUES_IN, with_values_in_focus
from bot.shown_again import ShownAgain, names_past
from bot.signer import signer_contact
from bot.state_questions import state_question
from bot.swapped_names import swapped_name
from bot.told_again import opens_as_correction, told_again
from bot.told_new import told_new
from bot.turn import Turn, learn_from_pending, learn_now, local_now
from handlers.context import Context
from handlers.pointing import points_at_others
from handlers.registry import Registry
from handlers.reply import Pending, PendingKind, Reply
from nlu import Parser
from nlu.understanding import Understanding
from settings import Settings
from storage.learning import Outcome

NOTHING_PENDING = "No hay nada pendiente de confirmar. Escriba lo que necesita, o «ayuda»."
NOTHING_GOING_ON = "No había nada en curso."
CREATIONS = (".create",)


class Conversation:
    def __init__(self, parser: Parser, registry: Registry, settings: Settings) -> None:
        self.parser = parser
        self.registry = registry
        self.settings = settings
        self.about_it = AboutIt(parser.vocabulary)
        self.shown_again = ShownAgain(parser, registry, settings, self.handle)
        self.pending = PendingAnswers(parser, registry, settings, self.handle, self.request, self.act)

    def text(self, ctx: Context, turn: Turn, text: str) -> Reply:
        """The reply to a typed message; a new or changed proposal carries what it must point out. A message
        holding several requests, with nothing pending, is each of them in turn (`bot.clauses`)."""
        said = clauses(self.parser, text, local_now(ctx, self.settings)) if turn.pending is None else []
        if len(said) > 1:
            return self._each(ctx, turn, said)
        return self._one(ctx, turn, text)

    def _each(self, ctx: Context, turn: Turn, said: list[Clause]) -> Reply:
        """Every request of the message handled through the normal path, in order; the proposals after the first
        wait, set aside, until the one before them is answered. The step remembers the first proposal's message."""
        replies, source = [], None
        for clause in said:
            reply = self._clause(ctx, turn, clause)
            replies.append(reply)
            if reply.pending is not None and source is None:
                source = turn.new_source
        turn.new_source = source or turn.new_source
        reply, later = joined(replies)
        turn.queued = turn.queued + later
        return reply

    def _clause(self, ctx: Context, turn: Turn, clause: Clause) -> Reply:
        """One request of the message: said alone, or one more record of the kind said before it."""
        now = clause.now or local_now(ctx, self.settings)
        if clause.kind is None or self.parser.parse(clause.text, now).intent == clause.kind:
            return self._one(ctx, turn, clause.text, clause.now)
        reply = self.act(ctx, turn, clause.text, self.parser.parse_as(clause.text, now, clause.kind))
        if reply.pending is None:
            return reply
        return noted(self.parser, reply, clause.text, local_now(ctx, self.settings), self.settings.zone)

    def _one(self, ctx: Context, turn: Turn, text: str, said_on: datetime | None = None) -> Reply:
        text = named_resident(ctx, turn.pending, text)  # «otro de la misma vecina: …»: that resident, by name
        reply = self._read(ctx, turn, text, said_on)
        if reply.already:
            turn.stored = reply.text  # «Conforme» after «esa efeméride ya está registrada» hears it again
        if reply.pending == turn.pending:
            return reply
        return noted(self.parser, reply, text, local_now(ctx, self.settings), self.settings.zone)

    def _read(self, ctx: Context, turn: Turn, text: str, said_on: datetime | None = None) -> Reply:
        text = without_aside(text)  # «antes que se me olvide, agenda …»: the aside asks for nothing
        text = without_inner_courtesy(text)  # «invita xfa a …»: the verb meets what it takes
        control = control_word(text)
        if control is Control.CANCEL and not self._accepts_removal(ctx, turn, text) and not self._cancels_record(
                ctx, turn, text):
            if turn.pending is not None:
                learn_from_pending(ctx, turn, Outcome.CANCELLED, text, self.settings)
            turn.cancelled = True
            return Reply(CANCELLED if turn.pending or turn.expired else NOTHING_GOING_ON)
        if turn.pending is not None:
            now = on_the_proposals_day(self.parser, turn.pending, text, local_now(ctx, self.settings))
            more = one_more(self.parser, ctx.focus, text, now, turn.pending.intent) or one_more_told(
                self.parser, ctx.focus, text, now, turn.pending) or one_more_whose(
                self.parser, text, now, turn.pending, str((turn.source or {}).get("text") or ""))
            if more is not None:  # «tb llegó otra: …» while the first waits: the first is set aside, not changed
                return meanwhile(self.registry, ctx, turn.pending, self.act(ctx, turn, text, more), turn)
            named = whose(self.parser, text, turn.pending)
            if named is not None and named.keeps and len(named.said) == 1 and names_the_one_waiting(named,
                                                                                                   turn.pending):
                return self.pending.answer(ctx, turn, ", ".join(named.keeps))  # «¿y la de Vidal? guárdala»: it
            return self.pending.answer(ctx, turn, text)
        expired = turn.expired
        if expired is not None and expired.kind is PendingKind.CONFIRM:
            if control in (Control.YES, Control.NO):
                return late_answer(self.registry, self.settings, ctx, expired, control)
            again = late_correction(self.parser, self.registry, self.settings, ctx, expired, text)
            if again is not None:
                return again
        if control is Control.YES and self._acts_on_focus(ctx, text):
            return self.request(ctx, turn, text)  # «confírmela» right after an invitation was stored: accept it
        if control is Control.YES and (is_bare_yes(text) or not is_thanks(text)) and self.recently_stored(ctx, turn):
            turn.stored = turn.memory.stored
            return Reply(turn.memory.stored)
        again = self._taken_up(ctx, turn, text, control)
        if again is not None:
            return again
        if is_thanks(text):
            return Reply(courteous(text))
        if greets_only(self.parser, text, local_now(ctx, self.settings)):  # «buenas! ¿cómo va todo?»: greeted back
            return self.handle(ctx, turn, "help", {SMALL_TALK: True})
        if control in (Control.YES, Control.NO):
            return Reply(NOTHING_PENDING)
        rest = self._without_opening(ctx, text)
        if turn.memory.dropped:  # «ahora sí confirmaron: el martes 22 a las 5 la once del club»
            now = local_now(ctx, self.settings)
            brought = recalled(self.parser, self.registry, ctx, turn.memory.dropped, rest,
                               self.parser.parse(rest, now), now)
            if brought is not None:
                return brought
        return self.request(ctx, turn, rest, said_on)

    def _taken_up(self, ctx: Context, turn: Turn, text: str, control: Control | None) -> Reply | None:
        """«ahí sí, guárdala», «ahora sí regístrela, pero es a las 13:00» after «no»: the refused proposal shown again,
        with what the yes also corrects, to be confirmed anew; «ya» after «Descartado» only agrees, and «ahora sí,
        fono del seremi» asks for something else."""
        dropped = turn.memory.dropped
        if not dropped or not is_bare_yes(text) or is_thanks(text):
            return None
        now = local_now(ctx, self.settings)
        pending = as_pending(dropped)
        rest = read_answer(text).rest
        changes = amendments(self.parser, pending.intent, pending.slots, rest, now) if rest else {}
        asked = after_opening(text) or text  # «ya ahora sí, agenda reunión con el seremi …»: its own request
        understood = self.parser.parse(asked, now)
        if control is Control.YES or self.pending.accepted(pending, text, now) or (changes and not (
                is_new_request(self.parser, understood, pending, changes, asked)
                or names_another(understood, dropped))):
            return brought_back(self.registry, ctx, dropped, changes)
        return None

    def _accepts_removal(self, ctx: Context, turn: Turn, text: str) -> bool:
        """«cancélala», «anúlalo nomás» to «¿La cancelo?»: the proposal's own verb accepts it; no dialogue ends."""
        pending = turn.pending
        return pending is not None and pending.kind is PendingKind.CONFIRM and self.pending.accepted(
            pending, text, local_now(ctx, self.settings))

    def _cancels_record(self, ctx: Context, turn: Turn, text: str) -> bool:
        """«cancélala» with nothing pending nor expired, right after records were shown or stored: the pronoun is one
        of them (an activity to cancel), not the dialogue; the request asks which when a list of several was shown."""
        focus = ctx.focus
        return turn.pending is None and turn.expired is None and cancels_it(text) and bool(
            focus.records or focus.listed)

    def _acts_on_focus(self, ctx: Context, text: str) -> bool:
        """A yes-like verb that asks («confírmela», «acéptala», not «sí, confirmo») and that the parser reads as a
        command on the record in focus."""
        last = ctx.focus.last()
        if last is None or not asks(self.parser, text):
            return False
        intent = self.parser.parse(text, local_now(ctx, self.settings)).intent
        return self.registry.acts_on.get(intent) == last.entity

    def _without_opening(self, ctx: Context, text: str) -> str:
        """«jaja ya. q tiene el alcalde mañana» with nothing pending: its «ya» answers nothing, so the request is
        what follows, when that reads as one (an elliptical «ok y el jueves?» keeps its opening)."""
        rest = after_opening(text)
        if rest is None or OPENING.match(text.strip() + " "):
            return text
        now = local_now(ctx, self.settings)
        opening = text[:text.rindex(rest)]
        if _inside_question(text, opening):
            return text
        if asks(self.parser, opening) and self.parser.parse(text, now).intent not in ("unknown", "help"):
            return text  # «confirma que va el alcalde»: a yes-word that asks is the request's verb, not an opening
        understood = self.parser.parse(rest, now).intent
        return rest if understood not in ("unknown", "help") else text

    def request(self, ctx: Context, turn: Turn, text: str, said_on: datetime | None = None) -> Reply:
        """A message read afresh: a follow-up of the last question, an item of the last list, or a request.
        `said_on` is its reference moment when a clause before it in the same message gave its day."""
        now = said_on or on_the_day_in_focus(self.parser, ctx.focus, text, local_now(ctx, self.settings))
        if self.parser.parse(text, now).intent in SAME_VALUES_IN:  # «… en la misma plaza», «a la misma hora»
            text = with_values_in_focus(ctx, text)
        another = one_more(self.parser, ctx.focus, text, now) or one_more_told(self.parser, ctx.focus, text, now)
        numbered = numbered_ticket(self.parser, self.registry.shown_by, ctx.focus, text)  # «¿y el 2?»: its ticket
        on_day = asked_for_the_day(self.parser, another or self.parser.parse(text, now), now,
                                   local_now(ctx, self.settings))
        understanding = numbered or destination(
            self.parser, asked_for_the_period(self.parser, ctx.focus, text, on_day), text, now)
        ctx = numbered_alone(ctx, understanding)  # «cómo va el reclamo 1»: that one, whatever is in focus
        if numbered is not None:  # «¿y el 2?» after a complaint: its ticket, never the last question asked again
            return self.act(ctx, turn, text, numbered)
        taken_off = guest_taken_off(self.parser, ctx.focus, text, understanding, now)
        if taken_off is not None:  # «sácala de la lista de invitados»: excused from the ceremony, the contact stays
            return self.act(ctx, turn, text, taken_off)
        if asks_how(self.parser, text, now):  # «¿cómo agendo una reunión?»: how to, never a follow-up of the focus
            return self.handle(ctx, turn, "help", {"topic": asked_topic(self.parser, text, now)})
        if understanding.intent == "help":  # «¿cómo agrego una efeméride? Sería el 16 de enero, …»: that, proposed
            understanding = told_with_data(self.parser, text, now) or understanding
        signed = signer_contact(self.parser, text, understanding, turn.memory.told, now)
        if isinstance(signed, Reply):
            return signed
        if signed is not None:  # «guarda también el contacto de quien firma»: the signature of the message stored
            turn.new_source = {"text": text, "understood": signed.as_json()}
            return self.handle(ctx, turn, signed.intent, signed.slots)
        holder = new_holder(ctx.session, text)
        if holder is not None:  # «la presidenta de la junta … ahora es la sra. Gloria Pérez»: that post's card
            return self.handle(ctx, turn, holder.intent, holder.slots)
        moved = moved_to_another(ctx.focus, text)
        if moved is not None:  # «se pasó pal otro salón»: the record in focus moves, to a place still to be said
            return self.handle(ctx, turn, moved.intent, moved.slots)
        renamings = renamed(self.parser, ctx.focus, text, now)  # «cámbiele el nombre: …»: the record named, or in focus
        found = self._found(ctx, turn, text, renamings)
        if found is not None:
            return found
        if renamings and "reference" in renamings[0].slots:  # the record named is not there: said so
            return self.handle(ctx, turn, renamings[0].intent, renamings[0].slots)
        swapped = swapped_name(ctx, text)
        found = self._found(ctx, turn, text, [swapped]) if swapped is not None else None
        if found is not None:  # «Corrección: no es ceremonia, es el desfile naval»: a word of its name replaced
            return found
        fixed = resident_fix(self.parser, ctx.focus, text, now)
        found = self._found(ctx, turn, text, [fixed]) if fixed is not None else None
        if found is not None:  # «corrige el nombre de la vecina: es Marta Sáez»: a correction, of its resident
            return found
        shown = self.shown_again.shown(ctx, turn, asked_in_focus(self.about_it, self.parser.vocabulary, ctx.focus,
                                                                 text), text)
        if shown is not None:  # «¿con qué dirección quedó?», «¿dónde quedó al final el acto?»: the record in focus
            return shown
        changed = last_change(ctx, text)
        if changed is not None:  # «¿qué cambiaste?», «¿qué le cambió?»: the last change, old → new
            return changed
        shown = self.shown_again.named(ctx, turn, text)
        if shown is not None:  # «la del Rotary, ¿a qué hora era?», «¿quedó guardado lo de bomberos?»: the one named
            return shown
        corrected = told_again(self.parser, text, understanding)
        found = self._found(ctx, turn, text, [corrected], PendingKind.CONFIRM) if corrected is not None else None
        if found is not None:  # «Disculpe, me equivoqué: el aniversario de … es el 16 de enero»: the stored one's date
            return found
        hosted = host_of_stored(self.parser, ctx.focus, text, now)
        found = self._found(ctx, turn, text, [hosted], PendingKind.CONFIRM) if hosted is not None else None
        if found is not None:  # «la invitación de la escuela la envía el Centro de Padres»: the stored one's organizer
            return found
        question = self.about_it.match(text)
        about_record = question is not None and ctx.focus.last() is not None and not names_past(understanding,
                                                                                            question.end())
        follow = None if about_record else follow_up(  # «¿cuándo vence?» is about the record
            self.parser, self.registry.follow_ups, ctx.focus.query, text, understanding, now,
            listing_in_focus(self.registry.shown_by, ctx.focus))
        if follow is not None:  # «¿y su correo?» after a contact was shown asks for its detail, not a new look-up
            return self.shown_again.its_details(ctx, turn, text, understanding) or self.handle(ctx, turn, *follow)
        picked = self.shown_again.picked(ctx, turn, text, understanding)
        if picked is not None:
            return picked
        resident = resident_detail(self.parser, ctx, text, now)
        if resident is not None:  # «la señora Araya cambió de celular, ahora es …»: her complaint's, not a contact's
            found = which_of_two(self.parser, ctx, text, resident, now) or self._found(ctx, turn, text, [resident])
            if found is not None:
                return found
        detail = detail_of_focus(self.parser, self.registry, ctx.focus, text, understanding, now)
        found = self._found(ctx, turn, text, [detail]) if detail is not None else None
        if found is not None:  # «su número es el 9 6543 2109» right after a complaint: its resident's phone
            return found
        shown = self.shown_again.from_focus(ctx, turn, text, understanding) or self.shown_again.its_details(
            ctx, turn, text, understanding)
        if shown is not None:
            return shown
        reported = reports_change(text) and (understanding.confidence < SURE or describes_only(self.parser, text)) \
            and bool(ctx.focus.records or ctx.focus.listed)  # «la reunión con los dirigentes parte a las 9»: no order
        understanding = detail or understanding  # «y su correo es …»: the contact in focus gets it
        understanding = by_focus(self.parser, self.registry, ctx.focus, text, understanding, now) or understanding
        if understanding.intent.endswith(CREATIONS) and another is None and not _names_a_record(understanding):
            # «agéndala para el martes a las 10» with an audience request in focus: nothing new is named, so the
            # pronoun is the record in focus, read by the capabilities acting on it
            found = self._found(ctx, turn, text, by_pronoun(self.parser, self.registry, ctx.focus, text,
                                                            understanding, now, any_action=True))
            if found is not None:
                return found
        if understanding.intent.endswith(CREATIONS) and another is None and understanding.confidence < SURE:
            # «la de la señora Ñancupil se deriva a Carabineros», leaning to a new complaint; never «llegó otra: …»
            # nor «agenda reunión con el delegado el miércoles …», sure creations whose words hold a changing verb
            found = self._found(ctx, turn, text, chain(  # «anule la invitación de la Cámara»: its removal
                by_verb(self.parser, self.registry, ctx.focus, text, understanding, now),
                rivals(self.parser, self.registry, text, understanding, now)))
            if found is not None:
                return found
        if understanding.intent.endswith(CREATIONS) and another is None and understanding.missing:
            # a creation that lacks what it needs, whose words are a whole command on a kind of record in focus
            found = self._found(ctx, turn, text, on_kinds_in_focus(self.parser, self.registry, ctx.focus, text,
                                                                   understanding, now), PendingKind.CONFIRM)
            if found is not None:
                return found
        unsure_new = understanding.intent.endswith(CREATIONS) and (  # «me equivoqué, la cena … es el jueves 3»
            understanding.confidence < SURE or opens_as_correction(text))  # right after «sí»: the stored one's day
        if (understanding.intent == "unknown" or unsure_new or reported) and (self.recently_stored(ctx, turn)
                                                                              or reported):
            # «mejor a las 11» after «sí», read as nothing or as an unsure new record: a correction of the one stored;
            # «se atrasa, que sea 9:30», «la de bomberos pasó a las 21»: a record in focus said to have moved
            changed = change_of_stored(self.parser, ctx.focus, text, now)
            found = self._found(ctx, turn, text, [changed] if changed else [])
            if found is not None:
                return found
        if understanding.intent == "unknown" or (understanding.intent.endswith(LOOK_UPS) and verb_actions(
                self.parser, text)):  # «suspende el saludo», «la del hospital se suspende»: a record its name finds
            found = self._rival(ctx, turn, text, understanding, now)
            if found is not None:
                return found
        if understanding.confidence < SURE and understanding.intent not in self.registry.acts_on:
            # «mándalo a la dom» right after a complaint, leaning to the briefing («mándame el resumen»): a verb that
            # carries the record as a pronoun is about the record in focus, when its capability reads that verb
            found = self._found(ctx, turn, text, by_pronoun(self.parser, self.registry, ctx.focus, text,
                                                            understanding, now, any_action=True), PendingKind.CONFIRM)
            if found is not None:
                return found
        if understanding.intent == "unknown" and not understanding.slots and is_chatter(text):
            return Reply(CHATTED)  # «jajaja q semana más larga 😅»: a remark, answered in kind
        readings = likely(understanding)
        if readings or understanding.intent == "unknown":
            learn_now(ctx, turn, text, understanding, Outcome.FALLBACK, self.settings)
        if readings:
            return offer(text, readings)
        return self.act(ctx, turn, text, understanding)

    def act(self, ctx: Context, turn: Turn, text: str, understanding: Understanding) -> Reply:
        """A request understood, handled as the record it points at decides («recházala», «rechaza la segunda»);
        a command whose name finds no record of its kind is tried by its rivals."""
        now = local_now(ctx, self.settings)
        understanding = by_focus(self.parser, self.registry, ctx.focus, text, understanding, now) or understanding
        understanding = named_before_correction(named_without_reason(self.parser, text, understanding, now))
        understanding = replace(understanding, slots=in_its_month(self.parser, understanding.intent,
                                                                  understanding.slots, text))  # «es el 8»: its month
        understanding = with_person_in_focus(ctx, text, understanding)  # «reunión con ella»: the contact just shown
        understanding = with_resident_details(ctx, turn.pending, understanding)  # the same resident's phone, e-mail
        understanding = with_listed_ordinal(self.parser, self.registry.acts_on, ctx.focus, text, understanding)
        asked = state_question(self.parser, self.registry, ctx.focus, text, understanding)
        if asked is not None:  # «¿va el alcalde a la cena?»: how it stands, not an answer to it
            return self.handle(ctx, turn, *asked)
        if understanding.intent in self.registry.acts_on and (
                named := named_before_verb(self.parser, text, understanding, now)) is not None:
            # «la de los huasos recházala»: the record its words name, never the one in focus when they find none
            if not points_at_others(named.slots.get("reference")):  # «y la otra recházala» is read against it
                ctx = replace(ctx, focus=replace(ctx.focus, records=()))
            understanding = named
        turn.new_source = {"text": text, "understood": understanding.as_json()}
        reply = with_period(self.parser, text, now, self.handle(ctx, turn, understanding.intent, understanding.slots))
        reply = self.shown_again.one_detail(ctx, text, understanding.intent, reply) or reply
        if understanding.intent in self.registry.acts_on and not finds(reply, understanding.intent):
            return self._rival(ctx, turn, text, understanding, now) or told_new(
                self.parser, self.handle, ctx, turn, text, understanding, now) or reply
        return reply

    def _rival(self, ctx: Context, turn: Turn, text: str, understanding: Understanding, now: datetime) -> Reply | None:
        """The command as the first rival reading that finds its record: that record's change, to confirm. A verb
        carrying the record as a pronoun («…, elimínela») is about the record in focus before any name is tried."""
        focused = by_pronoun(self.parser, self.registry, ctx.focus, text, understanding, now)
        named = rivals(self.parser, self.registry, text, understanding, now)
        answered = answered_in_focus(self.parser, self.registry, ctx.focus, text, understanding, now)
        own = own_verb_on_focus(self.parser, self.registry, ctx.focus, text, understanding, now)
        told = by_verb_anywhere(self.parser, self.registry, text, understanding, now)
        return self._found(ctx, turn, text, chain(focused, named, answered, own, told))

    def _found(self, ctx: Context, turn: Turn, text: str, readings: Iterable[Understanding],
               only: PendingKind | None = None) -> Reply | None:
        """The first reading whose name finds its record, handled: that record's change, to confirm (`only` that
        kind of step, when a reading of little evidence must show what it does, not ask or list)."""
        for reading in readings:
            reading = replace(reading, slots=in_its_month(self.parser, reading.intent, reading.slots, text))
            found = self.handle(ctx, turn, reading.intent, reading.slots)
            if finds(found, reading.intent) and only in (None, found.pending and found.pending.kind):
                turn.new_source = {"text": text, "understood": reading.as_json()}
                return found
        return None

    def handle(self, ctx: Context, turn: Turn, intent: str, slots: dict[str, Any]) -> Reply:
        """A request handled; a question answered is remembered for «¿y el viernes?»."""
        reply = self.registry.handle(ctx, intent, slots)
        if (intent in self.registry.follow_ups or intent.endswith(LOOK_UPS)) and reply.pending is None:
            turn.query = (intent, dict(slots))
        return reply

    def resumed(self, ctx: Context, turn: Turn, reply: Reply) -> tuple[Reply, tuple[Pending, ...]]:
        """The reply with a proposal set aside shown again once nothing else waits; what stays set aside."""
        return resumed(self.registry, ctx, turn, reply)

    def instead(self, ctx: Context, turn: Turn, intent: str, slots: dict[str, Any]) -> Reply:
        """A request that does not come as text (a command, a button): handled; a look-up keeps what waits, anything
        else drops it, and the reply says which."""
        reply = self.handle(ctx, turn, intent, slots)
        if turn.pending is None or reply.pending == turn.pending:
            return reply
        if intent == "help" and reply.pending is None:
            return replace(reply, pending=turn.pending)  # /ayuda in the middle: the proposal still waits
        return meanwhile(self.registry, ctx, turn.pending, reply, turn)

    def recently_stored(self, ctx: Context, turn: Turn) -> bool:
        """A write was confirmed a moment ago and nothing was shown since (the memory keeps its reply)."""
        at = turn.memory.stored_at
        return bool(turn.memory.stored) and at is not None and ctx.now - at <= timedelta(
            minutes=self.settings.dialogue.confirm_minutes)


def _names_a_record(understanding: Understanding) -> bool:
    """A creation whose words name what it creates (a title, a description, a name), not only when or where."""
    return any(understanding.slots.get(slot) for slot in CONTENT_SLOTS)


def _inside_question(text: str, opening: str) -> bool:
    """«¿Confirmó el senador Pérez?», «confirmó la diputada?»: a yes-word that the question opens with is its verb
    (nothing was asked to say yes to); «ok, ¿qué tiene el alcalde mañana?» still opens with an answer."""
    said = text.strip()
    return said.startswith("¿") or (said.endswith("?") and opening.rstrip()[-1:] not in ",.;:!")
