"""The kept copy of a parsed data file stands for the file only as long as the file is unchanged: an edit to the
lexicon is read at the next start, whatever copy lies beside it."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest

from nlu import datafiles, lexicon
from nlu.capabilities import DECLARATIONS
from nlu.morphology import Families
from nlu.vocabulary import CueKeys


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


def test_a_derived_table_is_made_again_when_its_source_or_its_code_changes(
        tmp_path: Path, writing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datafiles, "HERE", tmp_path)
    code = tmp_path / "indexing.py"
    code.write_text("# the code that derives\n", encoding="utf-8")
    made: list[list[str]] = []

    def index(words: list[str]) -> dict[str, int]:
        made.append(words)
        return {word: len(word) for word in words}

    assert datafiles.derived("lengths", ["reclamo"], lambda: index(["reclamo"]), [code]) == {"reclamo": 7}
    assert datafiles.derived("lengths", ["reclamo"], lambda: index(["reclamo"]), [code]) == {"reclamo": 7}
    assert len(made) == 1
    assert datafiles.derived("lengths", ["queja"], lambda: index(["queja"]), [code]) == {"queja": 5}
    code.write_text("# the code that derives, edited\n", encoding="utf-8")
    datafiles.derived("lengths", ["queja"], lambda: index(["queja"]), [code])
    assert len(made) == 3


def test_the_kept_cue_index_finds_what_the_built_one_finds(parser) -> None:
    """The vocabulary's cue and state indexes, as kept between processes, against the same built afresh (the
    other words a key's phrases need come in no particular order: any one met is enough)."""
    def tables(keys: CueKeys) -> tuple:
        return keys.always, *({key: (alone, [(name, set(needs)) for name, needs in needing])
                               for key, (alone, needing) in table.items()} for table in (keys.by_word, keys.by_head))

    vocabulary = parser.vocabulary
    for lists, name in ((vocabulary.cues, "cue_keys"), (vocabulary.states, "state_keys")):
        assert tables(CueKeys(lists, kept_as=name)) == tables(CueKeys(lists))


def test_the_kept_verb_families_are_the_built_ones(parser) -> None:
    families = parser.scorer.extract.families
    built = Families({**parser.verbs, **parser.declarations.verbs()})
    assert (families.requests, families.infinitives, families.others) == \
        (built.requests, built.infinitives, built.others)


def test_the_kept_lexicon_words_are_the_spelled_ones(parser) -> None:
    words = lexicon.load("es")
    words["cues"] = {**words["cues"], **parser.declarations.cues()}
    assert lexicon.known_words(words) == lexicon.all_words(words)
    assert parser.normalize.known >= lexicon.all_words(words)
