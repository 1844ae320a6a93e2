"""Where a slot ends, told through the chat: a courtesy after a new place («a la sede vecinal por fa») is no part of
it; a complaint whose address is said inside its description shows that address in its preview; a bare «llegó» and
a day is when the invitation came, so with no day for the event the bot asks for it. The clock is Monday
23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la junta de vecinos el viernes 27 a las 10 en el gimnasio municipal"


@pytest.mark.parametrize("line", [
    "cámbiale el lugar a la sede vecinal por fa",
    "el lugar ahora es la sede vecinal porfis",
    "le ruego cambiar el lugar a la sede vecinal, por favor",
    "la reu ahora es en la sede vecinal x fa",
])
def test_a_courtesy_after_the_new_place_is_not_stored(chat, dispatcher, line: str) -> None:
    *_, preview, saved = chat(MEETING, "sí", line, "sí")
    assert "sede vecinal (antes" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == "sede vecinal", saved.text


@pytest.mark.parametrize(("line", "address"), [
    ("reclamo de la vecina por micro basural en pasaje Los Aromos 12, villa Esperanza",
     "pasaje Los Aromos 12, villa Esperanza"),
    ("oye anota reclamo d la vecina x micro basural en psje los aromos 12 villa esperanza",
     "psje los aromos 12 villa esperanza"),
    ("Se recibe reclamo de don Juan Rivas por luminaria apagada en calle Prat #345", "calle Prat #345"),
    ("reclamo de la señora Inés, dice que hay un micro basural en el pasaje Los Aromos 12 de la villa Esperanza",
     "pasaje Los Aromos 12 de la villa Esperanza"),
])
def test_the_address_inside_the_description_is_previewed(chat, line: str, address: str) -> None:
    [preview] = chat(line)
    assert f"Dirección: {address}" in preview.text, preview.text


@pytest.mark.parametrize("line", [
    "llegó el lunes invitación del club deportivo al campeonato",
    "el martes llegó una invitación del club de huasos a la ramada",
    "Le informo que el día viernes nos llegó invitación de la Cámara de Comercio a su cena anual",
    "ayer llego invitacion de bomberos pal aniversario",
])
def test_the_day_it_came_is_not_the_event_s(chat, dispatcher, line: str) -> None:
    [asked] = chat(line)
    assert "qué día" in asked.text.lower(), asked.text
    assert stored(dispatcher, Invitation) == []


@pytest.mark.parametrize("line", [
    "llegó el lunes invitación del club deportivo al campeonato el sábado 28 a las 10",
    "el martes llegó una invitación del club de huasos para la ramada del domingo 29 a las 13",
    "nos llegó el lunes la invitación de la escuela 5 al acto del sábado 28 a las 11",
])
def test_the_event_s_day_wins_over_the_day_it_came(chat, line: str) -> None:
    [preview] = chat(line)
    assert "Cuándo:" in preview.text and ("28" in preview.text or "29" in preview.text), preview.text
