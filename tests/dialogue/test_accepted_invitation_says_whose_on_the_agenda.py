"""An activity put on the agenda by accepting an invitation says whose it is where its title does not: «12:00
aniversario (Club de Leones de Osorno) — sede …», in the agenda and in the day's briefing alike (one line for both);
a title that names its organizer already is not repeated (tests/handlers/test_invitations.py).
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

INVITED = [
    ("Asunto: Invitación aniversario. Estimado Sr. Alcalde: El Club de Leones de Osorno tiene el agrado de invitarle "
     "a la ceremonia de su aniversario, el domingo 29 de noviembre a las 12:00 horas en su sede de calle Ramírez 1010. "
     "Cordialmente, Secretaría Club de Leones", "Confirme la asistencia del alcalde.", "Club de Leones de Osorno"),
    ("llegó invitación de la Cámara de Comercio al desayuno empresarial el jueves 26 a las 8:30 en el Hotel Gavina",
     "acepta la de la cámara xfa", "Cámara de Comercio"),
    ("oye nos invita la junta de vecinos Villa Los Ríos a la once comunitaria el viernes 27 a las 17 en la sede",
     "ya, dile que sí vamos", "junta de vecinos Villa Los Ríos"),
    ("invitación del Liceo Industrial a la licenciatura de cuarto medio el sábado 28 a las 11 en el gimnasio",
     "el alcalde va a la licenciatura, confírmela", "Liceo Industrial"),
]


def _day_of(reply_text: str) -> str:
    return next(word for word in ("jueves", "viernes", "sábado", "domingo") if word in reply_text)


@pytest.mark.parametrize(("invitation", "acceptance", "organizer"), INVITED)
def test_the_agenda_and_the_briefing_say_who_invited(chat, invitation, acceptance, organizer) -> None:
    stored, _, accepted, _ = chat(invitation, "sí", acceptance, "sí")
    day = _day_of(stored.text)
    agenda, briefing = chat(f"¿qué tiene el alcalde el {day}?", f"resumen del {day}")
    for reply in (agenda, briefing):
        line = next(line for line in reply.text.splitlines() if "(invitación)" in line)
        assert f"({organizer})" in line, (accepted.text, reply.text)

