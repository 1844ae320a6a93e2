"""Terse office notes, as an intern types them: shorthand with or without its period («inv.», «recl», «sem. prox.»,
«conc.», «aniv.»), posts cut short in a contact asked for («dir.», «deleg.», «gob.»), residents named by an initial
(«vecino J. Contreras»). Sentences written for these tests, in other comunas and on other dates than any corpus
line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 4, 14, 10, 0)  # a Wednesday


def read(parser, text: str) -> tuple[str, dict]:
    understanding = parser.parse(text, NOW)
    return understanding.intent, understanding.slots


@pytest.mark.parametrize(("text", "title", "start"), [
    ("inv gobernación, inaug. cesfam Las Cruces, mié 21/4 10 hrs", "inauguración cesfam Las Cruces",
     datetime(2027, 4, 21, 10, 0)),
    ("invit. dir. liceo B-14, lanzam. feria científica, jue 22/4 9:30", "lanzamiento feria científica",
     datetime(2027, 4, 22, 9, 30)),
    ("Inv. Club de Leones San Antonio, aniv. 60 años, sáb 24/4 20 hrs", "aniversario 60 años",
     datetime(2027, 4, 24, 20, 0)),
])
def test_an_invitation_noted_in_shorthand_spells_its_title_out(parser, text, title, start):
    intent, slots = read(parser, text)
    assert intent == "invitation.create"
    assert slots["title"] == title
    assert slots["start"] == start


@pytest.mark.parametrize("text", [
    "conf. asistencia ceremonia cuenta pública gobernadora",
    "conf asist. inauguración sede JJVV Villa Alemana",
    "conf. asistencia del alcalde al tedeum",
])
def test_conf_before_attendance_accepts_the_invitation(parser, text):
    intent, slots = read(parser, text)
    assert intent == "invitation.respond"
    assert slots["response"] == "accepted"


def test_conf_of_a_press_meeting_is_a_conference(parser):
    intent, slots = read(parser, "conf. de prensa con la delegada el viernes a las 11")
    assert intent == "event.create"
    assert slots["title"] == "conferencia de prensa con la delegada"


@pytest.mark.parametrize("text", ["agenda sem. prox.", "agenda sem prox", "q hay la sgte semana",
                                  "agenda semana sgte.", "agenda prox. sem."])
def test_next_week_in_shorthand(parser, text):
    intent, slots = read(parser, text)
    assert intent == "agenda.query"
    assert (slots["date_from"], slots["date_to"]) == (date(2027, 4, 19), date(2027, 4, 25))


@pytest.mark.parametrize(("text", "citizen"), [
    ("recl. perros sueltos plaza de Llolleo, vecina M. Soto", "M. Soto"),
    ("recl basura acumulada pje Los Olmos 45, vecino R. Carrasco", "R. Carrasco"),
    ("recl. ruidos molestos, vecina M.J. Fuentes, cel 987654321", "M.J. Fuentes"),
    ("llamó la sra. P. Vergara por un hoyo en la vereda de calle Blanco 340", "P. Vergara"),
])
def test_a_resident_named_by_an_initial_and_a_surname(parser, text, citizen):
    intent, slots = read(parser, text)
    assert intent == "complaint.create"
    assert slots["citizen"] == citizen


@pytest.mark.parametrize(("text", "ticket"), [("estado recl. 318", "318"), ("estado rec 77", "77"),
                                              ("recl. 1204 en q va?", "1204")])
def test_a_ticket_after_shorthand(parser, text, ticket):
    intent, slots = read(parser, text)
    assert intent == "complaint.query"
    assert ticket in slots["ticket"]


@pytest.mark.parametrize(("text", "title"), [
    ("efem: 12/6 aniv. Cuerpo de Bomberos Limache", "aniversario Cuerpo de Bomberos Limache"),
    ("efem 3/8 aniv JJVV Villa Los Aromos", "aniversario JJVV Villa Los Aromos"),
])
def test_an_efemeride_in_shorthand_keeps_the_whole_title(parser, text, title):
    intent, slots = read(parser, text)
    assert intent == "efemeride.create"
    assert slots["title"] == title


@pytest.mark.parametrize(("text", "query"), [
    ("mail conc. Ortiz", "concejal Ortiz"),
    ("cel conce Muñoz", "concejal Muñoz"),
    ("fono dir. obras", "director obras"),
    ("tel deleg. provincial", "delegado provincial"),
    ("cel gob. regional", "gobernador regional"),
])
def test_a_contact_asked_for_by_an_abbreviated_post(parser, text, query):
    intent, slots = read(parser, text)
    assert intent == "contact.query"
    assert slots["query"] == query


@pytest.mark.parametrize(("text", "title"), [
    ("agendar paseo familiar al mar el domingo a las 11", "paseo familiar al mar"),
    ("agendar visita al mar de Quintero el sáb 24/4 a las 10", "visita al mar de Quintero"),
    ("agendar concierto de la banda el vie a las 20", "concierto de la banda"),
    ("agendar Semana de la Chilenidad el 15/9 a las 10", "Semana de la Chilenidad"),
])
def test_shorthand_leaves_whole_words_alone(parser, text, title):
    intent, slots = read(parser, text)
    assert intent == "event.create"
    assert slots["title"] == title


def test_social_aid_in_shorthand_goes_to_dideco(parser):
    _, slots = read(parser, "recl. vecina sola necesita asist. social, pje Los Aromos 12")
    assert slots["department"] == "dideco"
