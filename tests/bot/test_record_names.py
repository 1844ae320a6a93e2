"""A kind of record is named the same wherever it is named, with the words its capability declares
(`[records.<entity>]` in nlu/lexicon/capabilities/): undo, «¿qué cambió en el caso?», a record's detail."""

from __future__ import annotations

import pytest

from bot.dispatcher import undone_text
from bot.last_change import asks_last_change
from nlu.capabilities import record_kinds
from storage.audit import AuditAction
from storage.models import AuditEntry


@pytest.mark.parametrize("entity", sorted(record_kinds()))
def test_undo_names_the_record_as_its_capability_declares_it(entity: str) -> None:
    entry = AuditEntry(action=AuditAction.CREATE, entity=entity, entity_id="3", after={})
    assert undone_text([entry]) == f"Deshecho el registro de {record_kinds()[entity].name} n.º 3."


def test_a_ceremony_undone_is_named_in_spanish() -> None:
    entry = AuditEntry(action=AuditAction.DELETE, entity="ceremony", entity_id="4", after={"title": "Tedeum"})
    assert undone_text([entry]) == "Deshecho el borrado de ceremonia n.º 4 «Tedeum»."


@pytest.mark.parametrize("text", ["¿qué cambió en el caso?", "q le cambiaste a la reunión", "¿qué se modificó en la "
                                  "solicitud?", "que cambio en el evento"])
def test_the_last_change_is_asked_of_a_kind_named_by_its_capability_words(text: str) -> None:
    assert asks_last_change(text), text
