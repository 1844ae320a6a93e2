"""Every date shape of issue 14 through `gabinete parse --jsonl`, as the scorer runs it: each line answered, in
order, none with an error, whatever the text or the reference moment."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHAPES = [
    "agenda diciembre {d}", "reunión con el seremi marzo {d} a las {h}", "el {d} de febrero de {y}", "el {d}/{m}",
    "el {d}/{m}/{y}", "el {d}.{m}.{y}", "el martes {d}", "el lunes veintiuno", "de diez a doce", "a las {h}:{mm}",
    "hasta las cinco y cuarto", "el lunes y el martes", "esta semana y la otra", "entre navidad y año nuevo",
    "para fiestas patrias", "director de la DOM", "21 de Mayo {n}", "Con esta fecha se recibe la invitación del {d}",
    "confirmar antes del {d}", "los días {d} y {d2} de enero", "la semana del {d} al {d2}", "{huge}",
    "el {d} de {month} a las {h}", "\ud800 el {d} de abril \x00", "a las 0:30 el domingo 5 de abril de 2026",
]
NOWS = ["2026-11-23T09:00", "2026-12-28T18:00", "2028-02-29T23:59", "2026-09-05T23:30", "0001-01-01T00:00",
        "9999-12-31T23:59", "1990-06-15T12:00", "2100-12-31T00:00"]
MONTHS = ["enero", "febrero", "abril", "septiembre", "dic", "Diciembre"]


def lines(count: int, seed: int) -> list[dict[str, str]]:
    draw = random.Random(seed)
    made = []
    for _ in range(count):
        shape = draw.choice(SHAPES)
        text = shape.format(d=draw.randint(0, 40), d2=draw.randint(1, 31), m=draw.randint(0, 14),
                            y=draw.choice([1, 9999, 2027, 2028, 3000, draw.randint(1, 9999)]),
                            h=draw.randint(0, 30), mm=draw.choice(["00", "15", "59", "75"]),
                            n=draw.randint(32, 99999), huge=str(draw.randint(10**20, 10**40)),
                            month=draw.choice(MONTHS))
        made.append({"text": text, "now": draw.choice(NOWS)})
    return made


def test_every_date_shape_through_parse_jsonl_is_answered_in_order():
    sent = lines(400, seed=14)
    stream = "".join(json.dumps(line) + "\n" for line in sent)
    done = subprocess.run([sys.executable, "-m", "bot.cli", "parse", "--jsonl"], input=stream, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, errors="surrogateescape")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(sent)
    assert [r for r in results if "error" in r] == []



def test_a_date_said_wrongly_comes_out_of_the_stream_as_written():
    sent = [{"text": text, "now": "2026-11-23T09:00"} for text in
            ("reunión el 30 de febrero", "\ud800 reunión a las 25:00", "reunión el 31/04", "agenda diciembre 4")]
    done = subprocess.run([sys.executable, "-m", "bot.cli", "parse", "--jsonl"], capture_output=True, text=True,
                          input="".join(json.dumps(line) + "\n" for line in sent), cwd=ROOT, timeout=60)
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["slots"].get("invalid_date") for r in results] == ["el 30 de febrero", "a las 25:00", "el 31/04", None]
