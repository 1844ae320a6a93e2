"""What every slot extractor works with: the message, its atoms, and span arithmetic on folded text."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from nlu.dates import Atom
from nlu.normalize import POSITIONS, Text, as_noun, fold
from nlu.phrases import Phrases, Words
from nlu.routing import Router
from nlu.slots.roman_numerals import numerals_in_capitals
from nlu.slots.typed_names import capitalised_name
from nlu.vocabulary import Vocabulary

if TYPE_CHECKING:
    from nlu.segments import Constituents

Span = tuple[int, int]
LINE_BREAK = re.compile("\n")
WORDS = re.compile(r"[a-z0-9][a-z0-9'’\-@.]*")
BREAK = re.compile(r"[,;:.!?()\[\]\n]+(?!\d)|\s+-\s+")
TICKET = re.compile(r"(?<![a-z0-9])r\s?-?\s?(20\d\d)(?:\s?-\s?|\s?)(\d{1,6})(?![\d:/.,]\d|\d)")
"""«R-2026-0042» and as it is typed in a hurry: «R 2026 0031», «r2026-31», «R2026 0031», «r20260031»."""
TICKET_WORDS = ("reclamo", "ticket", "caso", "solicitud", "requerimiento")
"""What a ticket's bare number follows: «reclamo 15», «la solicitud N°56», «requerimiento nro 8»."""
TICKET_NUMBER = re.compile(
    rf"(?<![a-z])(?:{'|'.join(TICKET_WORDS)})(?:s|es)?\s+(?:(?:oirs|vecinal|ciudadano)\s+)?"
    r"(?:(?:n|no|numero|nro)\b\.?\s*|#\s*|n°\s*)?"
    r"(?:(20\d\d)(?:\s?-\s?|\s)(\d{1,6})|(\d{1,6}))(?![\d:/\-])|#\s*(\d{1,6})")
MAX_STREET_NAME = 4
"""Words of a street's name between the word that opens it and its «#» number."""
YEAR_SEQUENCE = re.compile(r"(?<![\d/\-.:])(20\d\d)-(\d{3,6})(?![\d/\-.:])")
"""A ticket written without its letter, "2027-0512": a year and a sequence of three digits or more (a month has
two, and a date a second dash)."""
PERIOD = re.compile(r"\.")
ABBREVIATION = re.compile(r"(?<![a-z])[a-z]{1,3}$")
"""The word before a period that does not end a sentence: "dr.", "sra.", "av."."""
WRITTEN_WORD = re.compile(r"(\w+)\s*$")
"""The word written right before a position of the original text."""
INITIAL_FOLLOWS = re.compile(r"\s*(\w)")
"""The first letter after an initial's period: the name it belongs to."""
LAST_WORD = re.compile(r"[a-z]+(?=\W*$)")
SHORT_WORD = re.compile(r"(?<![\w@.\-/])([^\W\d_]+)(?![\w@\-/]|\.)")
"""A short word standing alone (not in an e-mail, a code or before an abbreviation's period): maybe chat spelling."""
DOTTED_WORD = re.compile(r"(?<![\w@.\-/])([^\W\d_]+)\.(?![\w@\-/])")
"""A word with its period («aniv.», «Sr.»): office shorthand is spelled out, a title kept."""
STREET_AFTER = re.compile(r"\s*,\s*(?P<name>[a-z]+\.?\s+(?:(?:[a-z]+|\d{1,2})\s+){0,3})\d{1,5}(?=\s*(?:$|[,;.!]))")
"""«en la delegación, Bulnes 590»: a street and number told after the place, closing its clause, are its address; the
street's name may hold a number («Av. 5 de Abril 0260», «calle 1 Sur 850»)."""


