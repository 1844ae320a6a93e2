"""«deshaga el cambio de departamento del reclamo 1», «revierte lo de la hora del ensayo»: naming the detail a change
moved takes back the latest change of that record that moved it, only that detail, even after later changes."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Event
from tests.dialogue.talk import stored


@pytest.mark.parametrize("words", ["deshaga el cambio de departamento del reclamo 1",
                                   "oye deshaz lo del depto del reclamo de la Marta xfa",
                                   "reviertan el cambio de departamento del reclamo del bache",
                                   "devolvé el departamento del reclamo 1 como estaba"])
def test_the_department_change_of_a_complaint_is_taken_back(chat, dispatcher, words: str) -> None:
    chat("reclamo de la vecina Marta Soto por un bache en calle Prat", "sí", "derívalo a secplan", "sí",
         "agenda visita a la escuela Arturo Prat el viernes 27 a las 9", "sí")
    [undone] = chat(words)
    assert undone.stored and undone.text.startswith("Deshecho"), undone.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department != "secplan", complaint.department
    assert any("Prat" in event.title for event in stored(dispatcher, Event)), "the later activity stays"


@pytest.mark.parametrize("words", ["deshaz lo de la hora del ensayo de la banda",
                                   "revierta el cambio de hora del ensayo por favor",
                                   "deja la hora del ensayo como estaba"])
def test_only_the_named_detail_comes_back(chat, dispatcher, words: str) -> None:
    chat("agéndame ensayo de la banda municipal el jueves 26 a las 18 en el gimnasio", "sí",
         "el ensayo de la banda se corre a las 19:30", "sí",
         "el ensayo de la banda es en el teatro municipal", "sí")
    [undone] = chat(words)
    assert undone.stored and undone.text.startswith("Deshecho"), undone.text
    [event] = stored(dispatcher, Event)
    assert event.start_at is not None and event.start_at.hour in (18, 21), event.start_at  # 18:00 local
    assert "teatro" in (event.place or "").lower(), "the later change of place stays"


def test_a_detail_never_changed_is_not_undone(chat) -> None:
    chat("reclamo de la vecina Marta Soto por un bache en calle Prat", "sí")
    [reply] = chat("deshaga el cambio de departamento del reclamo 1")
    assert not reply.text.startswith("Deshecho") and "No encuentro" in reply.text, reply.text


@pytest.mark.parametrize("words", ["revierte el cambio de lugar de la invitación de bomberos",
                                   "Deshaga, por favor, el cambio de lugar de la invitación de Bomberos."])
def test_the_place_change_of_an_invitation_is_taken_back(chat, dispatcher, words: str) -> None:
    chat("llegó invitación de bomberos al aniversario de la 1ra compañía el sábado 28 a las 19 en el cuartel", "sí",
         "cambia el lugar de la invitación de bomberos al teatro municipal", "sí",
         "agenda reunión con el seremi de salud el jueves 26 a las 10", "sí")
    [undone] = chat(words)
    assert undone.stored and "cuartel" in undone.text, undone.text


@pytest.mark.parametrize("words", ["deshaga el cambio de departamento del reclamo 1",
                                   "oye deshaz lo del depto del reclamo 1 xfa",
                                   "devolvé el departamento del reclamo de la Marta como estaba"])
def test_the_undone_complaint_reads_as_it_is_again(chat, words: str) -> None:
    chat("reclamo de la vecina Marta Soto por un bache en calle Prat", "sí", "derívalo a secplan", "sí")
    [undone] = chat(words)
    assert undone.text.startswith("Deshecho") and "Queda" in undone.text, undone.text
    assert "Operaciones" in undone.text.partition("Queda")[2] and "SECPLAN" not in undone.text.upper(), undone.text
