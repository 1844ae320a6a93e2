"""Every cue a capability declares is a feature the scorer learns from; a cue made of words found in most messages
(«y», «que», «la») fires everywhere, says nothing of the intent, and tilts borderline readings after each retrain.
Word lists that only help read slots belong in the lexicon's [slots], which are no features."""

from __future__ import annotations

from datetime import datetime

from nlu.training import corpus

MOST = 0.4
"""A cue found in more than this share of the development corpus's messages is no evidence of anything."""


def test_no_cue_fires_in_most_messages(parser) -> None:
    cases = corpus.dev()
    counts: dict[str, int] = {}
    for case in cases:
        features, _ = parser.scorer.evidence(parser._context(case.text, datetime.fromisoformat(case.now)))
        for feature in {f for f in features if f.startswith("cue:")}:
            counts[feature] = counts.get(feature, 0) + 1
    common = {cue: round(n / len(cases), 2) for cue, n in counts.items() if n > MOST * len(cases)}
    assert not common, f"cues found in most messages: {common}"
