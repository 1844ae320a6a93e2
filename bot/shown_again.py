"""A record of the conversation's focus shown again, when a message points at it and asks nothing else.

«el 2», «la segunda», «el de Bravo» right after a list; «¿y cuándo vence?», «¿y la del desayuno a qué hora era?»
right after a record; «pásame su correo» right after a contact: the look-up that shows that kind of record
(`Registry.shown_by`) is run on it, so the user sees all its details, instead of the words being read as a new
request.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.about_it import AboutIt
from bot.dialogue_words import asked_detail
from bot.followups import OPENING
from bot.named_detail import named_question
from bot.picking import naming, pick, picks_by_name
from bot.pointed import pointed_in_focus
from bot.readings import SURE, likely
from bot.record_readings import asks, verb_actions
from bot.turn import Handle, Turn, local_now
from handlers.context import Context
from handlers.focus import Focus, Ref
from handlers.record_detail import detail_line, named_in_store, stored_line
from handlers.reference_match import words
from handlers.registry import Registry
from handlers.reply import Reply
from nlu import Parser
from nlu.understanding import Understanding
from settings import Settings
from storage.folding import fold

MAX_PICK_WORDS = 4
ENDS = " ?!.¡¿"
"""What may follow a question about the record in focus and leave it whole («oiga, ¿a qué hora quedó?»)."""
POSSESSIVE = re.compile(r"\bsus?\b", re.IGNORECASE)
"""«su correo», «sus datos»: the details asked for are of someone already named."""
ASKING_VERBS = frozenset({"da", "dame", "deme", "pasas", "pasa", "pasame", "paseme", "manda", "mandame", "mandas",
                          "envia", "enviame", "envieme", "tienes", "tiene", "tenis", "necesito", "dice", "dices"})
"""The verb of «me pasas su fono», which a look-up may take for the name it searches."""


class ShownAgain:
    """The records of the focus that a short message points at, shown through the handler that shows their kind."""

    def __init__(self, parser: Parser, registry: Registry, settings: Settings, handle: Handle) -> None:
        self.parser = parser
        self.registry = registry
        self.settings = settings
        self.handle = handle
        self.about_it = AboutIt(parser.vocabulary)

    def from_focus(self, ctx: Context, turn: Turn, text: str, understanding: Understanding) -> Reply | None:
        """«el 2», «la segunda», «el de Bravo» right after a list, or «¿y cuándo vence?» right after a record,
        asking nothing else: that record, shown again (with all its details)."""
        question = self.about_it.match(text)
        short = len(fold(text).split()) <= MAX_PICK_WORDS
        if understanding.intent not in ("unknown", "help") and not likely(understanding) and not (
                question and not names_past(understanding, question.end())):
            return None  # a clear request of its own; «¿cuándo vence?» names nothing a request would act on
        listed = ctx.focus.listed
        picked = pick(text, tuple(ref.label for ref in listed), len(listed)) if listed else []
        if len(picked) == 1 and (short or picks_by_name(text)) and not self._commands(text, understanding):
            ref: Ref | None = listed[picked[0]]
        elif OPENING.match(text.strip() + " ") or (question and (short or not text[question.end():].strip(ENDS))):
            ref = self._led_in_focus(ctx.focus, text) or ctx.focus.last()  # «¿y la del desayuno a qué hora era?»
        elif question:  # «¿cuándo es el aniversario del liceo?»: in focus, else the one stored its words name
            said = text[question.end():]
            ref = named_in_focus(ctx.focus, said) or pointed_in_focus(self.registry.shown_by, ctx.focus, said,
                                                                        understanding) or named_in_store(
                ctx, naming(words(said, frozenset())))
        else:
            return None
        return self.shown(ctx, turn, ref, text if question else "")

    def named(self, ctx: Context, turn: Turn, text: str) -> Reply | None:
        """«la del Rotary, ¿a qué hora era?», «¿quedó guardado lo de bomberos?»: the one record the question names by
        its lead, asked about (`bot.named_detail`): in focus, else the one stored its words name; None when its words
        pick no single record."""
        question = named_question(self.parser.vocabulary, text)
        if question is None:
            return None
        ref = named_in_focus(ctx.focus, question.naming) or named_in_store(ctx, naming(words(question.naming,
                                                                                                  frozenset())))
        if ref is None:
            return None
        if question.stored:
            return stored_line(ctx, ref) or self.shown(ctx, turn, ref)
        return self.shown(ctx, turn, ref, question.asked)

    def one_detail(self, ctx: Context, text: str, intent: str, reply: Reply) -> Reply | None:
        """«¿cuándo vence la solicitud de Juan Pérez?», «¿en qué va la audiencia de Constructora Andes?»: the look-up
        that shows a kind found the one record the question names, and the question asks one of its details: that
        detail, in one line, as of a record in focus, instead of the record whole."""
        records = (reply.focus.records or reply.focus.listed or ()) if reply.focus is not None else ()
        if len(records) != 1 or intent not in {shown for shown, _ in self.registry.shown_by.values()} \
                or not self.about_it.within(text):
            return None
        detail = asked_detail(text)
        return detail_line(ctx, records[0], detail) if detail else None

    def _commands(self, text: str, understanding: Understanding) -> bool:
        """«la 2 recházala»: an item of the list with a verb that asks something of it, read (even unsure) as a
        command on records, is that command on the item, not the item to be shown again; so is «cancele la segunda»,
        read as nothing, whose asking verb changes or removes records."""
        return asks(self.parser, text) and (understanding.intent in self.registry.acts_on or bool(
            verb_actions(self.parser, text)))

    def picked(self, ctx: Context, turn: Turn, text: str, understanding: Understanding) -> Reply | None:
        """«el de la señora Marta» right after a list of several, read unsure (a new complaint by «Marta»?) or not at
        all: the one listed record its few naming words fit, shown, before any reading acts on a record."""
        listed = ctx.focus.listed
        if not ctx.focus.list_last or understanding.confidence >= SURE or not picks_by_name(text) or self._commands(
                text, understanding):
            return None
        picked = pick(text, tuple(ref.label for ref in listed), len(listed))
        return self.shown(ctx, turn, listed[picked[0]]) if len(picked) == 1 else None

    def shown(self, ctx: Context, turn: Turn, ref: Ref | None, asked: str = "") -> Reply | None:
        """The record shown again, with all its details, by the look-up that shows its kind; or, when the question
        `asked` names one detail («¿a qué hora era lo del Rotary?»), that detail alone, in one line."""
        if ref is None:
            return None
        detail = asked_detail(asked) if asked else None
        line = detail_line(ctx, ref, detail) if detail else None
        if line is not None:
            return line
        if ref.entity not in self.registry.shown_by:
            return None
        intent, slot = self.registry.shown_by[ref.entity]
        value = self.parser.fill(intent, slot, ref.label, local_now(ctx, self.settings))
        return _keeping_the_list(ctx.focus, self.handle(ctx, turn, intent, {slot: value})) if value is not None \
            else None

    def _led_in_focus(self, focus: Focus, text: str) -> Ref | None:
        """The one record in focus named after a record lead («¿y la del desayuno a qué hora era?»): the longest run
        of words after the lead that picks exactly one."""
        folded = fold(text)
        for lead in self.parser.vocabulary.slot("record_leads").finditer(folded):
            said = folded[lead.end():].split()
            for end in range(len(said), 0, -1):
                found = named_in_focus(focus, " ".join(said[:end]))
                if found is not None:
                    return found
        return None

    def its_details(self, ctx: Context, turn: Turn, text: str, understanding: Understanding) -> Reply | None:
        """«pásame su correo y su cel» right after a contact was stored or shown: the look-up that shows that kind,
        naming nobody but «su», is about the record in focus."""
        last = ctx.focus.last()
        if last is None or last.entity not in self.registry.shown_by or not POSSESSIVE.search(text):
            return None
        intent, slot = self.registry.shown_by[last.entity]
        named = understanding.slots.get(slot)
        if understanding.intent != intent or (named and fold(str(named)) not in ASKING_VERBS):
            return None
        value = self.parser.fill(intent, slot, last.label, local_now(ctx, self.settings))
        return self.handle(ctx, turn, intent, {slot: value}) if value is not None else None


def _keeping_the_list(focus: Focus, reply: Reply) -> Reply:
    """A listed record shown again («el del Domeyko» after two directors) leaves the list it was picked from as it
    was: «¿y el fono de la otra?», «el 2» still count in it, not in a list of that one record."""
    update = reply.focus
    if update is None or update.listed is None or len(update.listed) > 1 or not set(update.listed) <= set(focus.listed):
        return reply
    return replace(reply, focus=replace(update, listed=None))


def names_past(understanding: Understanding, after: int) -> bool:
    """The request names what it asks about in words of its own past the question («¿cuándo vence la de Salas?»),
    not only in what the question's verb implies («¿cuándo vence esa solicitud?» reads «vence» as a deadline)."""
    return any(end > after for _, end in understanding.spans.values())


def named_in_focus(focus: Focus, words: str) -> Ref | None:
    """The one record in focus (shown, stored or listed) whose label holds the words a status question names it
    by («¿en qué va la de Rivas?»): a question that names no record of the kind its words lean to."""
    refs = tuple(dict.fromkeys((*focus.records, *focus.listed)))
    picked = pick(words, tuple(ref.label for ref in refs), len(refs)) if words.strip() else []
    return refs[picked[0]] if len(picked) == 1 else None
