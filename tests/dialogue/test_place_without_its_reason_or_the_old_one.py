"""A new place said with why it changes («… porque están arreglando la posta», «… debido a la lluvia», «… por el mal
tiempo») or with the old place it replaces («… no en Las Tablas», «… y no en la plaza», «… en vez del liceo») keeps
only the new place: in a change of a stored record, in a new record and in a correction while a proposal waits. The
clock is Monday 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

VISIT = "agenda visita a la posta de San Félix el miércoles 25 a las 10 en la posta de San Félix"
INVITATION = ("llegó invitación de la Compañía Minera para la inauguración de la planta desaladora el jueves 26 a "
              "las 11 en el sector Las Tablas")


@pytest.mark.parametrize(("line", "place"), [
    ("la visita a la posta ahora va a ser en la sede vecinal de San Félix ya que están pintando la posta",
     "sede vecinal de San Félix"),
    ("oiga, la visita a la posta se hará en el gimnasio municipal debido a los arreglos", "gimnasio municipal"),
    ("la visita a la posta al final es en la escuela de San Félix y no en la posta", "escuela de San Félix"),
    ("la visita a la posta ahora sera en la capilla x el mal tiempo", "capilla"),
])
def test_a_stored_activity_moved_keeps_only_its_new_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, _ = chat(VISIT, "sí", line, "sí")
    assert "Cambiar la actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place


@pytest.mark.parametrize(("line", "place"), [
    ("me avisan de la minera que la inauguración de la desaladora ahora va a ser en el Puerto Las Losas no en "
     "Las Tablas", "Puerto Las Losas"),
    ("la inauguración de la desaladora ahora es en el muelle fiscal en vez del sector Las Tablas", "muelle fiscal"),
    ("la inauguración de la desaladora va a ser en el Puerto Las Losas porque el camino está cortado",
     "Puerto Las Losas"),
])
def test_a_stored_invitation_moved_keeps_only_its_new_place(chat, dispatcher, line: str, place: str) -> None:
    chat(INVITATION, "sí", line, "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == place


@pytest.mark.parametrize(("line", "place"), [
    ("agenda reunión con los dirigentes el jueves 26 a las 10 en el gimnasio por el mal tiempo", "gimnasio"),
    ("agendame una reu con los dirigentes el jueves 26 a las 10 en la sede vecinal y no en la plaza",
     "sede vecinal"),
])
def test_a_new_activity_keeps_only_its_place(chat, dispatcher, line: str, place: str) -> None:
    chat(line, "sí")
    [event] = stored(dispatcher, Event)
    assert event.place == place


@pytest.mark.parametrize(("line", "place"), [
    ("no, mejor en el gimnasio y no en la plaza", "gimnasio"),
    ("no, en el liceo debido a la lluvia", "liceo"),
    ("no, q sea en la sede vecinal x la lluvia", "sede vecinal"),
    ("Disculpe, será en el salón de honor en vez de la plaza", "salón de honor"),
])
def test_a_place_corrected_while_waiting_keeps_only_the_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, _ = chat("agenda reunión con los dirigentes el jueves 26 a las 10 en la plaza", line, "sí")
    [event] = stored(dispatcher, Event)
    assert event.place == place, preview.text


@pytest.mark.parametrize(("line", "place"), [
    ("la reunión con los dirigentes quedó en el gimnasio por la lluvia", "gimnasio"),
    ("la reu con los dirigentes pasó al salón de honor y no en la plaza", "salón de honor"),
    ("la reunión con los dirigentes se cambió a la sede vecinal, debido al temporal", "sede vecinal"),
])
def test_a_place_reported_with_its_reason_changes_the_record_named(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, _ = chat("agenda reunión con los dirigentes el jueves 26 a las 10 en la plaza", "sí", line, "sí")
    assert "Cambiar la actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place


@pytest.mark.parametrize(("line", "place"), [
    ("la visita a la posta cambió de lugar, el nuevo es el cuartel de bomberos", "cuartel de bomberos"),
    ("a la visita a la posta le cambiaron el lugar, el nuevo es la sede vecinal", "sede vecinal"),
    ("la visita a la posta cambió de lugar: la nueva es la escuela, porque la posta está en obras", "escuela"),
])
def test_a_new_place_said_as_the_new_one_is_only_the_place(chat, dispatcher, line: str, place: str) -> None:
    *_, preview, _ = chat(VISIT, "sí", line, "sí")
    assert "Cambiar la actividad N° 1" in preview.text, preview.text
    [event] = stored(dispatcher, Event)
    assert event.place == place
