"""«borra eso», «uy bórralo», «no espera borra eso» right after a record was stored take that record back, never a
search for the words; a removal of a record still proposed («se cayó, bórrala nomás») discards the proposal."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Event
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de la vecina Rosa Muñoz por microbasural en pasaje Los Aromos 45"
ACTIVITY = "agenda reunión con la directiva del club deportivo el jueves 26 a las 19 en la sede"


@pytest.mark.parametrize("remove", ["no espera borra eso", "uy bórralo", "borra eso", "no, espere, elimínelo",
                                    "pucha no, bórralo", "oye no espera, bórralo por favor"])
@pytest.mark.parametrize("record, model", [(COMPLAINT, Complaint), (ACTIVITY, Event)])
def test_a_removal_right_after_storing_takes_the_record_back(chat, dispatcher, remove, record, model) -> None:
    _, saved = chat(record, "sí")
    assert saved.stored, saved.text
    [removed] = chat(remove)
    if removed.pending is not None:  # a preview of the removal, as for any removal
        [removed] = chat("sí")
    assert "No encontré" not in removed.text and "¿" not in removed.text, removed.text
    left = stored(dispatcher, model)
    assert left == [] or all(getattr(row, "cancelled_at", None) for row in left), removed.text


@pytest.mark.parametrize("drop", ["se cayó la reu con los del club, bórrala nomás", "ya no va, elimínela",
                                  "suspendieron eso, bórralo"])
def test_a_removal_of_the_proposal_discards_it(chat, dispatcher, drop) -> None:
    _, dropped = chat(ACTIVITY, drop)
    assert dropped.pending is None and dropped.text.startswith("Descartado"), dropped.text
    assert stored(dispatcher, Event) == []
