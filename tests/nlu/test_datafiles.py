"""The kept copy of a parsed data file stands for the file only as long as the file is unchanged: an edit to the
lexicon is read at the next start, whatever copy lies beside it."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest

from nlu import datafiles
from nlu.capabilities import DECLARATIONS


@pytest.fixture
def writing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies are kept as bytecode is: this sandbox may say PYTHONDONTWRITEBYTECODE."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_the_kept_copy_is_the_parsed_file(tmp_path: Path, writing: None) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text('[cues]\nqueja = ["reclamo", "queja"]\n[numbers]\ndos = 2\n', encoding="utf-8")
    first = datafiles.read(path)
    assert (tmp_path / "__pycache__" / "lexicon.toml.marshal").exists()
    assert datafiles.read(path) == first == tomllib.loads(path.read_text(encoding="utf-8"))


def test_an_edited_file_is_read_again(tmp_path: Path, writing: None) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text('cues = ["reclamo"]\n', encoding="utf-8")
    datafiles.read(path)
    path.write_text('cues = ["reclamo", "queja"]\n', encoding="utf-8")
    assert datafiles.read(path) == {"cues": ["reclamo", "queja"]}
    status = path.stat()
    path.write_text('cues = ["denuncia", "queja"]\n', encoding="utf-8")  # the same size: only the time tells
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1))
    assert datafiles.read(path) == {"cues": ["denuncia", "queja"]}


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "lexicon.toml"
    path.write_text('cues = ["reclamo"]\n', encoding="utf-8")
    assert datafiles.read(path) == {"cues": ["reclamo"]}
    assert not (tmp_path / "__pycache__").exists()


def test_a_damaged_copy_is_parsed_over(tmp_path: Path, writing: None) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text('cues = ["reclamo"]\n', encoding="utf-8")
    datafiles.read(path)
    (tmp_path / "__pycache__" / "lexicon.toml.marshal").write_bytes(b"\x00garbage")
    assert datafiles.read(path) == {"cues": ["reclamo"]}


def test_every_shipped_file_reads_as_its_text() -> None:
    for path in sorted(DECLARATIONS.parent.parent.rglob("*.toml")):
        assert datafiles.read(path) == tomllib.loads(path.read_text(encoding="utf-8")), path
