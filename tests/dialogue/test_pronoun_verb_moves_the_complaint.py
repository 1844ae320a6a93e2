"""With a complaint in focus, a pronoun verb («derívelo», «pásaselo», «mándelo») moves that complaint to the department
named, whatever other department, efeméride or record the reason around it names («me dicen de Medio Ambiente…»)."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo de la vecina Rosa Muñoz por cables colgando en calle Prat 1234"


@pytest.mark.parametrize("move", [
    "Me dicen de Medio Ambiente que eso le corresponde a Operaciones porque son cables del alumbrado, "
    "derívelo por favor",
    "los de medio ambiente dicen q no es de ellos, derívalo a operaciones",
    "Según Tránsito no les corresponde; derívelo a Operaciones.",
])
def test_a_pronoun_verb_moves_the_complaint_in_focus(chat, move) -> None:
    _, saved, moved = chat(COMPLAINT, "sí", move)
    assert saved.stored, saved.text
    assert "Operaciones" in moved.text and "feméride" not in moved.text, moved.text


@pytest.mark.parametrize("move", ["mándalo a la dom", "derívalo a la dom", "pásalo a obras",
                                  "mándeselo a la DOM, por favor", "mandalo a la dom xfa"])
def test_a_pronoun_verb_sends_the_complaint_in_focus_to_the_unit_named(chat, move) -> None:
    _, saved, moved = chat(COMPLAINT, "sí", move)
    assert saved.stored, saved.text
    assert "Dirección de Obras" in moved.text and moved.pending is not None, moved.text
    assert moved.pending.intent == "complaint.move", moved.pending


@pytest.mark.parametrize("move", ["deriva el reclamo 1 a la dom", "derive el caso 1 a la DOM por favor",
                                  "derivá el ticket 1 a la dom"])
def test_a_complaint_named_by_number_is_moved_even_after_a_transparency_request(chat, move) -> None:
    chat(COMPLAINT, "sí", "llegó solicitud de transparencia de Juan Pérez q pide las actas del concejo", "sí")
    [moved] = chat(move)
    assert moved.pending is not None and moved.pending.intent == "complaint.move", moved.text
    assert "Dirección de Obras" in moved.text, moved.text
