"""With a complaint in focus, a pronoun verb («derívelo», «pásaselo», «mándelo») moves that complaint to the department
named, whatever other department, efeméride or record the reason around it names («me dicen de Medio Ambiente…»);
one already there is said to be, never read as a new complaint, and «Medio Ambiente» after a list is no item of it."""

from __future__ import annotations

import pytest

from storage.models import AuditEntry, Complaint
from tests.dialogue.talk import stored

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


@pytest.mark.parametrize("move", [
    "ojo q ese es de medio ambiente… cámbialo",
    "Ese reclamo le corresponde a Medio Ambiente, muévalo por favor",
    "eso es de medio ambiente, pasalo nomás",
    "no es de aseo, es de medio ambiente, derívalo",
])
def test_a_department_named_with_a_pronoun_moves_the_complaint_in_focus(chat, dispatcher, move) -> None:
    *_, moved, saved, undone = chat(COMPLAINT, "sí", move, "sí", "deshacer")
    assert "derivado" in saved.text.lower() or "R-" in saved.text, saved.text
    assert moved.pending is not None and moved.pending.intent == "complaint.move", moved.text
    assert "→ Medio Ambiente" in moved.text, moved.text
    assert any(entry.entity == "complaint" and entry.action == "update" for entry in stored(dispatcher, AuditEntry))
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department != "medio_ambiente", undone.text


@pytest.mark.parametrize("move", ["ese le toca a Tránsito, pásalo", "eso es de tránsito, cámbialo"])
def test_moving_a_complaint_to_its_own_department_says_so(chat, dispatcher, move) -> None:
    *_, said = chat("reclamo de la señora Ana Díaz por un semáforo malo en Prat con Balmaceda", "sí", move)
    assert "ya es de Tránsito" in said.text and said.pending is None, said.text
    assert len(stored(dispatcher, Complaint)) == 1


def test_a_department_with_an_ordinal_word_picks_no_item_of_a_list(chat) -> None:
    chat(COMPLAINT, "sí", "reclamo de don Luis Vera por ruidos molestos en calle Colón 77", "sí",
         "reclamo de la señora Ana Díaz por un semáforo malo en Prat con Balmaceda", "sí", "reclamos pendientes")
    [asked] = chat("eso corresponde a Medio Ambiente")
    assert "¿Cuál de estos reclamos?" in asked.text and "feméride" not in asked.text, asked.text