@dataclass
class Context:
    """One message being understood; built once per `Parser.parse` call."""

    text: Text
    now: datetime
    atoms: list[Atom]
    vocabulary: Vocabulary
    router: Router
    phones: list[tuple[int, int, str]]
    ticket: tuple[str, Span] | None
    """`find_ticket` of the message, found once: the intent rules and the complaint slots all ask."""
    emails: list[Span]
    words: Words
    """The message's words, so that a cue whose first words are absent is not searched for."""
    slots: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    _cues: dict[str, re.Match[str] | None] = field(default_factory=dict)
    _possible_cues: frozenset[str] | None = None
    _constituents: Constituents | None = None
    _mail: dict[str, Span] | None = None
    _periods: frozenset[int] | None = None
    norm: str = field(init=False)
    """`text.norm`, which every rule reads, many times per message."""

    def __post_init__(self) -> None:
        self.norm = self.text.norm

    def cue(self, name: str) -> re.Match[str] | None:
        """The first match of a cue list in this message; the intent rules ask for the same ones often, and a
        cue whose key words the message lacks is not searched for (`possible_cues`)."""
        cues = self._cues
        if name in cues:
            return cues[name]
        possible = self._possible_cues
        if possible is None:
            possible = self.possible_cues()
        found = cues[name] = self.vocabulary.cues[name].search(self.norm) if name in possible else None
        return found

    def possible_cues(self) -> frozenset[str]:
        """The cues whose key words this message holds, found once: the others cannot match."""
        if self._possible_cues is None:
            self._possible_cues = self.vocabulary.possible_cues(self.words)
        return self._possible_cues

    def finds(self, phrases: Phrases) -> bool:
        """Whether a phrase list occurs in this message, its regex run only if its first words are here."""
        return phrases.may_occur(self.words) and phrases.search(self.norm) is not None

    def constituents(self) -> Constituents:
        """The message split into command words, people, institutions and addresses, once (`nlu/segments.py`,
        imported here so that `gabinete parse "hola"` loads neither it nor the gazetteers)."""
        if self._constituents is None:
            from nlu import segments

            original = self.text.original
            lowercase = original.islower() or original.isupper() or not any(map(str.isupper, original))
            taken = self.atom_spans() + [(a, b) for a, b, _ in self.phones] + list(self.emails)
            if self.ticket:
                taken.append(self.ticket[1])
            stops = self.vocabulary.cue_heads["event_nouns"]
            first_char = original.__getitem__ if self.text.starts is POSITIONS else self._first_char
            lines = frozenset(self.text.folded(m.start()) for m in LINE_BREAK.finditer(original))
            self._constituents = segments.segment(self.norm, first_char, taken, lowercase, stops, self.periods(),
                                                  lines)
        return self._constituents

    def periods(self) -> frozenset[int]:
        """The periods of the folded text that close an abbreviation as written ("Gral.", "Pbro.", "Dpto."):
        no clause ends at them, though the folded word ("general") does not say so."""
        if self._periods is None:
            dots = (m.start() for m in PERIOD.finditer(self.norm))
            self._periods = frozenset(i for i in dots if written_abbreviation(self.text, i))
        return self._periods

    def segments(self, taken: Sequence[Span], start: int = 0, end: int | None = None) -> list[Span]:
        """`free_segments` of this message, its abbreviations' periods ending no piece."""
        return free_segments(self.norm, taken, start, end, self.periods())

    def mail(self) -> dict[str, Span]:
        """The header fields of a forwarded e-mail in the message (`nlu/segments/mail.py`), found once."""
        if self._mail is None:
            from nlu.segments.mail import headers

            self._mail = headers(self.text)
        return self._mail

    def _first_char(self, position: int) -> str:
        """`text.source(position, position + 1)`, asked of every word of the message, spelled out; a message
        whose every character folded to one is indexed directly instead."""
        text = self.text
        return text.original[text.starts[position]:text.ends[position]]

    def without_frame(self, span: Span, noise: Container[str] = frozenset()) -> Span | None:
        """`span` less the command words, greetings and fillers at either end (and the framing words they
        uncover): "Registre como", "holi", "hay que anotar" never begin or end a text slot."""
        frame = self.frame()
        current: Span | None = span
        while current is not None and frame:
            start, end = current
            for a, b in frame:
                start = b if a <= start < b else start
                end = a if a < end <= b else end
            if (start, end) == current:
                return current
            current = trim(self.norm, (start, end), noise) if end > start else None
        return current

    def frame(self) -> list[Span]:
        """Command words, greetings and fillers: spans that no text slot may hold."""
        return self.constituents().frame

    def atom_spans(self) -> list[Span]:
        return [(a.start, a.end) for a in self.atoms]

    def put(self, name: str, value: Any, span: Span | None = None) -> None:
        if value in (None, ""):
            return
        self.slots[name] = value
        if span is not None:
            self.spans[name] = self.text.span(*span)

    def put_text(self, name: str, span: Span | None, noise: Container[str] = frozenset()) -> bool:
        """Store the original words of `span`, trimmed of framing words at both ends."""
        if span is None:
            return False
        trimmed = trim(self.norm, span, noise)
        trimmed = trimmed and self.without_frame(trimmed, noise)
        if trimmed is None:
            return False
        value = self.said(trimmed)
        if not value:
            return False
        self.put(name, value, trimmed)
        return True

    def put_name(self, name: str, span: Span | None, noise: Container[str] = frozenset()) -> bool:
        """Store a person's name as `put_text` does, written as a name («doña rosa muñoz» → «rosa» becomes «Rosa»):
        a record keeps a resident's or a contact's name capitalised however it was typed."""
        if not self.put_text(name, span, noise):
            return False
        self.slots[name] = capitalised_name(self.slots[name])
        return True

    def said(self, span: Span) -> str:
        """The original words of `span` for a text slot: cleaned, chat spellings spelled out («dl Liceo» →
        «del Liceo», «reu x la plaza» → «reunión por la plaza»), since a record keeps words, not shorthand; an
        institution's Roman numeral in capitals («vi división» → «VI división»)."""
        return numerals_in_capitals(spelled_out(clean(self.text.source(*span)), self.vocabulary.spelled_out,
                                                self.vocabulary.noun_spelled_out, self.norm[:span[0]],
                                                self.vocabulary.shorthand))


