"""«no, mejor pásala al jueves» while «¿La cancelo?» waits, «no, mejor derívalo a obras» while closing a complaint
waits: another change of the same stored record replaces the one proposed, and needs no name of its own."""

from __future__ import annotations

from storage.models import Complaint, Event
from tests.dialogue.talk import stored


def test_a_move_said_instead_of_a_cancellation_moves_the_same_activity(chat, dispatcher) -> None:
    chat("agéndame operativo de salud en la sede de Villa Futuro el miércoles 25 a las 10", "sí",
         "agéndame reunión con el club de adulto mayor el miércoles 25 a las 16", "sí",
         "cancela el operativo de salud")
    proposed, saved = chat("no no, mejor muévelo al viernes 27 a la misma hora", "sí")
    assert "operativo de salud" in proposed.text and "viernes 27" in proposed.text, proposed.text
    assert saved.stored, saved.text
    days = {event.title: (event.day.day, event.cancelled_at is None) for event in stored(dispatcher, Event)}
    assert days["operativo de salud"] == (27, True) and days["reunión con el club de adulto mayor"][0] == 25, days


def test_a_referral_said_instead_of_closing_refers_the_same_complaint(chat, dispatcher) -> None:
    chat("reclamo por vereda levantada frente al jardín infantil de calle Lautaro 77, avisa Nora Pinto", "sí",
         "ciérralo")
    proposed, saved = chat("no, mejor derívalo a aseo", "sí")
    assert "R-2026-0001" in proposed.text and "Aseo" in proposed.text, proposed.text
    [complaint] = stored(dispatcher, Complaint)
    assert saved.stored and complaint.status == "new", (saved.text, complaint.status)
