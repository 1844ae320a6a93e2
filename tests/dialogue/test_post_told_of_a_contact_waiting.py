"""«es la directora regional del Injuv» while a new contact waits for its «sí»: the post and the institution said
are that contact's, shown again in its preview and stored with it, never a search for other contacts."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored


@pytest.mark.parametrize(("told", "role", "institution"), [
    ("es la directora regional del Injuv", "directora regional del Injuv", "Injuv"),
    ("Ella se desempeña... perdón: ella es la presidenta de la Unión Comunal", "presidenta de la Unión Comunal",
     "Unión Comunal"),
    ("trabaja en la seremi de educación, es jefa de gabinete", "jefa de gabinete", "seremi de educación"),
    ("oye y es la coordinadora regional del Senda", "coordinadora regional del Senda", "Senda"),
])
def test_a_post_told_after_the_name_joins_the_contact(chat, dispatcher, told, role, institution) -> None:
    *_, preview, done = chat("agrega un contacto: Carolina Fuentealba", told, "sí")
    assert "Nuevo contacto" in preview.text and role in preview.text, preview.text
    assert "No encontré" not in preview.text, preview.text
    [contact] = stored(dispatcher, Contact)
    assert (contact.name, contact.role, contact.institution) == ("Carolina Fuentealba", role, institution), done.text


@pytest.mark.parametrize("remark", ["mañana te confirmo el fono", "gracias"])
def test_a_remark_adds_no_post(chat, remark) -> None:
    *_, reply = chat("agrega un contacto: Carolina Fuentealba", remark)
    assert "cargo" not in reply.text and "institución" not in reply.text, reply.text


@pytest.mark.parametrize("other", [
    "la directora del cesfam también tiene que estar invitada",
    "¿y el fono del capitán de puerto?",
    "recuérdame llamar al seremi de salud mañana",
])
def test_a_post_said_of_someone_else_is_not_the_contacts(chat, other) -> None:
    *_, reply = chat("agrega un contacto: Carolina Fuentealba", other)
    assert "cargo:" not in reply.text, reply.text


def test_an_email_told_after_the_name_joins_the_contact(chat, dispatcher) -> None:
    *_, preview, _ = chat("nuevo contacto Carolina Fuentealba", "su mail es cfuentealba@mineduc.cl", "sí")
    assert "cfuentealba@mineduc.cl" in preview.text, preview.text
    [contact] = stored(dispatcher, Contact)
    assert contact.email == "cfuentealba@mineduc.cl"
