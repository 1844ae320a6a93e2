"""A new contact dictated as comma-separated fields or in sentences: the institution said apart after «de», and a
post whose «de» complement no list knows. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

NOW = datetime(2027, 3, 8, 9, 30)


def slots(parser, text: str) -> dict:
    result = parser.parse(text, NOW).as_json()
    return {"intent": result["intent"], **result["slots"]}


def test_institution_and_post_dictated_as_fields(parser):
    found = slots(parser, "agrega a contactos: Paula Riquelme, de Minera Escondida, encargada de asuntos públicos, "
                          "9 8123 4455")
    assert found["intent"] == "contact.create"
    assert (found["name"], found["institution"]) == ("Paula Riquelme", "Minera Escondida")
    assert found["role"] == "encargada de asuntos públicos"


def test_a_post_said_with_se_llama_and_es(parser):
    found = slots(parser, "nuevo contacto, se llama Rosa Huenchumil y es la directora de la escuela Lonquimay, "
                          "fono 9 7766 5544")
    assert found["name"] == "Rosa Huenchumil"
    assert found["role"].startswith("directora")
    assert found["institution"] == "escuela Lonquimay"
