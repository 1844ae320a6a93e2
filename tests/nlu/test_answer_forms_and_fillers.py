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


@pytest.mark.parametrize(("text", "citizen"), [
    ("busca el reclamo d la sra tapia", "tapia"),
    ("¿El reclamo de la señora Tapia?", "Tapia"),
    ("reclamo de la sra tapia?", "tapia"),
    ("Muéstreme el caso de don Arturo Vidal, por favor", "Arturo Vidal"),
])
def test_one_complaint_looked_up_by_its_resident_is_a_search(parser, text, citizen):
    u = parser.parse(text, NOW)
    assert u.intent == "complaint.search"
    assert u.slots["citizen"] == citizen


@pytest.mark.parametrize(("text", "place"), [
    ("reclamos en Los Cobres", "Los Cobres"),
    ("¿Qué reclamos hay en La Chimba?", "La Chimba"),
    ("quejas en Bajos de Mena", "Bajos de Mena"),
])
def test_complaints_in_a_place_without_a_street_word_filter_by_it(parser, text, place):
    u = parser.parse(text, NOW)
    assert u.intent == "complaint.search"
    assert u.slots["address"] == place


@pytest.mark.parametrize("text", ["reclamos en diciembre", "reclamos en aseo"])
def test_complaints_in_a_month_or_a_department_are_no_place(parser, text):
    assert "address" not in parser.parse(text, NOW).slots


def test_a_question_that_tells_the_problem_still_registers_it(parser):
    u = parser.parse("reclamo de la sra tapia por ruidos molestos?", NOW)
    assert u.intent == "complaint.create"


def test_a_case_told_with_a_moving_verb_in_it_is_registered_not_moved(parser):
    text = ("Me derivaron este caso: don Hugo Araya, de villa Las Rosas, pasaje 5 número 12, cuenta que no pasa "
            "el camión de la basura hace dos semanas")
    u = parser.parse(text, NOW)
    assert u.intent == "complaint.create"
    assert u.slots["department"] == "aseo"


@pytest.mark.parametrize(("text", "role", "institution"), [
    ("nuevo contacto Marcela Oyarzún, capitana de puerto de Castro, 9 1111 2233", "capitana de puerto", "Castro"),
    ("contacto nuevo Luis Paredes, capataz de la Cooperativa Lechera, 9 5555 6677", "capataz",
     "Cooperativa Lechera"),
    ("agrega contacto Pamela Ríos, coordinadora comunal del Programa Vínculos, cel 9 7777 8888",
     "coordinadora comunal", "Programa Vínculos"),
    ("Nuevo contacto: Raúl Vidal, alcaide del CCP de Chillán, 9 6666 1122", "alcaide", "CCP de Chillán"),
])
def test_a_post_the_gazetteer_does_not_know_is_kept_with_its_institution(parser, text, role, institution):
    u = parser.parse(text, NOW)
    assert u.intent == "contact.create"
    assert u.slots["role"] == role
    assert u.slots["institution"] == institution


def test_a_contact_with_only_name_and_phone_gets_no_post(parser):
    u = parser.parse("nuevo contacto Juan Pérez 9 8765 4321", NOW)
    assert u.slots["name"] == "Juan Pérez" and "role" not in u.slots


@pytest.mark.parametrize(("text", "code"), [
    ("es de gestión del riesgo", "riesgo_desastres"), ("es de salud", "salud_educacion"),
    ("No, corresponde a Educación", "salud_educacion"), ("es de gestion de personas", "gestion_personas"),
    ("es de finanzas", "administracion_finanzas"), ("Corresponde a Planificación", "secplan"),
])
def test_a_department_is_found_by_its_name_and_its_names_own_words(parser, text, code):
    assert parser.fill("complaint.create", "department", text, NOW) == code


@pytest.mark.parametrize("text", ["es de gestión", "reclamos de personas mayores"])
def test_a_word_many_department_names_share_names_none(parser, text):
    assert parser.fill("complaint.create", "department", text, NOW) is None


@pytest.mark.parametrize("text", ["cámbiale el lugar, ahora es en el Centro Cultural de La Florida",
                                  "Cámbiele el lugar: será en el gimnasio municipal",
                                  "cambiale la hora, ahora es a las 18"])
def test_a_place_or_time_changed_without_naming_the_record_is_no_efemeride(parser, text):
    u = parser.parse(text, NOW)
    assert u.intent == "event.update"
    assert "reference" not in u.slots


def test_a_greeting_changed_is_still_the_efemerides(parser):
    u = parser.parse("cámbiale el saludo al día del bombero: feliz día a nuestros voluntarios", NOW)
    assert u.intent == "efemeride.update"


@pytest.mark.parametrize("text", ["agenda operativo la próxima semana", "agendame reunión con la DOM el fin de semana",
                                  "Agende visita a terreno en el sector Las Lomas este mes"])
def test_a_booking_with_a_period_and_no_day_is_a_booking_missing_its_day(parser, text):
    u = parser.parse(text, NOW)
    assert u.intent == "event.create"
    assert "start" in u.missing and "start" not in u.slots


@pytest.mark.parametrize("text", ["agenda de la próxima semana", "agenda la próxima semana",
                                  "agenda del alcalde la próxima semana"])
def test_the_agenda_of_a_period_is_still_a_query(parser, text):
    assert parser.parse(text, NOW).intent == "agenda.query"


def test_a_span_of_numbered_days_is_booked_as_said(parser):
    u = parser.parse("agenda el Congreso de Municipalidades del 3 al 5 de mayo", NOW)
    assert u.intent == "event.create" and u.slots["start"].day == 3 and u.slots["end"].day == 5


@pytest.mark.parametrize("text", ["agenda tb almuerzo con los concejales el jueves a las 13",
                                  "agenda también almuerzo con los concejales el jueves a las 13"])
def test_an_adding_word_stays_out_of_the_title(parser, text):
    title = parser.parse(text, NOW).slots["title"]
    assert title.lower().startswith("almuerzo")
