"""A message that holds several dates: the event's wins. A festivity named by its day («la ramada del dieciocho»,
«el desfile del 21») is part of a title when a date of the event is said beside it, and the day a letter came in
(«recibí hoy…», «nos llegó el lunes…», «el domingo 19 nos llegó…») is when it came, not the start."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nlu.moments import event_when

SEPTEMBER_FRIDAY = datetime(2026, 9, 4, 10, 0)
SEPTEMBER_SUNDAY = datetime(2026, 9, 20, 10, 0)
DECEMBER_MONDAY = datetime(2021, 12, 20, 10, 0)


@pytest.mark.parametrize(("text", "start"), [
    ("invitación pa la ramada del dieciocho el viernes diecisiete de septiembre a las siete de la tarde",
     datetime(2026, 9, 17, 19, 0)),
    ("Junta de vecinos Los Notros invita a la fonda del 18 el jueves 17 de septiembre a las 20 hrs",
     datetime(2026, 9, 17, 20, 0)),
    ("q tal si agendai la fiesta del 18 del liceo pal miercoles 16 a las 12", datetime(2026, 9, 16, 12, 0)),
    ("Se le invita cordialmente al desfile del 21 que se efectuará el sábado 12 de septiembre a las 10:00",
     datetime(2026, 9, 12, 10, 0)),
])
def test_a_festivity_named_by_its_day_is_no_start_beside_the_event_date(parser, text, start):
    understood = parser.parse(text, SEPTEMBER_FRIDAY)
    assert understood.slots["start"] == start


def test_the_festivity_day_alone_is_still_the_date(parser):
    assert parser.parse("invitación a la ramada del 18 a las 20 hrs", SEPTEMBER_FRIDAY).slots["start"] \
        == datetime(2026, 9, 18, 20, 0)


def test_a_deadline_after_del_is_still_a_deadline(parser):
    understood = parser.parse("invitación al acto del viernes 11 a las 10, confirmar antes del 9", SEPTEMBER_FRIDAY)
    assert understood.slots["start"] == datetime(2026, 9, 11, 10, 0)
    assert event_when(parser._context("acto el viernes 11, confirmar antes del 9", SEPTEMBER_FRIDAY).atoms,
                      SEPTEMBER_FRIDAY).deadline == date(2026, 9, 9)


@pytest.mark.parametrize("text", [
    "recibí hoy 20 de septiembre carta del Liceo Politécnico para el acto del martes 12 de octubre a las 11",
    "recibimos hoy, 20 de septiembre, la invitación del Rotary al acto del lunes 12 de octubre a las 11",
    "nos llegó hoy la invitación de la Cámara de Comercio pal 12 de octubre a las 11",
    "Alcalde, le llegó el viernes 18 una invitación de bomberos para el lunes 12 de octubre a las 11:00",
])
def test_the_day_a_letter_came_in_is_not_the_start(parser, text):
    understood = parser.parse(text, SEPTEMBER_SUNDAY)
    assert understood.slots["start"] == datetime(2026, 10, 12, 11, 0)


@pytest.mark.parametrize("text", [
    "el domingo 19 nos llegó la invitación de la junta de vecinos para el aniversario el domingo 2 de enero",
    "el 19 nos mandaron la invitación del club deportivo para el domingo 2 de enero",
    "recibimos el domingo 19 la inv. de la escuela pa la ceremonia del domingo 2 de enero",
])
def test_a_past_day_of_receipt_without_its_month_is_the_last_one(parser, text):
    atoms = parser._context(text, DECEMBER_MONDAY).atoms
    received = [atom.first for atom in atoms if atom.received]
    assert received == [date(2021, 12, 19)]
    assert parser.parse(text, DECEMBER_MONDAY).slots["start"] == date(2022, 1, 2)


@pytest.mark.parametrize(("text", "reference"), [
    ("quienes faltan x confirmar pal desfile", "desfile"),
    ("¿quiénes faltan por confirmar pa'l desfile?", "desfile"),
    ("q autoridades faltan x confirmar pa’l te deum", "te deum"),
])
def test_pal_is_para_el(parser, text, reference):
    assert parser.parse(text, SEPTEMBER_FRIDAY).slots.get("reference") == reference
