"""A guest taken off a ceremony's guest list («sácala de la lista, no va a poder ir») is that guest excused from the
ceremony in focus, with preview, «sí», an audit row and undo; the protocol contact stays. Only words that name the
contacts («bórralo de los contactos») delete the contact."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from storage.audit import AuditEntry
from storage.ceremonies import GuestStatus
from storage.models import Contact
from tests.ceremonies.test_ceremonies import dispatcher, guests, parser, say, staff

__all__ = ["dispatcher", "parser", "staff"]


def _ceremony_with_guests(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, "ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el Teatro Municipal")
    say(dispatcher, staff, "sí")
    for group in ("los concejales", "las autoridades nacionales", "las autoridades regionales"):
        say(dispatcher, staff, f"invita a {group} al aniversario de la comuna")
        say(dispatcher, staff, "sí")


def _status(dispatcher: Dispatcher, name: str) -> str:
    return next(guest.status for guest in guests(dispatcher) if guest.name == name)


@pytest.mark.parametrize(("shown", "told", "name"), [
    ("¿quiénes están invitados al aniversario?", "saca a la concejala Díaz de la lista, no va a poder ir", "Rosa Díaz"),
    ("invitados del aniversario", "la concejala Mora no va, bórrala de los invitados", "Elena Mora"),
    ("", "quita al seremi de la lista de invitados del aniversario", "Marta Fuentes"),
    ("lista de invitados del aniversario", "el diputado Soto no viene, sácalo", "Pedro Soto"),
])
def test_a_guest_taken_off_the_list_is_excused_and_the_contact_stays(dispatcher: Dispatcher, staff: Actor,
                                                                     shown: str, told: str, name: str) -> None:
    _ceremony_with_guests(dispatcher, staff)
    if shown:
        say(dispatcher, staff, shown)
    preview = say(dispatcher, staff, told)
    assert preview.pending is not None and name in preview.text, preview.text
    assert "contacto" not in preview.text.lower(), preview.text
    assert say(dispatcher, staff, "sí").stored
    assert _status(dispatcher, name) == GuestStatus.DECLINED
    with Session(dispatcher.engine) as session:
        contact = session.exec(select(Contact).where(Contact.name == name)).one()
        assert contact.deleted_at is None
        assert session.exec(select(AuditEntry).where(AuditEntry.entity == "ceremony_guest")).first() is not None
    say(dispatcher, staff, "deshacer")
    assert _status(dispatcher, name) == GuestStatus.INVITED


def test_words_naming_the_contacts_still_delete_the_contact(dispatcher: Dispatcher, staff: Actor) -> None:
    _ceremony_with_guests(dispatcher, staff)
    say(dispatcher, staff, "invitados del aniversario")
    reply = say(dispatcher, staff, "borra el contacto Rosa Díaz")
    say(dispatcher, staff, "sí")
    assert "contacto" in reply.text.lower() and "excusado" not in reply.text, reply.text
    assert _status(dispatcher, "Rosa Díaz") == GuestStatus.INVITED
