"""Which of the declared intents a message expresses: every intent scored from the message's evidence.

The evidence is `nlu.features` (verbs by meaning and where they stand, cues, question or statement, atoms,
words and letter trigrams) plus the vote of each capability's recognizer, for what its words alone cannot
carry. The weights come from `nlu/weights.json`, learned by `python -m nlu.training.train`. A first-match
cascade of rules decided before; cross-validated on the training pool, its vote as one more feature added
nothing over the evidence (see the training script's `--folds`), so it is gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from pathlib import Path

from nlu.capabilities import FALLBACK_INTENT, Declarations
from nlu.features import Extractor
from nlu.recognizers import Recognizer, Recognizers
from nlu.scoring import ALTERNATIVES, WEIGHTS, Scorer, Weights, margin
from nlu.slots.common import Context

Vote = tuple[str, str, float]
"""(source, intent, strength): a rule outside the features that speaks for one intent."""
Ranking = tuple[tuple[str, float], ...]


class IntentScorer:
    """Built once per parser; `classify` is pure."""

    def __init__(self, declarations: Declarations, shared_verbs: Mapping[str, Iterable[str]],
                 cue_names: Iterable[str], weights: Weights | Path | None = WEIGHTS) -> None:
        self.declarations = declarations
        self.extract = Extractor({**shared_verbs, **declarations.verbs()}, cue_names)
        self.recognizers = Recognizers([Recognizer(c) for c in declarations.capabilities if c.recognizer])
        if isinstance(weights, Path):
            weights = Weights.load(weights) if weights.exists() else None
        self.scorer = Scorer(weights) if weights is not None else None
        self.textual = {i.name for i in declarations.intents.values() if i.from_text} | {FALLBACK_INTENT}
        self.untextual_weighed = self.scorer is not None and not self.textual.issuperset(self.scorer.weights.intents)
        """The weights score an intent no message can have (one since undeclared or made button-only): rankings
        drop it. Known once, not asked of every message."""

    def evidence(self, ctx: Context, ordered: bool = False) -> tuple[list[str], list[Vote]]:
        """The features and votes of one message: what the scorer reads and the training script learns from.
        The features come first: the cues they find are those the recognizers' needs ask for. A score is a sum
        and needs no order; `ordered` sorts the features (the votes' stay last) for training, whose float sums
        and so its bytes depend on it."""
        features = self.extract(ctx)
        if ordered:
            features.sort()
        votes: list[Vote] = [("recognizer", intent, strength) for intent, strength in self.recognizers(ctx)]
        features.extend("vote:" + intent for _, intent, _ in votes)
        return features, votes

    def classify(self, ctx: Context) -> tuple[str, float, Ranking]:
        """The likeliest intent, its margin over the next one, and the likeliest few with their probabilities.

        Without weights (the training script's own parser) nothing is understood."""
        if self.scorer is None:
            return FALLBACK_INTENT, 0.0, ()
        features, votes = self.evidence(ctx)
        ranked = self.scorer.rank(features, votes)
        if self.untextual_weighed:
            ranked = [(i, p) for i, p in ranked if i in self.textual]
        total = sum(map(itemgetter(1), ranked)) or 1.0
        ranked = [(i, p / total) for i, p in ranked[:ALTERNATIVES]]
        return ranked[0][0], margin(ranked), tuple((i, round(p, 3)) for i, p in ranked)

