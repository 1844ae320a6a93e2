"""A description that says only that there is a problem is asked about, not proposed."""

from __future__ import annotations

import pytest

from handlers.complaint_terms import vague
from handlers.complaints import create
from handlers.reply import PendingKind


@pytest.mark.parametrize("description", ["problema", "vecino", "tiene un problema", "un caso", "una situación",
                                         "hay un tema con una vecina", "Problema del vecino"])
def test_generic_words_alone_are_vague(description):
    assert vague(description)


@pytest.mark.parametrize("description", ["no tiene agua", "perro suelto", "problema con el alumbrado",
                                         "microbasural en la esquina", "ruidos molestos"])
def test_a_word_of_what_happened_is_not_vague(description):
    assert not vague(description)


def test_the_residents_address_and_name_are_no_content():
    assert vague("pasaje Los Aromos 12 tiene un problema", "Luis Rojas", "pasaje Los Aromos 12")


def test_a_vague_complaint_asks_for_the_description_keeping_the_rest(ctx):
    reply = create(ctx, {"description": "problema", "citizen": "Luis Rojas", "phone": "+56987654321"})
    assert reply.text.startswith("¿Qué pasó?")
    assert reply.pending.kind is PendingKind.ASK and reply.pending.slot == "description"
    assert reply.pending.slots == {"citizen": "Luis Rojas", "phone": "+56987654321"}
