"""Intents that once read wrongly, in sentences written for these tests only: a remark about the weather with a day
in it is chatter, a booking told «para la agenda» by who invites is an invitation, «agenda al alcalde <activity>» is
an activity."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize("text", [
    "q frío hace hoy en la oficina 🥶",
    "mañana dicen que llueve todo el día en Temuco",
])
def test_a_remark_about_the_weather_is_chatter(parser, text):
    assert parser.parse(text, NOW).intent == "unknown"


def test_an_invitation_told_for_the_agenda_is_an_invitation(parser):
    understanding = parser.parse("Para la agenda: la Cooperativa Campesina invita al alcalde a la feria de semillas, "
                                 "sábado 13 de marzo, 10:00, en el galpón de la cooperativa", NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["organizer"] == "Cooperativa Campesina"


def test_booking_an_activity_for_the_mayor_with_hours(parser):
    understanding = parser.parse("agenda al alcalde operativo veterinario en la cancha de la villa el sábado de 9 a 13",
                                 NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["end"] == datetime(2027, 3, 13, 13, 0)


def test_ola_as_a_greeting_asks_for_help(parser):
    assert parser.parse("ola, q sabes aser?", NOW).intent == "help"


def test_a_resident_story_ending_in_pass_it_on_is_a_new_complaint(parser):
    understanding = parser.parse("llamó la sra elena muñoz, su vecino quema basura todas las tardes en pasaje los "
                                 "cerezos 77, derívalo a quien corresponda porfa", NOW)
    assert understanding.intent == "complaint.create"
