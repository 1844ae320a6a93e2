"""Each capability is declared once, and everything that reads the declarations finds all of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers.registry import Registry, declared
from nlu.capabilities import DeclarationError, load_declarations

MIN_EXAMPLES = 3
"""Labelled examples an intent needs before the scorer can learn it (messages, not buttons or files)."""


def test_every_declared_intent_has_a_handler_and_a_summary() -> None:
    registry = Registry()
    for intent in load_declarations().intents.values():
        assert intent.name in registry.handlers, intent.name
        assert intent.summary, f"{intent.name} has no summary"


def test_every_capability_but_the_fallback_has_a_help_line() -> None:
    declarations, capabilities = declared()
    for capability in capabilities:
        intents = {i.name for spec in declarations.capabilities if spec.name == capability.name for i in spec.intents}
        if intents <= {"help", "unknown"}:
            continue
        assert capability.help, f"{capability.name} has no help line"


def test_every_intent_read_from_text_has_labelled_examples() -> None:
    for capability in load_declarations().capabilities:
        counts: dict[str, int] = {}
        if capability.examples.exists():
            for line in capability.examples.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    intent = json.loads(line)["intent"]
                    counts[intent] = counts.get(intent, 0) + 1
        for intent in capability.intents:
            if intent.from_text:
                assert counts.get(intent.name, 0) >= MIN_EXAMPLES, f"{intent.name}: {counts.get(intent.name, 0)}"


def test_an_intent_declared_twice_is_refused(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.toml").write_text('[intents."x.create"]\nsummary = "x"\nslots = []\n')
    with pytest.raises(DeclarationError, match=r"x\.create"):
        load_declarations(tmp_path)


def test_a_required_slot_must_be_one_of_the_intent_slots(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('[intents."x.create"]\nsummary = "x"\nslots = ["a"]\nrequired = ["b"]\n')
    with pytest.raises(DeclarationError, match="required"):
        load_declarations(tmp_path)


def test_a_cue_may_not_shadow_a_shared_one(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('[cues]\nquestion = ["que"]\n')
    with pytest.raises(DeclarationError, match="question"):
        load_declarations(tmp_path, shared_cues={"question": ["que"]})


def test_an_impossible_date_is_named_and_asked_for_never_moved(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from handlers.context import Actor, Context
    from settings import Role, Settings
    from storage.database import open_database, transaction

    engine = open_database(f"sqlite:///{tmp_path / 'g.db'}")
    with transaction(engine) as session:
        ctx = Context(session=session, actor=Actor(1, "Ana", Role.STAFF), now=datetime(2026, 11, 23, 12, tzinfo=UTC),
                      settings=Settings())
        reply = Registry().handle(ctx, "event.create", {"title": "reunión", "invalid_date": "30 de febrero"})
    assert "30 de febrero" in reply.text and "no existe" in reply.text
    assert reply.pending is not None and reply.pending.slot == "start"
    assert "invalid_date" not in reply.pending.slots and not reply.stored


def test_every_undoable_kind_of_record_is_named_by_its_capability() -> None:
    """«Deshecho el borrado de ceremonia n.º 3»: the name replies give a kind of record is declared by the capability
    that stores it (`[records.<entity>]`), never by the dispatcher, and each kind by one capability only."""
    from nlu.capabilities import record_kinds
    from storage.audit import UNDOABLE

    declared()
    kinds = record_kinds()
    assert set(kinds) == set(UNDOABLE), sorted(set(kinds) ^ set(UNDOABLE))
    assert all(kind.name for kind in kinds.values())


def test_a_kind_of_record_declared_twice_is_refused(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.toml").write_text('[records.thing]\nname = "cosa"\n')
    with pytest.raises(DeclarationError, match="thing"):
        load_declarations(tmp_path)
