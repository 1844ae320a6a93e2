"""«¿Quién dirige el liceo?», «¿quién está a cargo de la comisaría?»: a contact asked for by what the post does is the
head of the institution named (its director, jefa, comandante…), not a menu of readings nor everyone who works there."""

from __future__ import annotations

import pytest

CONTACTS = ("nuevo contacto Jorge Salinas, director del CESFAM Centenario, 9 7100 2200",
            "nuevo contacto Paula Rivas, secretaria del CESFAM Centenario, 9 7100 2211",
            "nuevo contacto Mayor Andrés Cortés, comisario de la Tercera Comisaría de Quillota, 9 7300 4400",
            "nuevo contacto Lucía Navarro, jefa de la Oficina de Turismo, 9 7500 6600",
            "nuevo contacto Ramón Ortiz, director del Liceo Bicentenario, 9 7600 7700")


@pytest.mark.parametrize(("asked", "head", "others"), [
    ("¿Quién dirige el Cesfam Centenario?", "Salinas", ("Rivas", "Ortiz")),
    ("oye quien está a cargo de la comisaría de Quillota", "Cortés", ("Salinas", "Navarro")),
    ("¿Sabe quién encabeza la oficina de turismo?", "Navarro", ("Cortés", "Ortiz")),
    ("y quién manda en el Liceo Bicentenario?", "Ortiz", ("Salinas", "Rivas")),
])
def test_the_head_of_the_institution_named_is_shown(chat, asked: str, head: str, others: tuple[str, ...]) -> None:
    for contact in CONTACTS:
        chat(contact, "sí")
    [found] = chat(asked)
    assert head in found.text and not found.choices, found.text
    assert not any(other in found.text for other in others), found.text
