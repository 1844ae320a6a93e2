"""A capability's recognizer is asked only of messages holding what its declaration says it needs, and that
spares it nothing it would have recognised."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from nlu.capabilities import EXAMPLES, DeclarationError, load_declarations

NOW = datetime(2027, 3, 1, 9, 0)
OWN_WORDS = [
    "ciérralo, ya se resolvió",
    "el #12 es de obras, no de aseo",
    "acéptala, va el alcalde",
    "cancélala, se cayó",
    "fotos de la inauguración de la plaza",
    "exporta la planilla de reclamos",
    "el senador Pérez confirmó su asistencia al aniversario",
]


def _messages() -> list[tuple[str, datetime]]:
    """Every capability's labelled examples and a few messages that lean on a recognizer's own words."""
    found = [(text, NOW) for text in OWN_WORDS]
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                found.append((row["text"], datetime.fromisoformat(row["now"])))
    return found


def test_a_recognizer_spared_a_message_would_have_said_nothing_of_it(parser):
    """Widen a recognizer's `[recognizer]` needs when this fails: it spoke of a message they shut it out of."""
    gated = [r for r in parser.scorer.recognizers if r.gate is not None]
    assert gated, "no recognizer declares what it needs"
    spared = 0
    for text, now in _messages():
        ctx = parser._context(text, now)
        for recognizer in gated:
            if not recognizer.gate.open(ctx):
                spared += 1
                assert recognizer.recognize(ctx) is None, f"{recognizer.name} recognises «{text}»"
    assert spared, "the needs spare no recognizer any message"


def test_the_gates_opened_together_are_those_each_opens_alone(parser):
    recognizers = parser.scorer.recognizers
    for text, now in [*_messages(), ("llegó el reclamo R-2026-0042 por luminarias", NOW), ("hola", NOW)]:
        ctx = parser._context(text, now)
        alone = {i for i, r in enumerate(recognizers) if r.gate is None or r.gate.open(ctx)}
        assert recognizers.opened(ctx) == alone, text


def test_the_recognizers_speak_of_their_own_words(parser):
    intents = [parser.parse(text, NOW).intent for text in OWN_WORDS]
    assert intents[:2] == ["complaint.update", "complaint.move"]
    assert intents[2:6] == ["invitation.respond", "event.cancel", "photo.query", "export.request"]


def test_needs_may_only_name_declared_cues_and_the_capability_s_verbs(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('[recognizer]\nfunction = "x:recognize"\ncues = ["no_such_cue"]\n'
                                     '[intents."x.create"]\nsummary = "x"\n')
    with pytest.raises(DeclarationError, match="no_such_cue"):
        load_declarations(tmp_path)


def test_a_recognizer_table_without_its_function_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('[recognizer]\nwords = ["x"]\n[intents."x.create"]\nsummary = "x"\n')
    with pytest.raises(DeclarationError, match="function"):
        load_declarations(tmp_path)
