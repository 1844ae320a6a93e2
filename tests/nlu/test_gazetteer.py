"""The gazetteers (nlu/gazetteers/*.toml) are data the segmenter matches against folded text."""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

import pytest

from nlu import lexicon
from nlu.gazetteer import HERE, PhraseTable, load

FILES = sorted(HERE.glob("*.toml"))


def folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_gazetteer_word_is_folded_as_the_text_it_is_matched_against(path: Path):
    tables = tomllib.loads(path.read_text(encoding="utf-8"))
    unfolded = [w for words in tables.values() for w in words if w != folded(w) or w != w.strip()]
    assert unfolded == []


def test_a_phrase_table_finds_the_longest_phrase_at_a_position():
    table = PhraseTable(["capitan", "capitan de fragata", "capitan de puerto"])
    words = ["el", "capitan", "de", "fragata", "juan", "soto"]
    assert (table.match(words, 1), table.match(words, 0)) == (3, 0)
    assert "capitan de puerto" in table and "capitan de" not in table


def test_a_new_post_is_one_line_of_data(tmp_path, monkeypatch):
    """Adding a post to people.toml is all it takes for the segmenter to read it as one."""
    for path in FILES:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    people = tmp_path / "people.toml"
    text = people.read_text(encoding="utf-8").replace('posts = [\n', 'posts = [\n  "guardaparques jefe",\n', 1)
    people.write_text(text, encoding="utf-8")
    monkeypatch.setattr("nlu.gazetteer.HERE", tmp_path)
    load.cache_clear()
    try:
        assert load().posts.match(["guardaparques", "jefe", "mario"], 0) == 2
    finally:
        load.cache_clear()


def test_a_request_not_to_forget_is_declared_once_and_frames_a_clause_for_the_segmenter():
    reminders = lexicon.load()["cues"]["reminder_lead"]
    commands = tomllib.loads((HERE / "commands.toml").read_text(encoding="utf-8"))
    assert not set(reminders) & set(commands["periphrases"])
    assert all(load().periphrases.match(phrase.split(), 0) == len(phrase.split()) for phrase in reminders)
