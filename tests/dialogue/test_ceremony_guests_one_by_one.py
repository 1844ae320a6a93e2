"""A protocol officer builds a ceremony's guest list one message at a time, then tells the answers as news and asks
who is missing. Every guest added and every answer is shown first and stored only after «sí», audited and undoable.
The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest, GuestStatus
from storage.models import AuditEntry, Contact
from tests.dialogue.talk import stored

CEREMONY = "ceremonia de aniversario de la comuna el sábado 28 a las 11 en el Teatro Municipal"
CONTACTS = ("nuevo contacto senador Manuel Pérez, Senado, 9 7111 2233",
            "nuevo contacto diputada Carolina Vidal, Cámara de Diputados, 9 7444 5566",
            "nuevo contacto comandante Patricio Rojas, comandante del regimiento Maipo, 9 7222 1111",
            "nuevo contacto obispo Tomás Reyes, Diócesis de San Felipe, 9 7333 1111")


@pytest.fixture
def ceremony(chat) -> None:
    for contact in CONTACTS:
        chat(contact, "sí")
    chat(CEREMONY, "sí")


def guests(dispatcher) -> dict[str, CeremonyGuest]:
    return {guest.name: guest for guest in stored(dispatcher, CeremonyGuest)}


@pytest.mark.parametrize("told", [
    ("invita también al senador Pérez", "y a la diputada Vidal", "súmale al comandante del regimiento"),
    ("Por favor, invite también al senador Pérez", "Y también a la diputada Vidal",
     "Agréguele también al comandante del regimiento"),
    ("invita tb al senador perez xfa", "y a la diputada vidal", "sumale al comandante del regimiento porfa"),
    ("invitemos también al senador Pérez", "también a la diputada Vidal", "y al comandante del regimiento"),
])
def test_guests_named_one_by_one_join_the_ceremony_in_focus(chat, dispatcher, ceremony, told) -> None:
    for message in told:
        preview, _ = chat(message, "sí")
        assert preview.pending is not None and "Agregar a la lista de invitados" in preview.text, (message,
                                                                                                   preview.text)
    assert set(guests(dispatcher)) == {"Manuel Pérez", "Carolina Vidal", "Patricio Rojas"}


def test_nothing_is_stored_before_yes_and_no_drops_it(chat, dispatcher, ceremony) -> None:
    chat("y a la diputada Vidal")
    assert not stored(dispatcher, CeremonyGuest)
    chat("no")
    assert not stored(dispatcher, CeremonyGuest)


@pytest.mark.parametrize(("message", "name", "post", "institution"), [
    ("invita también a la rectora Marcela Soto de la Universidad de Valparaíso", "Marcela Soto", "rectora",
     "Universidad de Valparaíso"),
    ("Por favor, invite también al pastor Juan Carrasco, de la Iglesia Metodista", "Juan Carrasco", "pastor",
     "Iglesia Metodista"),
    ("y a la directora Ana Contreras del Liceo Bicentenario", "Ana Contreras", "directora", "Liceo Bicentenario"),
])
def test_a_guest_not_on_the_protocol_list_is_proposed_and_added_to_it(chat, dispatcher, ceremony, message: str,
                                                                      name: str, post: str,
                                                                      institution: str) -> None:
    contacts = len(stored(dispatcher, Contact))
    preview, = chat(message)
    assert name in preview.text and "no está en el listado de protocolo" in preview.text, preview.text
    assert preview.pending is not None and "No encontré" not in preview.text and not stored(dispatcher, CeremonyGuest)
    done, = chat("sí")
    assert done.stored and "listado de protocolo" in done.text
    guest = guests(dispatcher)[name]
    assert (guest.post, guest.institution, guest.status) == (post, institution, GuestStatus.INVITED)
    assert len(stored(dispatcher, Contact)) == contacts + 1
    chat("deshacer")
    assert not stored(dispatcher, CeremonyGuest) and len(stored(dispatcher, Contact)) == contacts


@pytest.mark.parametrize(("answer", "name", "status", "representative"), [
    ("el senador Pérez confirmó", "Manuel Pérez", GuestStatus.CONFIRMED, None),
    ("oye el senador pérez confirmo q viene", "Manuel Pérez", GuestStatus.CONFIRMED, None),
    ("la diputada no puede, manda a su jefe de gabinete", "Carolina Vidal", GuestStatus.REPRESENTED,
     "su jefe de gabinete"),
    ("la diputada Vidal no puede", "Carolina Vidal", GuestStatus.DECLINED, None),
    ("el obispo se excusó", "Tomás Reyes", GuestStatus.DECLINED, None),
    ("Le informo que el señor obispo no podrá asistir", "Tomás Reyes", GuestStatus.DECLINED, None),
])
def test_answers_told_as_news_are_previewed_stored_and_audited(chat, dispatcher, ceremony, answer: str, name: str,
                                                               status: GuestStatus,
                                                               representative: str | None) -> None:
    chat("invita también al senador Pérez, a la diputada Vidal y al obispo", "sí")
    preview, = chat(answer)
    assert preview.pending is not None and name in preview.text, preview.text
    assert guests(dispatcher)[name].status == GuestStatus.INVITED
    chat("sí")
    guest = guests(dispatcher)[name]
    assert (guest.status, guest.representative) == (status, representative)
    assert any(entry.entity == "ceremony_guest" and entry.action == "update" for entry in stored(dispatcher,
                                                                                                AuditEntry))


@pytest.mark.parametrize(("asked", "shown", "hidden"), [
    ("¿quién falta por confirmar?", "Carolina Vidal", "Manuel Pérez"),
    ("q invitados faltan por confirmar?", "Carolina Vidal", "Manuel Pérez"),
    ("¿quiénes vienen?", "Manuel Pérez", "Carolina Vidal"),
    ("Dígame quiénes han confirmado para la ceremonia", "Manuel Pérez", "Carolina Vidal"),
])
def test_who_is_missing_and_who_comes(chat, ceremony, asked: str, shown: str, hidden: str) -> None:
    chat("invita también al senador Pérez", "sí", "y a la diputada Vidal", "sí", "el senador Pérez confirmó", "sí")
    reply, = chat(asked)
    assert shown in reply.text and hidden not in reply.text, reply.text


@pytest.mark.parametrize("answer", ["el obispo se excusó", "Le comento que el obispo Reyes no podrá asistir",
                                    "porfa, el obispo no viene"])
def test_an_answer_goes_to_the_one_ceremony_the_guest_is_invited_to(chat, dispatcher, ceremony, answer: str) -> None:
    chat("nueva ceremonia: cuenta pública, el viernes 27 a las 18 en el gimnasio municipal", "sí",
         "invita al obispo a la cuenta pública", "sí", "orden de precedencia del aniversario")
    preview, = chat(answer)
    assert "cuenta pública" in preview.text and "Tomás Reyes" in preview.text, preview.text
    chat("sí")
    assert guests(dispatcher)["Tomás Reyes"].status == GuestStatus.DECLINED


@pytest.mark.parametrize("answer", ["el senador Pérez confirmó", "Confirmó el senador Pérez",
                                    "oiga, el senador Pérez confirma su asistencia"])
def test_someone_on_the_protocol_list_who_answers_before_being_invited_is_proposed_as_a_guest(
        chat, dispatcher, ceremony, answer: str) -> None:
    preview, = chat(answer)
    assert "no estaba entre los invitados" in preview.text and preview.pending is not None, preview.text
    assert not stored(dispatcher, CeremonyGuest)
    chat("sí")
    assert guests(dispatcher)["Manuel Pérez"].status == GuestStatus.CONFIRMED
    chat("deshacer")
    assert not stored(dispatcher, CeremonyGuest)


@pytest.mark.parametrize(("asked", "shown"), [
    ("¿el senador Pérez confirmó?", "Manuel Pérez (senador, Senado) — confirmado"),
    ("oye, el senador perez ya confirmó?", "Manuel Pérez (senador, Senado) — confirmado"),
    ("y la diputada vidal viene?", "Carolina Vidal (diputada, Cámara de Diputados) — invitado, sin respuesta"),
    ("¿Viene la diputada Vidal a la ceremonia?", "Carolina Vidal (diputada, Cámara de Diputados) — invitado, sin "
                                                 "respuesta"),
])
def test_asking_how_a_guest_stands_changes_nothing(chat, dispatcher, ceremony, asked: str, shown: str) -> None:
    chat("invita también al senador Pérez", "sí", "y a la diputada Vidal", "sí", "el senador Pérez confirmó", "sí")
    reply, = chat(asked)
    assert shown in reply.text and reply.pending is None, reply.text
    assert guests(dispatcher)["Carolina Vidal"].status == GuestStatus.INVITED


@pytest.mark.parametrize("answer", [
    "solo invitar",
    "Sí, pero no lo agregue al listado, por favor",
    "invítelo nomás, sin agregarlo",
    "no lo sume a contactos",
    "sí xfa pero q no lo agregue al listado",
    "solo invítalo, no lo sumís a contactos",
])
def test_a_newcomer_may_be_invited_without_joining_the_protocol_list(chat, dispatcher, ceremony, answer: str) -> None:
    contacts = len(stored(dispatcher, Contact))
    chat("invita también a la rectora Marcela Soto de la Universidad de Valparaíso")
    amended, = chat(answer)
    assert amended.pending is not None and not amended.stored, amended.text
    assert "sin agregarlo al listado" in amended.text and "Marcela Soto" in amended.text, amended.text
    assert not stored(dispatcher, CeremonyGuest)
    done, = chat("sí")
    assert done.stored and "listado de protocolo" not in done.text, done.text
    guest = guests(dispatcher)["Marcela Soto"]
    assert (guest.contact_id, guest.post, guest.institution) == (None, "rectora", "Universidad de Valparaíso")
    assert len(stored(dispatcher, Contact)) == contacts
    assert stored(dispatcher, AuditEntry)[-1].entity == "ceremony_guest"
    chat("deshacer")
    assert not stored(dispatcher, CeremonyGuest) and len(stored(dispatcher, Contact)) == contacts


def test_a_plain_no_still_drops_a_newcomer_proposal(chat, dispatcher, ceremony) -> None:
    chat("invita también a la rectora Marcela Soto de la Universidad de Valparaíso")
    dropped, = chat("no")
    assert dropped.pending is None and not stored(dispatcher, CeremonyGuest)
