"""The Lobby register through the real dispatcher on a real SQLite file: an audience request answered in
three working days, accepted onto the agenda, recorded after the meeting; trips and gifts; the month's
register reopened with openpyxl."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook
from sqlmodel import Session, col, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from storage.legal import Audience, Gift, Travel
from storage.models import Event
from tests.legal.conftest import SANTIAGO, Clock, say

REQUEST = "la Inmobiliaria Los Álamos pide audiencia con el alcalde por el plan regulador"


def live(dispatcher: Dispatcher, model: type) -> list:
    with Session(dispatcher.engine) as session:
        return list(session.exec(select(model).where(col(model.deleted_at).is_(None)).order_by(col(model.id))))


def test_an_audience_request_is_due_in_three_working_days(dispatcher: Dispatcher, staff: Actor) -> None:
    preview, stored = say(dispatcher, staff, REQUEST, "sí")
    assert "a más tardar el lunes 7 de diciembre" in preview.text and stored.stored
    assert "Inmobiliaria Los Álamos (persona jurídica)" in preview.text
    [audience] = live(dispatcher, Audience)
    assert (audience.applicant, audience.subject, audience.due_on) == \
        ("Inmobiliaria Los Álamos", "el plan regulador", date(2026, 12, 7))


def test_accepting_puts_it_on_the_agenda_and_undo_takes_both_back(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, REQUEST, "sí")
    preview, stored = say(dispatcher, staff, "acepta la audiencia de la Inmobiliaria Los Álamos el martes 8 a las 10 "
                                              "en el despacho", "sí")
    assert "martes 8 de diciembre, 10:00" in preview.text and stored.stored
    [audience] = live(dispatcher, Audience)
    [event] = live(dispatcher, Event)
    assert (audience.status, audience.event_id) == ("aceptada", event.id)
    assert event.start_at == datetime(2026, 12, 8, 10, 0, tzinfo=SANTIAGO) and event.place == "el despacho"
    [agenda] = say(dispatcher, staff, "agenda del martes 8")
    assert "Inmobiliaria Los Álamos" in agenda.text
    say(dispatcher, staff, "deshacer")
    assert live(dispatcher, Event) == [] and live(dispatcher, Audience)[0].status == "solicitada"


def test_the_meeting_is_recorded_with_what_the_register_asks(dispatcher: Dispatcher, staff: Actor,
                                                             clock: Clock) -> None:
    say(dispatcher, staff, REQUEST, "sí", "acepta la audiencia de la Inmobiliaria Los Álamos el martes 8 a las 10",
        "sí")
    clock.at(2026, 12, 8, 12)
    question, preview, stored = say(
        dispatcher, staff, "la audiencia con la Inmobiliaria Los Álamos se realizó hoy, duró 45 minutos, presencial, "
                           "se trató el plan regulador", "Pedro Soto y Ana Díaz", "sí")
    assert question.pending is not None and question.pending.slot == "attendees"
    assert "45 minutos" in preview.text and stored.stored
    [audience] = live(dispatcher, Audience)
    assert (audience.status, audience.held_on, audience.duration_minutes, audience.modality, audience.attendees) == \
        ("realizada", date(2026, 12, 8), 45, "presencial", "Pedro Soto y Ana Díaz")
    assert audience.paid is False and audience.matter == "el plan regulador"


def test_trips_gifts_and_the_monthly_register(dispatcher: Dispatcher, staff: Actor, clock: Clock) -> None:
    say(dispatcher, staff, REQUEST, "sí", "rechaza la audiencia de la Inmobiliaria Los Álamos", "sí",
        "registra viaje del alcalde a Santiago para la reunión de la AChM, costo $250.000 pagado por la Municipalidad",
        "sí", "el alcalde recibió un libro de parte de la Embajada de Japón con motivo de la visita del embajador",
        "sí")
    [trip] = live(dispatcher, Travel)
    [gift] = live(dispatcher, Gift)
    assert (trip.destination, trip.cost, trip.paid_by) == ("Santiago", 250_000, "Municipalidad")
    assert (gift.what, gift.donor, gift.occasion) == ("un libro", "Embajada de Japón", "la visita del embajador")
    assert live(dispatcher, Audience)[0].status == "rechazada"
    clock.at(2027, 1, 4)
    [exported] = say(dispatcher, staff, "exporta el registro de lobby de diciembre")
    [attachment] = exported.attachments
    workbook = load_workbook(io.BytesIO(attachment.content))
    audiences = list(workbook["Audiencias"].iter_rows(values_only=True))
    assert audiences[1][1:6] == ("Inmobiliaria Los Álamos", "persona jurídica", "gestor de intereses", None,
                                 "el plan regulador")
    assert audiences[1][8] == "rechazada"
    assert list(workbook["Viajes"].iter_rows(min_row=2, values_only=True)) == \
        [(datetime(2026, 12, 2), "Santiago", "la reunión de la AChM", 250000, "Municipalidad")]
    assert list(workbook["Donativos"].iter_rows(min_row=2, values_only=True)) == \
        [(datetime(2026, 12, 2), "un libro", "la visita del embajador", "Embajada de Japón")]


def test_a_note_on_behalf_of_a_company_and_the_weeks_register_read_in_words(dispatcher: Dispatcher,
                                                                            staff: Actor) -> None:
    preview, _ = say(dispatcher, staff, "Estimada: le informo que la Inmobiliaria Los Robles SpA, a través de su "
                                        "gerente don Tomás Vial, solicita audiencia con el alcalde por el loteo", "sí")
    [audience] = live(dispatcher, Audience)
    assert (audience.applicant, audience.represented) == ("Tomás Vial", "Inmobiliaria Los Robles SpA"), preview.text
    [listed] = say(dispatcher, staff, "qué audiencias tenemos esta semana")
    assert "Registro de lobby del lunes 30 de noviembre al domingo 6 de diciembre" in listed.text, listed.text
    assert "2026-" not in listed.text
