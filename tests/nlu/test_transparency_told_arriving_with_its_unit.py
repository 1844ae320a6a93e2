"""A transparency request told arriving (who asks, what) and then where it goes is a new request whose routing clause
names its unit («derívela a la DOM», «que la vea Jurídica», «para SECPLAN»), not the derivation of one stored; a
derivation said of a request already known still moves it."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 12, 3, 10, 0)


@pytest.mark.parametrize(("text", "requester", "department"), [
    ("Ingresó por el portal la solicitud de transparencia MU118T0000921 de Gonzalo Reyes, pide las boletas de "
     "garantía de la obra del estadio; derívela a la Dirección de Obras", "Gonzalo Reyes", "obras"),
    ("nos llegó una solicitud de acceso a la información de la periodista Paula Soto, solicita el listado de "
     "beneficiarios del bono invierno, derivar a DIDECO", "Paula Soto", "dideco"),
    ("Se recibió por correo solicitud de transparencia de don Hernán Vidal que pide el plan de inversiones 2027, "
     "para SECPLAN", "Hernán Vidal", "secplan"),
    ("llegó sai MU118T0000940 del abogado Felipe Tapia, requiere los sumarios del año pasado, que la vea Jurídica",
     "Felipe Tapia", "juridica"),
    ("Ingresó solicitud de transparencia de Mónica Herrera sobre las horas extra del personal de tránsito; derívela a "
     "Tránsito", "Mónica Herrera", "transito"),
])
def test_a_request_told_arriving_is_new_and_its_routing_clause_is_its_unit(parser, text, requester, department):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "transparency.create"
    assert understanding.slots["requester"] == requester
    assert understanding.slots["department"] == department


@pytest.mark.parametrize("text", [
    "la solicitud de transparencia de Gonzalo Reyes derívela a la DOM",
    "la MU118T0000921 que llegó el lunes, derívala a Jurídica",
    "la solicitud de transparencia que ingresó ayer sobre las patentes de alcoholes, derívela a Inspección",
])
def test_a_derivation_of_a_request_named_without_what_it_asks_moves_it(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "transparency.update"
    assert understanding.slots["step"] == "derivar"


def test_the_unit_a_request_is_sent_to_beats_a_unit_its_subject_names(parser):
    understanding = parser.parse("llegó solicitud de transparencia de Irene Castro, pide los contratos de aseo "
                                 "de 2026, derívela a Secretaría Municipal", NOW)
    assert understanding.slots["department"] == "secretaria_municipal"


@pytest.mark.parametrize(("text", "unit"), [
    ("Llegó solicitud de transparencia de Rosa Lillo, pide los pagos a proveedores de 2026; derívela a la DAF",
     "administracion_finanzas"),
    ("ingresó por transparencia la solicitud de Mario Cáceres sobre las deudas de patentes; que la vea la DAF",
     "administracion_finanzas"),
])
def test_a_unit_named_by_its_initials(parser, text: str, unit: str) -> None:
    understood = parser.parse(text, NOW)
    assert understood.intent == "transparency.create" and understood.slots.get("department") == unit, understood
