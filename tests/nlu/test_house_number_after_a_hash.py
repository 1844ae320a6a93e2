"""A house number written with «#» after a street's name («calle Prat #345», «en Los Aromos #12») belongs to the
address inside a complaint's description; after an article («el #12») the «#» still names a ticket."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo de don juan por luminaria apagada en calle prat #345", "calle prat #345"),
    ("Reclamo de la vecina por micro basural en Los Aromos #12, villa Esperanza", "los aromos #12, villa esperanza"),
    ("la sra rosa reclama x perros sueltos en psje las acacias # 45", "psje las acacias # 45"),
    ("Se solicita retiro de escombros en su domicilio de Avenida Grecia #1550, a nombre de la vecina Ana Soto",
     "avenida grecia #1550"),
])
def test_the_hash_number_stays_in_the_address(read, text, address):
    result = read(text)
    assert result["intent"] == "complaint.create" and result["address"].lower() == address


@pytest.mark.parametrize(("text", "ticket"), [("el #12 es de obras, no de aseo", "12"), ("cierra el #345", "345")])
def test_after_an_article_the_hash_names_a_ticket(read, text, ticket):
    assert read(text)["ticket"] == ticket
