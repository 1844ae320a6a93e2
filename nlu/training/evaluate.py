"""How many cases the parser gets fully right (intent and every expected slot), per corpus.

    python -m nlu.training.evaluate            # examples, dev, train tuning part, held-out (figure only)

The held-out figure is printed as a count; its failing lines are never shown (see `corpus.is_held_out`).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime

from nlu.training import corpus
from nlu.training.matching import wrong_slots


def parser(**options):
    """The parser as the CLI builds it (default departments); `options` go to `Parser`."""
    from nlu import DepartmentRoute, Parser
    from settings import Settings

    return Parser([DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments], **options)


def judge(parse, cases: Sequence[corpus.Case]) -> tuple[int, int, list[str]]:
    """Fully right, intent right, and a readable line per failure."""
    full = intent = 0
    failures = []
    for case in cases:
        result = parse(case.text, datetime.fromisoformat(case.now)).as_json()
        wrong = wrong_slots(case.slots, result["slots"])
        intent += result["intent"] == case.intent
        if result["intent"] == case.intent and not wrong:
            full += 1
        else:
            failures.append(f"[{case.source}] {case.text}\n  want {case.intent} {wrong}\n"
                            f"  got  {result['intent']} {result['slots']}")
    return full, intent, failures


def main(argv: Sequence[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--show", action="store_true", help="print failing cases (never held-out ones)")
    options.add_argument("--held-out", action="store_true",
                         help="score the held-out part too (a figure to report, never to tune on)")
    args = options.parse_args(argv)
    parse = parser().parse
    corpora = [("examples", corpus.examples()), ("dev", corpus.dev()), ("train tuning", corpus.train_tuning())]
    if args.held_out:
        corpora.append(("held-out", corpus.held_out()))
    for name, cases in corpora:
        full, intent, failures = judge(parse, cases)
        if args.show and name != "held-out":
            print("\n".join(failures))
        total = len(cases) or 1
        print(f"{name:13} fully right {full}/{len(cases)} ({full / total:.1%})  intent {intent}/{len(cases)}")


if __name__ == "__main__":
    main()
