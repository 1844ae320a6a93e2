"""The handlers route a text the parser did not read (a transparency request's subject, a spreadsheet row) by
the parser's rule: the first word that says what happened, never a landmark, not the department with most words."""

from __future__ import annotations

import pytest

from handlers.complaint_terms import route
from settings import Settings


@pytest.mark.parametrize(("text", "code"), [
    ("perros sueltos en la feria, basura y escombros por todos lados", "medio_ambiente"),
    ("frente a la escuela hay un hoyo en la vereda", "operaciones"),
    ("Se cayó un árbol frente al CESFAM", "medio_ambiente"),
    ("los contratos de recoleccion de basura de 2025", "aseo"),
    ("frente al consultorio nomas", None),
])
def test_the_first_problem_word_routes_and_a_landmark_never(text: str, code: str | None) -> None:
    department = route(Settings(), text)
    assert (department.code if department else None) == code
