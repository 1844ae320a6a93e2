"""A post's new holder told as news («la presidenta de la junta … ahora es la sra. Gloria Pérez»): the card that holds
that post gets the new name and loses the previous holder's phone, previewed old → new, stored after «sí», audited
and undoable; never a complaint nor a second contact. A post no card holds changes nothing."""

from __future__ import annotations

import pytest

from storage.models import AuditEntry, Complaint, Contact
from tests.dialogue.talk import stored

MUNOZ = "nuevo contacto: Rosa Muñoz, presidenta de la junta de vecinos Villa Esperanza, cel 9 1111 2222"
REYES = "nuevo contacto: Pablo Reyes, director del CESFAM Norte, fono 9 3333 4444"


@pytest.mark.parametrize("line", [
    "la presidenta de la junta de vecinos Villa Esperanza ahora es la sra. Gloria Pérez",
    "Informo que la presidenta de la junta de vecinos Villa Esperanza pasó a ser la señora Gloria Pérez.",
    "la nueva presidenta de la junta de vecinos villa esperanza es doña Gloria Pérez",
    "oye el presidente de la junta de vecinos Villa Esperanza ahora es Gloria Pérez",
])
def test_the_card_of_the_post_gets_the_new_holder(chat, dispatcher, line: str) -> None:
    *_, proposed, _ = chat(MUNOZ, "sí", REYES, "sí", line, "sí")
    assert "Rosa Muñoz → Gloria Pérez" in proposed.text, proposed.text
    assert "teléfono: +56911112222 → (vacío)" in proposed.text, proposed.text
    assert sorted(c.name for c in stored(dispatcher, Contact)) == ["Gloria Pérez", "Pablo Reyes"]
    assert [c.phone for c in stored(dispatcher, Contact) if c.name == "Gloria Pérez"] == [None]
    assert stored(dispatcher, Complaint) == []
    assert any(entry.entity == "contact" for entry in stored(dispatcher, AuditEntry))
    chat("deshacer")
    assert sorted(c.name for c in stored(dispatcher, Contact)) == ["Pablo Reyes", "Rosa Muñoz"]
    assert [c.phone for c in stored(dispatcher, Contact) if c.name == "Rosa Muñoz"] == ["+56911112222"]


def test_a_post_no_card_holds_changes_no_contact(chat, dispatcher) -> None:
    chat(MUNOZ, "sí", "la presidenta de la junta de vecinos Los Aromos ahora es la sra. Gloria Pérez", "no")
    assert [c.name for c in stored(dispatcher, Contact)] == ["Rosa Muñoz"]
