"""Several values told in one message, joined by «y» instead of commas, while a proposal waits or right after a
contact was stored: «su fono 9 8123 4567 y ojo que es Baquedano 430 no 340», «el teléfono es … y el cargo es …».
Every value said is applied; a house number said again with its street (or alone) renumbers the address held."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Contact
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de la vecina Rosa Catrilaf por perros sueltos que muerden en calle Baquedano 340"
CONTACT = ("Nuevo contacto: Sra. Verónica Cáceres, Seremi de Desarrollo Social, teléfono 9 6655 4433, "
           "correo vcaceres@desarrollosocial.gob.cl")


@pytest.mark.parametrize("correction", [
    "su fono 9 8123 4567 y ojo q es baquedano 430 no 340",
    "ah y su celular es el 9 8123 4567 y el número es 430, no 340",
    "perdón, su cel es 9 8123 4567 y la dirección es calle Baquedano 430",
    "Disculpe: el teléfono de la vecina es 9 8123 4567 y es Baquedano 430, no 340.",
])
def test_the_phone_and_the_address_of_a_complaint_both_change(chat, dispatcher, correction) -> None:
    _, preview, saved = chat(COMPLAINT, correction, "ya dale")
    assert "+56981234567" in preview.text and "Baquedano 430" in preview.text, preview.text
    assert "340" not in preview.text, preview.text
    assert saved.stored, saved.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.address.endswith("Baquedano 430") and "430" in complaint.description


@pytest.mark.parametrize("correction", [
    "perdon, es pasaje los cipreses 243 y el fono es 9 8123 4567",
    "noo la direccion es pje los cipreses 243 y su fono 9 8123 4567",
])
def test_an_address_then_a_phone_joined_by_y(chat, correction) -> None:
    _, preview = chat("reclamo sra Marta Vidal, luminarias apagadas en pasaje los copihues 234, fono 9 4433 2211",
                      correction)
    assert "cipreses 243" in preview.text and "+56981234567" in preview.text, preview.text
    assert "copihues" not in preview.text, preview.text


@pytest.mark.parametrize(("correction", "role"), [
    ("Disculpe, el teléfono correcto es 9 5544 3322 y el cargo es Seremi de Desarrollo Social y Familia",
     "Seremi de Desarrollo Social y Familia"),
    ("el fono bueno es 9 5544 3322 y su cargo ahora es jefa de gabinete", "jefa de gabinete"),
    ("cambió el cel a 9 5544 3322 y el puesto es subdirectora regional", "subdirectora regional"),
])
def test_a_contacts_phone_and_role_both_change_while_proposed(chat, dispatcher, correction, role) -> None:
    _, preview, saved = chat(CONTACT, correction, "sí")
    assert "+56955443322" in preview.text and f"cargo: {role}" in preview.text, preview.text
    assert saved.stored, saved.text
    [contact] = stored(dispatcher, Contact)
    assert contact.role == role


@pytest.mark.parametrize(("correction", "role"), [
    ("cambió el cel a 9 5544 3322 y el puesto es subdirectora regional", "subdirectora regional"),
    ("ojo, su fono nuevo es 9 5544 3322 y el cargo es jefa de gabinete", "jefa de gabinete"),
])
def test_a_contacts_phone_and_role_both_change_right_after_storing(chat, dispatcher, correction, role) -> None:
    *_, preview, saved = chat(CONTACT, "sí", correction, "sí")
    assert "+56955443322" in preview.text and role in preview.text, preview.text
    assert saved.stored, saved.text
    [contact] = stored(dispatcher, Contact)
    assert contact.role == role and contact.phone == "+56955443322"
