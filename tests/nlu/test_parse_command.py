"""`gabinete parse` end to end, as the scorer runs it: a subprocess reading JSON lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", "parse", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_jsonl_stream_answers_each_line_in_order_and_survives_bad_lines():
    lines = [
        json.dumps({"text": "agenda de mañana", "now": "2027-03-01T09:00"}),
        "esto no es json",
        json.dumps({"text": "reclamo por basura en calle Prat 123", "now": "2027-03-01T09:00"}),
        json.dumps({"text": "hola"}),
        json.dumps({"text": "agenda de hoy", "now": "ayer"}),
    ]
    done = run_cli("--jsonl", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["intent"] for r in results] == ["agenda.query", "unknown", "complaint.create", "help", "unknown"]
    assert results[0]["slots"] == {"date_from": "2027-03-02", "date_to": "2027-03-02"}
    assert "error" in results[1] and "error" in results[4]
    assert results[2]["slots"]["department"] == "aseo"


def test_single_message_with_now():
    done = run_cli("--now", "2026-12-30T10:00", "reunión con el intendente el 5 de enero a las 9:00")
    result = json.loads(done.stdout)
    assert result["intent"] == "event.create"
    assert result["slots"]["start"] == "2027-01-05T09:00"


def test_a_long_weekend_runs_over_the_public_holiday_beside_it():
    lines = [json.dumps({"text": text, "now": now}) for text, now in (
        ("¿qué tiene el alcalde el fin de semana largo?", "2027-06-16T09:00"),  # Monday 21 June, Pueblos Indígenas
        ("agenda del finde largo porfa", "2027-09-13T09:00"),  # Friday 17 September
        ("qué hay este fin de semana", "2027-06-16T09:00"),
    )]
    done = run_cli("--jsonl", stdin="\n".join(lines) + "\n")
    spans = [(r["slots"]["date_from"], r["slots"]["date_to"]) for r in map(json.loads, done.stdout.splitlines())]
    assert spans == [("2027-06-19", "2027-06-21"), ("2027-09-17", "2027-09-19"), ("2027-06-19", "2027-06-20")]
