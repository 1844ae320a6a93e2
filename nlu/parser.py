"""The parser other layers call: a message and its reference moment in, an `Understanding` out."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from datetime import date, datetime
from pathlib import Path

from nlu import calendar, lexicon
from nlu.capabilities import Declarations, load_declarations
from nlu.chat_headers import blanked
from nlu.dates import DAYS, Atom, Grammar
from nlu.dictation import punctuated, written
from nlu.diminutives import base_words
from nlu.hesitations import Hesitations
from nlu.intents import IntentScorer
from nlu.moments import efemeride_date, first_when, invalid_span, query_range
from nlu.normalize import EMAIL, Normalizer, Text, fold
from nlu.phones import SpokenPhones, apart, written_phones
from nlu.phrases import Words
from nlu.recognizers import function
from nlu.routing import Router
from nlu.scoring import WEIGHTS, Weights
from nlu.self_corrections import corrected
from nlu.slots.common import Context, clean, find_ticket, first_phrase
from nlu.slots.legal import WHO_SLOTS, who_told
from nlu.spoken_data import SpokenData, StreetWords
from nlu.spoken_numbers import SpokenNumbers
from nlu.spoken_tickets import SpokenTickets
from nlu.ticket_years import TicketYears
from nlu.understanding import DepartmentRoute, Understanding
from nlu.vocabulary import Vocabulary

DATE_SLOTS = {"start", "end", "deadline"}
NEXT_WORD = re.compile(r"\s+(?:(?:de\s+las|de\s+los|de\s+la|del|de)\s+)?([a-z])")
"""The next word of a name, past a joiner: "Domingo Soto", "Semana de la Chilenidad"."""
ABBREVIATION_LETTERS = 3
"""Weekday and month abbreviations have at most three letters; their full names have more."""
RANGE_SLOTS = {"date_from", "date_to"}


class Parser:
    """Built once (it compiles the lexicon and the routing words); `parse` is pure and never raises."""

    def __init__(self, routes: Sequence[DepartmentRoute], language: str = "es",
                 weights: Weights | Path | None = WEIGHTS,
                 public_holiday: Callable[[date], bool] | None = None) -> None:
        """`weights`: the intent weights, by default the shipped ones; None lets the shared rules decide alone.
        `public_holiday`: the office's days off (a «fin de semana largo» is the weekend they lengthen)."""
        words = lexicon.load(language)
        self.declarations: Declarations = load_declarations(shared_cues=words["cues"])
        words["cues"] = {**words["cues"], **self.declarations.cues()}
        self.intents = self.declarations.intents
        self.normalize = Normalizer(words["spellings"], words["typos"]["words"], lexicon.known_words(words),
                                    words["noun_spellings"], words["abbreviations"],
                                    base_words(words["diminutives"]["words"]))
        self.hushed = Hesitations(words["hesitations"])
        self.grammar = Grammar(words, public_holiday)
        self.vocabulary = Vocabulary(words)
        slots = words["slots"]
        self.house_number_leads = frozenset(slots["house_number_leads"] + slots["street_types"])
        self.ticket_articles = frozenset(slots["ticket_articles"])
        self.router = Router(routes, words["slots"]["landmark_before"], words["not_dates"]["street_before"])
        spoken = words["spoken_phone"]
        self.spoken_phones = SpokenPhones(words["numbers"], spoken["tens"], spoken["plus"])
        said = words["spoken_number"]
        self.spoken_numbers = numbers = SpokenNumbers(words["numbers"], spoken["tens"], said["hundreds"],
                                                      said["thousand"])
        self.spoken_tickets = SpokenTickets(numbers)
        years = words["ticket_years"]
        self.ticket_years = TicketYears(years["joiners"], years["year_words"], years["relative"])
        streets = StreetWords(said["house_number_said"], said["not_before_house_number"], slots["street_types"],
                              slots["house_number_leads"], said["house_number_closers"], said["not_street_name"],
                              [*words["weekdays"], *words["months"]])
        self.spoken_data = SpokenData(numbers, self.spoken_phones, streets, words["spoken_email"]["at"],
                                      words["spoken_email"]["marks"])
        self._extractors: dict[str, Callable[[Context], None] | None] = {}
        self.verbs = words.get("verbs", {})
        self.scorer = IntentScorer(self.declarations, self.verbs, words["cues"], weights)

    def parse(self, text: str, now: datetime) -> Understanding:
        ctx = self._context(text, now)
        intent, confidence, alternatives = self.scorer.classify(ctx)
        return self._understood(ctx, intent, confidence, alternatives)

    def parse_as(self, text: str, now: datetime, intent: str) -> Understanding:
        """The message read as `intent`, whatever the scorer would say: for a reading the user chose, or a
        message that continues the last one («llegó otra, del Club de Leones…»)."""
        return self._understood(self._context(text, now), intent, 1.0, ((intent, 1.0),))

    def _understood(self, ctx: Context, intent: str, confidence: float,
                    alternatives: tuple[tuple[str, float], ...]) -> Understanding:
        extractor = self._extractors.get(intent) or self._extractors.setdefault(intent, self._extractor(intent))
        if extractor:
            try:
                extractor(ctx)
            except calendar.OUT_OF_CALENDAR:
                ctx.slots.clear()
                ctx.spans.clear()
        invalid = invalid_span(ctx.atoms)
        if invalid is not None:
            ctx.put("invalid_date", ctx.text.source(*invalid), invalid)
        spec = self.intents.get(intent)
        missing = list(spec.required if spec else ())
        if intent == "invitation.respond" and ctx.slots.get("response") == "delegated":
            missing.append("delegate")
        return Understanding(intent, dict(ctx.slots), tuple(s for s in missing if s not in ctx.slots),
                             dict(ctx.spans), confidence, alternatives)

    def fill(self, intent: str, slot: str, text: str, now: datetime) -> object | None:
        """The value of one slot from a follow-up answer, or None when the answer does not fit it."""
        ctx = self._context(text, now)
        try:
            return self._fill(ctx, intent, slot)
        except calendar.OUT_OF_CALENDAR:
            return None

    def _fill(self, ctx: Context, intent: str, slot: str) -> object | None:
        now = ctx.now
        if slot in DATE_SLOTS:
            return first_when(ctx.atoms, now).start
        if slot in RANGE_SLOTS:
            first, last, _ = query_range(ctx.atoms, now)
            return first if slot == "date_from" else (last or first)
        if slot == "date":
            day = next((a for a in ctx.atoms if a.first is not None and a.kind == "day"), None)
            once = self.vocabulary.cue("efemeride_once").found(ctx.norm)
            return efemeride_date(day, once) if day else None
        if slot == "department":
            found = self.router.named(ctx.text, ctx.words)
            return found[0] if found else None
        if slot == "phone":
            return ctx.phones[0][2] if ctx.phones else None
        if slot == "email":
            return ctx.text.source(*ctx.emails[0]) if ctx.emails else None
        if slot == "response":
            found = first_phrase(self.vocabulary.answers, ctx.norm, ctx.words)
            return self._answer(ctx) if found else None
        if slot == "status":
            found = first_phrase(self.vocabulary.statuses_of(intent), ctx.norm, ctx.words)
            return found[0] if found else None
        if slot == "ticket":
            found = ctx.ticket
            number = re.search(r"\d{1,6}", ctx.norm)
            return found[0] if found else (number.group() if number else None)
        value = (who_told(ctx) if slot in WHO_SLOTS else None) or clean(ctx.text.original)
        return value if re.search(r"\w", value) else None

    def moment(self, text: str, now: datetime) -> tuple[date | datetime | None, date | datetime | None]:
        """The first date or time expression in the text as (start, end), deadline or not."""
        ctx = self._context(text, now)
        try:
            when = first_when(ctx.atoms, now)
        except calendar.OUT_OF_CALENDAR:
            return None, None
        return when.start, when.end

    def names_day(self, text: str, now: datetime) -> bool:
        """The text names a day of its own (a weekday, a date, «mañana»), not only an hour: «y a las 12 almuerzo»
        said after «el lunes a las 9 comité» is on that Monday, «y el jueves a las 4 visita» is not."""
        return any(atom.kind in DAYS for atom in self._context(text, now).atoms)

    def only_day(self, text: str, now: datetime) -> bool:
        """The text is a day and nothing more («mañana», «el viernes 4»): «la de mañana, cámbiala» names its record
        by the day alone."""
        ctx = self._context(text, now)
        days = [atom for atom in ctx.atoms if atom.kind in DAYS]
        rest = ctx.norm
        for atom in sorted(days, key=lambda atom: atom.start, reverse=True):
            rest = rest[:atom.start] + rest[atom.end:]
        return bool(days) and not any(character.isalnum() for character in rest)

    def asks_question(self, text: str, now: datetime) -> bool:
        """The text is a question, as the scorer reads one (a question mark, or a question word opening it that no
        request lead shares): «qué tiene el alcalde mañana» asks, «que no se me olvide agendar…» requests."""
        ctx = self._context(text, now)
        return "?" in ctx.norm or self.scorer.extract.asks_first(ctx)

    def dictated(self, text: str) -> str:
        """The message as if typed: punctuation said aloud written as marks, e-mails, phones and house numbers said
        in words written as their marks and digits (`nlu.dictation`, `nlu.spoken_data`)."""
        normalized = self.normalize(text)
        return written(normalized, self._said_data(normalized))

    def _said_data(self, normalized: Text) -> list[tuple[int, int, str]]:
        return self.spoken_data.find(normalized.norm, Words.of(normalized.norm, normalized.letters).tokens,
                                     lambda start, end: fold(normalized.source(start, end)))

    def _context(self, text: str, now: datetime) -> Context:
        message = blanked(text if isinstance(text, str) else str(text))
        normalized: Text = self.normalize(message)
        data = self._said_data(normalized)
        if data:  # «curibe arroba saludosorno punto cl»: read, and kept in the slots, as «curibe@saludosorno.cl»
            normalized = self.normalize(written(normalized, data))
        normalized = corrected(punctuated(self.hushed(normalized)))
        words = Words.of(normalized.norm, normalized.letters)
        acronyms = self.grammar.acronyms
        atoms = [a for a in self.grammar.scan(normalized.norm, now.date(), words)
                 if not _is_a_name(normalized, a, acronyms)]
        emails = [m.span() for m in EMAIL.finditer(normalized.norm)] if "@" in normalized.norm else []
        ticket = (find_ticket(normalized.norm, self.house_number_leads, self.ticket_articles)
                  or self.spoken_tickets.find(normalized.norm))
        if ticket:  # «el reclamo 8 de este año»: the year is the ticket's, no day asked for
            ticket = self.ticket_years.with_year(ticket, normalized.norm, now.year)
            atoms = _outside(atoms, ticket[1])
        taken = emails + ([ticket[1]] if ticket else [])
        in_digits = written_phones(normalized.norm)
        atoms = _not_in_phones(atoms, apart(in_digits, taken))
        taken += [(a.start, a.end) for a in atoms]
        said = self.spoken_phones.find(normalized.norm, words.tokens, taken)
        phones = apart(in_digits, taken + [(a, b) for a, b, _ in said])
        if said:
            phones = sorted(phones + said)
        return Context(normalized, now, atoms, self.vocabulary, self.router, phones, ticket, emails, words)

    def _extractor(self, intent: str) -> Callable[[Context], None] | None:
        """The declared slot extractor, imported when first needed so that `parse "hola"` loads none."""
        spec = self.intents.get(intent)
        if spec is None or spec.extractor is None:
            return None
        return function(spec.extractor)

    def _answer(self, ctx: Context) -> str | None:
        """Delegation beats refusal beats acceptance: "no, va en representación X" delegates."""
        for key in ("delegated", "declined", "accepted"):
            if self.vocabulary.answers[key].found(ctx.norm):
                return key
        return None