def clean(text: str) -> str:
    """Collapse spaces and drop punctuation left at the ends."""
    return " ".join(text.split()).strip(" ,;:.-¿?¡!\"'()[]")


def spelled_out(text: str, spellings: dict[str, str], noun_spellings: dict[str, str] | None = None,
                before: str = "", dotted: Container[str] = frozenset()) -> str:
    """`text` with each chat spelling written in lower case, or capitalised, replaced by its words («Reu» →
    «Reunión»); a capital alone («Q», «D.») is an initial, an abbreviation with its period («Sr.») is kept, unless
    it is office shorthand (`dotted`: «aniv.» → «aniversario»). A short form that is a verb too is spelled out only
    after an article or a possessive («el cumple»), looked for in `text` and in what comes `before` it in the message
    (folded)."""
    def spelled(match: re.Match[str]) -> str:
        word = match.group(1)
        said = None
        if noun_spellings and word.lower() in noun_spellings:
            lead = LAST_WORD.search(f"{before} {fold(text[:match.start()])}")
            noun = as_noun(lead.group() if lead else "", text, match.end())
            said = noun_spellings[word.lower()] if noun else None
        said = said or spellings.get(word.lower())
        if said is None or not (word.islower() or (len(word) > 1 and word[0].isupper() and word[1:].islower())):
            return match.group()
        return said if word.islower() else said[0].upper() + said[1:]

    def shorthand(match: re.Match[str]) -> str:
        return spelled(match) if match.group(1).lower() in dotted else match.group()

    if dotted and "." in text:
        text = DOTTED_WORD.sub(shorthand, text)
    return SHORT_WORD.sub(spelled, text)


def trim(norm: str, span: Span, noise: Container[str], tail: Container[str] | None = None) -> Span | None:
    """Shrink a span past leading framing words (`noise`) and trailing ones (`tail`, the same unless given) and
    punctuation; None if nothing is left."""
    tail = noise if tail is None else tail
    words = list(WORDS.finditer(norm, span[0], span[1]))
    first, last = 0, len(words)
    while first < last and words[first].group().rstrip(".") in noise:
        first += 1
    while last > first and words[last - 1].group().rstrip(".") in tail:
        last -= 1
    if first == last:
        return None
    return words[first].start(), words[last - 1].end()


def before_aside(ctx: Context, span: Span, tail: Container[str]) -> Span | None:
    """A place's span up to the reason said after it or the old place it denies («en la sede porque están arreglando
    la posta», «en el Puerto Las Losas no en Las Tablas», «… y no en la plaza»), and without the courtesy that closes
    the message («a la sede vecinal por fa»): none is where it happens, and read as part of the place they would be
    stored with it. `tail` trims what the cut uncovers («y»)."""
    aside = ctx.vocabulary.slot("place_asides").search(ctx.norm, span[0] + 1, span[1])
    cut = span if aside is None else trim(ctx.norm, (span[0], aside.start()), (), tail)
    return cut and ctx.without_frame(cut, tail)


