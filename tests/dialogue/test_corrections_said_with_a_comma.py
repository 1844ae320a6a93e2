"""A correction that names its field and then, after a comma, the value («corrige la dirección, es Vicuña Mackenna
450», «cambia el fono, es el 9 8765 4321», «corrija la hora, son las 18:30») reads as with a colon: of the record just
stored it proposes that change, of a proposal waiting it amends that field only."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact, Event
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de doña Rosa Pinto, fono 9 1234 5678: perros sueltos en pasaje Atacama 45"
MEETING = "agenda reunión con la junta de vecinos el jueves a las 10 en la sede"


@pytest.mark.parametrize("fix", ["corrige la dirección, es Vicuña Mackenna 450",
                                 "Corrija la dirección, por favor: es Vicuña Mackenna 450",
                                 "ojo la direccion, es Vicuña Mackenna 450",
                                 "cambie la dirección, Vicuña Mackenna 450"])
def test_the_address_of_a_complaint_just_stored(chat, dispatcher, fix: str) -> None:
    chat(COMPLAINT, "sí")
    [proposal] = chat(fix)
    assert "Vicuña Mackenna 450" in proposal.text and "contacto" not in proposal.text, proposal.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address == "Vicuña Mackenna 450", complaint.address


@pytest.mark.parametrize("fix", ["cambia el fono, es el 9 8765 4321", "corrija el teléfono, es el +56 9 8765 4321",
                                 "cambia el cel, q es 987654321 xfa"])
def test_the_phone_of_a_complaint_just_stored(chat, dispatcher, fix: str) -> None:
    chat(COMPLAINT, "sí")
    [proposal] = chat(fix)
    assert "+56987654321" in proposal.text and "Nuevo contacto" not in proposal.text, proposal.text
    chat("sí")
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.phone == "+56987654321"
    assert not stored(dispatcher, Contact)


@pytest.mark.parametrize("fix", ["corrija la hora, son las 18:30", "corrige la hora, a las 18:30",
                                 "cambia la hora, es a las 18:30 po"])
def test_the_hour_of_an_activity_just_stored(chat, dispatcher, fix: str) -> None:
    chat(MEETING, "sí")
    [proposal] = chat(fix)
    assert "18:30" in proposal.text, proposal.text
    [done] = chat("sí")
    assert "18:30" in done.text, done.text
    assert len(stored(dispatcher, Event)) == 1


@pytest.mark.parametrize(("fix", "said"), [
    ("corrija la hora, son las 18:30", "18:30"),
    ("corrige el título, es reunión con la directiva", "reunión con la directiva"),
    ("cambia el lugar, es el gimnasio", "gimnasio"),
])
def test_a_proposal_waiting_is_amended(chat, fix: str, said: str) -> None:
    chat(MEETING)
    [proposal] = chat(fix)
    assert said in proposal.text and "jueves 26" in proposal.text, proposal.text


@pytest.mark.parametrize("fix", ["cámbiele el cargo, es subjefa de finanzas", "corrige el cargo, subjefa de finanzas"])
def test_a_contact_waiting_gets_the_field_named(chat, fix: str) -> None:
    chat("nuevo contacto: Pamela Soto, jefa de finanzas de la Gobernación, 9 6677 1122")
    [proposal] = chat(fix)
    assert "cargo: subjefa de finanzas" in proposal.text, proposal.text
