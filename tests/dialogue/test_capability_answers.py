"""A capability declares answers to its own waiting proposal (`[answers."<intent>"]` in its lexicon file, a function in
`Capability.answers`), and the conversation uses them with nothing added to `bot/`: here a temporary answer of the
agenda, «a puertas cerradas», amends the activity proposed, which is shown again and stored only after «sí»."""

from __future__ import annotations

import shutil
from dataclasses import replace
from typing import Any

import pytest

from bot.dispatcher import Dispatcher
from handlers import registry
from nlu.capabilities import DECLARATIONS, DeclarationError, load_declarations
from settings import Settings
from storage.models import Event
from tests.dialogue.talk import KEY, stored

CLOSED = '\n[answers."event.create"]\nclosed_doors = ["a puertas cerradas", "sin prensa"]\n'


def closed_doors(slots: dict[str, Any]) -> dict[str, Any]:
    return {**slots, "title": f"{slots['title']} (a puertas cerradas)"}


@pytest.fixture
def declared_with_answer(tmp_path, monkeypatch) -> None:
    """The declarations as they are, plus the agenda's answer in a copy of its lexicon file and its CAPABILITY."""
    for path in DECLARATIONS.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "agenda.toml").open("a", encoding="utf-8") as agenda:
        agenda.write(CLOSED)
    capabilities = registry.declared()[1]
    with_answer = tuple(replace(c, answers={"closed_doors": closed_doors}) if c.name == "agenda" else c
                        for c in capabilities)
    monkeypatch.setattr(registry, "declared", lambda: (load_declarations(tmp_path), with_answer))


@pytest.mark.parametrize("answer", ["a puertas cerradas", "sí, pero a puertas cerradas xfa",
                                    "Que sea sin prensa, por favor"])
def test_a_declared_answer_amends_the_proposal_and_shows_it_again(declared_with_answer, sqlite_engine, parser, clock,
                                                                  staff, answer: str) -> None:
    dispatcher = Dispatcher(sqlite_engine, Settings(), parser, clock=clock)
    dispatcher.handle_text(KEY, staff, "agenda reunión con la junta de vecinos el jueves a las 10")
    amended = dispatcher.handle_text(KEY, staff, answer)
    assert amended.pending is not None and "(a puertas cerradas)" in amended.text, amended.text
    assert not stored(dispatcher, Event)
    assert dispatcher.handle_text(KEY, staff, "sí").stored
    assert [event.title for event in stored(dispatcher, Event)][-1].endswith("(a puertas cerradas)")


def test_an_answer_needs_both_its_words_and_its_function(tmp_path, monkeypatch) -> None:
    for path in DECLARATIONS.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "agenda.toml").open("a", encoding="utf-8") as agenda:
        agenda.write(CLOSED)
    capabilities = registry.declared()[1]  # the agenda's words, without its function
    monkeypatch.setattr(registry, "declared", lambda: (load_declarations(tmp_path), capabilities))
    with pytest.raises(registry.RegistryError):
        registry.Registry()
    with (tmp_path / "agenda.toml").open("a", encoding="utf-8") as agenda:
        agenda.write('\n[answers."ceremony.invite"]\nelsewhere = ["otra cosa"]\n')
    with pytest.raises(DeclarationError):
        load_declarations(tmp_path)

