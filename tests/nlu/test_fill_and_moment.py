"""Follow-up answers to one missing slot (`Parser.fill`) and the first date in a text (`Parser.moment`)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 3, 3, 16, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("el viernes a las 10", datetime(2027, 3, 5, 10, 0)),
    ("mañana", date(2027, 3, 4)),
    ("a las 3", datetime(2027, 3, 4, 15, 0)),
    ("a las 7", datetime(2027, 3, 3, 19, 0)),
    ("el 2/4 al mediodía", datetime(2027, 4, 2, 12, 0)),
])
def test_fill_start(parser, text, expected):
    assert parser.fill("event.create", "start", text, NOW) == expected


def test_fill_start_that_is_no_date_is_none(parser):
    assert parser.fill("invitation.create", "start", "no sé todavía", NOW) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("14 de febrero", "02-14"), ("el 3 de marzo", "03-03"), ("21/5", "05-21"), ("5 de junio de 2028", "2028-06-05"),
])
def test_fill_efemeride_date(parser, text, expected):
    assert parser.fill("efemeride.create", "date", text, NOW) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("Aseo", "aseo"), ("a obras", "obras"), ("dideco", "dideco"), ("es por un bache", "operaciones"),
    ("Medio Ambiente", "medio_ambiente"), ("tránsito", "transito"),
])
def test_fill_department(parser, text, code):
    assert parser.fill("complaint.create", "department", text, NOW) == code


def test_fill_department_unknown_is_none(parser):
    assert parser.fill("complaint.create", "department", "no sé", NOW) is None


@pytest.mark.parametrize(("text", "phone"), [
    ("+56 9 8765 4321", "+56987654321"), ("su cel es 98765 4321", "+56987654321"), ("552 123456", "+56552123456"),
])
def test_fill_phone(parser, text, phone):
    assert parser.fill("complaint.create", "phone", text, NOW) == phone


def test_fill_phone_without_number_is_none(parser):
    assert parser.fill("complaint.create", "phone", "no dejó teléfono", NOW) is None


@pytest.mark.parametrize(("text", "response"), [
    ("sí", "accepted"), ("si", "accepted"), ("acepta", "accepted"), ("ok, confirmado", "accepted"),
    ("no", "declined"), ("no va", "declined"), ("rechaza", "declined"), ("no puede", "declined"),
    ("delega", "delegated"), ("va en representación el concejal", "delegated"),
])
def test_fill_response(parser, text, response):
    assert parser.fill("invitation.respond", "response", text, NOW) == response


def test_fill_response_that_is_no_answer_is_none(parser):
    assert parser.fill("invitation.respond", "response", "el martes", NOW) is None


@pytest.mark.parametrize("slot", ["citizen", "description", "title", "delegate", "place"])
def test_fill_free_text_is_cleaned(parser, slot):
    assert parser.fill("complaint.create", slot, "  Rosa   Muñoz. ", NOW) == "Rosa Muñoz"


def test_fill_free_text_without_words_is_none(parser):
    assert parser.fill("complaint.create", "citizen", " ... ", NOW) is None


def test_fill_ticket_and_status(parser):
    assert parser.fill("complaint.update", "ticket", "R-2027-0042", NOW) == "R-2027-0042"
    assert parser.fill("complaint.update", "ticket", "el 15", NOW) == "15"
    assert parser.fill("complaint.update", "status", "resuelto", NOW) == "resolved"


def test_moment_finds_the_first_expression(parser):
    assert parser.moment("mueve al jueves 10:00", NOW) == (datetime(2027, 3, 4, 10, 0), None)
    assert parser.moment("pásalo para la próxima semana", NOW) == (date(2027, 3, 8), date(2027, 3, 14))
    assert parser.moment("sin fecha", NOW) == (None, None)


def test_moment_keeps_a_deadline_since_the_dialogue_asked_for_it(parser):
    assert parser.moment("antes del 10", NOW) == (date(2027, 3, 10), None)
