"""Which readings hang on the luck of training: weights learned from two seeds, and the messages they read apart.

    python -m nlu.training.stability              # guard readings, dev and the training tuning part
    python -m nlu.training.stability --seed 40    # the second seed to compare with the shipped one

A retrain after a few new examples flips readings nobody touched when they sat near a tie. Learning the same
pool from another seed shows those readings before a user meets them: each message whose intent differs between
the two weights is printed, and so is every guard reading whose margin under either is thin. The held-out part
is never read here. Nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from nlu.intents import IntentScorer
from nlu.training import corpus
from nlu.training.train import ORDERS, SEED, classes, evidence, learn

THIN = 0.15
"""A margin (best probability less the next) below this is reported for a guard reading: one retrain may flip it."""


@dataclass(frozen=True)
class Reading:
    intent: str
    margin: float


def readings(parser, weights, cases: Sequence[corpus.Case]) -> list[Reading]:
    """Each case's intent and margin under `weights`, read by the parser's own scorer."""
    parser.scorer = IntentScorer(parser.declarations, parser.verbs, parser.vocabulary.cues, weights)
    found = []
    for case in cases:
        intent, margin, _ = parser.scorer.classify(parser._context(case.text, datetime.fromisoformat(case.now)))
        found.append(Reading(intent, margin))
    return found


def report(cases: Sequence[corpus.Case], first: list[Reading], second: list[Reading]) -> list[str]:
    """One line per case read apart by the two weights, wrong under either, or (a guard reading) thin."""
    lines = []
    for case, a, b in zip(cases, first, second, strict=True):
        apart = a.intent != b.intent
        wrong = case.intent != a.intent or case.intent != b.intent
        thin = case.source == "guard" and min(a.margin, b.margin) < THIN
        if apart or wrong or thin:
            mark = "APART" if apart else "WRONG" if wrong else "thin"
            lines.append(f"{mark:5} [{case.source}] {case.text}\n      want {case.intent}; "
                         f"{a.intent} ({a.margin:.2f}) / {b.intent} ({b.margin:.2f})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--seed", type=int, default=SEED + 10 * ORDERS, help="the second seed")
    args = options.parse_args(argv)
    from nlu.training.evaluate import parser as build

    parser = build(weights=None)
    examples = evidence(parser, corpus.training_pool())
    intents = classes(parser)
    checked = corpus.guard() + corpus.dev() + corpus.train_tuning()
    runs = [readings(parser, learn(examples, intents, seed=seed), checked) for seed in (SEED, args.seed)]
    lines = report(checked, *runs)
    print("\n".join(lines))
    guard = [i for i, case in enumerate(checked) if case.source == "guard"]
    for seed, run in zip((SEED, args.seed), runs, strict=True):
        right = sum(run[i].intent == checked[i].intent for i in guard)
        print(f"seed {seed}: guard {right}/{len(guard)}")
    apart = sum(a.intent != b.intent for a, b in zip(*runs, strict=True))
    print(f"{apart} of {len(checked)} readings differ between seeds {SEED} and {args.seed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
