"""Third parties notified are the party named («hay que notificar a Constructora Sur Ltda.», «el tercero es don Jorge
Pérez», «afecta a Transportes Litoral S.A.»), never the word that says there are some («afecta a terceros»); and
whose request it is stops before what it affects («la de Núñez afecta a …» is Núñez's)."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "reference", "parties"), [
    ("La de Orellana afecta a terceros, hay que notificar a Áridos del Sur SpA", "Orellana", "Áridos del Sur SpA"),
    ("la solicitud de Beatriz Lagos involucra a terceros, notifique a Constructora Pehuén Ltda.", "Beatriz Lagos",
     "Constructora Pehuén Ltda"),
    ("notificar a los terceros en la de Simón Araya, el tercero es don Raúl Contreras", "Simón Araya",
     "Raúl Contreras"),
    ("la de Carrasco afecta a terceros, notificar al Servicio de Salud Metropolitano", "Carrasco",
     "Servicio de Salud Metropolitano"),
    ("en la solicitud de Figueroa hay que notificar como tercero a la empresa Aguas del Valle S.A.", "Figueroa",
     "Aguas del Valle"),
    ("la de Ramírez afecta a terceros, que son la Asociación de Feriantes, notifíquelos", "Ramírez",
     "Asociación de Feriantes"),
])
def test_the_third_party_notified_is_the_one_named(parser, text, reference, parties):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "transparency.update"
    assert understanding.slots["step"] == "notificar_terceros"
    assert understanding.slots["reference"] == reference
    assert parties in understanding.slots["third_parties"]
    assert understanding.slots["third_parties"].lower() not in ("terceros", "los terceros", "tercero")


def test_a_new_request_keeps_the_third_party_named_after_the_one_that_only_says_there_are_some(parser):
    understanding = parser.parse("llegó solicitud de transparencia de Diego Muñoz, pide los contratos de "
                                 "recolección, afecta a terceros, hay que notificar a Reciclajes Andinos S.A.", NOW)
    assert understanding.intent == "transparency.create"
    assert "Reciclajes Andinos" in understanding.slots["third_parties"]
