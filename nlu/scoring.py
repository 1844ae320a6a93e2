"""One score per intent from a message's features, with weights learned by `nlu.training.train`.

The weights are data (`nlu/weights.json`), read with the standard library only, so `gabinete parse` starts
quickly: each feature's row is kept as text and read into numbers the first time a message has the feature.
A score is a sum of the weights of the features present plus the votes of the rules that speak for one
intent (a capability's recognizer), each vote weighed by one learned factor shared by every intent: a newly
declared intent with few examples still profits from its recognizer. Probabilities are a softmax of the
scores; the confidence is the margin between the two likeliest intents.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

WEIGHTS = Path(__file__).parent / "weights.json"
ALTERNATIVES = 3


@dataclass(frozen=True)
class Weights:
    intents: tuple[str, ...]
    features: Mapping[str, Sequence[float] | str]
    """Each feature's weight per intent; as loaded, a row is text ("0.12 -0.5 0"), read when first needed."""
    votes: Mapping[str, float]
    """One factor per vote source ("rules", "recognizer")."""
    meta: Mapping[str, object]

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Weights:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tuple(data["intents"]), data["features"], data["votes"], data.get("meta", {}))

    def dump(self, path: Path) -> None:
        """Stable bytes for the same weights: sorted keys, rounded numbers, one feature a line."""
        rows = ",\n".join(f'  {json.dumps(name)}: "{" ".join(_number(w) for w in self.features[name])}"'
                          for name in sorted(self.features))
        head = {"intents": list(self.intents), "votes": {k: round(v, 4) for k, v in sorted(self.votes.items())},
                "meta": dict(self.meta)}
        text = json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ',\n "features": {\n' + rows + "\n }\n}\n"
        path.write_text(text, encoding="utf-8")


def _number(weight: float) -> str:
    """Three decimals, no trailing zeros: "0.125", "-2", "0"."""
    text = f"{weight:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class Scorer:
    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self.index = {intent: i for i, intent in enumerate(weights.intents)}
        self._rows: dict[str, list[float]] = {}
        """Rows read into numbers so far: a message has a few hundred of the thousands of features."""

    def _row(self, name: str) -> list[float] | None:
        raw = self.weights.features.get(name)
        if raw is None:
            return None
        row = self._rows[name] = [float(w) for w in raw.split()] if isinstance(raw, str) else list(raw)
        return row

    def scores(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[float]:
        """Raw scores, one per intent; `votes` are (source, intent, strength)."""
        known = self._rows
        rows = []
        for name in features:
            row = known.get(name) or self._row(name)
            if row is not None:
                rows.append(row)
        total = list(map(sum, zip(*rows, strict=True))) if rows else [0.0] * len(self.weights.intents)
        for source, intent, strength in votes:
            i = self.index.get(intent)
            if i is not None:
                total[i] += self.weights.votes.get(source, 0.0) * strength
        return total

    def rank(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[tuple[str, float]]:
        """Every intent with its probability, likeliest first."""
        probabilities = softmax(self.scores(features, votes))
        return sorted(zip(self.weights.intents, probabilities, strict=True), key=lambda pair: -pair[1])


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def margin(ranked: Sequence[tuple[str, float]]) -> float:
    """How far the best intent stands above the next: the confidence the dialogue reads."""
    if not ranked:
        return 0.0
    return ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
