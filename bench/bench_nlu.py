"""Throughput of the message parser against the obvious peer, and the cold start of `gabinete parse`.

The peer is what one writes first: a keyword table for the intent and dateparser's `search_dates`
for the moment. Both read the same seeded stream of 5,000 varied staff messages in this process;
the peer is timed on a bounded prefix because it is two orders of magnitude slower. The stream mixes what
staff really send (train.jsonl's kinds): long formal notes with a greeting and a deadline, chat with
clitics and no accents, complaints told as a case, office chatter, not only short commands.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
Parse = Callable[[str, datetime], object]
STREAM_SIZE = 5_000
PEER_SIZE = 500
COLD_RUNS = 7
ROUNDS = 10
SEED = 2026

PEOPLE = ["María González", "Juan Soto", "Rosa Muñoz", "Carlos Díaz", "Ana Torres", "Pedro Araya", "Luisa Mena"]
ORGANIZERS = ["la Cámara de Comercio", "el Rotary Club", "la Junta de Vecinos Villa Sur", "el Liceo A-17",
              "la Seremi de Salud", "Bomberos", "la Universidad de Antofagasta"]
EVENTS = ["la cena anual", "la inauguración de la sede", "el aniversario", "la graduación", "el Te Deum",
          "la ceremonia de premiación", "el lanzamiento del festival"]
PLACES = ["el Hotel Diego de Almagro", "la Catedral", "el gimnasio municipal", "la plaza Colón", "el salón de concejo"]
PROBLEMS = ["basura acumulada", "perros vagos", "luminaria apagada", "un hoyo en la vereda", "ruidos molestos",
            "un semáforo que no funciona", "construcción sin permiso", "robos reiterados"]
STREETS = ["calle Prat", "pasaje Los Olivos", "Avenida Grecia", "calle Sucre", "Los Pinos"]
POSTS = ["el gobernador regional", "la seremi de vivienda", "el comandante de bomberos", "el diputado Pérez"]
DAYS = ["hoy", "mañana", "pasado mañana", "el lunes", "el mar 3", "el vie", "el sábado 28", "el {d} de {m}",
        "el {d}/{n}", "el próximo jueves", "la semana que viene", "este fin de semana"]
TIMES = ["a las {h}", "a las {h}:30", "{H} hrs", "a las {h} y media", "al mediodía", "a las {h} de la tarde", ""]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
TEMPLATES = [
    "Invitación de {org} a {event} {day} {time} en {place}",
    "{org} invita al alcalde a {event} {day} {time}",
    "agenda reunión con {post} {day} {time}",
    "¿qué tiene el alcalde {day}?",
    "agenda de {day}",
    "teléfono de {post}",
    "Reclamo de la vecina {person} por {problem} en {street} {number}, fono 9 {phone}",
    "vecino {person} reclama por {problem} frente al colegio",
    "estado del reclamo R-2026-{ticket:04d}",
    "confirma la asistencia a {event} de {org}",
    "efemérides de {month}",
    "agrega efeméride {d} de {m} aniversario de {org}",
    "resumen del día",
    "hola",
    "Estimado, se recibió invitación de {org} para {event} {day} {time} en {place}. Solicitan confirmar "
    "asistencia antes del {d} de {m} al correo protocolo@municipio.cl. Saludos cordiales.",
    "Buenos días. {org} tiene el agrado de invitar al señor alcalde a {event}, que se realizará {day} {time} en "
    "{place}; se ruega confirmar con la secretaría.",
    "porfa agendala {day} {time}, es reunion con {post} en {place}",
    "favor ingresar reunión con {post} {day} {time}",
    "me pasaron este caso: la vecina {person} de {street} {number} reclama por {problem} hace dos semanas, "
    "su fono es 9 {phone}, dice que ya llamó a la municipalidad y nadie le responde",
    "ingreso OIRS: {problem} en {street} {number}",
    "díganles a {org} que esta vez no, el alcalde tiene concejo",
    "qué semana más cargada tiene el jefe, {day} no para",
    "estuvo bonita {event}, felicitaciones a todo el equipo",
    "¿en qué me puedes ayudar?",
    "súmalo a contactos: {person}, encargado de {org}, +56 9 {phone}",
]
LONG_SIZE = 100_000
LONG_KINDS = ["reclamo por basura en calle Prat 1234 ", "😀", "a las 10 ", "\x00\x01\x02",
              "Estimados, se recibió invitación del Rotary para el sábado 28 a las 19 hrs en el Hotel Diego de "
              "Almagro. "]
"""Repeated to 100 KB each: a pasted document, emoji, a date grammar fed the same phrase, control bytes, prose
(the parser reads their first `nlu.normalize.MAX_CHARS` characters)."""
WARM_UP = ["reunión mañana a las 10", "invitación del club al acto el 4 de mayo", "reclamo por basura en calle Sur 12",
           "¿qué hay la próxima semana?", "teléfono del seremi", "acepta la invitación", "efemérides de marzo"]
PEER_KEYWORDS = [
    ("invitation.respond", ("confirma", "rechaza", "acepta", "delega", "representación")),
    ("invitation.create", ("invitación", "invita")),
    ("complaint.query", ("estado del reclamo", "reclamos")),
    ("complaint.create", ("reclamo", "reclama")),
    ("contact.query", ("teléfono", "correo", "contacto")),
    ("efemeride.query", ("efemérides",)),
    ("efemeride.create", ("efeméride",)),
    ("event.create", ("agenda reunión", "agendar")),
    ("agenda.query", ("agenda", "qué tiene")),
    ("briefing.request", ("resumen",)),
    ("help", ("hola", "ayuda")),
]


def build_stream(size: int = STREAM_SIZE, seed: int = SEED) -> list[tuple[str, datetime]]:
    """Messages from templates with random names, dates and reference moments; the same every run."""
    rng = random.Random(seed)
    stream = []
    for _ in range(size):
        hour = rng.randint(1, 11)
        values = {
            "org": rng.choice(ORGANIZERS), "event": rng.choice(EVENTS), "place": rng.choice(PLACES),
            "post": rng.choice(POSTS), "person": rng.choice(PEOPLE), "problem": rng.choice(PROBLEMS),
            "street": rng.choice(STREETS), "number": rng.randint(1, 3000), "phone": rng.randint(10_000_000, 99_999_999),
            "ticket": rng.randint(1, 999), "month": rng.choice(MONTHS), "d": rng.randint(1, 28),
            "m": rng.choice(MONTHS), "n": rng.randint(1, 12), "h": hour, "H": hour + 8,
        }
        values["day"] = rng.choice(DAYS).format(**values)
        values["time"] = rng.choice(TIMES).format(**values)
        text = " ".join(rng.choice(TEMPLATES).format(**values).split())
        now = datetime(2026, 1, 1, 8) + timedelta(days=rng.randint(0, 730), minutes=rng.randint(0, 720))
        stream.append((text, now))
    return stream


def peer_parse(text: str, now: datetime) -> tuple[str, object]:
    """The obvious parser: first keyword wins, dateparser finds the moment."""
    from dateparser.search import search_dates

    lowered = text.lower()
    intent = next((name for name, words in PEER_KEYWORDS if any(w in lowered for w in words)), "unknown")
    found = search_dates(text, languages=["es"], settings={"RELATIVE_BASE": now, "PREFER_DATES_FROM": "future"})
    return intent, found[0][1] if found else None


def rates(ours: Parse, peer: Parse, stream: list[tuple[str, datetime]], rounds: int = ROUNDS) -> tuple[float, float]:
    """Messages per second of each, timed in alternating slices so that both see the same machine load.

    Each message is read once: a second pass would only measure each parser's caches.
    """
    own_slice, peer_slice = len(stream) // rounds, PEER_SIZE // rounds
    own_time = peer_time = 0.0
    for index in range(rounds):
        peer_time += _timed(peer, stream[index * peer_slice:(index + 1) * peer_slice])
        own_time += _timed(ours, stream[index * own_slice:(index + 1) * own_slice])
    return own_slice * rounds / own_time, peer_slice * rounds / peer_time


def _timed(parse: Parse, messages: list[tuple[str, datetime]]) -> float:
    started = time.perf_counter()
    for text, now in messages:
        parse(text, now)
    return time.perf_counter() - started


def cold_start(command: list[str], runs: int = COLD_RUNS, bytecode: bool = True) -> float:
    """Median wall time of a fresh process, run from the repository like staff do.

    With `bytecode`, Python keeps its compiled modules as it does on an installed system (one untimed run writes
    them), even where the environment says PYTHONDONTWRITEBYTECODE (this sandbox does): otherwise each start
    compiles every module again, which no deployed bot does. Without, that compile cost is measured too."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} if bytecode else \
        {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    if bytecode:
        subprocess.run(command, cwd=ROOT, capture_output=True, check=False, env=env)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from nlu import DepartmentRoute, Parser
    from settings import Settings

    stream = build_stream()
    parser = Parser([DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments])
    for text in WARM_UP:  # both load their data on first use (dateparser its languages): not part of the rate
        peer_parse(text, datetime(2026, 1, 1, 9))
        parser.parse(text, datetime(2026, 1, 1, 9))
    ours, peer = rates(parser.parse, peer_parse, stream)
    print(f"nlu.Parser:            {ours:10,.0f} messages/s over {len(stream):,} messages")
    print(f"keywords + dateparser: {peer:10,.0f} messages/s over {PEER_SIZE:,} of them only, as it is slow "
          f"(both timed in {ROUNDS} alternating slices)")
    print(f"ratio:                 {ours / peer:10.1f}x (target >= 10x)")
    for kind in LONG_KINDS:
        text = (kind * (LONG_SIZE // len(kind) + 1))[:LONG_SIZE]
        took = _timed(parser.parse, [(text, datetime(2026, 1, 1, 9))])
        print(f"100 KB message {kind[:24]!r:28} {took:6.3f} s, {took * ours:8.0f}x the stream's average message "
              "(target < 1 s)")
    python = str(ROOT / ".venv" / "bin" / "python")
    gabinete = str(ROOT / ".venv" / "bin" / "gabinete")
    baseline = cold_start([python if Path(python).exists() else sys.executable, "-c", "pass"])
    command = [gabinete, "parse", "hola"] if Path(gabinete).exists() else [sys.executable, "-m", "bot.cli", "parse",
                                                                            "hola"]
    cold = cold_start(command)
    compiling = cold_start(command, bytecode=False)
    print(f"cold start, python -c pass:       {baseline:6.3f} s (median of {COLD_RUNS})")
    print(f"cold start, gabinete parse hola:  {cold:6.3f} s (median of {COLD_RUNS}; target < 0.3 s)")
    print(f"  the same, compiling every module: {compiling:6.3f} s (no bytecode kept, as PYTHONDONTWRITEBYTECODE does)")
