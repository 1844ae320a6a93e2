"""A second invitation told by whose it is, its noun left out after a first one («Registre también la del
Comandante de la Guarnición, Coronel Ramírez, al almuerzo de camaradería …»): an invitation, never an activity put
straight on the agenda; and an answer that names an activity («rechace la del almuerzo») answers the invitation
whose title holds it, never the other one, and asks when none does."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.handlers.talk import live

FIRST = ("Estimada, por favor registre la invitación de la Prefectura de Carabineros a la ceremonia de cambio de "
         "mando el martes 24 a las 11:00 horas en la Plaza Colón.")


@pytest.mark.parametrize("second", [
    "Registre también la del Comandante de la Guarnición, Coronel Ramírez, al almuerzo de camaradería del jueves 26 "
    "a las 13:30 en el Casino de Oficiales.",
    "anota tb la del club de leones al almuerzo de camaradería el jueves 26 a las 13:30 xfa",
    "agregá también la de la Cámara de Comercio, es un almuerzo de camaradería el jueves 26 a las 13:30",
    "ya eh guarda también la del coronel Ramírez coma almuerzo de camaradería el jueves 26 a las 13 y media",
])
def test_the_second_one_named_by_whose_it_is_is_an_invitation(chat, second):
    chat(FIRST, "sí")
    preview = chat(second)
    assert "Registrar invitación" in preview.text and "almuerzo" in preview.text.lower()
    chat("sí")
    assert len(live(chat, Invitation)) == 2 and live(chat, Event) == []


@pytest.mark.parametrize("answer", [
    "Rechace la del almuerzo, el alcalde tiene concejo.",
    "rechaza la del almuerzo q tenemos concejo",
    "declíname el almuerzo de camaradería porfa",
])
def test_the_answer_goes_to_the_invitation_whose_title_it_names(chat, answer):
    chat(FIRST, "sí", "Registre también la del Comandante de la Guarnición al almuerzo de camaradería del jueves 26 "
                      "a las 13:30.", "sí", "¿Qué invitaciones hay pendientes?")
    preview = chat(answer)
    assert "almuerzo" in preview.text.lower() and "cambio de mando" not in preview.text


def test_an_activity_no_invitation_holds_is_asked_about(chat):
    chat(FIRST, "sí")
    reply = chat("Rechace la del almuerzo, el alcalde tiene concejo.")
    assert "No encontré" in reply.text
    chat("sí")
    assert [i.status for i in live(chat, Invitation)] == ["pending"]
