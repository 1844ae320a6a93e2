"""What comes after a day in one message: a span of hours, a corrected address, who asks for a change."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 6, 14, 9, 0)  # a Monday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Agendar: capacitación de funcionarios jueves 17, 9 a 10:30, salón consistorial",
     datetime(2027, 6, 17, 9), datetime(2027, 6, 17, 10, 30)),
    ("agenda reu con la directiva vecinal el miercoles 16, 15 a 16:45 en la sede",
     datetime(2027, 6, 16, 15), datetime(2027, 6, 16, 16, 45)),
    ("Por favor agendar mesa de trabajo el viernes 18 de 11 a 12:15 hrs, oficina del alcalde",
     datetime(2027, 6, 18, 11), datetime(2027, 6, 18, 12, 15)),
])
def test_two_hours_after_the_day_with_minutes_on_the_second_are_a_span(parser, text, start, end):
    slots = parser.parse(text, NOW).slots
    assert (slots["start"], slots.get("end")) == (start, end), slots


@pytest.mark.parametrize(("text", "intent", "place"), [
    ("Estimados, les corrigen el lugar: será en el gimnasio municipal, avenida Balmaceda 2200",
     "event.update", "gimnasio municipal, avenida Balmaceda 2200"),
    ("la once con los adultos mayores al final es en la sede social, pasaje Los Copihues 45",
     "event.update", "sede social, pasaje Los Copihues 45"),
    ("la invitación del club deportivo cambia de lugar, ahora es en la cancha, calle Baquedano 310",
     "invitation.update", "cancha, calle Baquedano 310"),
])
def test_a_corrected_place_keeps_the_street_and_number_said_after_it(parser, text, intent, place):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert understanding.slots["place"] == place


@pytest.mark.parametrize(("text", "delegate"), [
    ("Don Mario me pide que vaya en su representación el concejal Hugo Araya", "concejal Hugo Araya"),
    ("la alcaldesa dice q vaya en su lugar la concejala Marcela Tapia al aniversario del club",
     "concejala Marcela Tapia"),
    ("El señor alcalde solicita que vaya en su representación el administrador municipal, don Luis Cofré",
     "administrador municipal, don Luis Cofré"),
])
def test_who_asks_for_a_delegation_is_not_the_delegate(parser, text, delegate):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == "delegated"
    assert understanding.slots["delegate"] == delegate
    assert not {"pide", "dice", "solicita"} & set((understanding.slots.get("reference") or "").lower().split())


@pytest.mark.parametrize(("text", "intent", "reference"), [
    ("¿Cuándo vence la solicitud de don Patricio Muñoz?", "transparency.query", "Patricio Muñoz"),
    ("hasta cuando tenemos plazo pa responder la solicitud de la sra Carmen Lagos", "transparency.query",
     "Carmen Lagos"),
    ("qué plazo le queda a la solicitud del señor Fuentealba?", "transparency.query", "Fuentealba"),
    ("¿cuándo vence la solicitud de audiencia de la señora Carmen Lagos?", "lobby.query", "Carmen Lagos"),
])
def test_a_request_asked_about_with_its_deadline_is_looked_up_in_its_register(parser, text, intent, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert reference in understanding.slots["reference"]


def test_a_request_told_out_of_time_by_a_resident_stays_a_complaint(parser):
    text = "la vecina Rosa Díaz reclama que su solicitud de poda lleva meses fuera de plazo"
    assert parser.parse(text, NOW).intent == "complaint.create"


@pytest.mark.parametrize(("text", "reference", "slot", "value"), [
    ("La seremi de salud pide que la reunión sea a las 16:30", "reunión", "time", "16:30"),
    ("el gobernador solicita q el almuerzo quede para el viernes", "almuerzo", "date", "2027-06-18"),
    ("Don Ramón pidió que la once sea en el salón parroquial", "once", "place", "salón parroquial"),
])
def test_who_asks_that_an_activity_be_otherwise_changes_it(parser, text, reference, slot, value):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.update"
    assert understanding.slots["reference"] == reference
    assert understanding.slots[slot] == value


@pytest.mark.parametrize("text", [
    "de una agenda charla de seguridad el jueves 10 hrs en la biblioteca",
    "De una vez: charla de seguridad el jueves a las 10 en la biblioteca",
    "agenda altiro charla de seguridad el jueves a las 10 en la biblioteca",
    "agenda charla de seguridad el jueves a las 10 en la biblioteca, al tiro",
])
def test_words_for_at_once_are_neither_title_nor_place(parser, text):
    slots = parser.parse(text, NOW).slots
    assert (slots["title"], slots["place"]) == ("charla de seguridad", "biblioteca"), slots


def test_de_una_inside_a_clause_is_content(parser):
    assert "una hora" in parser.parse("reunión de una hora con los dirigentes el martes a las 10", NOW).slots["title"]


@pytest.mark.parametrize(("text", "intent"), [
    ("voy bajando altiro, espérenme abajo", "unknown"),
    ("se inundó el paso bajo nivel de avenida Argentina, hay autos atrapados", "complaint.create"),
    ("bájeme por favor la planilla de reclamos de junio", "export.request"),
    ("necesito descargar los contactos", "export.request"),
])
def test_only_a_verb_of_export_that_asks_is_an_export(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


@pytest.mark.parametrize("text", ["no puede ser!! otra vez sin luz la oficina", "jajaja no puede ser"])
def test_disbelief_is_chatter_not_a_declined_invitation(parser, text):
    assert parser.parse(text, NOW).intent == "unknown"


def test_scheduling_asked_on_behalf_of_the_mayor_is_a_new_activity(parser):
    text = "el alcalde me pidió que le agendes almuerzo con la cámara de comercio el miércoles a las 13 hrs"
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["start"] == datetime(2027, 6, 16, 13)


@pytest.mark.parametrize(("text", "start"), [
    ("el dom 2 a las 9:30 misa de acción de gracias", datetime(2027, 5, 2, 9, 30)),
    ("Misa el domingo 2, a las 10:45", datetime(2027, 5, 2, 10, 45)),
])
def test_a_number_after_a_weekday_or_an_article_is_the_day_not_the_first_hour_of_a_span(parser, text, start):
    assert parser.moment(text, datetime(2027, 4, 30, 16, 0)) == (start, None)


def test_a_day_said_within_this_year_is_when(read):
    """«este año … el sábado 13»: the year frames the day; the day is when (sentences written for this test)."""
    understood = read("El año pasado no pudimos ir a la Fiesta de la Chilenidad de Nancagua. Este año la Junta de "
                      "Vecinos de Nancagua nos invita otra vez, el sábado 13 a las 17 en la medialuna. Regístrala.")
    assert understood["intent"] == "invitation.create"
    assert understood["start"] == "2027-03-13T17:00"
