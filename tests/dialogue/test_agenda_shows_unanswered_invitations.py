"""The agenda of a day shows the invitations still waiting for an answer on it, under their own heading: the day is
not free of them though nothing is booked. An accepted invitation is on the agenda once, as its activity; a declined
one is not there at all. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

ROTARY = "llegó invitación del Rotary a la cena aniversario el sábado 28 a las 20 en el club de campo"
LICEO = "el Liceo Politécnico invita a la licenciatura el jueves 26 a las 11 en el gimnasio"


def test_an_empty_day_still_tells_the_invitation_waiting_on_it(chat) -> None:
    *_, reply = chat(ROTARY, "sí", "q tiene el alcalde el sábado 28")
    assert "No hay actividades agendadas" in reply.text, reply.text
    assert "por responder" in reply.text and "cena aniversario" in reply.text and "20:00" in reply.text, reply.text


def test_a_week_lists_the_activities_then_the_invitations_by_day(chat) -> None:
    *_, reply = chat(ROTARY, "sí", LICEO, "sí", "agenda reunión con el seremi el viernes 27 a las 10", "sí",
                     "agenda de esta semana")
    activities, invitations = reply.text.split("por responder")
    assert "seremi" in activities and "Rotary" not in activities, reply.text
    assert "Sábado 28 de noviembre" in invitations and "Jueves 26 de noviembre" in invitations, reply.text


def test_an_answered_invitation_is_not_listed_as_waiting(chat) -> None:
    *_, accepted = chat(ROTARY, "sí", LICEO, "sí", "acepta la del Rotary", "sí", "rechaza la del liceo", "sí",
                        "agenda de esta semana")
    assert "por responder" not in accepted.text and "cena aniversario" in accepted.text, accepted.text
    assert "licenciatura" not in accepted.text, accepted.text


def test_the_invitation_listed_can_be_answered_by_its_words(chat) -> None:
    *_, preview = chat(ROTARY, "sí", "q tiene el alcalde el sábado 28", "la cena, acéptala")
    assert "aceptar" in preview.text and "cena aniversario" in preview.text, preview.text
