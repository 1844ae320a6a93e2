"""Words shaped like dates that are not the event's day: municipal acronyms, streets named after a date with
their number, the day a document came in, and deadlines (issue 12 "Dates")."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nlu import lexicon
from nlu.dates import Grammar
from nlu.moments import event_when, query_range
from nlu.normalize import Normalizer

NOVEMBER_MONDAY = datetime(2026, 11, 23, 9, 0)
MARCH_MONDAY = datetime(2027, 3, 1, 9, 0)
WORDS = lexicon.load("es")
GRAMMAR = Grammar(WORDS)
NORMALIZE = Normalizer(WORDS["spellings"], WORDS["typos"]["words"], lexicon.all_words(WORDS))


def event(text: str, now: datetime):
    """When the event of the message is, deadlines and receipt dates set apart, straight from the grammar."""
    return event_when(GRAMMAR.scan(NORMALIZE(text).norm, now.date()), now)


@pytest.mark.parametrize("text", [
    "reunión con el director de la DOM",
    "oficio de la dom sobre permisos",
    "derivar a la DOM",
    "el jefe de la DOM llamó",
    "la DOM informa",
])
def test_la_dom_is_the_building_department_not_sunday(parser, text):
    assert parser.moment(text, MARCH_MONDAY) == (None, None)


def test_the_day_beside_la_dom_is_still_found(parser):
    assert parser.moment("reunión con el director de la DOM el martes", MARCH_MONDAY)[0] == date(2027, 3, 2)


@pytest.mark.parametrize("text", ["el dom", "reunión el dom 7", "el domingo"])
def test_el_dom_is_still_sunday(parser, text):
    assert parser.moment(text, MARCH_MONDAY)[0] == date(2027, 3, 7)


@pytest.mark.parametrize("now", [NOVEMBER_MONDAY, MARCH_MONDAY])
@pytest.mark.parametrize("text", [
    "reclamo de vecina en 21 de Mayo 340",
    "reclamo vecina calle 18 de Septiembre 1020",
    "poste caído en Av. 5 de Abril 55",
    "basura en avenida 5 de abril #55",
    "luminaria apagada en 21 de mayo n° 1340",
    "bache frente a 5 de Abril 0750",
    "en la plaza 23 de marzo",
])
def test_a_street_named_after_a_date_with_its_number_is_an_address(parser, now, text):
    assert parser.moment(text, now) == (None, None)
    assert "invalid_date" not in parser.parse(text, now).slots


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión en 21 de Mayo 340 el jueves a las 10", datetime(2027, 3, 4, 10, 0)),
    ("acto en Av. 5 de Abril 55 el 18 de marzo", date(2027, 3, 18)),
])
def test_the_event_day_beside_a_street_named_after_a_date_is_the_day(text, expected):
    assert event(text, MARCH_MONDAY).start == expected


def test_a_date_alone_is_still_a_date(parser):
    assert parser.moment("ceremonia el 21 de mayo a las 10", MARCH_MONDAY)[0] == datetime(2027, 5, 21, 10, 0)
    assert parser.moment("el 21 de mayo de 2027", MARCH_MONDAY)[0] == date(2027, 5, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("Con esta fecha se recibe invitación del Liceo para el jueves a las 10", datetime(2026, 11, 26, 10, 0)),
    ("Con fecha de hoy se recibió la invitación de la Junta de Vecinos para el jueves a las 19",
     datetime(2026, 11, 26, 19, 0)),
    ("Con fecha 20 de noviembre se recibe la invitación del Liceo para el 4 de diciembre a las 10",
     datetime(2026, 12, 4, 10, 0)),
    ("recibido el 20/11, ceremonia el 3 de diciembre a las 12", datetime(2026, 12, 3, 12, 0)),
    ("Oficio de fecha 18 de noviembre: invita al alcalde al acto del 5 de diciembre a las 11",
     datetime(2026, 12, 5, 11, 0)),
])
def test_the_day_a_document_came_in_is_not_the_start(text, expected):
    assert event(text, NOVEMBER_MONDAY).start == expected


def test_the_day_a_document_came_in_is_a_day_past(parser):
    """"con fecha 20 de noviembre" said on the 23rd is this year's, not next year's."""
    assert parser.moment("con fecha 20 de noviembre se recibió el oficio", NOVEMBER_MONDAY)[0] == date(2026, 11, 20)


@pytest.mark.parametrize(("now", "text", "start", "deadline"), [
    (NOVEMBER_MONDAY, "invitación al aniversario el 20 de diciembre, confirmar antes del 5",
     date(2026, 12, 20), date(2026, 12, 5)),
    (NOVEMBER_MONDAY, "confirmar antes del 5 la invitación al aniversario del 20 de diciembre a las 19",
     datetime(2026, 12, 20, 19, 0), date(2026, 12, 5)),
    (MARCH_MONDAY, "cena el 20 de marzo a las 21 hrs, confirmar antes del 10", datetime(2027, 3, 20, 21, 0),
     date(2027, 3, 10)),
    (datetime(2026, 12, 28, 9), "acto el 8 de enero, responder antes del 4 de enero", date(2027, 1, 8),
     date(2027, 1, 4)),
])
def test_confirmar_antes_del_stays_a_deadline(now, text, start, deadline):
    when = event(text, now)
    assert (when.start, when.deadline) == (start, deadline)


@pytest.mark.parametrize("text", ["reunión con dom", "director dom pide reunión", "REUNION CON DOM",
                                  "consultar en la dom por el permiso"])
def test_dom_without_a_word_that_leads_a_weekday_is_the_department(parser, text):
    assert parser.moment(text, MARCH_MONDAY) == (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión este dom", (date(2027, 3, 7), None)),
    ("reunión para el dom a las 11", (datetime(2027, 3, 7, 11, 0), None)),
    ("el sáb y dom", (date(2027, 3, 6), date(2027, 3, 7))),
    ("de lun a dom", (date(2027, 3, 8), date(2027, 3, 14))),
])
def test_dom_led_as_a_weekday_is_sunday(parser, text, expected):
    assert parser.moment(text, MARCH_MONDAY) == expected


@pytest.mark.parametrize("text", ["reclamo basura en 21 de Mayo esquina Prat",
                                  "bache en 18 de septiembre esq. Serrano"])
def test_a_street_named_after_a_date_at_a_corner_is_an_address(parser, text):
    assert parser.moment(text, MARCH_MONDAY) == (None, None)


def test_a_date_with_its_article_before_esquina_is_still_a_date(parser):
    assert parser.moment("el 21 de mayo esquina prat hay acto", MARCH_MONDAY)[0] == date(2027, 5, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("reclamos ingresados el 20 de noviembre", date(2026, 11, 20)),
    ("invitaciones recibidas el 2 de noviembre", date(2026, 11, 2)),
])
def test_a_query_about_what_came_in_on_a_day_asks_for_that_day_past(text, expected):
    atoms = GRAMMAR.scan(NORMALIZE(text).norm, NOVEMBER_MONDAY.date())
    assert query_range(atoms, NOVEMBER_MONDAY)[:2] == (expected, expected)


def test_a_receipt_date_said_wrongly_does_not_hide_the_event_day(parser):
    text = "con fecha 31 de noviembre se recibe la invitación para el 4 de diciembre a las 10"
    assert event(text, NOVEMBER_MONDAY).start == datetime(2026, 12, 4, 10, 0)
    assert parser.parse(text, NOVEMBER_MONDAY).slots["invalid_date"] == "31 de noviembre"


FORWARDED = """---------- Mensaje reenviado ---------
De: Secretaría Parroquia San Judas <secretaria@parroquia.cl>
Fecha: lun, 8 mar 2027, 17:05
Asunto: Invitación