def without_closing(ctx: Context, span: Span) -> Span | None:
    """`span` less the greetings, courtesies and fillers that close it («… en la sede vecinal por favor», «…, ya xfa
    gracias»): a free text stores what was said, not how it was asked. Its start stays, since a note may open with
    what reads as a request verb («súmale: llevar la banda»)."""
    cut = ctx.without_frame(span)
    return cut and trim(ctx.norm, (span[0], cut[1]), ())


def written_abbreviation(text: Text, period: int) -> bool:
    """Whether the period at `period` of the folded text closes an abbreviation as the person wrote it ("Av.
    Granaderos", "Sra. Irma", "Pbro. Juan"): such a period ends no clause. The written word decides, not the
    folded one, since "Av." folds to "avenida" while "en la plaza." ends a sentence."""
    from nlu.gazetteer import load

    start = text.starts[period] if period < len(text.norm) else len(text.original)
    word = WRITTEN_WORD.search(text.original, max(0, start - 12), start)
    return word is not None and (fold(word.group(1)) in load().abbreviations or _initial(text.original, word, start))


def _initial(original: str, word: re.Match[str], period: int) -> bool:
    """A capital alone before a period and a capitalised name: an initial («vecino J. Contreras», «M.J. Fuentes»)."""
    letter = word.group(1)
    following = INITIAL_FOLLOWS.match(original, period + 1)
    return len(letter) == 1 and letter.isupper() and following is not None and following.group(1).isupper()


def clause_end(ctx: Context, pattern: re.Pattern[str], start: int, end: int | None = None) -> re.Match[str] | None:
    """The first match of `pattern` from `start` that ends a clause: a period after a written abbreviation
    does not."""
    for match in pattern.finditer(ctx.norm, start, len(ctx.norm) if end is None else end):
        if match.group().strip() != "." or not written_abbreviation(ctx.text, match.start()):
            return match
    return None


def free_segments(norm: str, taken: Sequence[Span], start: int = 0, end: int | None = None,
                  kept: Container[int] = frozenset()) -> list[Span]:
    """The pieces of `norm[start:end]` outside the taken spans, cut at punctuation; not at the periods `kept`
    (those of written abbreviations, `Context.periods`) nor after a short word's period ("dr.")."""
    end = len(norm) if end is None else end
    pieces: list[Span] = []
    cursor = start
    for a, b in sorted(taken):
        if b <= cursor or a >= end:
            continue
        if a > cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        pieces.append((cursor, end))
    segments: list[Span] = []
    for a, b in pieces:
        cut = a
        for mark in BREAK.finditer(norm, a, b):
            if mark.group().strip() == "." and (mark.start() in kept or ABBREVIATION.search(
                    norm, max(0, mark.start() - 5), mark.start())):
                continue
            segments.append((cut, mark.start()))
            cut = mark.end()
        segments.append((cut, b))
    return [(a, b) for a, b in segments if norm[a:b].strip()]


def first_content(norm: str, segments: Iterable[Span], noise: Container[str]) -> Span | None:
    for segment in segments:
        trimmed = trim(norm, segment, noise)
        if trimmed:
            return trimmed
    return None


def capitalised_run(ctx: Context, start: int, max_words: int = 4, stop: Container[str] = ()) -> Span | None:
    """Consecutive capitalised words from `start` (joined by de/del/la/y), as a person or place name.

    In a message written all in lower case nobody capitalises names, so there the next one or two
    words that are not framing words are taken instead.
    """
    joiners = ctx.vocabulary.words["name_joiners"]
    frame = ctx.vocabulary.noise("frame_noise")
    original = ctx.text.original
    lowercase_message = original.islower() or not any(map(str.isupper, original))
    taken: list[re.Match[str]] = []
    for word in WORDS.finditer(ctx.norm, start):
        if len(taken) >= max_words or (taken and ctx.norm[taken[-1].end():word.start()].strip()):
            break
        if taken and "\n" in ctx.text.source(taken[-1].end(), word.start()):
            break  # a name ends with its line: «From: Ana Ríos⏎Date: …»
        first_char = ctx.text.source(word.start(), word.start() + 1)
        plain = word.group() not in frame and word.group() not in stop
        guessed = lowercase_message and plain and len(taken) < 2 and word.group().isalpha()
        if first_char.isupper() or guessed or (word.group() in joiners and taken):
            taken.append(word)
        else:
            break
    while taken and taken[-1].group() in joiners:
        taken.pop()
    if lowercase_message and len(taken) < 2:
        return None
    return (taken[0].start(), taken[-1].end()) if taken else None


