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


@pytest.mark.parametrize(("text", "response", "named"), [
    ("Bingo de la Junta de Vecinos Los Copihues: no", "declined", "Bingo de la Junta de Vecinos Los Copihues"),
    ("Te Deum evangélico de Coihueco: sí", "accepted", "Te Deum evangélico de Coihueco"),
])
def test_a_note_with_a_bare_yes_or_no_answers_the_invitation(parser, text, response, named):
    """Read as an answer (the scorer is still unsure of so short a note, and the dialogue offers the readings),
    the bare «sí» or «no» is the response and what precedes it the invitation."""
    understood = parser.parse_as(text, NOW, "invitation.respond")
    assert understood.slots.get("response") == response
    assert named.lower() in understood.slots["reference"].lower()


def test_lo_de_points_at_the_invitation_answered(parser):
    understood = parser.parse("lo del club de cueca de Yungay dile q no, el alcalde tiene concejo", NOW)
    assert understood.slots.get("response") == "declined"
    assert "club de cueca de Yungay" in understood.slots["reference"]


def test_going_to_do_something_is_no_acceptance(parser):
    understood = parser.parse("agéndame: la alcaldesa va a inaugurar la sede del club de rayuela de Quirihue el "
                              "viernes a las 12", NOW)
    assert understood.intent == "event.create"


def test_the_mayor_invited_by_someone_names_who_invites(parser):
    understood = parser.parse("la alcaldesa está invitada por la Asociación Gremial de Camioneros de Aysén a su "
                              "asado aniversario el sábado a las 13 hrs", NOW)
    assert understood.intent == "invitation.create"
    assert understood.slots["organizer"] == "Asociación Gremial de Camioneros de Aysén"


def test_asking_whether_anyone_goes_names_the_invitation(parser):
    understood = parser.parse("¿van a ir a la trilla a yegua suelta de Portezuelo?", NOW)
    assert understood.intent == "invitation.query"
    assert "trilla a yegua suelta de Portezuelo" in understood.slots["reference"]


def test_an_answer_to_give_said_with_an_infinitive_declines(parser):
    understood = parser.parse("hay que contestar que no a lo del rodeo de Pemuco, el alcalde tiene concejo", NOW)
    assert (understood.intent, understood.slots.get("response")) == ("invitation.respond", "declined")
    assert "rodeo de Pemuco" in understood.slots["reference"]


def test_a_formal_invitation_s_title_leaves_out_the_courtesy_and_the_mayor(parser):
    text = ("Junto con saludar, invitamos cordialmente al Sr. Alcalde a la muestra de tejidos de la Agrupación "
            "Ñimikan el viernes 21 de mayo a las 17 hrs en la Casa de la Cultura.")
    understood = parser.parse(text, NOW)
    assert understood.slots["title"].startswith("muestra de tejidos")


@pytest.mark.parametrize(("text", "intent"), [
    ("qué solicitudes vencen esta semana", "transparency.query"),
    ("Hay solicitudes vencidas?", "transparency.query"),
    ("oye cuales son las solicitudes por vencer", "transparency.query"),
    ("¿qué solicitudes de audiencia vencen esta semana?", "lobby.query"),
])
def test_requests_with_a_deadline_are_the_transparency_register_unless_another_is_named(parser, text, intent):
    """The office's «solicitudes» that fall due are the Ley 20.285 register; «de audiencia» names the Lobby one.
    Neither is the mayor's agenda, although «esta semana» is a period."""
    assert parser.parse(text, NOW).intent == intent
