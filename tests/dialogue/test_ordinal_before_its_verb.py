"""«el segundo pásalo a obras», «y el primero ciérralo» after a list of complaints: the ordinal counts in that list,
also once one of its items was acted on; «al primero de marzo» is a day, not an item."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

TWO = ("reclamo de la vecina Olga Riquelme por un hoyo en la calzada de calle Freire 310, fono 9 3344 5566",
       "reclamo por microbasural en la esquina de Serrano con Castellón, avisa Pedro Lagos")


@pytest.mark.parametrize("words", ["el segundo pásalo a aseo", "la segunda derívala a aseo"])
def test_an_ordinal_before_its_verb_picks_from_the_list(chat, words: str) -> None:
    chat(TWO[0], "sí", TWO[1], "sí", "reclamos abiertos")
    [proposed] = chat(words)
    assert "R-2026-0001" in proposed.text and "¿Cuál" not in proposed.text, proposed.text


def test_the_list_still_counts_after_one_item_was_changed(chat, dispatcher) -> None:
    chat(TWO[0], "sí", TWO[1], "sí", "reclamos abiertos", "el segundo pásalo a aseo", "sí")
    _, closed = chat("y el primero ciérralo, ya lo limpiaron", "sí")
    assert closed.stored, closed.text
    by_ticket = {complaint.ticket: complaint.status for complaint in stored(dispatcher, Complaint)}
    assert by_ticket["R-2026-0002"] == "resolved" and by_ticket["R-2026-0001"] != "resolved", by_ticket