def _outside(atoms: list[Atom], span: tuple[int, int]) -> list[Atom]:
    """The atoms that do not lie within `span`, which a stronger reading (a ticket with its year) holds."""
    return [a for a in atoms if not (span[0] <= a.start and a.end <= span[1])]


def _not_in_phones(atoms: list[Atom], phones: list[tuple[int, int, str]]) -> list[Atom]:
    """The date and time atoms, without those that read only the first digits of a whole phone number («jefa de
    la DOM, 9 6111 2222» is no «domingo 9»): a phone that runs past the atom is the stronger reading."""
    return [a for a in atoms if not any(start < a.end and a.start < end and (end > a.end or start < a.start)
                                        for start, end, _ in phones)]


def _is_a_name(text: Text, atom: Atom, acronyms: Container[str]) -> bool:
    """A weekday, month or week that is part of a name, not a date.

    "reunión con Julio Pérez", "Domingo Soto llamó", "al concierto de la Semana Musical": its last word
    capitalised before another capitalised word; "el jefe de la DOM": an abbreviation in capitals in a message
    that is not all capitals ("el LUNES" is only emphasis); one of the municipal acronyms so written even after an
    article («reunión con el DOM»).
    """
    last = text.norm.rfind(" ", atom.start, atom.end) + 1 or atom.start
    said = text.source(last, atom.end)
    capitals = said.isupper() and len(said) <= ABBREVIATION_LETTERS and not text.original.isupper()
    if capitals and text.norm[last:atom.end] in acronyms:
        return True  # «con el DOM»: a municipal acronym even after an article
    if not atom.may_be_name or not text.source(last, last + 1).isupper():
        return False
    if capitals:
        return True
    following = NEXT_WORD.match(text.norm, atom.end)
    return last > 0 and following is not None and text.source(following.start(1), following.start(1) + 1).isupper()
