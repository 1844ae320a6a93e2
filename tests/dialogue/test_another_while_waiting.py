"""«tb llegó otra: …» while a proposal waits: the new one is proposed, and the one waiting is set aside, said, and
shown again once the new one is answered; nothing is lost or stored without its own «sí»."""

from __future__ import annotations

import pytest

from storage.models import Invitation
from tests.dialogue.talk import stored

FIRST = ("Llegó invitación de la Junta de Vecinos Villa Esperanza a la inauguración de la sede el martes 24 "
         "a las 10 en el gimnasio municipal")


@pytest.mark.parametrize("another", [
    "tb llegó otra invitación, del Rotary Club a la cena aniversario el sábado 28 a las 20",
    "y otra invitación más: el Rotary Club invita a la cena aniversario el sábado 28 a las 20",
    "Llegó otra, del Rotary Club, a la cena aniversario del sábado 28 a las 20 hrs.",
    "tmb otra: cena aniversario del Rotary Club el sábado 28 a las 20",
])
def test_another_one_while_the_first_waits_is_proposed_and_the_first_comes_back(chat, dispatcher, another) -> None:
    _, second, back, saved = chat(FIRST, another, "sí", "sí")
    assert "en espera" in second.text and "inauguración de la sede" in second.text, second.text
    assert "cena aniversario" in second.text and "sábado 28 de noviembre, 20:00" in second.text, second.text
    assert "martes 24" not in second.text.partition("\n\n")[2], second.text
    assert "Quedó esperando" in back.text and "gimnasio municipal" in back.text and back.pending, back.text
    assert saved.stored, saved.text
    titles = sorted(invitation.title for invitation in stored(dispatcher, Invitation))
    assert len(titles) == 2 and titles[0].startswith("cena aniversario"), titles
    assert titles[1] == "inauguración de la sede", titles


def test_a_no_to_the_new_one_brings_back_the_first(chat, dispatcher) -> None:
    *_, refused, saved = chat(FIRST, "tb llegó otra, del Rotary a la cena el sábado 28 a las 20", "no", "sí")
    assert refused.text.startswith("Descartado") and "Quedó esperando" in refused.text, refused.text
    assert saved.stored and [invitation.title for invitation in stored(dispatcher, Invitation)] == [
        "inauguración de la sede"]


def test_cancel_drops_both_and_says_so(chat, dispatcher) -> None:
    *_, cancelled, after = chat(FIRST, "tb llegó otra, del Rotary a la cena el sábado 28 a las 20", "cancelar", "sí")
    assert cancelled.text.startswith("Cancelado") and "inauguración de la sede" in cancelled.text, cancelled.text
    assert cancelled.pending is None and after.pending is None
    assert stored(dispatcher, Invitation) == []


@pytest.mark.parametrize("another", ["tb llegó otra invitación, del Rotary Club a la cena el sábado 28 a las 20",
                                     "y otra invitación: el Rotary Club invita a la cena el sábado 28 a las 20"])
def test_another_named_by_its_noun_is_of_that_kind_whatever_was_stored_before(chat, another) -> None:
    *_, proposed = chat("reclamo de la sra Juana Pizarro por basura en el pasaje Los Aromos 1520", "sí", another)
    assert proposed.text.startswith("Registrar invitación"), proposed.text
    assert "Rotary" in proposed.text and "sábado 28 de noviembre, 20:00" in proposed.text, proposed.text


@pytest.mark.parametrize("answer", ["Sí, guarde las dos, por favor.", "ya, guárdalas", "sí, ambas"])
def test_a_yes_said_of_both_stores_the_one_set_aside_too(chat, dispatcher, answer: str) -> None:
    *_, saved, after = chat(FIRST, "tb llegó otra, del Rotary a la cena el sábado 28 a las 20", answer,
                            "qué invitaciones tenemos pendientes")
    assert saved.pending is None and "Quedó esperando" not in saved.text, saved.text
    assert "cena" in saved.text and "inauguración de la sede" in saved.text, saved.text
    assert len(stored(dispatcher, Invitation)) == 2
    assert "(2)" in after.text and "Sigue pendiente" not in after.text, after.text


def test_a_plain_yes_still_stores_only_the_one_shown(chat, dispatcher) -> None:
    *_, saved = chat(FIRST, "tb llegó otra, del Rotary a la cena el sábado 28 a las 20", "sí, guárdala")
    assert "Quedó esperando" in saved.text and saved.pending, saved.text
    assert len(stored(dispatcher, Invitation)) == 1


@pytest.mark.parametrize("another", [
    "Antes de guardarla: también llegó una de la Cámara de Comercio para un desayuno el sábado 28 a las 8:30 en el "
    "Hotel Gavina",
    "espera, tb llegó una del Rotary Club a la cena el sábado 28 a las 20",
])
def test_one_more_told_after_an_opening_clause_is_another_not_a_correction(chat, dispatcher, another) -> None:
    _, second, back = chat(FIRST, another, "sí")
    assert "en espera" in second.text and "sábado 28 de noviembre" in second.text, second.text
    assert "Registrar invitación" in second.text and ("Cámara" in second.text or "Rotary" in second.text)
    assert "Quedó esperando" in back.text and "martes 24" in back.text, back.text
