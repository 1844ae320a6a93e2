"""A routing word after «de» says what happened («montón de escombros en la vereda»), not which department told the
news («de Medio Ambiente me dicen…»): the complaint goes where that word routes it, not to a later word's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "department"), [
    ("reclamo por un montón de escombros en la vereda de pasaje Los Lirios 88", "Aseo y Ornato"),
    ("reclamo del vecino Ulises Araya, restos de basura en la calzada de avenida Colón 310", "Aseo y Ornato"),
    ("reclamo por ruidos de carretes junto al poste de calle Baquedano 45", "Inspección Municipal"),
])
def test_a_routing_word_after_de_routes_the_complaint(chat, text, department) -> None:
    (proposed,) = chat(text)
    assert f"Departamento: {department}" in proposed.text, proposed.text
