"""Several guests in one request, an audience request told with who asks after the verb and then answered from the
list just shown, and a contact given as a name and a phone in passing: through the real parser and dispatcher on
a SQLite file. Sentences written for these tests, in formal, chat and dictated voices."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest
from storage.legal import Audience
from storage.models import Contact
from tests.handlers.talk import live

CONTACTS = ("Nuevo contacto: senadora Ana Ríos Toro, 9 3333 4444", "Nuevo contacto: concejal Jorge Vera Pinto, "
            "9 1111 2222", "Nuevo contacto: obispo Tomás Reyes, 9 5555 6666")
CEREMONY = "Ceremonia de aniversario de la comuna el jueves 10 de diciembre a las 11 en el Teatro Municipal"


@pytest.mark.parametrize("invite", [
    "Invite a la senadora Ríos y al concejal Vera al aniversario de la comuna",
    "invita a la senadora rios, al concejal vera y al obispo al aniversario",
    "invita a la senadora ríos y también al concejal vera y al obispo reyes al aniversario de la comuna",
])
def test_every_guest_named_in_one_request_is_added(chat, invite):
    for line in CONTACTS:
        chat(line, "sí")
    chat(CEREMONY, "sí")
    preview = chat(invite)
    assert "Ríos" in preview.text and "Vera" in preview.text
    chat("sí")
    names = {guest.name for guest in live(chat, CeremonyGuest)}
    wanted = {"Ana Ríos Toro", "Jorge Vera Pinto"} | ({"Tomás Reyes"} if "obispo" in invite else set())
    assert names == wanted


def test_a_guest_not_on_the_protocol_list_is_proposed_with_the_others(chat):
    for line in CONTACTS:
        chat(line, "sí")
    chat(CEREMONY, "sí")
    preview = chat("invita a la senadora Ríos y al diputado Fuenzalida al aniversario")
    assert "Ríos" in preview.text and "Fuenzalida (diputado) — no está en el listado de protocolo" in preview.text
    chat("sí")
    assert [guest.name for guest in live(chat, CeremonyGuest)] == ["Ana Ríos Toro", "Fuenzalida"]


FIRST_REQUEST = "la Inmobiliaria Los Álamos pide audiencia con el alcalde por el plan regulador"


@pytest.mark.parametrize("request_line", [
    "También pidió audiencia la Fundación Ciudad Verde por el proyecto de ciclovías",
    "tb pidio audiencia la fundacion ciudad verde x las ciclovias",
    "solicitó audiencia con el alcalde la Fundación Ciudad Verde para hablar de las ciclovías",
])
def test_who_asks_after_the_verb_is_the_applicant(chat, request_line):
    preview = chat(request_line)
    assert "¿Quién pide" not in preview.text and "ciudad verde" in preview.text.lower()
    chat("sí")
    [audience] = live(chat, Audience)
    assert audience.applicant.lower() == "fundación ciudad verde" or audience.applicant.lower() == \
        "fundacion ciudad verde"


def test_an_ordinal_answers_the_audience_list_just_shown(chat):
    chat(FIRST_REQUEST, "sí", "Pidió audiencia la Fundación Ciudad Verde por las ciclovías", "sí")
    listing = chat("solicitudes de audiencia pendientes")
    assert "Los Álamos" in listing.text and "Ciudad Verde" in listing.text
    preview = chat("rechaza la segunda")
    assert "Ciudad Verde" in preview.text and "Los Álamos" not in preview.text
    chat("sí")
    statuses = {audience.applicant: audience.status for audience in live(chat, Audience)}
    assert statuses == {"Inmobiliaria Los Álamos": "solicitada", "Fundación Ciudad Verde": "rechazada"}


@pytest.mark.parametrize("addition", [
    "y el del delegado provincial Tomás Oyarzún 9 7766 5544",
    "Le dejo también el del delegado provincial, Tomás Oyarzún: +56 9 7766 5544",
    "también el delegado provincial Tomás Oyarzún, su celular es 9 7766 5544 punto",
])
def test_a_name_and_a_phone_after_a_contact_is_another_contact(chat, addition):
    chat("guarda el contacto de la seremi de salud, Dra Paula Andrade, cel 9 4411 2233", "sí")
    preview = chat(addition)
    assert "Oyarzún".lower() in preview.text.lower().replace("oyarzun", "oyarzún")
    chat("sí")
    names = sorted(contact.name for contact in live(chat, Contact))
    assert len(names) == 2 and "oyarz" in names[1].lower()
    found = chat("fono del delegado")
    assert "77665544" in found.text
