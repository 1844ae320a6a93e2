"""What the parser hands to the rest of the system: one intent, its slots, what is missing, where."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class DepartmentRoute:
    """A department code and the words that send a complaint to it (from configuration)."""

    code: str
    words: tuple[str, ...]
    name: str = ""
    """The department's display name, so "reclamos de Dirección de Obras" finds it too."""


@dataclass(frozen=True)
class Understanding:
    """Slots hold typed values: `datetime.date` for a day, naive local `datetime` for a moment,
    `str` for everything else (efeméride `date` stays `MM-DD`/`YYYY-MM-DD` text, as SPEC.md says)."""

    intent: str
    slots: dict[str, Any] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    confidence: float = 1.0
    """The margin between the likeliest intent's probability and the next one's: low means unsure."""
    alternatives: tuple[tuple[str, float], ...] = ()
    """The likeliest intents with their probabilities, best first, for offering readings when unsure."""

    def as_json(self) -> dict[str, Any]:
        """The `gabinete parse` shape: ISO dates, minutes precision, no empty slots."""
        return {
            "intent": self.intent,
            "slots": {name: _json_value(value) for name, value in self.slots.items() if value not in (None, "")},
            "missing": list(self.missing),
            "spans": {name: list(span) for name, span in self.spans.items()},
            "confidence": round(self.confidence, 3),
            "alternatives": [[intent, round(p, 3)] for intent, p in self.alternatives],
        }


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value
