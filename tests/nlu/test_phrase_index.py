"""A phrase list is searched only in a message holding one of its phrases' key words with that phrase's other
words: the index may spare a search, never hide a match."""

from __future__ import annotations

import re
from datetime import datetime

from nlu.phrases import LEFT, RIGHT, Phrases, Words, alternation, regex_bodies
from nlu.training import corpus


def test_a_key_word_without_the_rest_of_its_phrase_is_no_reason_to_search() -> None:
    phrases = Phrases(["llamado de atencion", "reclama*"])
    assert not phrases.may_occur(Words.of("un llamado por telefono"))
    assert phrases.may_occur(Words.of("le hizo un llamado de atencion"))
    assert phrases.may_occur(Words.of("la vecina reclamaba"))


def test_a_list_the_index_rules_out_never_matches_in_the_examples(parser) -> None:
    """Every cue, status, answer and department name of every labelled example: what the index of key words
    rules out, the regex would not have found either."""
    vocabulary, router = parser.vocabulary, parser.router
    lists = {**vocabulary.cues, **vocabulary.states,
             **{f"department {code}": names for code, names in router.names}}
    checked = 0
    for case in corpus.examples():
        text = case.text
        ctx = parser._context(text, datetime.fromisoformat(case.now))
        possible = ctx.possible_cues() | vocabulary.possible_states(ctx.words)
        for name, phrases in lists.items():
            ruled_out = not phrases.may_occur(ctx.words) or (name in vocabulary.cues and name not in possible) \
                or (name in vocabulary.states and name not in possible)
            if ruled_out:
                checked += 1
                assert phrases.search(ctx.norm) is None, f"{name} occurs in «{text}» but was ruled out"
    assert checked, "the index rules out nothing"


def test_a_list_grouped_by_letters_matches_as_the_flat_list_does(parser) -> None:
    """The alternation nested by first letters finds, in every labelled example, what the phrases side by side
    in their order find: the same matches, the same spans."""
    lists = {**parser.vocabulary.cues, **parser.vocabulary.slots, **parser.vocabulary.states}
    norms = [parser._context(case.text, datetime.fromisoformat(case.now)).norm for case in corpus.examples()]
    for name, phrases in lists.items():
        flat = re.compile(LEFT + "(?:" + "|".join(regex_bodies(phrases.phrases)) + ")" + RIGHT)
        for norm in norms:
            assert [m.span() for m in phrases.finditer(norm)] == [m.span() for m in flat.finditer(norm)], (name, norm)


def test_phrases_that_may_match_at_one_place_keep_their_order() -> None:
    """Longest first: «reunion de trabajo» before «reunion», «agendar» before «agenda*» and «agenda»."""
    nested = re.compile(LEFT + alternation(["agenda", "agenda*", "agendar", "reunion", "reunion de trabajo"]) + RIGHT)
    assert nested.match("reunion de trabajo hoy").group() == "reunion de trabajo"
    assert nested.match("agendarla hoy").group() == "agendarla"
    assert nested.match("agenda hoy").group() == "agenda"
