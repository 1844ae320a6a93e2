"""One score per intent from a message's features, with weights learned by `nlu.training.train`.

The weights are data (`nlu/weights.json`), read with the standard library only, so `gabinete parse` starts
quickly: each feature's row is kept as text and read into one packed integer (`Packing`) the first time a message
has the feature.
A score is a sum of the weights of the features present plus the votes of the rules that speak for one
intent (a capability's recognizer), each vote weighed by one learned factor shared by every intent: a newly
declared intent with few examples still profits from its recognizer. Probabilities are a softmax of the
scores; the confidence is the margin between the two likeliest intents.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

WEIGHTS = Path(__file__).parent / "weights.json"
ALTERNATIVES = 3
SCALE = 1_000_000
FIELD = 64
"""Bits per intent in a packed row (`Packing`), read back as one unsigned 64-bit number each."""
HALF = 1 << (FIELD - 1)


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
        self._rows: dict[str, int] = {}
        """Rows packed so far (`Packing`): a message has a few hundred of the thousands of features."""
        self._packing = Packing(len(weights.intents))

    def scores(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[float]:
        """Raw scores, one per intent; `votes` are (source, intent, strength)."""
        rows, table = self._rows, self.weights.features
        packing = self._packing
        packed = packing.start
        for name in features:
            row = rows.get(name)
            if row is None:
                raw = table.get(name)
                if raw is None:
                    continue
                row = rows[name] = packing.pack(raw.split() if isinstance(raw, str) else raw)
            packed += row
        total = packing.unpack(packed)
        for source, intent, strength in votes:
            i = self.index.get(intent)
            if i is not None:
                total[i] += self.weights.votes.get(source, 0.0) * strength
        return total

    def rank(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[tuple[str, float]]:
        """Every intent with its probability, likeliest first."""
        probabilities = softmax(self.scores(features, votes))
        return sorted(zip(self.weights.intents, probabilities, strict=True), key=lambda pair: -pair[1])


class Packing:
    """A feature's row of weights as one integer, so that a message's scores are the sum of its features'
    integers: a hundred additions done by Python's big integers instead of thousands of float additions.

    Intent `i` holds bits `i * FIELD` onwards, in millionths: the file keeps thousandths, so none of its weights
    is rounded (weights just learned, by a millionth at most). A sum starts from `start`, which holds `HALF` in
    every field: each field then stays between 0 and `2 ** FIELD` (no message's weights add up to `HALF`
    millionths), never borrows from the next, and the bytes of the sum are the fields as they are."""

    def __init__(self, count: int) -> None:
        self.layout = struct.Struct(f"<{count}Q")
        self.start = self._integer([HALF] * count)

    def pack(self, row: Iterable[float | str]) -> int:
        return self._integer([round(float(weight) * SCALE) + HALF for weight in row]) - self.start

    def unpack(self, packed: int) -> list[float]:
        fields = self.layout.unpack(packed.to_bytes(self.layout.size, "little"))
        return [(field - HALF) / SCALE for field in fields]

    def _integer(self, fields: list[int]) -> int:
        return int.from_bytes(self.layout.pack(*fields), "little")


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
