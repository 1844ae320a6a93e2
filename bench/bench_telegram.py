"""The Telegram bot under 100 updates/s: update-to-reply latency, and the memory of the running process.

`gabinete run` runs as a real process against the fake Bot API (tests/bot/fake_bot_api.py), once
long polling and once called at a webhook. The fake notes when it hands an update out (answers a
getUpdates with it, or POSTs it) and when the bot's sendMessage for it arrives, so its own work is
not counted. The baseline, measured in the same run at the same rate, is the long-polling round
trip of an update the bot ignores (a message in a group it does not serve): from being handed out
to the bot coming back for more. Both modes are given against it; the webhook's own round trip for
an ignored update (POST to answer) is printed beside. CPU is the bot process's, per update.
Memory is the bot's resident set against a bare `import telegram`.
Targets: p99 under 30 ms at 100 updates/s in both modes; under 150 MB resident.
"""

from __future__ import annotations

import itertools
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.bot.fake_bot_api import FakeBotApi

RATE = 100
UPDATES = 600
USERS = tuple(range(2001, 2011))
REQUESTS = ("/hoy", "agenda de mañana", "/ayuda", "/invitaciones", "/reclamos", "q tiene el alcalde el viernes")
IGNORED_GROUP = -100777


@dataclass(frozen=True)
class Run:
    ignored: list[float]
    """Round trip of each ignored update, ms."""
    latencies: list[float]
    """Update handed out to its reply arriving, ms."""
    cpu_ignored: float
    """Bot CPU seconds per ignored update."""
    cpu_answered: float
    rss_mb: float


def main() -> None:
    polling = _run(webhook=False)
    webhook = _run(webhook=True)
    bare_rss = _bare_telegram_rss_mb()
    baseline = polling.ignored
    _report("baseline: ignored update, poll round trip", baseline, baseline)
    for mode, run in (("long polling", polling), ("webhook", webhook)):
        _report(f"{mode}: request to reply at {RATE}/s ({UPDATES} updates)", run.latencies, baseline)
    _report("webhook: ignored update, POST round trip", webhook.ignored, baseline)
    for mode, run in (("long polling", polling), ("webhook", webhook)):
        print(f"{mode}: bot CPU per update: ignored {run.cpu_ignored * 1000:.1f} ms, answered "
              f"{run.cpu_answered * 1000:.1f} ms (at {RATE}/s a core is busy {run.cpu_answered * RATE * 100:.0f}% "
              f"of the time)")
    for mode, run in (("long polling", polling), ("webhook", webhook)):
        p99 = _percentile(run.latencies, 99)
        print(f"{mode}: p99 {p99:.1f} ms (target < 30 ms): {'ok' if p99 < 30 else 'OVER'}")
    rss = max(polling.rss_mb, webhook.rss_mb)
    print(f"resident memory: gabinete run {polling.rss_mb:.0f} MB polling, {webhook.rss_mb:.0f} MB webhook; "
          f"bare `import telegram` {bare_rss:.0f} MB ({rss / bare_rss:.1f}x; "
          f"target < 150 MB: {'ok' if rss < 150 else 'OVER'})")


def _run(webhook: bool) -> Run:
    with tempfile.TemporaryDirectory() as folder, FakeBotApi() as api:
        process = _start(api, Path(folder), _webhook_environment() if webhook else {})
        try:
            _warm_up(api)
            before = _cpu_seconds(process.pid)
            ignored = _ignored_round_trips(api)
            middle = _cpu_seconds(process.pid)
            latencies = _reply_latencies(api)
            after = _cpu_seconds(process.pid)
            return Run(ignored, latencies, (middle - before) / len(ignored), (after - middle) / len(latencies),
                       _rss_mb(process.pid))
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def _webhook_environment() -> dict[str, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return {"GABINETE_TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram", "GABINETE_TELEGRAM_WEBHOOK_PORT":
            str(port), "GABINETE_TELEGRAM_WEBHOOK_SECRET": "bench-secret"}


def _start(api: FakeBotApi, folder: Path, extra: dict[str, str]) -> subprocess.Popen:
    staff = "\n".join(f'[[staff]]\ntelegram_id = {user}\nname = "Usuario {user}"\nrole = "staff"\n' for user in USERS)
    (folder / "config.toml").write_text(staff, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("GABINETE_")}
    env.update(GABINETE_CONFIG=str(folder / "config.toml"), GABINETE_DATABASE_URL=f"sqlite:///{folder / 'bench.db'}",
               GABINETE_TELEGRAM_TOKEN=api.token, GABINETE_TELEGRAM_API_BASE_URL=api.base_url,
               GABINETE_TELEGRAM_API_FILE_URL=api.file_url, **extra)
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], env=env, stdout=subprocess.DEVNULL,
                               stderr=(folder / "bot.log").open("wb"))
    api.wait_for("setMyCommands", timeout=60)
    return process


def _warm_up(api: FakeBotApi) -> None:
    for user, text in zip(USERS, itertools.cycle(REQUESTS), strict=False):
        api.push_text(user, text)
    api.wait_for(count=len(USERS), timeout=60)


def _paced(push: Callable[[int], int], count: int) -> list[int]:
    """Push `count` updates at RATE per second, on a fixed schedule (a late push does not shift the rest)."""
    ids: list[int] = []
    start = time.perf_counter()
    for index in range(count):
        delay = start + index / RATE - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        ids.append(push(index))
    return ids


def _ignored_round_trips(api: FakeBotApi) -> list[float]:
    ids = _paced(lambda index: api.push_text(USERS[index % len(USERS)], "hola a todos", IGNORED_GROUP, "supergroup"),
                 UPDATES // 2)
    deadline = time.monotonic() + 30
    while not all(update_id in api.acked_at for update_id in ids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [(api.acked_at[update_id] - api.served_at[update_id]) * 1000 for update_id in ids
            if update_id in api.acked_at]


def _reply_latencies(api: FakeBotApi) -> list[float]:
    """Each user's replies come in the order of their updates (the bot handles updates one at a time)."""
    already = len(api.sent())
    asked: dict[int, deque[int]] = defaultdict(deque)
    lock = threading.Lock()

    def push(index: int) -> int:
        user = USERS[index % len(USERS)]
        with lock:
            update_id = api.push_text(user, REQUESTS[index % len(REQUESTS)])
            asked[user].append(update_id)
        return update_id

    _paced(push, UPDATES)
    replies = api.wait_for(count=already + UPDATES, timeout=120)[already:]
    latencies = []
    for reply in replies:
        update_id = asked[reply.params["chat_id"]].popleft()
        latencies.append((reply.at - api.served_at[update_id]) * 1000)
    return latencies


def _percentile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _report(label: str, values: list[float], baseline: list[float]) -> None:
    p50, p99 = _percentile(values, 50), _percentile(values, 99)
    base50, base99 = _percentile(baseline, 50), _percentile(baseline, 99)
    print(f"{label}: p50 {p50:.1f} ms ({p50 / base50:.1f}x baseline), p99 {p99:.1f} ms ({p99 / base99:.1f}x baseline)")


def _cpu_seconds(pid: int) -> float:
    """User + system time of the process so far (fields 14 and 15 of /proc/<pid>/stat, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def _bare_telegram_rss_mb() -> float:
    code = "import sys, telegram; print('ready', flush=True); sys.stdin.read()"
    bare = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        bare.stdout.readline()
        return _rss_mb(bare.pid)
    finally:
        bare.stdin.close()
        bare.wait(timeout=10)
