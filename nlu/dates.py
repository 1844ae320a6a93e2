"""The Spanish date and time grammar: every day, range, clock time and part of the day in a message.

Patterns are assembled from the lexicon's word tables and run over the folded text; each match
becomes an `Atom` with its span. Overlaps are settled leftmost-longest, so "el viernes 4 de
diciembre" is one date and not a weekday plus a date. Clock times are kept raw (hour, minute,
qualifier) because "a las 6" is only settled once the part of the day ("en la tarde") is known;
`nlu/moments.py` combines atoms into the moment a message is about.

A date or time said in full that the calendar or the clock lacks ("30 de febrero", "a las 25:00", a year
nobody plans for, a date with no next occurrence before year 9999) is an INVALID atom kept as written, never
moved to another day. Day-and-month words that name a street with its number or corner ("21 de Mayo 340"),
the day a document came in and a deadline are found but are not the event's day. No handler raises: date
arithmetic that would leave the calendar gives no atom.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple

from nlu import calendar
from nlu.phrases import Phrases, Words, alternation

DAY, RANGE, TIME, PART = "day", "range", "time", "part"
INVALID = "invalid"
"""A date or time said in full that is not on the calendar or the clock ("30 de febrero", "a las 25:00"):
kept as written so that the office is asked, never moved to another day."""
STREET = "street"
STREET_TYPE_REACH = 16
"""How far back a street type ("calle", "avenida") is looked for before a day and month that name a street."""
"""A day and month that name a street ("21 de Mayo 340"): found to hide what overlaps it, then dropped."""
DAY_BEFORE_REACH = 12
"""How far back the article or weekday that makes a number a day is looked for ("del" and two blanks fit, and
"miércoles": «el miércoles 0 a las 1:00» is no span of hours from 0 to 1)."""
DAYS = (DAY, RANGE)
DIGIT = "#digit"
RANGE_HINT = "#range"
HALF_MONTH = 15
"""The last day of a month's first quincena."""
HAS_DIGIT = re.compile(r"\d")
SINGULAR_HOUR = re.compile(r"(?:\w+\s+)?la\s")
""""a la una": the article says whether the hour said in words is one."""
LEADING_DIGITS = re.compile(r"\d+")
MAX_DAY = 31
WEEK = 7
LONG_WEEKEND_REACH = 9
"""Weekends looked at for a long one: Chile has one most months, so «el fin de semana largo» is never far."""
LIST_COMMA = ","
CLAUSE_END = re.compile(r"\s*(?:[,;.!?)]|$)")
"""Nothing more is said after a number: "a las 25" ends there, "a las 25 familias" goes on."""
FOLLOWING_WORD = re.compile(r"\s*([a-z]+)")
PART_LEAD = re.compile(r"(?<![a-z])(?:la|el|a|en|para|durante)\s+$")
""""a fines de marzo", "la primera semana de enero": the words before a part of a month belong to it."""
AFTER_AND = re.compile(r"(?<![a-z])(?:y|e)\s+$")
""""sáb y dom": the second of two days joined needs no article of its own."""
MARKS = ":/-."
REMEMBERED_BITS = 10_000


class Atom(NamedTuple):
    """One date or time expression found in the folded text, `norm[start:end]`.

    A named tuple rather than a frozen dataclass: as immutable, and built six times faster, which counts
    since every message makes several.
    """

    kind: str
    start: int
    end: int
    first: date | None = None
    last: date | None = None
    hour: int | None = None
    minute: int = 0
    end_hour: int | None = None
    end_minute: int = 0
    clock: str = ""
    """How the hour was qualified: "am", "pm", "24h", a part of the day, or "" for a bare hour."""
    part: str | None = None
    year_given: bool = False
    month_given: bool = False
    day_given: bool = False
    """A day of the month said without its month ("el martes 14", "el 15"), not a weekday alone."""
    deadline: bool = False
    may_be_name: bool = False
    """A weekday, month or "semana" said without a number, which may also be a name ("Domingo Soto", "Julio
    Pérez", "la Semana Musical") or an acronym ("la DOM")."""
    received: bool = False
    """The day a document came in ("con fecha de hoy se recibió…"), which is not the day of the event."""
    holiday: bool = False
    """A holiday named instead of its date ("para Navidad"), or a festivity named by its day («la ramada del 18»):
    a date written beside it says more."""
    reason: bool = False
    """A period named as what the event is for («por el fin de semana largo», «por el feriado del lunes»): like
    a holiday, a day said beside it is the event's."""


Handler = Callable[[re.Match[str], date], Atom | None]
Trigger = tuple[frozenset[str], ...]
"""Word sets that must each share a word with the message for a rule to be tried."""


