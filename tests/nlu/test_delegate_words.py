"""Who goes on the mayor's behalf is found by the invitations capability's words, not by words written in code:
a new verb of going is one line of data."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from nlu import DepartmentRoute, Parser
from nlu.capabilities import DECLARATIONS, load_declarations
from settings import Settings

NOW = datetime(2027, 3, 1, 9, 0)
SAID = [("lo del rotary: el alcalde no puede, participa la concejala Soto", "concejala Soto"),
        ("a la once de los bomberos no alcanza a llegar; participa en cambio el concejal Rojas", "concejal Rojas")]


@pytest.mark.parametrize(("text", "delegate"), SAID)
def test_a_new_verb_of_going_in_the_lexicon_names_the_delegate(tmp_path, monkeypatch, text, delegate):
    """«participa» is no verb of going in the shipped words: the invitation reads as declined. Added to a copy of
    the capability's `delegate_goes`, whoever it says goes is the delegate."""
    routes = [DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments]
    assert Parser(routes).parse(text, NOW).slots.get("delegate") is None
    directory = tmp_path / "capabilities"
    shutil.copytree(DECLARATIONS, directory)
    invitations = directory / "invitations.toml"
    written = invitations.read_text(encoding="utf-8")
    assert 'delegate_goes = ["va", ' in written
    invitations.write_text(written.replace('delegate_goes = ["va", ', 'delegate_goes = ["participa", "va", '),
                           encoding="utf-8")
    monkeypatch.setattr("nlu.parser.load_declarations",
                        lambda shared_cues=None: load_declarations(directory, shared_cues))
    understood = Parser(routes).parse(text, NOW)
    assert (understood.intent, understood.slots.get("response"), understood.slots.get("delegate")) == \
        ("invitation.respond", "delegated", delegate)


@pytest.mark.parametrize(("text", "delegate"), [
    ("me contó el concejal Araya que él va a ir en representación de la alcaldesa al aniversario del club de rayuela",
     "concejal Araya"),
    ("me avisó la concejala Muñoz que ella irá en representación del alcalde a la misa de la parroquia",
     "concejala Muñoz"),
])
def test_who_said_they_go_in_the_mayor_s_place_is_the_delegate(read, text, delegate):
    """However the going is said («va a ir», «irá»), the person named before «en representación» goes (sentences
    written for this test only)."""
    understood = read(text)
    assert understood["response"] == "delegated"
    assert understood["delegate"] == delegate
