"""Questions that look like answers, and lists asked for by a status: read as look-ups, never as changes.

«¿va el alcalde a la cena?» holds «va», which answers an invitation; «audiencias rechazadas» holds «rechaza»,
which declines an audience. Both ask; nothing must be accepted or declined. The sentences are written for these
tests (other comunas, other wording than the examples).
"""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 5, 17, 10, 0)


@pytest.mark.parametrize(("text", "named"), [
    ("¿irá el alcalde a la premiación del campeonato de cueca de Ancud?", "premiación del campeonato de cueca"),
    ("la alcaldesa participa en el cabildo abierto de Chile Chico?", "cabildo abierto de Chile Chico"),
    ("oiga y al final el alcalde asiste al tedeum evangélico de Bulnes?", "tedeum evangélico de Bulnes"),
])
def test_asking_whether_the_mayor_goes_names_the_invitation(parser, text, named):
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.query"
    assert "response" not in understood.slots
    assert named.lower() in understood.slots["reference"].lower()


@pytest.mark.parametrize(("text", "intent", "status"), [
    ("¿hay audiencias rechazadas este año?", "lobby.query", "declined"),
    ("audiencias de lobby concedidas", "lobby.query", "accepted"),
    ("las invitaciones que quedaron declinadas", "invitation.query", "declined"),
    ("reclamos desestimados de inspección", "complaint.query", "rejected"),
])
def test_a_status_word_lists_records_of_its_kind(parser, text, intent, status):
    understood = parser.parse(text, NOW)
    assert (understood.intent, understood.slots.get("status")) == (intent, status)


def test_an_audience_status_is_read_by_the_audience_table_in_a_follow_up(parser):
    assert parser.fill("lobby.query", "status", "¿y las denegadas?", NOW) == "declined"
    assert parser.fill("complaint.query", "status", "¿y los cerrados?", NOW) == "resolved"


def test_the_applicant_of_a_passive_request_is_its_agent(parser):
    text = "audiencia solicitada por la Sociedad Agrícola de Ñiquén para ver el canal de regadío"
    understood = parser.parse(text, NOW)
    assert understood.intent == "lobby.create"
    assert understood.slots["applicant"] == "Sociedad Agrícola de Ñiquén"
    assert "canal de regadío" in understood.slots["subject"]
