"""Legal requests told in an office's formal voice: who asks is found in an apposition or after a heading and a
courtesy («…: Claudia Reyes, gerenta de … de Minera X, quiere reunirse…», «de don Hernán Lagos, representante de
…», «de doña Paula Saavedra, quien solicita …»), so the bot proposes the request instead of asking who asks."""

from __future__ import annotations

import pytest

from storage.legal import Audience, TransparencyRequest
from storage.models import Event, Invitation
from tests.dialogue.talk import stored
from tests.dialogue.test_audience_told_in_other_words import TOLD

AUDIENCES = [
    ("Solicitud de audiencia por ley del lobby: Claudia Reyes, gerenta de asuntos corporativos de Minera Los "
     "Pelambres, quiere reunirse con el alcalde por el agua potable rural",
     "Claudia Reyes", "Minera Los Pelambres", "agua potable rural"),
    ("Se recibió solicitud de audiencia por Ley del Lobby de don Hernán Lagos, representante de Forestal Arauco, "
     "para tratar la tala en el cerro", "Hernán Lagos", "Forestal Arauco", "la tala en el cerro"),
    ("Audiencia Ley del Lobby: Sra. Marta Gómez, abogada del Estudio Carey, solicita reunión con la alcaldesa "
     "sobre la concesión del estacionamiento", "Marta Gómez", "Estudio Carey", "la concesión del estacionamiento"),
    ("se ha recibido una solicitud de audiencia, Ley 20.730, de doña Carla Fuentes, en representación de Salmones "
     "Austral, para tratar la ampliación del muelle", "Carla Fuentes", "Salmones Austral", "ampliación del muelle"),
    ("solicitud de audiencia x ley del lobby: jorge tapia, presidente de la camara de comercio, quiere juntarse "
     "con el alcalde por el comercio ambulante", "jorge tapia", "camara de comercio", "el comercio ambulante"),
    ("Don Ramiro Oyarzún, director ejecutivo de la Cámara Chilena de la Construcción, solicita audiencia con el "
     "alcalde para tratar el plan regulador", "Ramiro Oyarzún", "Cámara Chilena de la Construcción",
     "el plan regulador"),
    ("Ley del Lobby - solicitud de audiencia. Solicitante: Andrea Vidal, asesora legal de Aguas Andinas. Materia: "
     "tarifas de agua potable", "Andrea Vidal", "Aguas Andinas", "tarifas de agua potable"),
    ("ojo q llego solicitud de audiencia de lobby de la sra Patricia Rojas gerenta de Enel para ver el tema del "
     "alumbrado", "Patricia Rojas", "Enel", "el tema del alumbrado"),
    ("Por medio de la presente se informa solicitud de audiencia (Ley 20.730) de don Luis Araya, en representación "
     "de Transportes Araya Ltda., para tratar el paradero de buses", "Luis Araya", "Transportes Araya Ltda",
     "el paradero de buses"),
]


@pytest.mark.parametrize(("message", "applicant", "represented", "subject"), AUDIENCES + TOLD)
def test_the_applicant_of_an_audience_told_formally_is_not_asked_for(chat, dispatcher, message, applicant,
                                                                     represented, subject) -> None:
    preview, _ = chat(message, "sí")
    assert "¿Quién" not in preview.text and f"Solicita: {applicant}" in preview.text, preview.text
    [audience] = stored(dispatcher, Audience)
    assert (audience.applicant, audience.represented) == (applicant, represented)
    assert subject in audience.subject


REQUESTS = [
    ("Estimada, se recibió hoy por el Portal de Transparencia la solicitud folio MU189T0000456 de doña Paula "
     "Saavedra, quien solicita copia de los permisos de edificación otorgados en 2025", "Paula Saavedra",
     "MU189T0000456"),
    ("llegó solicitud de transparencia de dona Rosa Muñoz q pide las actas del concejo", "Rosa Muñoz", None),
    ("ingresó por oficina de partes una solicitud de acceso a la información del señor Tomás Vidal, quien requiere "
     "los sueldos del personal a honorarios", "Tomás Vidal", None),
    ("nueva sai folio MU042T0002222 de la Sra. Olga Riquelme q solicita copia del decreto de la feria",
     "Olga Riquelme", "MU042T0002222"),
    ("llegó solicitud de transparencia del Sr. Pablo Díaz, pide el presupuesto de la fiesta", "Pablo Díaz", None),
    ("Pedro Soto solicita por el portal de transparencia copia de los contratos de aseo", "Pedro Soto", None),
    ("la señora Marcela Ñancupil pide por transparencia los sueldos del alcalde", "Marcela Ñancupil", None),
]


@pytest.mark.parametrize(("message", "requester", "folio"), REQUESTS)
def test_the_requester_after_a_courtesy_is_found(chat, dispatcher, message, requester, folio) -> None:
    preview, _ = chat(message, "sí")
    assert f"Solicitante: {requester}" in preview.text and "20 días hábiles" in preview.text, preview.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert request.requester == requester and (folio is None or request.folio == folio)
    assert "transparencia" not in request.subject.lower()


def test_a_pronoun_with_an_audience_request_in_focus_answers_it_though_more_is_said(chat, dispatcher) -> None:
    chat(AUDIENCES[1][0], "sí")
    preview, _ = chat("recházala, el alcalde no va a recibir a forestales por ahora", "sí")
    assert "Hernán Lagos" in preview.text and "rechazada" in preview.text, preview.text
    assert stored(dispatcher, Audience)[0].status == "rechazada"
    chat("deshacer")
    assert stored(dispatcher, Audience)[0].status == "solicitada"


@pytest.mark.parametrize("command", ["agéndala para el martes a las 10", "acéptala pa el martes a las 10 porfa",
                                     "Acéptela para el martes a las 10:00, por favor",
                                     "El alcalde acepta; que sea el martes 24 a las 10",
                                     "la alcaldesa acepta, q sea el martes a las 10"])
def test_an_audience_request_in_focus_is_put_on_the_agenda_never_searched_among_invitations(chat, dispatcher,
                                                                                            command) -> None:
    chat("Llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Club de la Unión", "sí",
         AUDIENCES[0][0], "sí")
    preview, saved = chat(command, "sí")
    assert "Claudia Reyes" in preview.text and "martes 24, 10:00" in preview.text, preview.text
    assert saved.stored and stored(dispatcher, Audience)[0].status == "aceptada"
    [event] = stored(dispatcher, Event)
    assert "Claudia Reyes" in event.title
    assert stored(dispatcher, Invitation)[0].status == "pending"


def test_accepting_with_no_day_asks_when_and_the_answer_completes_it(chat, dispatcher) -> None:
    chat(AUDIENCES[1][0], "sí")
    asked, preview, _ = chat("acéptala", "el jueves a las 12", "sí")
    assert "¿Qué día y a qué hora recibe el alcalde a Hernán Lagos?" in asked.text, asked.text
    assert "jueves 26 de noviembre, 12:00" in preview.text, preview.text
    assert stored(dispatcher, Audience)[0].status == "aceptada"
