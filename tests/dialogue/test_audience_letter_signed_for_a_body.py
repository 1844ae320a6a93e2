"""An audience request pasted as a formal e-mail on one line: greeting and addressee, an opening formula, the body
that asks, then the closing and the signature. The addressee greeted («Estimada Sra. Marcela») never asks; the body
named after the opening formula asks, through the person who signs (as a letter opened with the writer's standing
reads); unsigned, the body itself asks."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from tests.dialogue.talk import stored

SIGNED = [
    ("Estimada Sra. Marcela: Por intermedio del presente, la empresa Minera Punta Chungungo SpA solicita una audiencia "
     "con el Sr. Alcalde para exponer el proyecto de relaves. Saluda atentamente, Tomás Irarrázaval, Gerente General",
     "Tomás Irarrázaval", "Minera Punta Chungungo SpA", "el proyecto de relaves"),
    ("De mi consideración: Junto con saludar, la Cooperativa Pesquera Caleta Sur solicita audiencia con el alcalde "
     "para tratar el dragado del muelle. Atte., Gladys Contreras, Presidenta",
     "Gladys Contreras", "Cooperativa Pesquera Caleta Sur", "el dragado del muelle"),
    ("Estimado don Hernán, junto con saludarlo, le informo que la Constructora Llaima Ltda. solicita audiencia con el "
     "alcalde a fin de tratar la pavimentación del pasaje Los Boldos. Cordialmente, Pedro Lagos, Gerente Comercial",
     "Pedro Lagos", "Constructora Llaima Ltda", "la pavimentación del pasaje Los Boldos"),
    ("buenas tardes sra Ximena, junto con saludar, la agrícola Santa Elena solicita una reunión con el alcalde por el "
     "canal de regadío. saludos, Rosa Pinto", "Rosa Pinto", "agrícola Santa Elena", "el canal de regadío"),
]


@pytest.mark.parametrize(("letter", "applicant", "represented", "subject"), SIGNED)
def test_the_signer_asks_for_the_body_and_the_addressee_is_no_one(chat, dispatcher, letter, applicant, represented,
                                                                   subject) -> None:
    preview, _ = chat(letter, "sí")
    assert "¿Quién pide" not in preview.text and "Marcela" not in preview.text, preview.text
    [audience] = stored(dispatcher, Audience)
    assert (audience.applicant, audience.represented, audience.subject) == (applicant, represented, subject)


def test_an_unsigned_letter_is_the_body_s_own(chat, dispatcher) -> None:
    preview, _ = chat("Estimado Sr. Ramírez: Por medio de la presente, la Fundación Mar Limpio solicita audiencia con "
                      "el alcalde para exponer el programa de limpieza de playas.", "sí")
    [audience] = stored(dispatcher, Audience)
    assert (audience.applicant, audience.represented) == ("Fundación Mar Limpio", None), preview.text
