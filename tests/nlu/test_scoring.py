"""The intent scorer: shipped weights that match the declarations, a margin for confidence, alternatives,
request forms understood in any voice, and a synonym added with one line of data."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from nlu import DepartmentRoute, Parser
from nlu.capabilities import DECLARATIONS, load_declarations
from nlu.scoring import WEIGHTS, Weights
from settings import Settings

NOW = datetime(2027, 3, 1, 9, 0)


def test_shipped_weights_know_every_declared_intent_and_cue(parser):
    """Stale weights (an intent declared after the last training, a cue renamed) fail here: run
    `python -m nlu.training.train` and commit nlu/weights.json."""
    weights = Weights.load(WEIGHTS)
    declared = {name for name, spec in parser.intents.items() if spec.from_text}
    assert set(weights.intents) == declared, "retrain: python -m nlu.training.train"
    unlearned = declared - set(weights.meta["learned"])
    assert not unlearned, f"no examples for {sorted(unlearned)}"
    cues = set(parser.vocabulary.cues)
    assert set(weights.meta["cues"]) <= cues, f"cues gone since training: {sorted(set(weights.meta['cues']) - cues)}"


def test_confidence_is_the_margin_between_the_two_likeliest(parser):
    understanding = parser.parse("agenda de mañana", NOW)
    (best, first), (_, second), *_ = understanding.alternatives
    assert best == understanding.intent == "agenda.query"
    assert understanding.confidence == pytest.approx(first - second, abs=0.002)
    assert understanding.as_json()["alternatives"][0][0] == "agenda.query"


def test_alternatives_come_best_first(parser):
    probabilities = [p for _, p in parser.parse("reunión el martes", NOW).alternatives]
    assert probabilities == sorted(probabilities, reverse=True) and len(probabilities) >= 2


@pytest.mark.parametrize(("text", "intent"), [
    ("agéndala para el jueves a las 10, es con los dirigentes del comité de agua", "event.create"),
    ("favor agendar reunión con la directora del jardín infantil el viernes a las 11", "event.create"),
    ("acéptemosla, la alcaldesa va a la cena de los bomberos", "invitation.respond"),
    ("recházale la invitación a los del club de leones", "invitation.respond"),
    ("qué semana más cargada tiene el jefe", "unknown"),
    ("¿en qué me puedes ayudar?", "help"),
])
def test_request_forms_chatter_and_help(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


def test_a_synonym_is_one_line_of_data(tmp_path, monkeypatch):
    """One new cue word in a copy of the lexicon, and a message the parser did not understand now is."""
    directory = tmp_path / "capabilities"
    shutil.copytree(DECLARATIONS, directory)
    routes = [DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments]
    text = "la sinopsis porfa"
    assert Parser(routes).parse(text, NOW).intent != "briefing.request"
    briefing = directory / "briefing.toml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace('briefing = ["resumen", ',
                                                                      'briefing = ["sinopsis", "resumen", '),
                        encoding="utf-8")
    monkeypatch.setattr("nlu.parser.load_declarations",
                        lambda shared_cues=None: load_declarations(directory, shared_cues))
    assert Parser(routes).parse(text, NOW).intent == "briefing.request"
