"""The normaliser and the parser take any `str` (issue 14 items 1 and 5): lone surrogates, NUL, control and
format characters, characters that fold to several, and date words among them, without raising."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlu import lexicon
from nlu.normalize import MAX_CHARS, Normalizer, fold

WORDS = lexicon.load("es")
NOW = datetime(2026, 11, 23, 9, 0)
ANY_CHARACTER = st.characters(exclude_categories=())
"""Every code point, lone surrogates (Cs) included, which `st.text()` leaves out by default."""
ODD = ["\ud800", "\udfff", "\ud83d", "\x00", "\x1b[31m", "\u202e", "\ufeff", "\u200b", "\u0301", "İ", "ß", "ﬁ",
       "\u2028", "\x85", "\t", "\r\n", "🙂", "\U0010ffff"]
DATE_WORDS = ["el", "4", "de", "diciembre", "a las", "25:00", "martes", "14", "/", "02", "31", "hasta las",
              "cinco y cuarto", "DOM", "21 de Mayo", "340", "navidad", "y", "año nuevo", "9999", "0001"]
messy = st.lists(st.one_of(st.sampled_from(ODD), st.sampled_from(DATE_WORDS), st.text(ANY_CHARACTER, max_size=4)),
                 max_size=25).map(" ".join)


@pytest.fixture(scope="module")
def normalize() -> Normalizer:
    return Normalizer(WORDS["spellings"], WORDS["typos"]["words"], lexicon.all_words(WORDS))


@pytest.mark.parametrize("text", [*ODD, "", " ", "\x00" * 50, "\ud800" * 3000, "el 4 de\x00 diciembre",
                                  "a las \ud800 10", "reunión\x1b[31m el 4\x00/3", "İSTANBUL el lunes"])
def test_normaliser_folds_any_string_keeping_every_position(normalize, text):
    folded = normalize(text)
    assert len(folded.starts) >= len(folded.norm) and len(folded.ends) >= len(folded.norm)
    for index in range(len(folded.norm)):
        assert 0 <= folded.starts[index] < folded.ends[index] <= len(folded.original)
    assert fold(text) is not None


@settings(max_examples=300, deadline=None)
@given(text=st.text(ANY_CHARACTER, max_size=60))
def test_normaliser_never_raises_and_spans_point_into_the_original(normalize, text):
    folded = normalize(text)
    assert folded.original == text[:MAX_CHARS]
    for start in range(len(folded.norm)):
        folded.source(start, len(folded.norm))


@settings(max_examples=200, deadline=None)
@given(text=messy, now=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31)))
def test_parser_takes_any_string(parser, text, now):
    understood = parser.parse(text, now)
    json.dumps(understood.as_json(), ensure_ascii=False)
    start, _ = parser.moment(text, now)
    assert start is None or isinstance(start, date)
    for slot in ("start", "date_from", "date"):
        parser.fill("event.create", slot, text, now)


@pytest.mark.parametrize(("text", "expected"), [
    ("el 4 de\x00 diciembre", date(2026, 12, 4)),
    ("\ud800el martes 14\ud800", date(2026, 12, 14)),
    ("reunión\u200b el 4/12", date(2026, 12, 4)),
])
def test_a_date_among_odd_characters_is_still_read(parser, text, expected):
    assert parser.moment(text, NOW)[0] == expected