class Grammar:
    """Compiled once per parser from the lexicon; `scan` is pure."""

    def __init__(self, lexicon: Mapping[str, Any], public_holiday: Callable[[date], bool] | None = None) -> None:
        """`public_holiday` tells the days off that make a weekend long; without it, a long weekend is the weekend."""
        self.public_holiday = public_holiday
        self.weekdays: dict[str, int] = dict(lexicon["weekdays"])
        self.guarded_weekdays = frozenset(lexicon["ambiguous"]["weekdays"])
        """Abbreviations that are also words («mar», «do»): a weekday only before a day number, or where nothing
        but a day can stand (`weekday_named`)."""
        self.months: dict[str, int] = dict(lexicon["months"])
        self.numbers: dict[str, int] = dict(lexicon["numbers"])
        self.minute_words: dict[str, int] = dict(lexicon["minute_words"])
        self.clock_minute_words: dict[str, int] = dict(lexicon["clock_minute_words"])
        self.noon = set(lexicon["times"]["noon"])
        self.not_clock = Phrases(lexicon["times"]["not_clock_before"])
        self.numbered_item = frozenset(lexicon["times"]["numbered_item"])
        self.deadline = Phrases(lexicon["deadline"]["before"])
        self.received = Phrases(lexicon["received"]["before"])
        self.received_header = Phrases(lexicon["received"]["header"])
        self.received_after = Phrases(lexicon["received"]["after"])
        self.reason = Phrases(lexicon["reason"]["before"])
        self.reason_day = Phrases(lexicon["reason"]["day_before"])
        self.acronyms = frozenset(lexicon["not_dates"]["acronyms"])
        self.feminine = Phrases(lexicon["not_dates"]["feminine_before"])
        self.name_title = Phrases(lexicon["not_dates"]["name_before"])
        self.festivity_heads = frozenset(lexicon["not_dates"]["festivity_heads"])
        self.festivity_named = re.compile(rf"\s+(?:{alternation(lexicon['not_dates']['festivity_joiners'])})\s+[a-z]")
        self.part_named = Phrases(lexicon["part_of_day_names"]["words"])
        self.holidays: dict[str, list[str]] = lexicon["holidays"]["days"]
        for days in self.holidays.values():  # a misspelt day fails on load, not on the first message naming it
            for written in days:
                calendar.feast_day(written, 2000)
        self.holiday_lead = Phrases(lexicon["holidays"]["lead"])
        self.holiday_anywhere = frozenset(lexicon["holidays"]["anywhere"])
        self.not_holiday = Phrases(lexicon["holidays"]["not"])
        ranges = lexicon["ranges"]
        self.joiners = frozenset(ranges["joiners"])
        self.from_here = frozenset(lexicon["from_today"]["from_here"])
        self.pair_open = Phrases(ranges["pair_open"])
        self.until = frozenset(ranges["until"])
        self.after_and = frozenset(ranges["after_and"])
        self.retract = Phrases(ranges["retract"] + ranges["retract_day"])
        self.may_retract = Phrases(ranges["retract"] + ranges["retract_day"] + ranges["retract_pausing"])
        self.retract_filler = Phrases(ranges["retract_filler"])
        self.retract_pausing = re.compile(rf"\b(?:{alternation(ranges['retract_pausing'])})\s*[,.;:!-]")
        self.retract_dictated = re.compile(rf"\s*(?:{alternation(ranges['retract_pausing'])})\s[^,.;:!-]*")
        """A dictated correction with no pause at all («el domingo no el sábado», «a las nueve no a las nueve y
        media»): the voice has no comma, so the «no» between two days or two hours takes the first back, where a
        written «el 12, no el 11» (a pause before it only) denies the second."""
        self.articles = frozenset(ranges["articles"])
        self.after_word_hour = frozenset(lexicon["times"]["after_word_hour"])
        self.street = Phrases(lexicon["slots"]["street_types"] + lexicon["slots"]["place_nouns"])
        self.week_phrases = {key: set(words) for key, words in lexicon["weeks"].items()}
        self.month_phrases = {key: set(words) for key, words in lexicon["month_words"].items()}
        self.half_months = {key: set(words) for key, words in lexicon["half_months"].items()}
        self.week_of = {key: set(words) for key, words in lexicon["week_of"].items()}
        self.month_parts: Mapping[str, Mapping[str, Any]] = lexicon["month_parts"]
        self.parts = {key: [w for w in words if " " in w and "." not in w]
                      for key, words in lexicon["parts_of_day"].items()}
        self.rules = self._rules(lexicon)
        self._word_bits: dict[str, int] = {}
        self._needs: list[tuple[int, int]] = []
        bit = 1
        for index, (_, _, trigger) in enumerate(self.rules):
            need = 0
            for words in trigger:
                for word in words:
                    self._word_bits[word] = self._word_bits.get(word, 0) | bit
                need |= bit
                bit <<= 1
            self._needs.append((index, need))
        self._trigger_words = frozenset(self._word_bits)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.rules)
        number_open = (r"(?<![a-z0-9])(?:entre|del|desde|de|el|los|dias)\s+(?:(?:el|la|las)\s+)?(?:[a-z]+\.?\s+)?"
                       rf"(?:\d|{alternation(self.numbers)})")
        self._hints = [self._hint(RANGE_HINT, number_open)]
        """Patterns asked only when a rule that needs them has all its other words: "de/del/desde/entre"
        followed (past an article and a weekday) by a number, without which no range of days or hours matches."""
        self._hint_patterns: list[re.Pattern[str] | None] = [None] * len(self._hints)
        self._hinted: dict[int, list[int]] = {}
        self._rules_on: dict[int, list[int]] = {}
        """The hints to ask and the rules to try, by the bits a text switched on: a few hundred sets of bits
        recur, and each is worked out once (forgotten past `REMEMBERED_BITS`)."""

    def weekday_named(self, word: str) -> str | None:
        """The full name of the weekday a guarded abbreviation stands for («mar» → «martes»), for a place where only
        a day can stand («¿y el mar?» after the agenda of a day); None for any other word."""
        if word not in self.guarded_weekdays or word not in self.weekdays:
            return None
        number = self.weekdays[word]
        return max((name for name, value in self.weekdays.items() if value == number), key=len)

    def _hint(self, sentinel: str, pattern: str) -> tuple[int, list[int], str]:
        """A sentinel word's bits, the other bits of each rule that needs it, and its pattern."""
        bits = self._word_bits[sentinel]
        return bits, [need & ~bits for _, need in self._needs if need & bits], pattern

    # -- building ---------------------------------------------------------------------------

    def _rules(self, lexicon: Mapping[str, Any]) -> list[tuple[str, Handler, Trigger]]:
        """Each rule: a pattern (compiled the first time a message can match it), its handler, its trigger."""
        ambiguous = lexicon["ambiguous"]
        wd = _words_alt(self.weekdays, ambiguous["weekdays"])
        month = _words_alt(self.months, ())
        month_full = alternation(m for m in self.months if len(m) >= 4)
        month_first = alternation(m for m in self.months if m not in ambiguous["months"])
        """A month before its day may be abbreviated ("dic 4"), unless the abbreviation is a word ("mar 15")."""
        num = alternation(self.numbers)
        hour_word = alternation(w for w, n in self.numbers.items() if 1 <= n <= 12)
        late_hour_word = alternation(w for w, n in self.numbers.items() if 13 <= n <= 24)
        """"a las veinte horas": an hour past noon in words is one only with its unit ("a las veinte personas")."""
        day_word = alternation(w for w, n in self.numbers.items() if 1 <= n <= 31 and w not in ambiguous["numbers"])
        """Days in words after a weekday ("el lunes veintiuno"); not "un"/"una", as in "el martes una reunión"."""
        lead = alternation(lexicon["weekday_lead"]["words"])
        week_of = alternation(w for words in self.week_of.values() for w in words)
        units = alternation(lexicon["times"]["hour_units"])
        counted = alternation(lexicon["not_dates"]["counted_after"])
        clock_open = alternation(lexicon["times"]["clock_open"])
        clock_named = alternation(lexicon["times"]["clock_named"])
        parts = alternation(lexicon["parts_of_day"])
        morning = "".join(f"(?<!\\b{word} )" for word in lexicon["days"]["morning_before"])
        minute_word = alternation(self.minute_words)
        and_next = alternation(lexicon["ranges"]["and_next"])
        and_more = rf"\s+y\s+(?:(?:{alternation(lexicon['ranges']['after_and'])})\s+)?(?P<more>{and_next})"
        """"esta semana y la otra", "este mes y del próximo"."""
        this_and = alternation(lexicon["ranges"]["this_and"])
        day_num = rf"(?:\d{{1,2}}|{num})(?:°|o|ro|ero|er)?"
        not_clock = (rf"(?![\d./\-]|:\d)(?!\s*(?:(?:{units}|am|pm|%)(?![a-z])|[ap]\.\s?m"
                     rf"|de\s+la\s+{parts}|y\s+{minute_word}(?![a-z])|menos\s"
                     rf"|a\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:{units})(?![a-z])))")
        qual = (rf"\s*(?P<q>(?:{units})\.?|am|pm|a\.\s?m\.?|p\.\s?m\.?|de\s+la\s+{parts}"
                r"|en\s+punto)")

        spoken_minutes = (r"\s(?=[0-5][05](?![\d:./\-])"
                          r"(?!\s+(?:(?:de|del)(?![a-z])(?!\s+la\s)|(?:personas|minutos)(?![a-z]))))")
        """Minutes said after the hour with no mark, as dictated: «a las 9 30», «a las once 45»."""
        said_minutes = (rf"\s+(?P<mw>{alternation(self.clock_minute_words)})(?![a-z])"
                        r"(?!\s+(?:(?:de|del)(?![a-z])(?!\s+la\s)|(?:personas|minutos|anos|dias)(?![a-z])))")
        """Minutes said in words after the hour, as a clock is read aloud: «a las diez treinta», «a las once quince»."""

        def minutes(s: str = "") -> str:
            return (rf"\s+(?:y\s+(?P<plus{s}>{minute_word}|\d{{1,2}}|{num})"
                    rf"|menos\s+(?P<minus{s}>{minute_word}|\d{{1,2}}|{num}))(?![a-z])")

        def dx(s: str) -> str:
            return (rf"(?:(?P<wd{s}>{wd})\.?\s+)?(?P<d{s}>{day_num})(?![\d:])(?:\s+de)?"
                    rf"(?:\s+(?P<m{s}>{month})(?![a-z]){weekday_date_next}\.?)?"
                    rf"(?:\s+(?:de|del)\s+(?P<y{s}>\d{{4}}))?")

        def hour(s: str = "") -> str:
            return rf"(?P<h{s}>\d{{1,2}}|{hour_word})(?:[:.](?P<mm{s}>[0-5]\d))?(?!\d)(?:{minutes(s)})?"

        ordinal, month_unit, month_span = (alternation(self.month_parts[key]) for key in ("ordinals", "units", "spans"))
        week_groups = alternation(w for words in self.week_phrases.values() for w in words)
        half_months = alternation(w for words in self.half_months.values() for w in words)
        rest = {key: alternation(words) for key, words in lexicon["from_today"].items()}
        month_groups = alternation(w for words in self.month_phrases.values() for w in words)
        part_groups = alternation(w for words in self.parts.values() for w in words)
        holidays = alternation(self.holidays)
        noon = alternation(lexicon["times"]["noon"] + lexicon["times"]["midnight"])
        b = r"(?<![a-z0-9])"
        year = r"(?![a-z])\.?(?:(?P<ysep>\s*(?:de|del|,|-|/)\s*|\s*)(?P<y>\d{4})(?!\d))?"
        self.lead_tail = re.compile(rf"{b}(?:{lead})\s+$")
        self.day_before = re.compile(rf"{b}(?:{alternation(lexicon['ranges']['day_before'])})\s+$")
        wd_before = _words_alt(self.weekdays, ())
        """A weekday right before a day number, ambiguous ones included («mar 5/10»): these tails are searched up to
        the number, where the guard's look-ahead cannot see it."""
        self.weekday_before = re.compile(rf"{b}(?:{wd_before})\.?\s+$")
        """A weekday before a number makes it a day («el dom 3 a las 9:30») unless a unit closes the span («el jueves
        15-17 hrs»)."""
        self.day_tail = re.compile(
            rf"(?:{b}(?:{lead})\s+)?(?:{b}(?:{wd_before})\.?,?\s+)?(?:{b}(?:el|del|al)\s+)?(?:dia\s+)?$")
        marks = alternation(lexicon["not_dates"]["number_marks"])
        self.street_number = re.compile(rf"\s*(?P<mark>{marks}\.?)?\s*(?P<n>\d{{1,5}})(?![\d:./\-])")
        self.street_corner = re.compile(rf"\s*(?:{alternation(lexicon['not_dates']['street_after'])})(?![a-z])")
        self.street_before = re.compile(
            rf"(?<![a-z])(?:{alternation(lexicon['not_dates']['street_before'])})\.?\s+$")
        weekday_month = "(?:" + "|".join(f"(?<={re.escape(m)})" for m in ambiguous["months"]
                                         if m in self.weekdays) + ")"
        weekday_date_next = rf"(?!{weekday_month}\.?\s*\d{{1,2}}[/\-]\d)"
        """A month's abbreviation that is a weekday's too, right before a numeric date, is its weekday: «de 10 a 12 mar
        5/10» is Tuesday the 5th of October from 10 to 12, no «12 de marzo»."""
        needs = self._triggers(lexicon)
        table: list[tuple[str, Handler, Trigger]] = [
            (rf"{b}(?P<open>entre\s+el|entre|del|desde\s+el|desde|de|el|(?:los\s+)?dias|los)\s+{dx('1')}"
             rf"(?P<mid>(?:\s*,\s*(?:el\s+)?\d{{1,2}}(?![\d:]))*)\s*"
             rf"(?P<close>al|hasta\s+el|hasta|a|y)\s+(?P<art>el\s+)?{dx('2')}(?![a-z0-9])", self._day_range,
             (needs["days"], needs["day_range_open"], needs["range_hint"])),
            # a note's range with no word opening it, closed by its month: «agenda 1 al 3 oct», «feria 4-6 de nov»,
            # «30 sep al 2 oct»; not «10 a 12 mar 5/10», where «mar» is the Tuesday of the date after it
            (r"(?<![a-z0-9/\-.:,])(?P<open>)(?P<wd1>)(?P<y1>)(?P<mid>)(?P<art>)(?P<wd2>)"
             rf"(?P<d1>\d{{1,2}})(?:°|o)?(?:(?:\s+de)?\s+(?P<m1>{month})(?![a-z])\.?)?"
             rf"(?P<close>\s+(?:al|a|y|hasta)\s+|\s*-\s*)(?P<d2>\d{{1,2}})(?:°|o)?(?![\d:])"
             rf"(?:\s+de)?\s*(?P<m2>{month})(?![a-z]){weekday_date_next}\.?"
             rf"(?:\s+(?:de|del)\s+(?P<y2>\d{{4}}))?(?![a-z0-9])",
             self._day_range, (needs["digit"], needs["months"])),
            (rf"{b}(?:de|del|desde(?:\s+el)?|entre(?:\s+el)?)\s+(?P<wd1>{wd})\s+(?:a|al|hasta(?:\s+el)?|y(?:\s+el)?)\s+"
             rf"(?P<wd2>{wd})(?![a-z])", self._weekday_range,
             (needs["weekdays"], needs["range_open"], needs["range_close"])),
            (r"(?<![\d/\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)",
             self._numeric, (needs["digit"], needs["dash"])),
            (r"(?<![a-z0-9/\-])(?P<d>\d{1,2})(?:°|o)?[/\-](?P<m>\d{1,2})(?:[/\-](?P<y>\d{4}|\d{2}))?(?![\d/\-])"
             rf"(?!\s*(?:{units})(?![a-z]))",
             self._numeric, (needs["digit"], needs["slash_or_dash"])),
            (r"(?<![\d.:/\-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\d.:/\-])",
             self._numeric, (needs["digit"], needs["dot"])),
            (rf"(?<![a-z0-9/\-])(?P<d>\d{{1,2}})(?:°|o|ro|ero|er)?\s*(?:de\s+|-|/)?\s*(?P<m>{month})"
             rf"{weekday_date_next}{year}",
             self._day_month, (needs["digit"], needs["months"])),
            (rf"{b}(?P<d>{num})(?:\s+de)?\s+(?P<m>{month}){year}",
             self._day_month, (needs["numbers"], needs["months"])),
            (rf"{b}(?P<m>{month_first})\.?\s+(?P<d>\d{{1,2}})(?:°|o)?{not_clock}"
             r"(?:(?P<ysep>\s*(?:de|del|,)\s*)(?P<y>\d{4})(?!\d))?",
             self._day_month, (needs["months"], needs["digit"])),
            (rf"{b}(?P<wd>{wd})\.?,?\s+(?P<d>\d{{1,2}}|{day_word})(?![a-z])(?:°|o)?{not_clock}",
             self._weekday_day, (needs["weekdays"], needs["days"])),
            (rf"{b}(?P<wd>{wd})(?![a-z])\.?(?:\s+(?P<wk>{week_of}))?", self._weekday, (needs["weekdays"],)),
            # a letter glued to the number makes a name, not a day: «la feria del 8M», «el acto del 11S»
            (rf"{b}(?:el|del)\s+(?:dia\s+)?(?P<d>\d{{1,2}})(?:°|o|ro|ero|er)?+(?![a-z]){not_clock}"
             rf"(?!\s+(?:{counted})(?![a-z]))",
             self._bare_day, (needs["digit"], needs["article"])),
            (rf"{b}(?:el|del)\s+(?:dia\s+)?(?P<d>{day_word})(?![a-z])(?!\s+de\s|\s+por\s+ciento)",
             self._bare_day, (needs["numbers"], needs["article"])),
            (rf"{b}(?:el|del)\s+(?:dia\s+)?(?P<d>\d{{1,2}}|{day_word})(?:°|o|ro|ero|er)?\s+(?:(?:de|del)\s+)?"
             rf"(?P<w>{month_groups})(?![a-z])", self._day_of_month_word,
             (needs["days"], needs["article"], needs["month_phrases"], needs["month_nouns"])),
            (rf"{b}(?P<rel>pasado\s+manana|{morning}manana|hoy(?:\s+dia)?|anteayer|antes\s+de\s+ayer|ayer)(?![a-z])"
             rf"(?:\s+(?:{wd})(?![a-z])(?:\s+\d{{1,2}}(?![\d:]))?)?", self._relative, (needs["relative"],)),
            (rf"{b}(?:en|dentro\s+de)\s+(?P<n>\d{{1,3}}|{num})\s+(?P<u>dias?|semanas?)(?![a-z])",
             self._in_days, (needs["days"], needs["day_units"])),
            (rf"{b}(?:l[oa]s\s+)?(?:proxim[oa]s|siguientes)\s+(?P<n>\d{{1,3}}|{num})\s+(?P<u>dias|semanas)(?![a-z])",
             self._next_days, (needs["following"],)),
            (rf"{b}(?P<w>{half_months})(?![a-z])", self._half_month, (needs["half_months"],)),
            (rf"{b}(?:(?:{rest['from_here']})\s+(?:{rest['to']})|(?:{rest['until']}))\s+(?:{rest['month_end']})(?![a-z])",
             self._month_rest, (needs["month_end"],)),
            (rf"{b}(?:{rest['from_here']})\s+(?:{rest['to']})\s+(?P<d>\d{{1,2}})(?:°|o)?(?![\d:a-z]){not_clock}"
             r"(?!\s+del?\s)", self._here_to_day, (needs["here"], needs["digit"])),
            (rf"{b}(?:{rest['from_here']})(?=\s+(?:{rest['to']})\s)", self._here, (needs["here"],)),
            (rf"{b}(?:la\s+)?semana\s+del?\s+(?P<d>\d{{1,2}})(?:\s*(?:al|a|hasta(?:\s+el)?|-)\s*(?P<d2>\d{{1,2}}))?"
             rf"(?:\s+de\s+(?P<m>{month}))?(?![\d:/\-])",
             self._week_of_day, (needs["week"], needs["digit"])),
            (rf"{b}(?:(?P<pre>{this_and})\s+y\s+)?(?P<w>{week_groups})(?:{and_more})?(?![a-z])", self._week,
             (needs["weeks"],)),
            (rf"{b}(?:(?P<pre>{this_and})\s+y\s+)?(?P<w>{month_groups})(?:{and_more})?(?![a-z])", self._month_word,
             (needs["month_phrases"], needs["month_nouns"])),
            (rf"{b}(?:(?P<ord>{ordinal})\s+(?P<unit>{month_unit})|(?P<span>{month_span}))\s+(?:de|del)\s+"
             rf"(?:mes\s+de\s+)?(?P<m>{month_full})(?![a-z])(?:\s+(?:de|del)?\s*(?P<y>\d{{4}})(?!\d))?",
             self._month_part, (needs["months"], needs["month_parts"])),
            (rf"{b}(?:(?:el\s+)?mes\s+de\s+|todo\s+)?(?P<m>{month_full})(?![a-z])(?:\s+(?:de|del)?\s*(?P<y>\d{{4}})(?!\d))?",
             self._month, (needs["months"],)),
            (rf"{b}(?:(?:el|la|del|al|de\s+la|a\s+la)\s+)?(?P<hol>{holidays})(?![a-z])", self._holiday,
             (needs["holidays"],)),
            (rf"{b}(?:de|desde|entre)\s+(?:las?\s+)?{hour()}(?:\s*(?:{units}))?\s+"
             rf"(?:a|hasta|y)\s+(?:las?\s+)?{hour('2')}(?:{qual})?(?![a-z])",
             self._time_range, (needs["hours"], needs["range_open"], needs["range_hint"])),
            (rf"(?<![\d:./\-])(?P<h>\d{{1,2}})(?:[:.](?P<mm>[0-5]\d))?(?:\s*(?:{units})\.?)?"
             rf"(?P<sep>\s*-\s*|\s+(?:a|al|hasta)\s+(?:las?\s+)?)(?P<h2>\d{{1,2}})(?:[:.](?P<mm2>[0-5]\d))?(?!\d)"
             rf"(?:\s*(?P<q>{units}))?(?![a-z])", self._clock_span, (needs["digit"], needs["span_marks"])),
            (rf"{b}(?P<a>{clock_open}\s+)?las?\s+"
             rf"(?P<h>\d{{1,2}}|{hour_word}|{late_hour_word}(?=\s*(?:{units})(?![a-z])))"
             rf"(?:(?:[:.h]|{spoken_minutes})(?P<mm>\d\d)|{said_minutes})?(?![\d])"
             rf"(?:{minutes()})?(?:{qual})?(?![a-z])", self._clock, (needs["clock"], needs["hours"])),
            (rf"{b}(?:{clock_named})\s+(?:las?\s+)?(?P<h>\d{{1,2}})(?:[:.h](?P<mm>\d\d))?(?![\d])"
             rf"(?:{qual})?(?![a-z])", self._clock, (needs["digit"], needs["clock_named"])),
            (rf"(?<![\d:./])(?P<h>\d{{1,2}})(?P<sep>[:.h])(?P<mm>\d\d)(?![\d:]|\.\d)(?:{qual})?(?![a-z])",
             self._clock, (needs["digit"], needs["clock_marks"])),
            (rf"(?<![\d:./\-])(?P<h>\d{{1,2}})\s+y\s+(?P<plus>{minute_word})(?![a-z])(?:{qual})?(?![a-z])"
             r"(?!\s+[a-z]{3,}s(?![a-z]))",
             self._clock, (needs["digit"], needs["minute_words"])),
            (rf"(?<![\d:./\-])(?P<h>\d{{1,2}})(?:{qual})(?![a-z])",
             self._clock_unit, (needs["digit"], needs["qualifiers"])),
            (rf"{b}(?:(?:al|a|el|del|para\s+el|a\s+la|las)\s+)?(?P<w>{noon})(?![a-z])", self._noon, (needs["noon"],)),
            (rf"{b}{part_groups}(?![a-z])", self._part, (needs["parts"],)),
        ]
        return table

    def _triggers(self, lexicon: Mapping[str, Any]) -> dict[str, frozenset[str]]:
        """Word sets for the rules' triggers: a rule is tried only if the text has a word of each of its sets.

        Scanning is the parser's hot loop; most messages name no month or weekday, so most patterns
        are skipped after one set intersection. A phrase list triggers on each phrase's longest word; month
        phrases also need "mes" or "año" ("el mes pasado", not "pasado mañana"), an hour needs a number.
        """
        def longest(phrases: Any) -> frozenset[str]:
            return frozenset(max(p.split(), key=len) for p in phrases)

        numbers = frozenset(w.split()[0] for w in self.numbers)
        return {
            "digit": frozenset({DIGIT}),
            "days": numbers | {DIGIT},
            "numbers": numbers,
            "weekdays": frozenset(self.weekdays),
            "months": frozenset(self.months),
            "month_parts": frozenset(w for key in ("units", "spans") for w in lexicon["month_parts"][key]),
            "relative": frozenset({"hoy", "manana", "ayer", "anteayer"}),
            "following": frozenset({"proximos", "proximas", "siguientes"}),
            "half_months": frozenset({"quincena"}),
            "month_end": frozenset({"mes"}),
            "here": frozenset(phrase.split()[-1] for phrase in lexicon["from_today"]["from_here"]),
            "weeks": longest(w for words in self.week_phrases.values() for w in words),
            "month_phrases": longest(w for words in self.month_phrases.values() for w in words),
            "month_nouns": frozenset(next((w for w in p.split() if w in ("mes", "ano")), max(p.split(), key=len))
                                     for words in self.month_phrases.values() for p in words),
            "clock": frozenset({"la", "las"}),
            "clock_named": frozenset({"hora", "horario"}),
            "minute_words": frozenset(self.minute_words),
            "hours": frozenset(w.split()[0] for w, n in self.numbers.items() if 1 <= n <= 24) | {DIGIT},
            "range_open": frozenset({"entre", "del", "desde", "de"}),
            "day_range_open": frozenset({"entre", "del", "desde", "de", "el", "los", "dias"}),
            "range_close": frozenset({"a", "al", "hasta", "y"}),
            "range_hint": frozenset({RANGE_HINT}),
            "article": frozenset({"el", "del"}),
            "day_units": frozenset({"dia", "dias", "semana", "semanas"}),
            "week": frozenset({"semana"}),
            "dash": frozenset({"-"}),
            "slash_or_dash": frozenset({"/", "-"}),
            "span_marks": frozenset({"-", "a", "al", "hasta"}),
            "dot": frozenset({"."}),
            "clock_marks": frozenset({":", ".", "h"}),
            "units": frozenset(lexicon["times"]["hour_units"]),
            "qualifiers": frozenset([*lexicon["times"]["hour_units"], "am", "pm", "m", "manana", "tarde", "noche",
                                     "madrugada"]),
            "noon": longest(lexicon["times"]["noon"] + lexicon["times"]["midnight"]),
            "holidays": longest(self.holidays),
            "parts": longest(w for words in self.parts.values() for w in words),
        }

    # -- scanning ---------------------------------------------------------------------------

    def scan(self, norm: str, today: date, words: Words | None = None) -> list[Atom]:
        """Every expression in `norm`, leftmost-longest, days listed joined, deadlines marked; in text order.

        A date pushed past year 9999 by the arithmetic (a reference moment at the end of time) is
        simply not found. `words` are the text's words if the caller has them already.
        """
        words = words or Words.of(norm)
        found: list[tuple[int, int, int, Atom]] = []
        for priority in self._triggered(norm, words.tokens):
            pattern, handler, _ = self.rules[priority]
            compiled = self._compiled[priority] or self._compile(priority, pattern)
            for match in compiled.finditer(norm):
                try:
                    atom = handler(match, today)
                except calendar.OUT_OF_CALENDAR:
                    continue
                if atom is not None and not self._names_a_festivity(norm, atom):
                    found.append((atom.start, -(atom.end - atom.start), priority, atom))
        if not found:
            return []
        found.sort(key=itemgetter(0, 1, 2))
        chosen: list[Atom] = []
        reach = -1
        for start, _, _, atom in found:
            if start >= reach:
                chosen.append(atom)
                reach = atom.end
        if self.street.may_end(words):
            chosen = [atom for atom in chosen if not self._names_a_street(norm, atom)]
        chosen = [atom for atom in chosen if atom.kind != STREET and not self._names_someone(norm, atom)]
        if len(chosen) > 1 and self.may_retract.may_occur(words):
            chosen = self._without_retracted(norm, chosen)
        if len(chosen) > 1:
            chosen = self._join(norm, chosen)
        if self.deadline.may_end(words):
            chosen = [self._mark(norm, atom, self.deadline, "deadline", (DAY, TIME, INVALID)) for atom in chosen]
        if self.received.may_end(words):
            chosen = [_already_came(self._mark(norm, atom, self.received, "received", (DAY, RANGE, INVALID)), today)
                      for atom in chosen]
        if self.received_header.may_end(words):
            chosen = [self._header_day(norm, atom, today) for atom in chosen]
        came = self.received_after.may_occur(words)
        if came:
            chosen = [_already_came(self._came_then(norm, atom), today) for atom in chosen]
        if came or self.received.may_end(words) or self.received_header.may_end(words):
            chosen = _with_received_times(norm, chosen, today)
        if self.reason.may_end(words):
            chosen = [self._mark(norm, atom, self.reason, "reason", (RANGE,)) if atom.kind == RANGE or atom.holiday
                      else atom for atom in chosen]
        if self.reason_day.may_end(words):
            chosen = [self._mark(norm, atom, self.reason_day, "reason", (DAY,)) for atom in chosen]
        return _without_idle_holidays(chosen)

    def _triggered(self, norm: str, tokens: frozenset[str]) -> list[int]:
        """The rules worth trying on this text, in priority order: each of their word sets is present.

        Every word set of every rule has a bit; the text's words switch on theirs, and a rule is tried when
        all of its bits are on.
        """
        bits = self._word_bits
        on = 0
        for word in tokens.intersection(self._trigger_words):
            on |= bits[word]
        for mark in MARKS:
            if mark in norm:
                on |= bits.get(mark, 0)
        if HAS_DIGIT.search(norm):
            on |= bits[DIGIT]
        hints = self._hinted.get(on)
        if hints is None:
            hints = self._hinted[on] = [index for index, (_, others, _) in enumerate(self._hints)
                                        if any(on & other == other for other in others)]
        for index in hints:
            sentinel, _, pattern = self._hints[index]
            compiled = self._hint_patterns[index] or re.compile(pattern)
            self._hint_patterns[index] = compiled
            if compiled.search(norm):
                on |= sentinel
        rules = self._rules_on.get(on)
        if rules is None:
            if len(self._rules_on) >= REMEMBERED_BITS:
                self._rules_on.clear()
                self._hinted.clear()
            rules = self._rules_on[on] = [index for index, need in self._needs if on & need == need]
        return rules

    def _names_a_street(self, norm: str, atom: Atom) -> bool:
        """"plaza 23 de marzo", "calle 21 de mayo": a date that is the name of a place is no date."""
        return (atom.kind == DAY and atom.month_given and norm[atom.start].isdigit()
                and self.street.ending_at(norm, atom.start) is not None)

    def _names_someone(self, norm: str, atom: Atom) -> bool:
        """"don Julio", "Parroquia Santo Domingo": a bare weekday or month after a title is a name, no date."""
        return atom.may_be_name and self.name_title.ending_at(norm, atom.start) is not None

    def _names_a_festivity(self, norm: str, atom: Atom) -> bool:
        """«la semana de la chilenidad», «el mes del mar»: a week or month said with its article alone and followed
        by what it celebrates names the festivity, not this week or month. Dropped before the overlaps are settled,
        so that «del mes de enero» is still January."""
        return (atom.kind == RANGE and norm[atom.start:atom.end] in self.festivity_heads
                and self.festivity_named.match(norm, atom.end) is not None)

    def _compile(self, index: int, pattern: str) -> re.Pattern[str]:
        """Compiled the first time a message triggers the rule, so that `gabinete parse` starts quickly."""
        compiled = self._compiled[index] = re.compile(pattern)
        return compiled

    @staticmethod
    def _mark(norm: str, atom: Atom, before: Phrases, flag: str, kinds: tuple[str, ...]) -> Atom:
        """A day or time after words that make it a deadline ("confirmar antes del 5") or the day a document
        came in ("con fecha de hoy"): found, but not the event's."""
        if atom.kind in kinds and before.ending_at(norm, atom.start):
            return atom._replace(**{flag: True})
        return atom

    def _came_then(self, norm: str, atom: Atom) -> Atom:
        """A day said right before something came in («hoy llegó invitación del Rotary para el viernes», «el lunes
        nos mandaron…») is when it came, not the event's."""
        if atom.kind != DAY:
            return atom
        after = atom.end + len(norm[atom.end:]) - len(norm[atom.end:].lstrip(" ,"))
        return atom._replace(received=True) if self.received_after.at_start(norm, after) else atom

    def _header_day(self, norm: str, atom: Atom, today: date) -> Atom:
        """The day a forwarded e-mail was sent («Fecha: mié, 1 jul 2026»): a day with its year, not after today,
        after a header's label. An event's «Fecha: jueves 9 de julio» is still to come, and stays the event's."""
        if atom.kind == DAY and atom.year_given and atom.first is not None and atom.first <= today \
                and self.received_header.ending_at(norm, atom.start):
            return atom._replace(received=True)
        return atom

    # -- days said together -----------------------------------------------------------------

    def _without_retracted(self, norm: str, atoms: list[Atom]) -> list[Atom]:
        """A day or time taken back by the next one of its kind ("el martes, no, perdón, el miércoles", "a las
        10... no, mejor a las 11:30"): only the second is meant. It keeps the span of both, words of the
        correction included, so that "perdón" or "mejor" never becomes a place or a title."""
        kept: list[Atom] = []
        for atom in atoms:
            last = kept[-1] if kept else None
            if last is not None and (last.kind in DAYS) == (atom.kind in DAYS) and atom.kind in (*DAYS, TIME) \
                    and last.kind in (*DAYS, TIME) and self._retracts(norm, last, atom):
                kept[-1] = atom._replace(start=last.start)
                continue
            kept.append(atom)
        return kept

    def _retracts(self, norm: str, old: Atom, new: Atom) -> bool:
        """Only correction words (one at least), articles and punctuation between `old` and `new`: "..., no, perdón,
        el", "... no, mejor". A dictated «no» with no pause corrects only to a value said in as many words as the one
        taken back («el domingo no el sábado 8 de enero»); one said in fewer is the value denied («es el 22 de abril
        no el 20»)."""
        between = norm[old.end:new.start]
        dictated = self.retract_dictated.fullmatch(between) is not None \
            and len(norm[new.start:new.end].split()) >= len(norm[old.start:old.end].split())
        if not (self.retract.found(between) or self.retract_pausing.search(between) or dictated):
            return False
        rest = self.retract_filler.pattern.sub(" ", self.retract.pattern.sub(" ", between))
        return not any(map(str.isalnum, rest))

    def _join(self, norm: str, atoms: list[Atom]) -> list[Atom]:
        """Days listed one after the other are one span: "el lunes y el martes", "hoy y mañana", "entre
        Navidad y Año Nuevo". A calendar entry or a query has one start and one end, so a list of days
        is read as the days it runs over."""
        joined = [atoms[0]]
        for index in range(1, len(atoms)):
            last, atom = joined[-1], atoms[index]
            if last.kind in DAYS and atom.kind in DAYS and self._listed(norm, atoms, index):
                span = self._span(norm, last, atom)
                if span is not None:
                    joined[-1] = span
                    continue
            joined.append(atom)
        return joined

    def _listed(self, norm: str, atoms: list[Atom], index: int) -> bool:
        """Whether the day at `index` is listed with the one before: joined by "y", "hasta el"..., or by a
        comma in a list that a joining word closes ("el lunes, el martes y el jueves"; "ayer, el 2 de enero"
        is two days apart)."""
        previous, atom = atoms[index - 1], atoms[index]
        between = norm[previous.end:atom.start]
        if self._joined_by(between) or (not between.strip() and self._from_here_to(norm, previous, atom)):
            return True
        following = index + 1
        return between.strip() == LIST_COMMA and following < len(atoms) and atoms[following].kind in DAYS \
            and self._listed(norm, atoms, following)

    def _from_here_to(self, norm: str, here: Atom, day: Atom) -> bool:
        """«de aquí al 15 de enero»: a full date takes its «al» as its own lead, leaving nothing between it and the
        «de aquí» that opens the span; the joining word it starts with closes that span."""
        said = norm[day.start:day.end].split()
        return norm[here.start:here.end] in self.from_here and bool(said) and said[0] in self.joiners

    def _joined_by(self, between: str) -> bool:
        """Only joining words (and articles) between two days: "y", "y el", "hasta el"; after "y", a word the
        first day had may be said again ("de hoy y de mañana")."""
        said = between.split()
        if said and said[0] in self.joiners and all(word in self.after_and or word in self.articles
                                                    for word in said[1:]):
            return True
        return any(word in self.joiners for word in said) and \
            all(word in self.joiners or word in self.articles for word in said)

    def _span(self, norm: str, first: Atom, second: Atom) -> Atom | None:
        """From the first day to the second. Two dates without their year make the first such span that has
        not ended, as "del 20 de diciembre al 5 de enero" does: "entre Navidad y Año Nuevo" said on 28
        December is the one we are in. A weekday that falls before the first day is next week's ("el lunes
        y el martes" said on a Monday)."""
        begin, end = first.first, second.last
        if begin is None or end is None:
            return None
        if end < begin and second.month_given and not second.year_given:
            earlier = calendar.safe_date(begin.year - 1, begin.month, begin.day) \
                if first.month_given and not first.year_given else None
            if earlier is not None and earlier <= end:
                begin = earlier
            else:
                end = calendar.safe_date(end.year + 1, end.month, end.day)
        elif end < begin and second.kind == DAY and not second.month_given:
            end = calendar.add_days(end, 7 * -(-(begin - end).days // 7))
        if end is None or end < begin:
            return None
        opening = self.pair_open.ending_at(norm, first.start)
        start = opening[0] if opening else first.start
        return Atom(DAY if begin == end else RANGE, start, second.end, begin, end,
                    year_given=first.year_given and second.year_given,
                    month_given=first.month_given or second.month_given,
                    holiday=first.holiday and second.holiday)

    # -- handlers: days ---------------------------------------------------------------------

    def _day_range(self, match: re.Match[str], today: date) -> Atom | None:
        parts = [self._day_parts(match, s) for s in ("1", "2")]
        if None in parts:
            return None
        (d1, m1, y1, w1), (d2, m2, y2, w2) = parts  # type: ignore[misc]
        said = f"{match.group('d1')} {match.group('close').strip()} {match.group('d2')}"
        if said in self.numbers:
            return None  # "el treinta y uno de diciembre" is one day, not the 30th and the 1st
        opening = " ".join(match.group("open").split())
        listed = opening in ("el", "los") or bool(match.group("mid"))
        if listed and match.group("close") != "y":
            return None
        if opening in ("el", "los") and not (m1 or m2 or w1 or w2) and not self._time_goes_on(match):
            return None  # "el 4 y 5 personas", "los 2 y 3 sillas": counts, not days
        has_article = opening in ("del", "desde el", "entre el", "el", "los", "dias", "los dias") \
            or bool(match.group("art"))
        if m1 is None and m2 is None and w1 is None and w2 is None and not has_article:
            return None
        if not (self._possible(d1, m1, y1, today) and self._possible(d2, m2, y2, today)):
            return Atom(INVALID, match.start(), match.end())
        if m2 is not None:
            last = calendar.day_of_month(today, d2, m2, y2)
            if last is None:
                return None
            month = m1 or last.month
            year = y1 or (last.year if month <= last.month else last.year - 1)
            first = calendar.safe_date(year, month, d1)
            if first is not None and first > last and m1 is None:
                year, month = calendar.shift_month(last.year, last.month, -1)
                first = calendar.safe_date(year, month, d1)
        else:
            first = calendar.day_of_month(today, d1, m1, y1)
            last = first and calendar.day_of_month(first, d2)
        if first is None or last is None or last < first:
            return None
        return Atom(RANGE, match.start(), match.end(), first, last, month_given=m2 is not None)

    def _day_parts(self, match: re.Match[str], s: str) -> tuple[int, int | None, int | None, int | None] | None:
        day = self._number(match.group(f"d{s}"))
        month = self.months.get(match.group(f"m{s}") or "")
        year = match.group(f"y{s}")
        weekday = self.weekdays.get(match.group(f"wd{s}") or "")
        if day is None or not 1 <= day <= 31:
            return None
        return day, month, int(year) if year else None, weekday

    @staticmethod
    def _possible(day: int, month: int | None, year: int | None, today: date) -> bool:
        """A day said with its month (and year) that the calendar has, in a year the office can mean."""
        if month is None:
            return True
        return calendar.exists(day, month, year) and (year is None or calendar.sane_year(year, today))

    def _weekday_range(self, match: re.Match[str], today: date) -> Atom | None:
        first = calendar.next_weekday(today, self.weekdays[match.group("wd1")])
        last = first and calendar.add_days(first, (self.weekdays[match.group("wd2")] - first.weekday()) % 7)
        return _days(RANGE, match.start(), match.end(), first, last)

    def _numeric(self, match: re.Match[str], today: date) -> Atom | None:
        """"2/12", "02-12-2026", "2026-12-02", "04.12.2026" (with dots only with its year: "4.12" is a time or a
        decimal); "31/02" is a date said wrongly, "2/13" no date at all."""
        day, month = int(match.group("d")), int(match.group("m"))
        year_text = match.group("y")
        year = _full_year(year_text, today) if year_text else None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        start = self._lead_start(match, self.day_tail)
        if not self._possible(day, month, year, today):
            return Atom(INVALID, start, match.end())
        found = calendar.day_of_month(today, day, month, year)
        if found is None:
            return Atom(INVALID, start, match.end())  # no next occurrence: the calendar ends in year 9999
        return Atom(DAY, start, match.end(), found, found, year_given=year is not None, month_given=True)

    def _day_month(self, match: re.Match[str], today: date) -> Atom | None:
        """"4 de diciembre (de 2026)", "diciembre 4"; "30 de febrero" is said wrongly; "21 de Mayo 340" and
        "18 de Septiembre 1020" are streets with their number, "calle 18 de Septiembre" one after its type."""
        day = self._number(match.group("d"))
        if day is None:
            return None
        start = self._lead_start(match, self.day_tail)
        year_text = match.group("y")
        bare_year = year_text is not None and not match.group("ysep").strip()
        if bare_year and (year_text.startswith("0") or not calendar.sane_year(int(year_text), today)):
            return Atom(STREET, start, match.end())
        number_end = self._street_number_end(match) if year_text is None else None
        if number_end is not None:
            return Atom(STREET, start, number_end)
        if year_text is None and start == match.start() and (
                self.street_corner.match(match.string, match.end())
                or self.street_before.search(match.string, max(0, start - STREET_TYPE_REACH), start)):
            return Atom(STREET, start, match.end())
        month = self.months[match.group("m")]
        year = int(year_text) if year_text else None
        if not self._possible(day, month, year, today):
            if match.start("m") < match.start("d") and day > MAX_DAY:
                return None
            return Atom(INVALID, start, match.end())
        found = calendar.day_of_month(today, day, month, year)
        if found is None:
            return Atom(INVALID, start, match.end())  # no next occurrence: the calendar ends in year 9999
        return Atom(DAY, start, match.end(), found, found, year_given=year is not None, month_given=True)

    def _street_number_end(self, match: re.Match[str]) -> int | None:
        """Where the street number after a day and month ends, if one follows: a number no day or hour is
        (past 31, with a leading zero) or one marked as a number ("#", "n°")."""
        after = self.street_number.match(match.string, match.end())
        if after is None:
            return None
        number = after.group("n")
        return after.end() if after.group("mark") or number.startswith("0") or int(number) > MAX_DAY else None

    def _weekday_day(self, match: re.Match[str], today: date) -> Atom | None:
        """"el martes 14", "el lunes veintiuno": the number wins when the weekday disagrees with it (it is
        what was copied from the invitation), so this is the 14th's next occurrence."""
        day = self._number(match.group("d"))
        if day is None or not 1 <= day <= MAX_DAY:
            return None
        found = calendar.day_of_month(today, day)
        start = self._lead_start(match, self.lead_tail)
        if found is None:
            return Atom(INVALID, start, match.end())  # not moved to the weekday alone at the end of time
        return Atom(DAY, start, match.end(), found, found, day_given=True)

    def _weekday(self, match: re.Match[str], today: date) -> Atom | None:
        """"el viernes", "el jueves de la próxima semana". An abbreviation that is also a municipal acronym
        ("dom", the Dirección de Obras) is a weekday only after a word that leads one ("el dom", "para el
        dom", "sáb y dom"): "la DOM", "director dom", "reunión con dom" name the department."""
        said = match.group("wd")
        week = match.group("wk")
        start = self._lead_start(match, self.lead_tail)
        if said in self.acronyms and (self.feminine.ending_at(match.string, match.start())
                                      or (start == match.start() and not week
                                          and not AFTER_AND.search(match.string, max(0, start - 4), start))):
            return None
        weekday = self.weekdays[said]
        monday = calendar.add_days(today, -today.weekday())
        if week in self.week_of["next"]:
            found = monday and calendar.add_days(monday, 7 + weekday)
        elif week in self.week_of["this"]:
            found = monday and calendar.add_days(monday, weekday)
        else:
            found = calendar.next_weekday(today, weekday)
        return _days(DAY, start, match.end(), found, found, may_be_name=start == match.start() and not week)

    def _bare_day(self, match: re.Match[str], today: date) -> Atom | None:
        """"el 15", "para el quince": the next 15th. A day in words must end the clause or go on as a date does
        ("el quince a las diez"), not as a count or a name ("el once titular"). After a noun, "del 18" may name
        a festivity by its day («la ramada del dieciocho el viernes 17»): like a holiday, a date beside it wins."""
        text = match.group("d")
        day = self._number(text)
        if day is None or (not text[0].isdigit() and not self._time_goes_on(match)):
            return None
        found = calendar.day_of_month(today, day) if 1 <= day <= MAX_DAY else None
        named = match.string.startswith("del", match.start()) and self._after_noun(match.string, match.start())
        return found and Atom(DAY, match.start(), match.end(), found, found, day_given=True, holiday=named)

    def _after_noun(self, norm: str, start: int) -> bool:
        """Whether a word that may name something stands right before `start`, not one that makes the day a
        deadline or the day a document came in («antes del 15», «recibido del 3»)."""
        before = norm[:start].rstrip()
        return bool(before) and before[-1].isalpha() and not (
            self.deadline.ending_at(norm, start) or self.received.ending_at(norm, start))

    def _day_of_month_word(self, match: re.Match[str], today: date) -> Atom | None:
        """"el 2 del próximo mes", "el 15 de este mes": that day of the month the words name, not the next 2nd."""
        key = _key_of(self.month_phrases, match.group("w"))
        day = self._number(match.group("d"))
        if key not in ("this", "next", "last") or day is None:
            return None
        year, month = calendar.shift_month(today.year, today.month, {"this": 0, "next": 1, "last": -1}[key])
        found = calendar.safe_date(year, month, day)
        if found is None:
            return Atom(INVALID, match.start(), match.end())
        return Atom(DAY, match.start(), match.end(), found, found, month_given=True)

    def _relative(self, match: re.Match[str], today: date) -> Atom | None:
        word = " ".join(match.group("rel").split())
        offsets = {"pasado manana": 2, "manana": 1, "ayer": -1, "anteayer": -2, "antes de ayer": -2}
        found = calendar.add_days(today, offsets.get(word, 0))
        return _days(DAY, match.start(), match.end(), found, found)

    def _in_days(self, match: re.Match[str], today: date) -> Atom | None:
        count = self._number(match.group("n"))
        if count is None:
            return None
        found = calendar.add_days(today, count * (7 if match.group("u").startswith("semana") else 1))
        return _days(DAY, match.start(), match.end(), found, found)

    def _next_days(self, match: re.Match[str], today: date) -> Atom | None:
        count = self._number(match.group("n"))
        if not count:
            return None
        length = count * (7 if match.group("u").startswith("semana") else 1)
        return _days(RANGE, match.start(), match.end(), today, calendar.add_days(today, length - 1))

    def _half_month(self, match: re.Match[str], today: date) -> Atom | None:
        """«esta quincena»: the 1st to the 15th, or the 16th to the month's end, as today falls; «la próxima», the
        half after it."""
        halves = [(1, 15), (16, calendar.days_in_month(today.year, today.month))]
        year, month, half = today.year, today.month, int(today.day > HALF_MONTH)
        if _key_of(self.half_months, match.group("w")) == "next":
            year, month = calendar.shift_month(year, month, half)
            half = 1 - half
            halves[1] = (16, calendar.days_in_month(year, month))
        first, last = halves[half]
        return _days(RANGE, match.start(), match.end(), calendar.safe_date(year, month, first),
                     calendar.safe_date(year, month, last))

    def _here(self, match: re.Match[str], today: date) -> Atom | None:
        """«de aquí» before «al viernes»: today, where the span that joins them opens."""
        return _days(DAY, match.start(), match.end(), today, today)

    def _here_to_day(self, match: re.Match[str], today: date) -> Atom | None:
        """«de aquí al 15»: from today to the next 15th («al 15 de enero» is a date of its own). The bare number has no
        «el» of its own (it is in «al»), so the day rules alone would leave only today."""
        day = self._number(match.group("d"))
        found = calendar.day_of_month(today, day) if day is not None and 1 <= day <= MAX_DAY else None
        return found and _days(RANGE, match.start(), match.end(), today, found)

    def _month_rest(self, match: re.Match[str], today: date) -> Atom | None:
        """«de aquí a fin de mes»: from today to the month's last day."""
        end = calendar.safe_date(today.year, today.month, calendar.days_in_month(today.year, today.month))
        return _days(RANGE, match.start(), match.end(), today, end)

    def _week(self, match: re.Match[str], today: date) -> Atom | None:
        """"esta semana", "el fin de semana"; "esta semana y la otra" runs on to the end of the next."""
        key = _key_of(self.week_phrases, match.group("w"))
        if key == "long_weekend":
            span = self._long_weekend(today)
        elif key in ("weekend", "next_weekend"):
            later = calendar.add_days(today, 2 if key == "next_weekend" and today.weekday() >= 5 else 0)
            span = later and calendar.weekend_of(later)
        else:
            shifted = calendar.add_days(today, {"this": 0, "next": 7, "last": -7}[key])
            span = shifted and calendar.week_of(shifted)
        if span is None:
            return None
        first, last = span
        if match.group("more"):
            last = calendar.add_days(last, 7)
        if match.group("pre") and key == "next":
            first = calendar.add_days(first, -7)
        return _days(RANGE, match.start(), match.end(), first, last, may_be_name=match.group().endswith("semana"))

    def _long_weekend(self, today: date) -> tuple[date, date] | None:
        """The next weekend that a public holiday beside it makes long, with those days (Saturday to Monday, Friday
        to Sunday); the coming weekend when none is near or the holidays are not known."""
        coming = calendar.weekend_of(today)
        holiday = self.public_holiday
        weekend = coming
        for _ in range(LONG_WEEKEND_REACH if holiday else 0):
            if weekend is None:
                break
            first, last = weekend
            while (before := calendar.add_days(first, -1)) and before >= today and holiday(before):
                first = before
            while (after := calendar.add_days(last, 1)) and holiday(after):
                last = after
            if (first, last) != weekend:
                return first, last
            following = calendar.add_days(weekend[0], 7)
            weekend = following and calendar.weekend_of(following)
        return coming

    def _week_of_day(self, match: re.Match[str], today: date) -> Atom | None:
        """"la semana del 28": Monday to Sunday around that day; "la semana del 7 al 11 de diciembre": those
        days, the end's month also the start's unless the start's number is higher ("del 28 al 3")."""
        month = self.months.get(match.group("m") or "")
        days = [int(d) for d in match.group("d", "d2") if d is not None]
        if any(not 1 <= d <= MAX_DAY or (month is not None and not calendar.exists(d, month)) for d in days):
            return Atom(INVALID, match.start(), match.end())
        last = calendar.day_of_month(today, days[-1], month)
        if last is None:
            return None
        if len(days) == 1:
            week = calendar.week_of(last)
            return week and Atom(RANGE, match.start(), match.end(), *week, month_given=month is not None)
        year, first_month = calendar.shift_month(last.year, last.month, -(days[0] > days[1]))
        first = calendar.safe_date(year, first_month, days[0])
        if first is None:
            return Atom(INVALID, match.start(), match.end())
        return Atom(RANGE, match.start(), match.end(), first, last, month_given=month is not None)

    def _month_word(self, match: re.Match[str], today: date) -> Atom | None:
        """"este mes", "el año que viene"; "este mes y el próximo" runs on to the end of the next."""
        key = _key_of(self.month_phrases, match.group("w"))
        more = bool(match.group("more"))
        if key in ("this_year", "next_year"):
            year = today.year + (key == "next_year")
            first, last = calendar.safe_date(year, 1, 1), calendar.safe_date(year + more, 12, 31)
            return _days(RANGE, match.start(), match.end(), first, last)
        year, month = calendar.shift_month(today.year, today.month, {"this": 0, "next": 1, "last": -1}[key])
        opening = calendar.month_span(*calendar.shift_month(year, month, -(key == "next" and bool(match.group("pre")))))
        closing = calendar.month_span(*calendar.shift_month(year, month, more))
        if opening is None or closing is None:
            return None
        return Atom(RANGE, match.start(), match.end(), opening[0], closing[1], month_given=True)

    def _month(self, match: re.Match[str], today: date) -> Atom | None:
        month = self.months[match.group("m")]
        year = int(match.group("y")) if match.group("y") else calendar.month_ahead(today, month)
        if not calendar.sane_year(year, today):
            return Atom(INVALID, match.start(), match.end())
        span = calendar.month_span(year, month)
        return span and Atom(RANGE, match.start(), match.end(), *span, year_given=bool(match.group("y")),
                             month_given=True, may_be_name=match.group() == match.group("m"))

    def _month_part(self, match: re.Match[str], today: date) -> Atom | None:
        """"la primera semana de enero" (1 to 7), "la última semana de febrero" (its last seven days), "la segunda
        quincena de marzo" (16 to the end), "a fines de abril" (21 to the end): those days of the named month."""
        month = self.months[match.group("m")]
        year = int(match.group("y")) if match.group("y") else calendar.month_ahead(today, month)
        start = self._lead_start(match, PART_LEAD)
        if not calendar.sane_year(year, today):
            return Atom(INVALID, start, match.end())
        length = calendar.days_in_month(year, month)
        if match.group("span"):
            first_day, last_day = self.month_parts["spans"][match.group("span")]
        else:
            size = self.month_parts["units"][match.group("unit")]
            index = self.month_parts["ordinals"][match.group("ord")]
            first_day = length - size + 1 if index < 0 else size * (index - 1) + 1
            last_day = length if index < 0 else size * index
            if size > WEEK and index > 1:
                last_day = length  # the second fortnight runs to the month's end
        if first_day > length:
            return None
        first = calendar.safe_date(year, month, first_day)
        last = calendar.safe_date(year, month, min(last_day, length))
        return _days(RANGE, start, match.end(), first, last, year_given=bool(match.group("y")), month_given=True)

    def _holiday(self, match: re.Match[str], today: date) -> Atom | None:
        """"para Navidad", "entre Navidad y Año Nuevo": a holiday's next date, when said as a date (after
        "para", "en", "hasta"...), not as part of a name ("la misa de Navidad", "el Año Nuevo Mapuche")."""
        norm, start = match.string, match.start()
        name = " ".join(match.group("hol").split())
        if self.not_holiday.at_start(norm, match.start("hol")) or not (
                name in self.holiday_anywhere or self.holiday_lead.ending_at(norm, start)):
            return None
        days = self.holidays[name]
        try:
            first = calendar.feast_day(days[0], today.year)
            if first < today:  # already past this year: next year's
                first = calendar.feast_day(days[0], today.year + 1)
            last = calendar.feast_day(days[-1], first.year)
            if last < first:  # a span across New Year
                last = calendar.feast_day(days[-1], first.year + 1)
        except calendar.OUT_OF_CALENDAR:  # a reference moment at the end of the calendar
            return None
        return Atom(DAY if first == last else RANGE, self._lead_start(match, self.lead_tail, "hol"), match.end(), first,
                    last, month_given=True, holiday=True)

    # -- handlers: times --------------------------------------------------------------------

    def _clock(self, match: re.Match[str], today: date) -> Atom | None:
        """"a las 10", "a las cinco y cuarto", "10:30"; "hasta las 13" is when it ends, "a las 25:00" a time
        said wrongly."""
        text = match.group("h")
        hour = self._number(text)
        groups = match.groupdict()
        after = groups.get("a")
        singular = SINGULAR_HOUR.match(match.group()) is not None
        if hour is None or (not text.isdigit() and (not after or singular != (hour == 1))):
            return None
        if self._numbered_item(match):
            return None
        minute = self.clock_minute_words[groups["mw"]] if groups.get("mw") else int(groups.get("mm") or 0)
        if hour > 24 or minute >= 60 or (hour == 24 and minute):
            return self._impossible_clock(match)
        clock = self._qualifier(groups.get("q"), text, hour)
        hour, minute, clock = self._said_minutes(hour, minute, clock, groups.get("plus"), groups.get("minus"))
        if not 0 <= minute < 60 or hour < 0:
            return None
        if after and after.split()[0] in self.until:
            return Atom(TIME, match.start(), match.end(), end_hour=hour, end_minute=minute, clock=clock)
        return Atom(TIME, match.start(), match.end(), hour=hour, minute=minute, clock=clock)

    def _numbered_item(self, match: re.Match[str]) -> bool:
        """«anula la 2», «acepta la 3»: a bare digit after a singular article, with nothing that opens a time before it
        and no minutes or qualifier after it, points at an item of a list; an hour needs «a las» or a clock form."""
        before = match.string[match.start():match.start("h")].split()
        return (not match.groupdict().get("a") and before[-1:] != [] and before[-1] in self.numbered_item
                and match.group("h").isdigit() and match.end("h") == match.end())

    def _said_minutes(self, hour: int, minute: int, clock: str, plus: str | None,
                      minus: str | None) -> tuple[int, int, str]:
        """"y cuarto" adds to the minutes; "menos cuarto" goes back into the hour before."""
        if plus:
            return hour, minute + self._minutes(plus), clock
        if minus:
            hour, minute = self._before_hour(hour, clock, self._minutes(minus))
            return hour, minute, clock or "24h"
        return hour, minute, clock

    @staticmethod
    def _impossible_clock(match: re.Match[str]) -> Atom | None:
        """A time said in full that no clock shows ("a las 25:00", "25:00 hrs", "a las 10:75"); a number after
        "las" that is no hour at all ("las 40 personas") or a decimal ("25.50") is simply not a time."""
        groups = match.groupdict()
        colon = groups.get("mm") is not None and match.string[match.start("mm") - 1] == ":"
        after_las = "sep" not in groups and CLAUSE_END.match(match.string, match.end()) is not None
        if colon or groups.get("q") or after_las:
            return Atom(INVALID, match.start(), match.end())
        return None

    @staticmethod
    def _before_hour(hour: int, clock: str, minutes: int) -> tuple[int, int]:
        """"las 8 menos cuarto" is 7:45 and "las 2 menos cuarto" 13:45: the afternoon rule reads the hour said."""
        if clock == "" and 1 <= hour <= 7:
            hour += 12
        return hour - 1, 60 - minutes

    def _clock_unit(self, match: re.Match[str], today: date) -> Atom | None:
        """"10 hrs", "7 pm", "10 de la mañana" without "a las"; "hace 2 horas" is a length of time."""
        if match.group("q") in ("en punto",) or self.not_clock.ending_at(match.string, match.start()):
            return None
        hour = int(match.group("h"))
        if hour > 24:
            return None
        return Atom(TIME, match.start(), match.end(), hour=hour,
                    clock=self._qualifier(match.group("q"), match.group("h"), hour))

    def _time_range(self, match: re.Match[str], today: date) -> Atom | None:
        """"de 10 a 12", "de diez a doce", "de 3 hasta las cinco y cuarto". Hours without minutes or a unit need
        the clause to end or go on as a time does ("de dos a tres personas" is a count)."""
        groups = match.groupdict()
        hour, end_hour = self._number(groups["h"]), self._number(groups["h2"])
        if hour is None or end_hour is None or hour > 23 or end_hour > 24:
            return None
        if not groups.get("q") and groups.get("mm") is None and groups.get("mm2") is None \
                and not self._time_goes_on(match):
            return None  # "de dos a tres personas", "niños de 10 a 12 años": counts
        clock = self._qualifier(groups.get("q"), groups["h"], hour)
        end_clock = self._qualifier(groups.get("q"), groups["h2"], end_hour)
        if end_clock == "" and clock == "24h" and end_hour < hour:
            end_clock = "pm"
        hour, minute, clock = self._said_minutes(hour, int(groups.get("mm") or 0), clock or end_clock,
                                                 groups.get("plus"), groups.get("minus"))
        end_hour, end_minute, _ = self._said_minutes(end_hour, int(groups.get("mm2") or 0), end_clock,
                                                     groups.get("plus2"), groups.get("minus2"))
        if not (0 <= minute < 60 and 0 <= end_minute < 60):
            return None
        return Atom(TIME, match.start(), match.end(), hour=hour, minute=minute,
                    end_hour=end_hour, end_minute=end_minute, clock=clock)

    def _clock_span(self, match: re.Match[str], today: date) -> Atom | None:
        """"10:00-12:00", "15:00 a 17:00 horas", "10-12 hrs", "9:30 a 11", "9 a 10:30": two hours without "de" make
        a range when a unit closes it or either has its minutes; "10 a 12" alone is not sure enough ("los días 10
        a 12"), nor a first number that an article makes a day ("al 7 a las 13 hrs")."""
        before = match.string[max(0, match.start() - DAY_BEFORE_REACH):match.start()]
        a_day = self.day_before.search(before) or (self.weekday_before.search(before) and match.group("q") is None)
        if match.group("mm") is None and a_day:
            return None  # «al 7 a las 13 hrs», «el dom 3 a las 9:30»: a day, then its hour
        minutes = match.group("mm") is not None or match.group("mm2") is not None
        if match.group("q") or minutes:
            return self._time_range(match, today)
        return None

    def _time_goes_on(self, match: re.Match[str]) -> bool:
        following = FOLLOWING_WORD.match(match.string, match.end())
        return following is None or following.group(1) in self.after_word_hour

    def _noon(self, match: re.Match[str], today: date) -> Atom:
        word = " ".join(match.group("w").split())
        return Atom(TIME, match.start(), match.end(), hour=12 if word in self.noon else 0, clock="24h")

    def _part(self, match: re.Match[str], today: date) -> Atom | None:
        """"en la tarde", "esta noche"; "la noche inaugural", "la tarde recreativa" name an activity instead."""
        said = match.group()
        if said.split()[0] in self.articles and self.part_named.at_start(match.string, match.end() + 1):
            return None
        part = _key_of(self.parts, said)
        this = said.startswith("esta ")
        return Atom(PART, match.start(), match.end(), today if this else None, today if this else None, part=part)

    # -- small readers ----------------------------------------------------------------------

    @staticmethod
    def _lead_start(match: re.Match[str], tail: re.Pattern[str], group: int | str = 0) -> int:
        """Where a date really starts once its lead words ("el próximo", "el viernes") are counted.

        The patterns start at the day itself (or at its `group`) so that the regex engine can skip ahead quickly;
        the words before it are looked up only for the rare position that matched.
        """
        start = match.start(group)
        lead = tail.search(match.string, max(0, start - 40), start)
        return min(lead.start(), match.start()) if lead else match.start()

    def _number(self, text: str | None) -> int | None:
        if text is None:
            return None
        digits = LEADING_DIGITS.match(text)
        if digits:
            return int(digits.group())
        return self.numbers.get(" ".join(text.split()))

    def _minutes(self, text: str) -> int:
        return self.minute_words.get(text) or self._number(text) or 0

    def _qualifier(self, qualifier: str | None, hour_text: str, hour: int) -> str:
        """How sure the clock is: am/pm or a part of the day, 24h, or "" for a bare 1-12 hour."""
        if qualifier:
            q = qualifier.replace(" ", "").replace(".", "")
            if q in ("am", "pm"):
                return q
            if q.startswith("dela"):
                return q.removeprefix("dela")
            if q != "enpunto":
                return "24h"
        if hour == 0 or hour > 12 or (hour_text.isdigit() and hour_text.startswith("0") and len(hour_text) == 2):
            return "24h"
        return ""


def _days(kind: str, start: int, end: int, first: date | None, last: date | None, **flags: bool) -> Atom | None:
    """A day or range whose arithmetic stayed on the calendar; at its ends (a reference moment in year 9999)
    the day after is no date, and nothing is found."""
    if first is None or last is None:
        return None
    return Atom(kind, start, end, first, last, **flags)


def _already_came(atom: Atom, today: date) -> Atom:
    """A document came in on a day already past: "con fecha 20 de noviembre", said on the 23rd, is this year's
    20 November, not next year's; «el domingo 19 nos llegó», said on 20 December, is 19 December."""
    if not atom.received or atom.kind != DAY or atom.year_given or atom.first is None or atom.first <= today:
        return atom
    if atom.month_given:
        before = calendar.safe_date(atom.first.year - 1, atom.first.month, atom.first.day)
    else:
        before = calendar.day_of_month_before(today, atom.first.day) if atom.day_given else None
    return atom._replace(first=before, last=before) if before is not None else atom


def _with_received_times(norm: str, atoms: list[Atom], today: date) -> list[Atom]:
    """The day or hour written right after the day a document came in is when it came in too («recibí hoy, 20 de
    septiembre, …»; «Fecha: mié, 1 jul 2026, 8:12» heading a forwarded e-mail), not the event's."""
    marked = list(atoms)
    for index in range(1, len(marked)):
        before, atom = marked[index - 1], marked[index]
        if atom.kind in (TIME, DAY) and before.received and not norm[before.end:atom.start].strip(" ,"):
            marked[index] = _already_came(atom._replace(received=True), today)
    return marked


def _without_idle_holidays(atoms: list[Atom]) -> list[Atom]:
    """A holiday or a period named as the reason beside a date of the event is what the event celebrates or is
    for, not when it is ("para la fiesta de Navidad del sábado 19", «por el fin de semana largo mañana a las
    9:30»); without one, the holiday or period is the date."""
    if not any(atom.holiday or atom.reason for atom in atoms):
        return atoms
    if any(a.kind in DAYS and not (a.holiday or a.reason or a.deadline or a.received) for a in atoms):
        return [atom for atom in atoms if not (atom.holiday or atom.reason)]
    return atoms


def _full_year(text: str, today: date) -> int:
    """"26" is 2026, "99" 1999: the century that puts a two-digit year nearest to plans, never a decade past
    the horizon."""
    if len(text) != 2:
        return int(text)
    year = 2000 + int(text)
    return year if year <= today.year + calendar.YEARS_AHEAD else year - 100


def _key_of(table: Mapping[str, Any], said: str) -> str:
    """Which list of a keyed word table the matched phrase comes from."""
    said = " ".join(said.split())
    return next(key for key, words in table.items() if said in words)


def _words_alt(table: Mapping[str, int], ambiguous: Any) -> str:
    """Alternation of a word table; ambiguous words count only before a day number ("el mar 3")."""
    plain = [word for word in table if word not in set(ambiguous)]
    guarded = [rf"{re.escape(word)}(?=\.?\s*\d)" for word in ambiguous if word in table]
    return "(?:" + "|".join([alternation(plain).removeprefix("(?:").removesuffix(")"), *guarded]) + ")"
