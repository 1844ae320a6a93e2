"""Any input gives a valid Understanding, quickly: unicode, emoji, control characters, huge messages."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from nlu import Understanding
from nlu.capabilities import load_declarations

NOW = datetime(2026, 11, 23, 9, 0)
chat_words = st.sampled_from([
    "reclamo", "invitación", "a las", "10", "mañana", "el", "de", "vecina", "🙂", "\x00", "\u202e", "R-2026-", "+56 9",
    "9 8765 4321", "calle", "Prat", "1234", "?", ",", "agenda", "del", "al", "y media", "delega", "en", "😀" * 3,
    "ñ", "\n", "\t", "¿", "efeméride", "1°", "/", "-", ":", "sáb", "dic", "menos cuarto", "hasta el",
])
messy_text = st.one_of(
    st.text(max_size=200),
    st.lists(chat_words, max_size=40).map(" ".join),
    st.lists(st.one_of(chat_words, st.text(max_size=5)), max_size=30).map("".join),
)
INTENTS = load_declarations().intents
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31))


def valid(result: Understanding) -> None:
    assert result.intent in INTENTS
    assert set(result.missing) <= set(INTENTS[result.intent].slots), "only a slot of the intent can be missing"
    json.dumps(result.as_json(), ensure_ascii=False)
    for value in result.slots.values():
        assert isinstance(value, str | date | bool)


@settings(max_examples=150, deadline=None)
@given(text=messy_text, now=moments)
def test_parse_never_raises_and_returns_a_valid_result(parser, text, now):
    valid(parser.parse(text, now))


@settings(max_examples=60, deadline=None)
@given(text=messy_text, now=moments, slot=st.sampled_from(
    ["start", "date", "department", "phone", "citizen", "response", "status", "ticket", "date_from", "email"]))
def test_fill_and_moment_never_raise(parser, text, now, slot):
    parser.fill("complaint.create", slot, text, now)
    start, _ = parser.moment(text, now)
    assert start is None or isinstance(start, date)


def test_messages_of_ten_thousand_characters_get_a_valid_reading(parser):
    """How long they take is `make bench`'s business (`bench_nlu`, 100 KB messages), not a timed assert."""
    for text in ("reclamo por basura " * 600, "😀" * 10_000, "a las 10 " * 1200, "\x00\x01\x02" * 3400):
        valid(parser.parse(text, NOW))


def test_extreme_reference_moments(parser):
    for now in (datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59), NOW - timedelta(days=365 * 100)):
        valid(parser.parse("el 31 de diciembre a las 10 y el próximo mes, mañana", now))
