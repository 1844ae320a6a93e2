"""A correction said without a pause (dictated, typed fast): the old value denied, then the new one opened by the
same copula or the same words («no es a las diez es a las once y media», «no en el auditorio en el gimnasio»). It
changes the waiting proposal, keeps the rest, and is never read as a search or a discard."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("invitación del liceo industrial a la ceremonia de titulación el jueves 3 de diciembre a las 10 "
              "en el auditorio del liceo")
MEETING = "agenda reunión con la directiva de la feria libre el viernes 4 de diciembre a las 9 en la sala de concejo"


@pytest.mark.parametrize(("correction", "shown", "gone"), [
    ("no es a las diez es a las once y media", "jueves 3 de diciembre, 11:30", "10:00"),
    ("no era a las 10 era a las 12 hrs", "jueves 3 de diciembre, 12:00", "10:00"),
    ("no a las diez a las once", "jueves 3 de diciembre, 11:00", "10:00"),
    ("no es en el auditorio es en el gimnasio del liceo", "Lugar: gimnasio del liceo", "auditorio"),
    ("no en el auditorio del liceo en la biblioteca", "Lugar: biblioteca", "auditorio"),
])
def test_an_unpunctuated_denial_then_value_corrects_the_invitation(chat, correction, shown, gone) -> None:
    _, preview = chat(INVITATION, correction)
    assert shown in preview.text and gone not in preview.text, preview.text
    assert "ceremonia de titulación" in preview.text and preview.pending is not None, preview.text
    assert "efeméride" not in preview.text and "Descartado" not in preview.text, preview.text


def test_the_corrected_hour_is_what_is_stored(chat, dispatcher) -> None:
    *_, done = chat(MEETING, "no es a las nueve es a las diez y cuarto", "sí")
    assert "10:15" in done.text, done.text
    [event] = stored(dispatcher, Event)
    assert event.start_at is not None and event.place == "sala de concejo"
    assert not stored(dispatcher, Invitation)


def test_a_day_denied_then_said_again_moves_only_the_day(chat) -> None:
    _, preview = chat(MEETING, "no era el viernes era el lunes 7")
    assert "lunes 7 de diciembre, 09:00" in preview.text and "sala de concejo" in preview.text, preview.text
