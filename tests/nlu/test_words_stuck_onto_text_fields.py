"""Words that stick onto a text field: a wish or purpose after a place («… haber si el alcalde puede ir»), the chat
noun «invite» (an invitation, never the title), and the sector said after a resident's full name («Segundo
Cheuquepil de Chinquihue»), while real compound surnames («de la Fuente», «Pérez de Arce») stay whole."""

from __future__ import annotations

from datetime import datetime

import pytest

SEPTEMBER_FRIDAY = datetime(2026, 9, 4, 10, 0)


@pytest.mark.parametrize(("text", "place"), [
    ("invitación del club deportivo al rodeo del sábado 12 a las 15 en la medialuna municipal haber si el alcalde "
     "puede ir", "medialuna municipal"),
    ("agendame reunión en la sede vecinal Los Aromos el martes a las 18 a ver si se resuelve lo del agua",
     "sede vecinal Los Aromos"),
    ("Los bomberos invitan al ejercicio en el cuartel de la primera compañía ojalá pueda ir el alcalde, el jueves 10 "
     "a las 19", "cuartel de la primera compañía"),
    ("Se invita al Sr. Alcalde a la feria costumbrista el domingo 13 a las 12 en la plaza de Armas para que conozca "
     "a los artesanos", "plaza de Armas"),
])
def test_a_wish_or_purpose_after_the_place_ends_it(parser, text, place):
    assert parser.parse(text, SEPTEMBER_FRIDAY).slots.get("place") == place


@pytest.mark.parametrize(("text", "organizer"), [
    ("llegó un invite de la Cámara de Comercio para el viernes 12 a las 21", "Cámara de Comercio"),
    ("invite del Rotary pal jueves a las 20", "Rotary"),
    ("alcalde tiene un invite del Cuerpo de Bomberos el sábado 13 a las 11", "Cuerpo de Bomberos"),
])
def test_invite_is_an_invitation_not_the_title(parser, text, organizer):
    understood = parser.parse(text, SEPTEMBER_FRIDAY)
    assert understood.intent == "invitation.create"
    assert understood.slots.get("organizer") == organizer
    assert "invite" not in (understood.slots.get("title") or "").lower()


@pytest.mark.parametrize(("text", "citizen", "address"), [
    ("reclamo de Segundo Cheuquepil de Chinquihue, hay un hoyo gigante en el camino", "Segundo Cheuquepil",
     "Chinquihue"),
    ("llamó la señora Rosa Millalonco de Pelluco, q el camión de la basura no pasa hace una semana", "Rosa Millalonco",
     "Pelluco"),
    ("La sra. Marta Quiroz de Alerce llamó reclamando x el basural en la esquina", "Marta Quiroz", "Alerce"),
])
def test_the_sector_after_a_resident_name_is_where_they_live(parser, text, citizen, address):
    slots = parser.parse(text, SEPTEMBER_FRIDAY).slots
    assert (slots.get("citizen"), slots.get("address")) == (citizen, address)


@pytest.mark.parametrize(("text", "citizen"), [
    ("vecino Juan Pérez de Arce reclama por luminaria apagada en calle Prat", "Juan Pérez de Arce"),
    ("reclamo de doña Inés de la Fuente Soto por perros sueltos en la plaza", "Inés de la Fuente Soto"),
])
def test_a_compound_surname_stays_whole(parser, text, citizen):
    assert parser.parse(text, SEPTEMBER_FRIDAY).slots.get("citizen") == citizen


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("invitacion club de huasos el Rodeo pa la ramada inaugural el sábado 19 a las 13", "club de huasos el Rodeo",
     "ramada inaugural"),
    ("invitación club de cueca la Fiesta para la peña del viernes 18 a las 21", "club de cueca la Fiesta", "peña"),
    ("ALCALDE LO INVITA EL CLUB DE RODEO DE AYSEN A LA INAUGURACION DE LA MEDIALUNA EL SABADO 13 A LAS 15",
     "CLUB DE RODEO DE AYSEN", "INAUGURACION DE LA MEDIALUNA"),
    ("nos invita el club de rodeo Los Baqueanos a la fiesta costumbrista el viernes 11 a las 19",
     "club de rodeo Los Baqueanos", "fiesta costumbrista"),
])
def test_an_event_noun_inside_the_organizer_name_stays_there(parser, text, organizer, title):
    slots = parser.parse(text, SEPTEMBER_FRIDAY).slots
    assert (slots.get("organizer"), slots.get("title")) == (organizer, title)


def test_an_address_said_later_beats_the_sector_after_the_name(parser):
    slots = parser.parse("don Héctor Paillalef de Alerce reclama x un perro suelto, vive en pasaje Los Coihues 455",
                         SEPTEMBER_FRIDAY).slots
    assert (slots.get("citizen"), slots.get("address")) == ("Héctor Paillalef", "pasaje Los Coihues 455")
