"""An audience request told, then its registering asked as a question («me la registrái?», «¿me puede ingresar la
audiencia que pidió …?», «¿la anotas?»): a request to register, previewed with its answer due date in working days,
not a search for the applicant's audiences; the acceptance that follows acts on that request."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from tests.dialogue.talk import stored

ASKED = [
    ("oye la Viña Los Boldos pidió audiencia con el alcalde por la patente de alcoholes, me la registrái?",
     "Viña Los Boldos"),
    ("¿Me puede ingresar la audiencia que solicitó la Asociación de Feriantes por el traslado de la feria?",
     "Asociación de Feriantes"),
    ("la Cooperativa Agrícola El Sauce pidió reunión por lobby x el canal de regadío, ¿la anotas?",
     "Cooperativa Agrícola El Sauce"),
    ("la Junta de Vecinos Villa Esperanza solicita audiencia con la alcaldesa sobre la plaza, la puedes registrar "
     "por fa?", "Junta de Vecinos Villa Esperanza"),
]


@pytest.mark.parametrize(("said", "applicant"), ASKED)
def test_registering_asked_as_a_question_previews_a_new_request(chat, dispatcher, said, applicant) -> None:
    preview, done = chat(said, "sí")
    assert "Nueva solicitud de audiencia" in preview.text and applicant in preview.text, preview.text
    assert "días hábiles" in preview.text and "jueves 26 de noviembre" in preview.text, preview.text
    assert [a.applicant for a in stored(dispatcher, Audience)] == [applicant], done.text


@pytest.mark.parametrize("answer", ["acéptala pal miércoles a las 12 en la alcaldía",
                                    "Acéptela para el miércoles a las 12 en el despacho."])
def test_the_acceptance_after_it_acts_on_that_request(chat, dispatcher, answer) -> None:
    chat(ASKED[0][0], "dale")
    preview, _ = chat(answer, "sí")
    assert "Viña Los Boldos" in preview.text and "12:00" in preview.text, preview.text
    assert stored(dispatcher, Audience)[0].status == "aceptada"


def test_a_question_about_an_applicant_still_searches(chat) -> None:
    chat(ASKED[0][0], "sí")
    (listed,) = chat("¿qué audiencias ha pedido la Viña Los Boldos?")
    assert "Nueva solicitud" not in listed.text and "Viña Los Boldos" in listed.text, listed.text
