"""An invitation's day corrected right after it was stored, told as a correction («perdón, … es el jueves 3, mismo
horario», «me equivoqué, …», «ojo que … es el 3, no el 2», «corrijo: … es el jueves»): the change of that invitation,
its hour kept, previewed, confirmed, audited and undone; never a new record. A bare weekday moves it within its own
week, not to the next one from today."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from storage.models import AuditEntry, Event, Invitation
from tests.dialogue.conftest import SANTIAGO
from tests.dialogue.talk import stored

TOLD = [
    ("el sindicato de pescadores invita al alcalde al aniversario de los pescadores el miércoles 2 de diciembre a las "
     "19 en la caleta", "perdón, el aniversario de los pescadores es el jueves 3, mismo horario", time(19)),
    ("invitación del Rotary a la cena del Rotary el miércoles 2 de diciembre a las 20:30 en el Hotel Antofagasta",
     "me equivoqué, la cena del Rotary es el jueves 3, misma hora", time(20, 30)),
    ("nos invitan a la gala de la Cámara de Comercio el miércoles 2 de diciembre a las 21 en el Teatro Municipal",
     "ojo que la gala es el 3, no el 2", time(21)),
    ("invitación de la Cámara al desayuno empresarial el miércoles 2 de diciembre a las 8:30 en el Club Unión",
     "corrijo: el desayuno es el jueves, a la misma hora", time(8, 30)),
]


@pytest.mark.parametrize(("told", "fix", "hour"), TOLD)
def test_the_day_changes_and_the_hour_stays(chat, dispatcher, told, fix, hour) -> None:
    *_, preview, changed = chat(told, "sí", fix, "sí")
    assert "antes:" in preview.text and "jueves 3 de diciembre" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.start_at == datetime.combine(date(2026, 12, 3), hour, SANTIAGO), changed.text
    assert any(entry.entity == "invitation" for entry in stored(dispatcher, AuditEntry))
    chat("deshacer")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.day == date(2026, 12, 2)


@pytest.mark.parametrize("fix", ["uy me confundí, el almuerzo con los gremios es el viernes, misma hora",
                                 "disculpe, el almuerzo es el viernes 4 a la misma hora"])
def test_an_activity_moves_within_its_week(chat, dispatcher, fix) -> None:
    *_, preview, _ = chat("agenda almuerzo con los gremios el miércoles 2 de diciembre a las 13", "sí", fix, "sí")
    assert "antes:" in preview.text and "viernes 4 de diciembre" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.start_at == datetime(2026, 12, 4, 13, tzinfo=SANTIAGO)
