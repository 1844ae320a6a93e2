"""A new complaint told while another complaint's preview waits («otro reclamo: …», «también reclamó la vecina …»,
«además reclamó don Luis … por un hoyo») is a new request: proposed on its own, the waiting one set aside visibly and
shown again afterwards, never corrected with the new resident or problem. A detail told with «también» («también su
correo es …») still fills the waiting one. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Complaint
from tests.dialogue.talk import stored

WAITING = "reclamo de la señora Ana Ríos por un perro suelto en la plaza"


@pytest.mark.parametrize(("line", "citizen", "problem"), [
    ("otro reclamo: don Pedro Soto dice que hay ruidos molestos de un taller en Freire 210", "Pedro Soto", "ruidos"),
    ("también reclamó la vecina Marta Leiva por una luminaria apagada en pasaje Los Olmos 45", "Marta Leiva",
     "luminaria"),
    ("la vecina Marta Leiva también reclama por la luminaria apagada de pasaje Los Olmos 45", "Marta Leiva",
     "luminaria"),
    ("ah y tengo otro reclamo, de la señora Marta Leiva: luminaria apagada en pje Los Olmos 45", "Marta Leiva",
     "luminaria"),
    ("además reclamó don Luis Tapia por un hoyo en la calle Maipú 300", "Luis Tapia", "hoyo"),
    ("Asimismo, se recibió un reclamo del vecino Luis Tapia por un hoyo en calle Maipú 300", "Luis Tapia", "hoyo"),
    ("tb reclamó don Luis Tapia, hoyo en calle Maipú 300", "Luis Tapia", "hoyo"),
])
def test_a_new_complaint_sets_the_waiting_one_aside(chat, dispatcher, line: str, citizen: str, problem: str) -> None:
    _, proposed, saved, resumed_saved = chat(WAITING, line, "sí", "sí")
    assert "Nuevo reclamo" in proposed.text and problem in proposed.text and "perro" in proposed.text, proposed.text
    assert "perro suelto" in saved.text, saved.text  # the one set aside is shown again, waiting
    complaints = {complaint.citizen: complaint for complaint in stored(dispatcher, Complaint)}
    assert set(complaints) == {citizen, "Ana Ríos"}, resumed_saved.text
    assert problem in complaints[citizen].description
    assert complaints["Ana Ríos"].description == "perro suelto en la plaza" and not complaints["Ana Ríos"].address


@pytest.mark.parametrize(("line", "slot", "value"), [
    ("también su correo es arios@gmail.com", "email", "arios@gmail.com"),
    ("y también vive en pasaje Los Olmos 45", "address", "pasaje Los Olmos 45"),
    ("además su fono es 9 8765 4321", "phone", "+56987654321"),
])
def test_a_detail_said_with_also_fills_the_waiting_one(chat, dispatcher, line: str, slot: str, value: str) -> None:
    _, amended, saved = chat(WAITING, line, "sí")
    [complaint] = stored(dispatcher, Complaint)
    assert getattr(complaint, slot) == value and complaint.citizen == "Ana Ríos", (amended.text, saved.text)
