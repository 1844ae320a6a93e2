"""A note told with «agrégale que …», «súmale: …», «anótele que …» right after an activity, an invitation or a
contact was stored or shown goes to that record (previewed, dated and signed, undone by «deshacer»), as a
complaint's does; it never opens a new complaint."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact, Event, Invitation
from tests.dialogue.talk import stored

RECORDS = [
    ("agenda reunión con la directiva del club de rayuela el miércoles 25 a las 10 en el salón", Event),
    ("invitación de la Cámara de Comercio a su cena anual el viernes 27 a las 21 en el Hotel Costa Real", Invitation),
    ("contacto: Jorge Tapia, director del DAEM, fono 987654321", Contact),
]
NOTES = [("agrégale que hay que llevar el informe de la subvención", "hay que llevar el informe de la subvención"),
         ("Súmele por favor: confirmar asistencia con protocolo", "confirmar asistencia con protocolo"),
         ("anotale q prefiere q lo llamen dsp de las 3", "prefiere que lo llamen")]


@pytest.mark.parametrize(("line", "note"), NOTES)
@pytest.mark.parametrize(("record", "model"), RECORDS)
def test_a_note_goes_to_the_record_in_focus(chat, dispatcher, record: str, model: type, line: str,
                                            note: str) -> None:
    *_, proposed, saved = chat(record, "sí", line, "sí")
    assert "Nota:" in proposed.text and "Nuevo reclamo" not in proposed.text, proposed.text
    [kept] = stored(dispatcher, model)
    assert note in (kept.notes or ""), saved.text
    assert not stored(dispatcher, Complaint)
    chat("deshacer")
    assert note not in (stored(dispatcher, model)[0].notes or "")
