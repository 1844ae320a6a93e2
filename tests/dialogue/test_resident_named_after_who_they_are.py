"""A resident's name told after a relative clause that says who they are («el vecino q reclama es Mario Espinoza»,
«la señora que hizo el reclamo se llama …») is the name, the clause only frames it: while the complaint's preview
waits and right after it was stored. The clock is Monday 23 November 2026."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "reclamo x semaforo apagado en Av 18 de Septiembre con Bolivar"
TOLD = [
    ("el vecino q reclama es Mario Espinoza, cel 9 3322 1144", "Mario Espinoza", "+56933221144"),
    ("La señora que hizo el reclamo se llama Rosa Tapia Vega", "Rosa Tapia Vega", None),
    ("ah y el caballero q llamó es don Luis Araya, fono 9 1111 2222", "Luis Araya", "+56911112222"),
    ("la vecina que puso el reclamo es la sra. Carmen Rojas", "Carmen Rojas", None),
]


@pytest.mark.parametrize(("line", "name", "phone"), TOLD)
def test_the_name_after_who_they_are_fills_the_waiting_complaint(chat, dispatcher, line: str, name: str,
                                                                 phone: str | None) -> None:
    _, shown, _ = chat(COMPLAINT, line, "sí")
    assert f"Vecino/a: {name}" in shown.text, shown.text
    [complaint] = stored(dispatcher, Complaint)
    assert (complaint.citizen, complaint.phone) == (name, phone)
    assert not stored(dispatcher, Contact)


@pytest.mark.parametrize(("line", "name", "phone"), TOLD[:2])
def test_the_name_after_who_they_are_goes_on_the_complaint_just_stored(chat, dispatcher, line: str, name: str,
                                                                       phone: str | None) -> None:
    chat(COMPLAINT, "sí", line, "sí")
    [complaint] = stored(dispatcher, Complaint)
    assert (complaint.citizen, complaint.phone) == (name, phone)
