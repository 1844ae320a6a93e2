"""A message copied from a chat app keeps its header («[28/10 10:41] Jefa Gabinete: …»): the stamp is when the
note was written and the name who wrote it, never the event's day and hour, who invites or what is meant.
Sentences written for these tests; the clock is Thursday 28 October 2027, 11:00."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 10, 28, 11, 0)


@pytest.mark.parametrize("header", ["[28/10 10:41] Jefa Gabinete: ", "[10:41, 28/10/2027] Marisol Contreras: ",
                                    "28/10/27 10:41 - Secretaria Alcaldía: ", "[28/10/27, 10:41:23] Pato: ",
                                    "[28-10 9:05 a. m.] Ana: "])
def test_the_header_gives_no_day_hour_or_organizer(parser, header):
    found = parser.parse(header + "llegó invitación del Club Adulto Mayor Los Copihues pal aniversario, es el 5 de "
                         "nov a las 16 hrs en la sede social", NOW)
    assert found.intent == "invitation.create"
    assert found.slots["start"] == datetime(2027, 11, 5, 16, 0)
    assert found.slots["organizer"] == "Club Adulto Mayor Los Copihues"


def test_each_pasted_line_loses_its_header(parser):
    found = parser.parse("[28/10 10:41] Ana: reclamo de don Luis Vera\n[28/10 10:42] Ana: hay un perro suelto "
                         "que muerde en pasaje Las Rosas 12", NOW)
    assert found.intent == "complaint.create"
    assert found.slots["department"] == "medio_ambiente"
    assert "Ana" not in found.slots.get("citizen", "")


def test_a_message_that_opens_with_its_own_date_keeps_it(parser):
    found = parser.parse("5/11 16:00 Sede social: aniversario del club de huasos, invita la directiva", NOW)
    assert found.slots["start"] == datetime(2027, 11, 5, 16, 0)


@pytest.mark.parametrize("mark", ["[Reenviado] ", "[reenviada]\n", "[Mensaje reenviado] "])
def test_the_forwarded_mark_is_no_title(parser, mark):
    found = parser.parse(mark + "Buenas tardes, el Club de Rodeo invita al alcalde a la final del champion el "
                         "sábado a las 3 en la medialuna", NOW)
    assert found.intent == "invitation.create"
    assert found.slots["title"] == "final del champion"
    assert found.slots["organizer"] == "Club de Rodeo"


@pytest.mark.parametrize("header", ["[10:41] Jefa Gabinete: ", "[9:05 p. m.] Marisol: ", "[10:41:07] Pato Soto: "])
def test_a_bracketed_hour_alone_is_a_header_too(parser, header):
    found = parser.parse(header + "la Junta de Vecinos Villa Sur invita al alcalde a su aniversario el 5 de nov a las "
                         "16 hrs en la sede social", NOW)
    assert found.slots["start"] == datetime(2027, 11, 5, 16, 0)
    assert found.slots["organizer"] == "Junta de Vecinos Villa Sur"
