"""A stored record said to have moved, with a verb that reports rather than orders: «se atrasa, que sea 9:30»,
«la de bomberos pasó a las 21», «se corrió para las 10», «quedó para el jueves», «lo movieron al viernes», even
after the agenda or a briefing was shown since. It is that record's change, previewed and kept only on «sí»;
never a new activity titled «atrasa»."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la directiva del club deportivo el martes a las 16 en la sede"


@pytest.mark.parametrize(("told", "when"), [
    ("se atrasa, que sea 17:30", "martes 24, 17:30"),
    ("se corrió para las 10", "martes 24, 10:00"),
    ("quedó para el jueves", "jueves 26 de noviembre, 16:00"),
    ("cambiaron la hora, ahora es a las 8", "martes 24, 08:00"),
    ("lo movieron al viernes", "viernes 27 de noviembre, 16:00"),
    ("ojo que se postergó para el miércoles a las 12", "miércoles 25 de noviembre, 12:00"),
])
def test_a_reported_move_right_after_storing_changes_the_record(chat, dispatcher, told, when) -> None:
    *_, preview, saved = chat(MEETING, "sí", told, "ok")
    assert preview.pending is not None and when in preview.text and "antes" in preview.text, preview.text
    assert saved.stored, saved.text
    [event] = stored(dispatcher, Event)
    assert "club deportivo" in event.title


@pytest.mark.parametrize("told", ["la del club quedó para el jueves", "la reunión del club se pasó al jueves"])
def test_a_reported_move_after_the_agenda_was_shown(chat, dispatcher, told) -> None:
    *_, preview = chat(MEETING, "sí", "qué tiene el alcalde mañana", told)
    assert "jueves 26 de noviembre, 16:00" in preview.text and "club deportivo" in preview.text, preview.text
    assert "Agendar actividad" not in preview.text, preview.text
    assert len(stored(dispatcher, Event)) == 1


def test_a_reported_move_of_an_earlier_invitation_named_by_its_host(chat, dispatcher) -> None:
    *_, preview, saved = chat("inv Bomberos 5a Compañía, aniversario sáb 28 20 hrs en el cuartel", "ok",
                              "inv seremi de salud, lanzamiento campaña verano mar 1 10 hrs", "ok",
                              "la de bomberos pasó a las 21", "ok")
    assert "21:00" in preview.text and "Bomberos" in preview.text, preview.text
    assert saved.stored, saved.text
    [bomberos] = [invitation for invitation in stored(dispatcher, Invitation) if "Bomberos" in invitation.organizer]
    assert bomberos.start_at is not None and bomberos.start_at.hour == 0  # 21:00 in Santiago is 00:00 UTC in summer


def test_the_day_after_a_briefing_the_meeting_is_delayed(chat, dispatcher) -> None:
    *_, preview = chat("agenda reu equipo gabinete hoy 11 hrs", "ok", "resumen del día", "se atrasa, que sea 11:30")
    assert "11:30" in preview.text and "antes" in preview.text and "atrasa" not in preview.text, preview.text
