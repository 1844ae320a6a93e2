"""A word of the stored record's name taken back and another put in its place («no es X, es Y», «no era X sino
Y»): the record in focus gets its name with the new word, previewed with what it was, audited and undoable; a word
not in its name changes nothing of it. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import AuditEntry, Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("invitación de la Armada a la ceremonia de aniversario el sábado 28 a las 11 en la plaza Sotomayor",
              "sí")


@pytest.mark.parametrize(("line", "title"), [
    ("Corrección: no es ceremonia, es el desfile naval", "desfile naval de aniversario"),
    ("ojo q no era ceremonia, era un desfile", "desfile de aniversario"),
    ("corrija por favor: no es la ceremonia sino la misa", "misa de aniversario"),
    ("oye, no es aniversario, es despedida po", "ceremonia de despedida"),
])
def test_a_word_of_an_invitation_s_title_is_swapped(chat, dispatcher, line: str, title: str) -> None:
    *_, preview, saved = chat(*INVITATION, line, "sí")
    assert f"Título: {title} (antes: ceremonia de aniversario)" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == title, saved.text
    assert any(entry.entity == "invitation" and entry.action == "update" for entry in stored(dispatcher, AuditEntry))
    chat("deshacer")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == "ceremonia de aniversario"


def test_a_word_of_an_activity_s_title_is_swapped(chat, dispatcher) -> None:
    *_, preview, _ = chat("agenda almuerzo con los dirigentes el jueves 26 a las 13 en el casino", "sí",
                          "perdón, no era almuerzo, es una cena", "sí")
    assert "cena con los dirigentes (antes: almuerzo con los dirigentes)" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.title == "cena con los dirigentes"


def test_a_word_not_in_the_title_renames_nothing(chat, dispatcher) -> None:
    *_, reply = chat(*INVITATION, "no es almuerzo, es una cena")
    assert "Título" not in reply.text, reply.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.title == "ceremonia de aniversario"
