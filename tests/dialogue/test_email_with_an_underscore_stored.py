"""An e-mail with an underscore, said aloud or typed, is stored with its «_» (never as the words after it), whether
it comes in the request or as a detail of a waiting proposal."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("request_", "email"), [
    ("Sírvase registrar el contacto de don Mario Cárdenas, correo mario guion bajo cardenas arroba muni punto cl",
     "mario_cardenas@muni.cl"),
    ("guardá a la Paty Muñoz, su mail es paty underscore munoz arroba gmail punto com", "paty_munoz@gmail.com"),
    ("agrega contacto Pedro Soto pedro_soto@muni.cl", "pedro_soto@muni.cl"),
])
def test_an_email_with_an_underscore_is_stored_with_the_contact(chat, dispatcher, request_, email) -> None:
    shown, saved = chat(request_, "si")
    assert email in shown.text, shown.text
    assert saved.stored, saved.text
    [contact] = stored(dispatcher, Contact)
    assert contact.email == email


def test_an_email_with_an_underscore_joins_the_waiting_complaint(chat, dispatcher) -> None:
    _, changed, saved = chat("reclamo de la vecina Rosa Díaz por perros sueltos en la plaza",
                             "su correo es rosa guión bajo diaz arroba gmail punto com", "sí")
    assert "rosa_diaz@gmail.com" in changed.text, changed.text
    assert saved.stored, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.email == "rosa_diaz@gmail.com"
