"""A yes said with more words while a proposal waits («ahí sí, guárdala», «ok no topa, guarda la invitación»,
«si bórralo» to a removal) stores it; a proposal said no to comes back on such a yes, to be confirmed anew."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = "llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Hotel Diego de Almagro"
ACTIVITY = "agenda almuerzo con los dirigentes de la feria libre el jueves 26 a las 13"


@pytest.mark.parametrize("yes", [
    "ahí sí, guárdala",
    "ok no topa, guarda la invitacion",
    "ya, entonces guarda la invitación",
    "ya po, dale nomás",
    "perfecto, así mismo",
    "Sí, regístrela en el sistema, por favor.",
    "no topa con nada, anótala",
])
def test_a_yes_with_more_words_stores_the_proposal_as_shown(chat, dispatcher, yes) -> None:
    _, saved = chat(INVITATION, yes)
    assert saved.stored and "cena aniversario" in saved.text, saved.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "Hotel Diego de Almagro"


@pytest.mark.parametrize("yes", ["si borralo", "sí, elimínela nomás", "dale, bórrala", "cancélala", "ya, anúlala"])
def test_the_verb_of_a_removal_accepts_it(chat, dispatcher, yes) -> None:
    *_, asked, done = chat(ACTIVITY, "sí", "se suspende el almuerzo con los dirigentes", yes)
    assert asked.pending is not None, asked.text
    assert done.text.startswith("Actividad N° 1 cancelada"), done.text
    [event] = stored(dispatcher, Event)
    assert event.cancelled_at is not None


@pytest.mark.parametrize("yes", ["ahora sí confirmaron, guárdala", "ya, agéndala nomás", "sí"])
def test_a_yes_after_a_no_shows_the_proposal_again_and_stores_only_on_the_next_yes(chat, dispatcher, yes) -> None:
    _, refused, again = chat(ACTIVITY, "no, todavía no confirman", yes)
    assert refused.text.startswith("Descartado"), refused.text
    assert "almuerzo con los dirigentes" in again.text and again.pending is not None, again.text
    assert stored(dispatcher, Event) == []
    [saved] = chat("sí")
    assert saved.stored and len(stored(dispatcher, Event)) == 1, saved.text


def test_thanks_after_a_no_brings_nothing_back(chat, dispatcher) -> None:
    *_, thanked = chat(ACTIVITY, "no, mejor lo dejamos", "ok gracias")
    assert thanked.text.startswith("De nada") and thanked.pending is None, thanked.text


@pytest.mark.parametrize("wish", ["que tenga buen día", "Que tenga un buen fin de semana.", "chao, saludos",
                                  "feliz navidad!"])
def test_a_wish_is_answered_in_kind_and_a_proposal_still_waits(chat, dispatcher, wish) -> None:
    [alone] = chat(wish)
    assert alone.text.startswith("Igualmente") and alone.pending is None, alone.text
    asked, wished = chat(ACTIVITY, wish)
    assert wished.text.startswith("Igualmente") and wished.pending == asked.pending, wished.text
    assert "Sigue pendiente" in wished.text and stored(dispatcher, Event) == []
