"""The labelled messages the scorer learns from, and the ones it must never see.

Three sources, all in SPEC.md's corpus format: each capability's examples (`nlu/examples/*.jsonl`), the shared
development corpus (`../shared/nlu/dev.jsonl`) and the shared training corpus (`../shared/nlu/train.jsonl`).
A fixed part of the training corpus is held out (`is_held_out`): it is never learned from, tuned on or read
for rules, only scored to report how the parser does on messages it has not seen.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nlu.capabilities import EXAMPLES


def _shared() -> Path:
    """`shared/nlu` beside the repository, or beside the folder holding it (a git worktree in `wt/<name>`): the
    nearest ancestor that has one, so a worktree trains on the same corpora as the main checkout."""
    repository = Path(__file__).resolve().parents[2]
    found = (parent / "shared" / "nlu" for parent in repository.parents)
    return next((path for path in found if path.is_dir()), repository.parent / "shared" / "nlu")


SHARED = _shared()
DEV = SHARED / "dev.jsonl"
TRAIN = SHARED / "train.jsonl"
GUARD = Path(__file__).resolve().parents[2] / "tests" / "nlu" / "guard_readings.jsonl"
"""Dialogue-critical readings written apart from every example: a check on the weights, never learned from."""
HELD_OUT_DIGITS = "0123"
"""A line of train.jsonl is held out when the first hex digit of the SHA-1 of its text is one of these."""


@dataclass(frozen=True)
class Case:
    text: str
    now: str
    intent: str
    slots: dict
    source: str


def is_held_out(text: str) -> bool:
    """The held-out rule: about a quarter of train.jsonl, chosen by a hash of the text, never learned from."""
    return hashlib.sha1(text.encode()).hexdigest()[0] in HELD_OUT_DIGITS


def read(path: Path, source: str | None = None) -> list[Case]:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Case(r["text"], r["now"], r["intent"], r.get("slots", {}), source or path.stem) for r in rows]


def examples(directory: Path = EXAMPLES) -> list[Case]:
    """Every capability's labelled examples."""
    return [case for path in sorted(directory.glob("*.jsonl")) for case in read(path, f"examples/{path.stem}")]


def dev() -> list[Case]:
    return read(DEV, "dev")


def train_tuning() -> list[Case]:
    """train.jsonl less its held-out part: learned from like the rest."""
    return [case for case in read(TRAIN, "train") if not is_held_out(case.text)]


def held_out() -> list[Case]:
    """Only for reporting a figure; never for learning, tuning or reading."""
    return [case for case in read(TRAIN, "held_out") if is_held_out(case.text)]


def guard() -> list[Case]:
    """The guard readings: scored after each retrain (tests, `nlu.training.stability`), never in the pool."""
    return read(GUARD, "guard")


def training_pool() -> list[Case]:
    """What the weights learn from: examples, dev and the tuning part of train.jsonl."""
    return examples() + dev() + train_tuning()