La comunidad de la Parroquia San Judas invita al alcalde a la bendición del nuevo templo el sábado 20 de marzo a
las 11 horas en calle Baquedano 310."""


def test_the_date_heading_a_forwarded_email_is_not_the_event_s(parser):
    understood = parser.parse(FORWARDED, datetime(2027, 3, 9, 9, 0))
    assert understood.slots["start"] == datetime(2027, 3, 20, 11, 0)


def test_a_date_labelled_fecha_that_is_still_to_come_is_the_event_s(parser):
    understood = parser.parse("Fecha: viernes 12 de marzo de 2027, 19 hrs. Actividad: gala de la banda municipal",
                              datetime(2027, 3, 9, 9, 0))
    assert understood.slots["start"] == datetime(2027, 3, 12, 19, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("hoy llegó invitación de la Cruz Roja para la colecta el sábado a las 10", datetime(2026, 11, 28, 10, 0)),
    ("En el día de hoy nos llegó una invitación del Rotary a su cena del jueves a las 21",
     datetime(2026, 11, 26, 21, 0)),
    ("ayer nos mandaron invitación de la gobernación al seminario del 3 de diciembre a las 9",
     datetime(2026, 12, 3, 9, 0)),
])
def test_a_day_said_before_what_came_in_is_not_the_start(text, expected):
    assert event(text, NOVEMBER_MONDAY).start == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("la marcha del 8M es mañana a las 11", datetime(2026, 11, 24, 11, 0)),
    ("el acto del 11S, el viernes a las 12", datetime(2026, 11, 27, 12, 0)),
])
def test_a_number_with_a_letter_glued_to_it_is_a_name_not_a_day(text, expected):
    assert event(text, NOVEMBER_MONDAY).start == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("reunión con la seremi el martes 1 a las 9 30", datetime(2026, 12, 1, 9, 30)),
    ("punto de prensa mañana a las 11 45", datetime(2026, 11, 24, 11, 45)),
    ("once con los dirigentes el jueves a las 4 15 de la tarde", datetime(2026, 11, 26, 16, 15)),
])
def test_minutes_dictated_after_the_hour_without_a_mark_are_the_minutes(text, expected):
    assert event(text, NOVEMBER_MONDAY).start == expected


def test_a_number_of_people_after_the_hour_is_not_its_minutes():
    assert event("charla el jueves a las 10 30 personas inscritas", NOVEMBER_MONDAY).start == \
        datetime(2026, 11, 26, 10, 0)


@pytest.mark.parametrize("text", ["ponle lugar: sala de reuniones del 2° piso", "la reunión es en el 3er piso",
                                  "cámbiala a la oficina del 4º piso", "la cena para el 40 personas"])
def test_a_floor_or_a_count_after_el_is_no_day(parser, text):
    found = parser.parse(text, datetime(2027, 7, 14, 17, 30))
    assert not any(isinstance(value, date) for value in found.slots.values()), found.slots
