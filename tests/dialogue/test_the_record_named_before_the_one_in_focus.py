"""The record a message names wins over the one in focus: «la directora Castillo cambió de cel, el nuevo es …» right
after another contact was stored changes Castillo's phone, not the other's; a detail said with no name («y su celular
nuevo es …») is still the focus's. A list of one candidate («¿Es alguna de estas? 1. …») answered «sí» takes that
one. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Contact, Efemeride
from tests.dialogue.talk import stored

ROJAS = "agrega contacto Marta Rojas, presidenta de la junta de vecinos Villa Los Ríos, fono 9 8765 4321"
SOTO = "agrega tb a Pedro Soto, presidente del Club Deportivo Pampino, cel 9 6677 1020"


@pytest.mark.parametrize(("line", "field", "value"), [
    ("la presidenta Rojas cambio de cel, el nuevo es 9 9012 3344", "phone", "+56990123344"),
    ("Marta Rojas cambió de número; el nuevo es el 9 1111 2222", "phone", "+56911112222"),
    ("oiga la señora Rojas tiene otro correo, el nuevo es marta.rojas@gmail.com", "email", "marta.rojas@gmail.com"),
    ("La presidenta de la junta de vecinos cambió su teléfono. El nuevo es 9 5432 1098", "phone", "+56954321098"),
])
def test_a_contact_named_gets_the_detail_not_the_one_in_focus(chat, dispatcher, line: str, field: str,
                                                                value: str) -> None:
    *_, proposed, _ = chat(ROJAS, "sí", SOTO, "sí", line, "sí")
    assert "Marta Rojas" in proposed.text and "Soto" not in proposed.text, proposed.text
    contacts = {contact.name: contact for contact in stored(dispatcher, Contact)}
    assert getattr(contacts["Marta Rojas"], field) == value
    assert contacts["Pedro Soto"].phone == "+56966771020" and contacts["Pedro Soto"].email is None


def test_a_detail_with_no_name_is_still_the_focus(chat, dispatcher) -> None:
    chat(ROJAS, "sí", SOTO, "sí", "y su celular nuevo es 9 1234 5678", "sí")
    contacts = {contact.name: contact.phone for contact in stored(dispatcher, Contact)}
    assert contacts == {"Marta Rojas": "+56987654321", "Pedro Soto": "+56912345678"}


CAPTAIN = "efeméride cumpleaños del capitán de puerto de Huasco el 14 de diciembre"


@pytest.mark.parametrize(("line", "yes"), [
    ("borra la efeméride del capitán trasladado", "si"),
    ("elimina la efeméride del capitán que se retiró", "sí, esa"),
    ("Por favor, quite la efeméride del capitán jubilado", "Sí, por favor"),
])
def test_yes_to_a_list_of_one_takes_it(chat, dispatcher, line: str, yes: str) -> None:
    *_, listed, proposed, removed = chat(CAPTAIN, "sí", line, yes, "sí")
    assert "1. cumpleaños del capitán" in listed.text, listed.text
    assert "cumpleaños del capitán" in proposed.text and "Elija un número" not in proposed.text, proposed.text
    assert "borrada" in removed.text, removed.text
    assert all("capitán" not in efemeride.title for efemeride in stored(dispatcher, Efemeride))


@pytest.mark.parametrize("line", [
    "mejor bórrala, el capitán se va trasladado",
    "sácala, el capitán se jubiló",
    "Elimínela por favor, al capitán lo trasladaron",
])
def test_a_removal_that_names_one_of_the_list_shown_proposes_it(chat, dispatcher, line: str) -> None:
    *_, proposed, removed = chat(CAPTAIN, "sí", "efemérides de diciembre", line, "sí")
    assert "capitán" in proposed.text and "¿Es alguna" not in proposed.text, proposed.text
    assert "borrada" in removed.text, removed.text
    assert all("capitán" not in efemeride.title for efemeride in stored(dispatcher, Efemeride))
