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
from itertools import repeat
from operator import itemgetter, sub, truediv
from pathlib import Path

WEIGHTS = Path(__file__).parent / "weights.json"
ALTERNATIVES = 3
LEARNED = (1_000_000, 64)
"""(scale, bits per intent) of a packed row (`Packing`) of weights just learned: millionths, in 64 bits."""
SHIPPED = (1_000, 32)
"""The same for weights read from the file, which keeps thousandths: each is exact, and the scores come out the
same floats as in millionths (the same sums, divided with one rounding), from integers half as long."""
REMEMBERED = 200_000
"""Distinct features whose packed rows are kept; the weights have about twelve thousand."""


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
        shipped = all(map(isinstance, weights.features.values(), repeat(str)))
        self._packing = Packing(len(weights.intents), *(SHIPPED if shipped else LEARNED))
        self._rows = Rows(weights.features, self._packing)

    def scores(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[float]:
        """Raw scores, one per intent; `votes` are (source, intent, strength)."""
        total = self._packing.unpack(sum(map(self._rows.__getitem__, features), self._packing.start))
        for source, intent, strength in votes:
            i = self.index.get(intent)
            if i is not None:
                total[i] += self.weights.votes.get(source, 0.0) * strength
        return total

    def rank(self, features: Iterable[str], votes: Iterable[tuple[str, str, float]] = ()) -> list[tuple[str, float]]:
        """Every intent with its probability, likeliest first (intents equally likely in declared order)."""
        probabilities = softmax(self.scores(features, votes))
        return sorted(zip(self.weights.intents, probabilities, strict=True), key=itemgetter(1), reverse=True)


class Rows(dict[str, int]):
    """Each feature's packed row (`Packing`), packed the first time a message has the feature; a feature the
    weights lack is 0. A message has a hundred of the thousands of features, and the same ones come back, so
    they are kept (dropped past `REMEMBERED`, since unknown words are remembered too)."""

    def __init__(self, table: Mapping[str, Sequence[float] | str], packing: Packing) -> None:
        super().__init__()
        self.table = table
        self.packing = packing

    def __missing__(self, name: str) -> int:
        raw = self.table.get(name)
        row = 0 if raw is None else self.packing.pack(raw)
        if len(self) >= REMEMBERED:
            self.clear()
        self[name] = row
        return row


class Packing:
    """A feature's row of weights as one integer, so that a message's scores are the sum of its features'
    integers: a hundred additions done by Python's big integers instead of thousands of float additions.

    Intent `i` holds `bits` bits from `i * bits` on, the weight times `scale` (`LEARNED`, `SHIPPED`). A sum starts
    from `start`, which holds half the range in every field: each field then stays between 0 and `2 ** bits` (no
    message's weights add up to half the range), never borrows from the next, and the bytes of the sum are the
    fields as they are."""

    def __init__(self, count: int, scale: int = LEARNED[0], bits: int = LEARNED[1]) -> None:
        self.layout = struct.Struct(f"<{count}{'Q' if bits == 64 else 'I'}")
        self.scale = scale
        self.half = 1 << (bits - 1)
        self.start = self._integer([self.half] * count)
        self._fields = Fields(scale, self.half)

    def pack(self, row: str | Iterable[float]) -> int:
        """A row as the file writes it ("0.12 -0.5 0") or as learned (floats)."""
        if isinstance(row, str):
            fields = self._fields
            return self._integer([fields[weight] for weight in row.split()]) - self.start
        scale, half = self.scale, self.half
        return self._integer([round(weight * scale) + half for weight in row]) - self.start

    def unpack(self, packed: int) -> list[float]:
        fields = self.layout.unpack(packed.to_bytes(self.layout.size, "little"))
        return list(map(truediv, map(sub, fields, repeat(self.half)), repeat(self.scale)))

    def _integer(self, fields: list[int]) -> int:
        return int.from_bytes(self.layout.pack(*fields), "little")


class Fields(dict[str, int]):
    """A weight as the file writes it ("-0.25") and its field in a packed row: the file holds a few thousand
    distinct numbers, and most of a row is "0"."""

    def __init__(self, scale: int, half: int) -> None:
        super().__init__()
        self.scale, self.half = scale, half

    def __missing__(self, weight: str) -> int:
        field = self[weight] = round(float(weight) * self.scale) + self.half
        return field


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = list(map(math.exp, map(sub, scores, repeat(top))))
    total = sum(exps)
    return list(map(truediv, exps, repeat(total)))


def margin(ranked: Sequence[tuple[str, float]]) -> float:
    """How far the best intent stands above the next: the confidence the dialogue reads."""
    if not ranked:
        return 0.0
    return ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
