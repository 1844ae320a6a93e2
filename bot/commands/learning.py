"""`gabinete aprendizaje`: the messages the assistant misunderstood lately, for whoever maintains the lexicon.

Lists them (when, what was written, what was understood, what the user did next), or with `--export FILE`
writes them as corpus lines (SPEC.md format, marked to review) ready to be labelled and added to
`nlu/examples/<capability>.jsonl`, after which `python -m nlu.training.train` learns from them.
Old rows are forgotten first, as the retention setting (`learning.retention_days`) says.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.commands.settings_arg import settings_or_exit
from storage.database import open_database, transaction
from storage.learning import LearningEntry, as_corpus_lines, entries, forget_old

OUTCOMES = {"fallback": "no entendió", "refused": "«no» a la propuesta", "cancelled": "canceló",
            "corrected": "corrigió"}


def run(args: argparse.Namespace) -> int:
    settings = settings_or_exit(args)
    engine = open_database(settings.database_url)
    now = datetime.now(UTC)
    since = now - timedelta(days=args.dias) if args.dias else None
    with transaction(engine) as session:
        forget_old(session, now, settings.learning.retention_days)
        rows = entries(session, since)
    if args.export:
        lines = as_corpus_lines(rows, settings.zone)
        Path(args.export).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{len(lines)} mensajes escritos en {args.export} (formato de corpus, para etiquetar)")
        return 0
    print("\n".join(listing(rows, settings.zone)))
    return 0


def listing(rows: list[LearningEntry], zone) -> list[str]:
    if not rows:
        return ["No hay mensajes mal entendidos guardados."]
    lines = [f"{len(rows)} mensajes mal entendidos (del más antiguo al más reciente):"]
    for row in rows:
        understood = row.understood.get("intent", "?")
        confidence = row.understood.get("confidence")
        sure = f" ({confidence:.2f})" if isinstance(confidence, int | float) else ""
        lines.append(f"{row.created_at.astimezone(zone):%Y-%m-%d %H:%M}  «{row.text}»")
        lines.append(f"    entendido: {understood}{sure} · después: {OUTCOMES.get(row.outcome, row.outcome)}"
                     + (f" «{row.followed_by}»" if row.followed_by else ""))
    return lines
