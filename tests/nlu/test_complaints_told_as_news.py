"""A complaint told as what happened at the office («tb llamó la sra X reclamando x …», «vino don Pedro a quejarse
de que …»): the resident is the citizen, the description is the problem, and the call or the visit, with the
fillers before it, is in neither."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)


@pytest.mark.parametrize(("text", "citizen", "description"), [
    ("oye, tb llamó don Ernesto Vidal reclamando x el hoyo de su calle", "Ernesto Vidal", "hoyo de su calle"),
    ("Además vino la señora Rosa Pinto a quejarse de que los perros rompen las bolsas de basura", "Rosa Pinto",
     "perros rompen las bolsas de basura"),
    ("ah y pasó don Héctor Díaz reclamando porque no le retiran los escombros", "Héctor Díaz",
     "no le retiran los escombros"),
    ("también se acercó la vecina Gloria Rivas a reclamar por los perros sueltos en la plaza", "Gloria Rivas",
     "perros sueltos en la plaza"),
])
def test_a_call_or_a_visit_told_first_is_no_part_of_the_problem(parser, text, citizen, description):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["citizen"] == citizen
    assert understanding.slots["description"] == description


@pytest.mark.parametrize(("text", "description"), [
    ("ayer llamó don Raúl Pinto quejándose de q los vecinos queman basura", "vecinos queman basura"),
    ("la sra Ana Lagos reclama que los vecinos del 12 tienen un perro bravo", "vecinos del 12 tienen un perro bravo"),
])
def test_who_causes_the_problem_stays_in_it(parser, text, description):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["description"] == description


def test_a_verb_of_the_problem_is_no_visit(parser):
    understanding = parser.parse("el camión no pasó ayer, reclama la vecina Ana Díaz", NOW)
    assert understanding.slots["description"] == "camión no pasó ayer"


@pytest.mark.parametrize(("text", "citizen", "description"), [
    ("oye llamó el caballero de la villa, don Jorge Vera, reclamando por el agua", "Jorge Vera", "agua"),
    ("Oiga, llamó una vecina, la sra Marta Rojas del pasaje 5, reclamando porque el alcantarillado se rebalsa",
     "Marta Rojas", "alcantarillado se rebalsa"),
    ("vino una señora de la población Los Aromos reclamando x los perros", None, "perros"),
])
def test_who_called_told_at_length_is_no_part_of_the_problem(parser, text, citizen, description):
    understanding = parser.parse(text, NOW)
    assert understanding.slots.get("citizen") == citizen
    assert understanding.slots["description"] == description
