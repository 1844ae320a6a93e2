"""A complaint named by whose it is, said first: a greeting before the lead leaves it a lead, and what the record
«is» after the name ends it («oye, el reclamo de la sra. Pérez es de aseo») — else the reference held «es de aseo»
and matched no resident."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 1, 12, 10, 0)


@pytest.mark.parametrize(("text", "reference", "department"), [
    ("oiga el reclamo de la señora Fuentealba es de aseo, páselo", "Fuentealba", "aseo"),
    ("ya, el reclamo de don Segundo Vera era de tránsito, cámbialo a tránsito", "Segundo Vera", "transito"),
    ("hola jefe, el reclamo de la sra rosa cárcamo es de medio ambiente, derívalo", "rosa cárcamo", "medio_ambiente"),
])
def test_a_leading_owner_after_an_opener_ends_before_what_it_is(parser, text, reference, department):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.move"
    assert understanding.slots["reference"] == reference
    assert understanding.slots["department"] == department
