"""A resident's forwarded plea to the mayor with a name and phone is a complaint; a forwarded prayer chain or a
message of support after a disaster asks the office for nothing. Sentences written for these tests only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Fwd: Señora alcaldesa, se salió el estero en el sector Los Boldos y el agua está entrando a las casas!! "
    "Urgente, Elsa Quintana 9 2233 4455",
    "Reenviado: Alcalde se cayó un pino sobre los cables en calle Freire con Prat, estamos sin luz. "
    "Mario Cárcamo 9 5544 3322",
])
def test_a_forwarded_plea_with_a_name_and_phone_is_a_complaint(read, text):
    assert read(text)["intent"] == "complaint.create"


@pytest.mark.parametrize("text", [
    "Reenviado: cadena de oración por el bombero herido en el incendio de Penco, compartan",
    "Fwd: recemos por las familias que lo perdieron todo en el temporal de Corral 🙏",
])
def test_a_forwarded_prayer_chain_is_no_request(read, text):
    assert read(text)["intent"] == "unknown"
