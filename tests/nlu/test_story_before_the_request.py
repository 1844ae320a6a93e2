"""A story told before the request: the office tells how an invitation came («le cuento que vino el presidente del
club y trajo una invitación para…») or opens with a narrative filler («le comento que», «fíjese que», «resulta que»,
«sabe que»). The filler is never a request verb nor the name of a record, and an invitation told as it arrived is a
new one to register, though the story holds a verb that also changes records («pasó la directora»). Sentences
written for these tests, in other comunas and on other dates than any corpus line."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 8, 9, 10, 0)  # a Monday


@pytest.mark.parametrize(("text", "start", "title"), [
    ("Fíjese que pasó la señora Marta del Centro de Madres Renacer y dejó una invitacioncita para la exposición "
     "de tejidos, el quince a las once en la sede", datetime(2027, 8, 15, 11, 0), "exposición de tejidos"),
    ("Oiga, le cuento que vino el presidente del Club de Rayuela Los Copihues y trajo una invitación para el "
     "campeonato comunal, el doce a las cuatro en la cancha del club", datetime(2027, 8, 12, 16, 0),
     "campeonato comunal"),
    ("le comento que pasó el director de la escuela rural y dejó la invitación al acto de aniversario el "
     "veintiséis a las diez en el gimnasio", datetime(2027, 8, 26, 10, 0), "acto de aniversario"),
    ("Sabe que nos mandaron una invitación de la parroquia San Pedro para la misa a la chilena el domingo "
     "quince a las doce", datetime(2027, 8, 15, 12, 0), "misa a la chilena"),
])
def test_an_invitation_told_as_it_arrived_is_registered(parser, text, start, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["start"] == start
    assert understanding.slots["title"] == title


@pytest.mark.parametrize(("text", "intent", "reference"), [
    ("Oiga, le comento que la invitación del Rotary se cambió, pásela al jueves a las 8", "invitation.update",
     "invitación del Rotary"),
    ("Le cuento que a la cena de la Cámara de Comercio el alcalde no va a poder ir, recházela",
     "invitation.respond", "cena de la Cámara de Comercio"),
    ("Resulta que la alcaldesa sí va a la inauguración del jardín Los Pollitos, acéptela", "invitation.respond",
     "inauguración del jardín Los Pollitos"),
])
def test_a_narrative_filler_names_no_record(parser, text, intent, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert understanding.slots["reference"] == reference


@pytest.mark.parametrize(("text", "title"), [
    ("le comento que vino la presidenta del Club de Cueca Los Huasos de Pumanque y trajo la invitación para la "
     "tertulia de otoño, el viernes 13 a las siete en la sede", "tertulia de otoño"),
    ("Para la peña de aniversario del sábado 14 a las nueve, pasó el tesorero del club y dejó la invitación",
     "peña de aniversario"),
])
def test_the_story_of_its_coming_is_never_the_title(parser, text, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["title"] == title


def test_a_change_asked_after_the_invitation_arrived_is_a_change(parser):
    understanding = parser.parse("llegó la invitación corregida del club de cueca, cámbiela al viernes a las 9", NOW)
    assert understanding.intent == "invitation.update"


@pytest.mark.parametrize(("text", "organizer"), [
    ("le cuento que pasaron los del club deportivo Estrella Azul y dejaron invitación para el aniversario el "
     "domingo 15 a las 13 en la cancha", "club deportivo Estrella Azul"),
    ("Resulta que pasó don Luis del comité de adelanto Villa Sur y trajo la invitación al bingo del sábado 14 a las 6",
     "comité de adelanto Villa Sur"),
    ("Oiga, le comento que pasó el presidente de la junta de vecinos Las Acacias y dejó una cartita invitando al "
     "alcalde a la once del sábado 14 a las cinco en la sede", "junta de vecinos Las Acacias"),
])
def test_who_invites_is_told_without_the_story(parser, text, organizer):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["organizer"] == organizer
