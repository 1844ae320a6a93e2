"""Formal office writing («ha hecho llegar una atenta invitación dirigida al señor alcalde», «me permito solicitar
que se incorpore a las efemérides», «será representado por el concejal») says the usual things in longer words:
whom a letter is addressed to is never who invites, a request to add an efeméride creates it, and a mayor who
excuses himself and names who represents him delegates."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "organizer"), [
    ("El Cuerpo de Bomberos de Quilpué ha hecho llegar una atenta invitación dirigida al señor alcalde para el "
     "aniversario de la compañía el sábado 12 de diciembre a las 11:00", "Cuerpo de Bomberos de Quilpué"),
    ("la Junta de Vecinos Villa Alegre envió invitación dirigida al sr alcalde pa la once comunitaria el jueves 10 "
     "a las 17 hrs", "Junta de Vecinos Villa Alegre"),
    ("El Liceo Politécnico remitió una invitación formal dirigida a la señora alcaldesa para la licenciatura del "
     "viernes 18 de diciembre a las 10:00", "Liceo Politécnico"),
    ("La Cámara de Comercio hizo llegar invitación remitida al alcalde para la cena anual el martes 15 a las 20:00",
     "Cámara de Comercio"),
])
def test_whom_the_letter_is_addressed_to_is_not_who_invites(parser, text, organizer) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.create", understood
    assert understood.slots["organizer"] == organizer, understood.slots


@pytest.mark.parametrize(("text", "title"), [
    ("Me permito solicitar a usted que se incluya en las efemérides el Día del Bombero, que se conmemora el "
     "treinta de junio de cada año", "Día del Bombero"),
    ("Solicito respetuosamente que se agregue a las efemérides el Día de la Enfermería, el 12 de mayo de cada año",
     "Día de la Enfermería"),
    ("xfa q se registre en las efemérides el día del dirigente vecinal, el 7 de agosto", "día del dirigente vecinal"),
    ("Junto con saludar, pido que se incorpore a las efemérides el Día del Carabinero que se conmemora el 27 de abril",
     "Día del Carabinero"),
])
def test_a_request_to_add_an_efemeride_creates_it(parser, text, title) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "efemeride.create", understood
    assert understood.slots["title"] == title, understood.slots


@pytest.mark.parametrize(("text", "delegate"), [
    ("Informo que el señor alcalde se excusa y será representado por el concejal Pedro Soto en la ceremonia del "
     "viernes", "concejal Pedro Soto"),
    ("el alcalde no podrá asistir a la cena de la cámara y lo representará la concejala Ana Vera",
     "concejala Ana Vera"),
    ("la alcaldesa se excusa de la invitación del club de leones, será representada por la administradora municipal",
     "administradora municipal"),
    ("dile a los bomberos q el jefe no va y lo representa el concejal Rojas", "concejal Rojas"),
])
def test_an_excuse_with_a_representative_delegates(parser, text, delegate) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.respond", understood
    assert understood.slots["response"] == "delegated", understood.slots
    assert understood.slots["delegate"] == delegate, understood.slots


@pytest.mark.parametrize(("text", "organizer"), [
    ("Se recibió invitación del Contraalmirante Comandante en Jefe de la Primera Zona Naval a la ceremonia de cambio "
     "de mando el viernes 18 de diciembre a las 10:00", "Contraalmirante Comandante en Jefe de la Primera Zona Naval"),
    ("el Capitán de Fragata Capitán de Puerto de San Antonio invita al alcalde al cambio de mando el jueves 17 a "
     "las 11", "Capitán de Fragata Capitán de Puerto de San Antonio"),
    ("llegó invitación del General Jefe de la División a la parada militar el sábado 19 a las 11",
     "General Jefe de la División"),
    ("Invitación del Coronel Jefe de Zona de Carabineros a la ceremonia de cambio de mando el martes 22 a las 9:30",
     "Coronel Jefe de Zona de Carabineros"),
])
def test_a_rank_before_the_post_held_stays_with_it(parser, text, organizer) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "invitation.create", understood
    assert understood.slots["organizer"] == organizer, understood.slots
