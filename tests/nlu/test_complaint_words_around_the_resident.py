"""Words around a complaint that are not its content (sentences written for these tests only): an adverb in -mente
right after the command word («Reclamo formalmente por…») is how it is said, and a resident's sector of two words
(«Luis Andrade de Alerce Norte») is where they live, while compound surnames («Pérez de Arce») stay whole."""

from __future__ import annotations

from datetime import datetime

import pytest

SEPTEMBER_FRIDAY = datetime(2026, 9, 4, 10, 0)


@pytest.mark.parametrize(("text", "adverb"), [
    ("Reclamo formalmente por la basura acumulada en calle Los Aromos", "formalmente"),
    ("reclamo urgentemente x los perros sueltos en la plaza de Alerce", "urgentemente"),
    ("Denuncio públicamente el hoyo en el camino a Chinquihue, que ya rompió dos autos", "públicamente"),
    ("vengo a reclamar encarecidamente por la luminaria apagada en pasaje Los Coihues", "encarecidamente"),
])
def test_an_adverb_after_the_command_word_is_not_the_problem(parser, text, adverb):
    understood = parser.parse(text, SEPTEMBER_FRIDAY)
    assert understood.intent == "complaint.create"
    assert adverb not in understood.slots["description"]


@pytest.mark.parametrize(("text", "citizen", "address"), [
    ("reclamo de Luis Andrade de Alerce Norte, hay un hoyo gigante en el camino", "Luis Andrade", "Alerce Norte"),
    ("llamó la señora Rosa Millalonco de Puerto Varas, q el camión de la basura no pasa hace una semana",
     "Rosa Millalonco", "Puerto Varas"),
    ("El vecino Segundo Cheuquepil de Lomas Verdes reclama x el basural en la esquina", "Segundo Cheuquepil",
     "Lomas Verdes"),
])
def test_a_sector_of_two_words_after_a_resident_name(parser, text, citizen, address):
    slots = parser.parse(text, SEPTEMBER_FRIDAY).slots
    assert (slots.get("citizen"), slots.get("address")) == (citizen, address)


@pytest.mark.parametrize(("text", "citizen"), [
    ("vecino Juan Pérez de Arce Soto reclama por luminaria apagada en calle Prat", "Juan Pérez de Arce Soto"),
    ("reclamo de doña Inés de la Fuente por perros sueltos en la plaza", "Inés de la Fuente"),
])
def test_a_compound_surname_of_two_words_stays_whole(parser, text, citizen):
    assert parser.parse(text, SEPTEMBER_FRIDAY).slots.get("citizen") == citizen
