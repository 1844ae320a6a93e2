"""`gabinete aprendizaje`: misunderstood messages listed for the lexicon's maintainers and exported to label."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from storage.database import open_database, transaction
from storage.learning import record_misunderstanding


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in [name for name in os.environ if name.startswith("GABINETE_")]:
        monkeypatch.delenv(name)
    path = tmp_path / "config.toml"
    path.write_text(f'database_url = "sqlite:///{tmp_path / "g.db"}"\n[learning]\nretention_days = 10\n',
                    encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    now = datetime.now(UTC)
    engine = open_database(f"sqlite:///{tmp_path / 'g.db'}")
    with transaction(engine) as session:
        record_misunderstanding(session, "chat:1", "mensaje viejo", {"intent": "unknown"}, "fallback",
                                now - timedelta(days=20), retention_days=365)
        record_misunderstanding(session, "chat:1", "déjalo agendado el viernes", {"intent": "event.create",
                                "slots": {}, "confidence": 0.31}, "refused", now, retention_days=365)
    engine.dispose()
    return path


def test_lists_recent_misunderstandings_and_forgets_those_past_the_retention(config, capsys):
    assert main(["aprendizaje", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "«déjalo agendado el viernes»" in out and "event.create (0.31)" in out and "«no» a la propuesta" in out
    assert "mensaje viejo" not in out and out.startswith("1 mensajes")


def test_exports_corpus_lines_to_label(config, tmp_path, capsys):
    target = tmp_path / "revisar.jsonl"
    assert main(["aprendizaje", "--config", str(config), "--export", str(target)]) == 0
    [line] = [json.loads(text) for text in target.read_text(encoding="utf-8").splitlines()]
    assert (line["text"], line["intent"], line["label"], line["outcome"]) == (
        "déjalo agendado el viernes", "event.create", "to_review", "refused")