def find_ticket(norm: str, street_words: Container[str] = frozenset(),
                articles: Container[str] = frozenset()) -> tuple[str, Span] | None:
    """`R-2026-0042` as written, or the bare number of "reclamo 15"; a bare «#12» after a street's name is its house
    number, not a ticket (`street_words` open a street, «micro basural en Los Aromos #12»; after one of `articles`
    the «#» is a ticket's, «cierra el #12»).

    Every message is asked, and few hold a ticket: the words each pattern needs are looked for first.
    """
    match = TICKET.search(norm) if "r" in norm else None
    if match:
        return f"R-{match.group(1)}-{int(match.group(2)):04d}", match.span()
    bare = YEAR_SEQUENCE.search(norm) if "-" in norm else None
    if bare:
        return f"R-{bare.group(1)}-{int(bare.group(2)):04d}", bare.span()
    if "#" not in norm and not any(word in norm for word in TICKET_WORDS):
        return None
    match = TICKET_NUMBER.search(norm)
    if match and match.group(4) and _house_number(norm, match.start(), street_words, articles):
        return None
    if match and match.group(1):
        return f"R-{match.group(1)}-{int(match.group(2)):04d}", (match.start(1), match.end(2))
    if match:
        group = 3 if match.group(3) else 4
        return match.group(group), match.span(group)
    return None


def _house_number(norm: str, hash_at: int, street_words: Container[str], articles: Container[str]) -> bool:
    """A «#» said after a street's name, in its clause: a street word among the words before it and a name (no
    article) right before it («calle prat #345», «en Los Aromos #12»; «el #12» is a ticket)."""
    before = BREAK.split(norm[:hash_at])[-1].split()[-MAX_STREET_NAME - 1:]
    return len(before) > 1 and before[-1].isalpha() and before[-1] not in articles \
        and any(word in street_words for word in before[:-1])


def first_phrase(phrase_sets: dict[str, Any], norm: str, words: Words | None = None) -> tuple[str, Span] | None:
    """The key of the phrase set whose match comes first in the text (`words`, if given, spare the regex of a set
    whose first words are absent)."""
    hits = []
    for key, phrases in phrase_sets.items():
        if words is not None and not phrases.may_occur(words):
            continue
        match = phrases.search(norm)
        if match:
            hits.append((match.start(), -len(match.group()), key, match.span()))
    if not hits:
        return None
    _, _, key, span = min(hits)
    return key, span


def with_street_number(ctx: Context, span: Span) -> Span:
    """The place with the street and number said right after it, when no time, date or connector stands there:
    a new activity's place and a corrected one («es en la sede, pasaje Tamarugal 1450») keep their address."""
    street = STREET_AFTER.match(ctx.norm, span[1])
    if street is None or street.group("name").split()[0] in ctx.vocabulary.words["connectors"]:
        return span
    if any(street.start() < atom.end and atom.start < street.end() for atom in ctx.atoms):
        return span
    return span[0], street.end()


LABEL_GAP = re.compile(r"(?:\s*(?::|\bes\b|\bseria\b|\bsera\b|\bel\b))*\s*$")
"""What may stand between a detail's label and its value: «correo: …», «fono es el …»."""


def with_label(ctx: Context, span: Span, labels: str) -> Span:
    """Widen a phone or e-mail span over the word that announced it ("celular 9 1234 5678"), and the copula or
    colon between them ("su correo es ana@…", "fono: 9 …"): neither is a name nor a post."""
    gap = LABEL_GAP.search(ctx.norm, 0, span[0])
    label = ctx.vocabulary.slot(labels).ending_at(ctx.norm, gap.start() if gap else span[0])
    return (label[0], span[1]) if label else span


def take_email(ctx: Context, taken: list[Span]) -> None:
    """The message's first e-mail becomes the `email` slot; its label ("correo", "mail") is taken too, so that
    neither a name nor a description holds it (a contact's, a resident's: «correo psoto@hotmail.com»)."""
    if ctx.emails:
        span = ctx.emails[0]
        ctx.put("email", ctx.text.source(*span), span)
        taken.append(with_label(ctx, span, "email_labels"))


def take_phone(ctx: Context, taken: list[Span]) -> None:
    """The message's first phone becomes the `phone` slot; its label ("fono", "cel") is taken too."""
    if ctx.phones:
        start, end, phone = ctx.phones[0]
        ctx.put("phone", phone, (start, end))
        taken.append(with_label(ctx, (start, end), "phone_labels"))
