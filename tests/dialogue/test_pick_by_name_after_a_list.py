"""«el de don Mario» right after a list of several records (complaints of one surname): the listed record its
naming words fit, shown — never a new complaint by «Mario», nor a change of the record in focus."""

from __future__ import annotations

from storage.models import Complaint
from tests.dialogue.talk import stored


def test_a_title_and_first_name_pick_from_the_list(chat, dispatcher) -> None:
    *_, shown = chat("reclamo de doña Rosa Quispe por falta de agua en la población Los Aromos", "sí",
                     "reclamo de don Mario Quispe: vereda rota frente al consultorio de Paipote", "sí",
                     "reclamos de Quispe", "el de la señora Rosa")
    assert "falta de agua" in shown.text and "vereda" not in shown.text, shown.text
    assert shown.pending is None
    assert sorted(c.citizen for c in stored(dispatcher, Complaint)) == ["Mario Quispe", "Rosa Quispe"]
