"""An audience asked by an acronym or a brand in capitals («SQM», «CODELCO»), or by a name with a company's legal form
(«S.A.», «SpA», «E.I.R.L.»), is registered as a legal person; a person's name, even typed in capitals, is not."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from tests.dialogue.talk import stored

COMPANIES = [
    "SQM pide audiencia con el alcalde pa presentar el proyecto de la planta desaladora",
    "Buenas tardes, CODELCO solicita una reunión con la alcaldesa por el plan de cierre del tranque",
    "oiga ENAP quiere audiencia de lobby para ver lo del terminal de combustibles",
    "Aguas del Desierto S.A. solicita audiencia con el señor alcalde por los cortes del sector alto",
    "la empresa Transportes Pampa E.I.R.L. pide reunión con el alcalde por los paraderos",
]


@pytest.mark.parametrize("request_text", COMPANIES)
def test_an_acronym_or_a_legal_form_asks_as_a_legal_person(chat, dispatcher, request_text) -> None:
    preview, done = chat(request_text, "sí")
    assert "(persona jurídica)" in preview.text and done.stored, preview.text
    [audience] = stored(dispatcher, Audience)
    assert audience.applicant_kind == "entidad"


@pytest.mark.parametrize("request_text", ["don Jorge Araya pide audiencia con el alcalde por su patente de alcoholes",
                                          "JORGE ARAYA solicita audiencia con el alcalde por la patente"])
def test_a_person_asks_as_a_natural_person(chat, dispatcher, request_text) -> None:
    preview, _ = chat(request_text, "sí")
    assert "(persona natural)" in preview.text, preview.text
