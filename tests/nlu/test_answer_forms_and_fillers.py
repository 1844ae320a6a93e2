"""Answers and statuses said with any form of their verb (formal «usted» with a pronoun, tú, voseo), and Chilean
fillers that are never the invitation or the matter. Sentences written for these tests, in several voices."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlu.lexicon import request_forms

NOW = datetime(2027, 4, 12, 10, 0)


@pytest.mark.parametrize(("text", "response"), [
    ("Acéptela, por favor.", "accepted"),
    ("aceptela", "accepted"),
    ("Confírmela, el alcalde asiste.", "accepted"),
    ("confirmemosla nomas", "accepted"),
    ("Declínela, por favor", "declined"),
    ("Rechácela, tiene concejo ese día", "declined"),
    ("Recházela", "declined"),
    ("rechazenla", "declined"),
    ("Delégela en la concejala Fuentes", "delegated"),
])
def test_formal_commands_with_a_pronoun_say_the_answer(parser, text, response):
    u = parser.parse(text, NOW)
    assert u.intent == "invitation.respond"
    assert u.slots["response"] == response


@pytest.mark.parametrize("text", ["Ciérrelo, por favor", "cierrenlo", "resuélvalo", "Dé por solucionado el caso",
                                  "solucionenlo altiro"])
def test_closing_a_complaint_in_any_form_sets_it_resolved(parser, text):
    u = parser.parse(text, NOW)
    assert u.intent == "complaint.update"
    assert u.slots["status"] == "resolved"


@pytest.mark.parametrize(("slot_text", "response"), [("acéptela", "accepted"), ("Recházela nomás", "declined"),
                                                     ("confírmelo", "accepted"), ("deléguela", "delegated")])
def test_a_follow_up_answer_in_usted_form_fills_the_response(parser, slot_text, response):
    assert parser.fill("invitation.respond", "response", slot_text, NOW) == response


def test_the_table_lists_a_lemma_once_and_gets_its_asking_forms():
    made = set(request_forms("rechazar"))
    assert {"rechazala", "rechacela", "rechacenlo", "rechazemos", "rechazai", "rechazar", "rechazela"} <= made
    assert "rechazado" not in made and "rechazaron" not in made  # telling what happened is not asking


@pytest.mark.parametrize("text", ["acéptala po", "acéptala pues", "ya, acéptala nomás", "recházala altiro",
                                  "acepta esa x fa", "cachai, acéptala"])
def test_a_filler_is_never_the_invitation_meant(parser, text):
    u = parser.parse(text, NOW)
    assert u.intent == "invitation.respond"
    assert "reference" not in u.slots, u.slots


@pytest.mark.parametrize("text", ["acepta po la del Rotary", "cachai que hay que declinar la del Rotary",
                                  "Declínela pues, la invitación del Rotary"])
def test_a_filler_beside_the_reference_stays_out_of_it(parser, text):
    u = parser.parse(text, NOW)
    assert u.slots["reference"].lower().endswith("rotary"), u.slots
    assert not u.slots["reference"].lower().startswith(("po", "pues", "cachai"))


def test_a_filler_never_ends_a_complaint(parser):
    u = parser.parse("reclamo de la vecina Rosa Muñoz por basura en calle Prat 1234 po", NOW)
    assert u.intent == "complaint.create"
    assert not u.slots["address"].endswith("po")
    assert "po" not in u.slots.get("description", "").split()
