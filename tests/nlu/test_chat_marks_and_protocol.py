"""Marks of chat and of protocol that once cut a message in the wrong place, with sentences written for these tests
only: a pictograph ends a clause, a protocol honorific's period («Excmo.», «Ilma.») ends none, «inv.» is an
invitation."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "organizer"), [
    ("invitación del club de rayuela los aromos 🎉 once criollo de aniversario el sábado a las 5 en su sede",
     "club de rayuela los aromos"),
    ("nos invita la junta de vecinos villa esperanza ⚽ campeonato de verano el domingo 14 a las 10",
     "junta de vecinos villa esperanza"),
])
def test_a_pictograph_ends_the_clause_before_it(parser, text, organizer):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["organizer"] == organizer


def test_a_pictograph_after_the_delegate_is_no_part_of_the_name(parser):
    """The delegate said between going and «en representación» is in one clause: not «alcalde, va la …»."""
    understanding = parser.parse("lo del liceo no va el alcalde, va la concejala pinto en representación 🙌 anótalo "
                                 "así", NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["delegate"] == "concejala pinto"


def test_a_degree_sign_is_no_clause_mark(parser):
    understanding = parser.parse("reclamo de vecino por poste caído en calle Lautaro N° 455", NOW)
    assert "455" in understanding.slots["address"]


@pytest.mark.parametrize(("text", "query"), [
    ("me das el teléfono de la Ilma. Sra. Intendenta de la región", "Intendenta de la región"),
    ("busca el correo del Rvdo. Padre Capellán del hospital", "Capellán del hospital"),
])
def test_a_protocol_honorific_period_ends_no_clause(parser, text, query):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.query"
    assert query in understanding.slots["query"]


@pytest.mark.parametrize("text", [
    "inv. Cámara Chilena de la Construcción, almuerzo de socios, jueves 11 a las 13, Hotel Plaza",
    "llegó inv de la parroquia san judas para la procesión del domingo a las 11",
])
def test_inv_is_an_invitation(parser, text):
    assert parser.parse(text, NOW).intent == "invitation.create"
