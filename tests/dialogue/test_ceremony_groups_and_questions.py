"""Guests named by a post in the plural, by a word for several posts or by a post of several words, and a question
that opens with the verb of an answer. The clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.ceremonies import CeremonyGuest, GuestStatus
from tests.dialogue.talk import stored

CONTACTS = ("nuevo contacto diputada Paula Olmos, Cámara de Diputados, 9 7444 5566",
            "nuevo contacto diputado Jorge Soto, Cámara de Diputados, 9 7444 5567",
            "nuevo contacto senador Manuel Pérez, Senado, 9 7111 2233",
            "nuevo contacto Pedro Alarcón, Gobernador Regional de Atacama, 9 7111 2299")
CEREMONIES = ("ceremonia de aniversario del liceo el sábado 28 a las 11 en el liceo",
              "nueva ceremonia: inauguración del parque el viernes 27 a las 18 en el parque")


@pytest.fixture
def ceremonies(chat) -> None:
    for message in CONTACTS + CEREMONIES:
        chat(message, "sí")


def invited(dispatcher) -> dict[str, CeremonyGuest]:
    return {guest.name: guest for guest in stored(dispatcher, CeremonyGuest)}


@pytest.mark.parametrize(("message", "names"), [
    ("invita a los diputados al aniversario del liceo", {"Paula Olmos", "Jorge Soto"}),
    ("Por favor, invite a los señores diputados al aniversario del liceo", {"Paula Olmos", "Jorge Soto"}),
    ("invita a los parlamentarios al aniversario del liceo xfa", {"Paula Olmos", "Jorge Soto", "Manuel Pérez"}),
    ("invitá a los legisladores al aniversario del liceo", {"Paula Olmos", "Jorge Soto", "Manuel Pérez"}),
    ("invita a las diputadas al aniversario del liceo", {"Paula Olmos"}),
])
def test_a_post_in_the_plural_or_a_group_word_invites_everyone_who_holds_it(chat, dispatcher, ceremonies,
                                                                            message: str, names: set[str]) -> None:
    preview, = chat(message)
    assert preview.pending is not None and all(name in preview.text for name in names), preview.text
    assert not stored(dispatcher, CeremonyGuest)
    chat("sí")
    assert set(invited(dispatcher)) == names


@pytest.mark.parametrize(("message", "name"), [
    ("Invite al gobernador regional a la inauguración del parque", "Pedro Alarcón"),
    ("invita al gobernador regional a la inauguracion del parque porfa", "Pedro Alarcón"),
    ("Agregue al señor gobernador regional a la inauguración del parque", "Pedro Alarcón"),
    ("invita al diputado a la inauguración del parque", "Jorge Soto"),
    ("invita a la diputada a la inauguración del parque", "Paula Olmos"),
])
def test_a_post_in_the_singular_finds_its_holder(chat, dispatcher, ceremonies, message: str, name: str) -> None:
    preview, = chat(message)
    assert preview.pending is not None and name in preview.text and "No encontré" not in preview.text, preview.text
    chat("sí")
    assert set(invited(dispatcher)) == {name}
    chat("deshacer")
    assert not stored(dispatcher, CeremonyGuest)


@pytest.mark.parametrize("asked", ["¿Confirmó el senador Pérez?", "confirmó el senador perez?",
                                   "¿Confirma el senador Pérez?", "¿Confirmó ya el senador Pérez?"])
def test_a_question_opening_with_the_verb_shows_how_the_guest_stands(chat, dispatcher, ceremonies,
                                                                    asked: str) -> None:
    chat("invita al senador Pérez al aniversario del liceo", "sí")
    reply, = chat(asked)
    assert "Manuel Pérez (senador, Senado) — invitado, sin respuesta" in reply.text, reply.text
    assert reply.pending is None and invited(dispatcher)["Manuel Pérez"].status == GuestStatus.INVITED


@pytest.mark.parametrize(("answer", "guest", "representative"), [
    ("La diputada Paula Olmos envía a su jefe de gabinete, don Tomás Rojas, en su representación al aniversario",
     "Paula Olmos", "Tomás Rojas, jefe de gabinete"),
    ("la diputada no puede, manda a su jefe de gabinete Tomás Rojas", "Paula Olmos", "Tomás Rojas, jefe de gabinete"),
    ("la diputada olmos manda a su jefe de gabinete, don tomas rojas", "Paula Olmos", "tomas rojas, jefe de gabinete"),
    ("el senador Pérez envía en su representación a su asesor, Juan Soto", "Manuel Pérez", "Juan Soto, asesor"),
])
def test_a_representative_told_by_post_and_name_is_stored_by_name(chat, dispatcher, ceremonies, answer: str,
                                                                  guest: str, representative: str) -> None:
    chat("invita a la diputada Olmos y al senador Pérez al aniversario del liceo", "sí")
    preview, = chat(answer)
    assert preview.pending is not None and representative in preview.text, preview.text
    chat("sí")
    stored_guest = invited(dispatcher)[guest]
    assert (stored_guest.status, stored_guest.representative) == (GuestStatus.REPRESENTED, representative)


@pytest.mark.parametrize(("contact", "told", "name"), [
    ("nuevo contacto Luis Pizarro, presidente de la Unión Comunal, 9 7111 2200", "Ahora invítelo al izamiento",
     "Luis Pizarro"),
    ("nuevo contacto Rosa Vial, jefa de gabinete de la Gobernación, 9 8765 4321", "invítala a la ceremonia de "
                                                                                   "izamiento", "Rosa Vial"),
    ("nuevo contacto Luis Pizarro, presidente de la Unión Comunal, 9 7111 2200", "invitalo al izamiento xfa",
     "Luis Pizarro"),
    ("nuevo contacto Rosa Vial, jefa de gabinete de la Gobernación, 9 8765 4321", "Por favor, invítela también al "
                                                                                   "izamiento de la bandera",
     "Rosa Vial"),
])
def test_a_pronoun_on_the_verb_invites_the_contact_just_added(chat, dispatcher, contact: str, told: str,
                                                              name: str) -> None:
    chat("ceremonia de izamiento de la bandera el sábado 28 a las 9 en la plaza", "sí", contact, "sí")
    preview, = chat(told)
    assert preview.pending is not None and "Agregar a la lista de invitados" in preview.text, preview.text
    assert name in preview.text and "izamiento" in preview.text and not stored(dispatcher, CeremonyGuest)
    chat("sí")
    assert set(invited(dispatcher)) == {name}
    chat("deshacer")
    assert not stored(dispatcher, CeremonyGuest)
