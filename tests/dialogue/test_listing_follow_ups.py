"""Elliptical follow-ups after any listing: «¿y las de enero?», «¿y los pendientes?», «¿y las de la otra semana?»
ask the last listing again with what they name changed, as each listing declares (period, status, name)."""

from __future__ import annotations

import pytest

ROTARY = "Llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Club de la Unión"
CAMARA = "llegó invitación de la Cámara de Comercio al desayuno empresarial el jueves 3 de diciembre a las 8:30"
INMOBILIARIA = "la Inmobiliaria Los Andes pide audiencia con el alcalde por el plan regulador"
JUNTA = "la Junta de Vecinos Villa Esperanza solicita audiencia por la plaza del sector"
CAMILA = ("llegó una solicitud de transparencia por el portal, folio MU042T0000815, de Camila Rojas, "
          "pide los contratos de recolección de basura de 2025")


@pytest.mark.parametrize("follow", ["¿y las de enero?", "y las de enero", "ok y en enero?", "¿Y LAS DE ENERO?"])
def test_efemerides_of_another_month_after_a_month_of_them(chat, follow) -> None:
    chat("agrega efeméride 15 de diciembre aniversario del Liceo Bicentenario", "sí")
    [december, january] = chat("efemérides de diciembre", follow)
    assert "Liceo Bicentenario" in december.text
    assert "enero" in january.text and "Liceo Bicentenario" not in january.text, january.text
    assert not january.choices and january.pending is None


def test_the_month_after_the_one_shown_is_the_next_month_not_this_one(chat) -> None:
    [_, after, before] = chat("efemérides de enero", "¿y las del mes siguiente?", "y el mes anterior?")
    assert "febrero" in after.text and "enero" not in after.text, after.text
    assert "enero" in before.text and "febrero" not in before.text, before.text


@pytest.mark.parametrize("follow", ["¿y las de la otra semana?", "y las de la próxima semana", "¿y la semana q viene?"])
def test_invitations_of_next_week_after_the_pending_ones(chat, follow) -> None:
    chat(ROTARY, "sí", CAMARA, "sí")
    [listed, next_week] = chat("invitaciones pendientes", follow)
    assert "Rotary" in listed.text and "Cámara de Comercio" in listed.text
    assert "Cámara de Comercio" in next_week.text and "Rotary" not in next_week.text, next_week.text


def test_accepted_invitations_after_the_pending_ones(chat) -> None:
    chat(ROTARY, "sí", CAMARA, "sí", "acepta la invitación del Rotary", "sí")
    [_, accepted] = chat("invitaciones pendientes", "¿y las aceptadas?")
    assert "aceptadas" in accepted.text and "Rotary" in accepted.text and "Cámara" not in accepted.text


@pytest.mark.parametrize("follow", ["¿y los pendientes?", "y las pendientes?", "ok y las q siguen pendientes"])
def test_pending_audience_requests_after_a_month_of_the_lobby_register(chat, follow) -> None:
    chat(INMOBILIARIA, "sí", JUNTA, "sí")
    [october, pending] = chat("registro de lobby de octubre", follow)
    assert "ninguna" in october.text
    assert "Inmobiliaria Los Andes" in pending.text and "Villa Esperanza" in pending.text, pending.text


def test_one_applicant_after_the_pending_audience_requests(chat) -> None:
    chat(INMOBILIARIA, "sí", JUNTA, "sí")
    [_, junta] = chat("audiencias de lobby por responder", "¿y las de la junta de vecinos?")
    assert "Villa Esperanza" in junta.text and "Inmobiliaria" not in junta.text, junta.text


def test_pending_transparency_requests_after_the_overdue_ones(chat, clock) -> None:
    chat(CAMILA, "sí")
    [overdue, pending] = chat("solicitudes de transparencia vencidas", "¿y las pendientes?")
    assert "ninguna" in overdue.text
    assert "MU042T0000815" in pending.text and "pendientes" in pending.text, pending.text


def test_a_follow_up_naming_another_listing_asks_for_that_listing(chat) -> None:
    chat("agrega efeméride 15 de diciembre aniversario del Liceo Bicentenario", "sí")
    [_, efemerides] = chat("fono del seremi de salud", "¿y las efemérides de diciembre?")
    assert "Liceo Bicentenario" in efemerides.text, efemerides.text


@pytest.mark.parametrize("follow", ["¿y el 1 de enero?", "y el 25 de diciembre?", "¿y el 8 de diciembre?"])
def test_a_holiday_after_the_agenda_of_a_week_is_that_day_of_the_agenda(chat, follow) -> None:
    [_, day] = chat("q tiene el alcalde la otra semana", follow)
    assert day.pending is None and not day.choices, day.text
    assert "actividades" in day.text and follow.strip("¿?y ").split()[-1] in day.text, day.text


@pytest.mark.parametrize("follow", ["los de operaciones", "Los de Operaciones.", "las de obras"])
def test_a_set_named_without_y_asks_the_last_listing_again(chat, follow) -> None:
    chat("reclamo de don Juan Pérez, pasaje Los Pinos 45: hay un hoyo enorme en la calle", "sí")
    [_, narrowed] = chat("reclamos de esta semana", follow)
    assert "Reclamos abiertos de" in narrowed.text and "No entendí" not in narrowed.text, narrowed.text
