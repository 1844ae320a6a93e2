"""Chilean manner words («al tiro», «altiro», «de una», «ahora ya», «nomás») only say how soon: in a yes or a
correction they are never a place or a title. Thanks said at length («Le quedo muy agradecido») get a polite word."""

from __future__ import annotations

import pytest

from bot.dialogue_words import is_thanks, without_manner
from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = "llegó invitación de la junta de vecinos a la once de aniversario el sábado 28 a las 17 en la sede social"
ACTIVITY = "agenda reunión con los pescadores el jueves 26 a las 10"


@pytest.mark.parametrize("yes", ["ya dale, guárdala al tiro", "sí, altiro", "de una, agéndala", "ahora ya, guárdala",
                                 "Sí, regístrela al tiro nomás", "ok de una po"])
def test_a_yes_with_a_manner_word_stores_the_proposal_unchanged(chat, dispatcher, yes) -> None:
    _, saved = chat(INVITATION, yes)
    assert saved.stored, saved.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "sede social", invitation.place


@pytest.mark.parametrize("fix", ["cámbiala al viernes 27 al tiro", "de una pásala al viernes 27",
                                 "altiro, el viernes 27 mejor"])
def test_a_correction_with_a_manner_word_changes_only_what_it_names(chat, dispatcher, fix) -> None:
    _, changed, saved = chat(ACTIVITY, fix, "sí")
    assert saved.stored, (changed.text, saved.text)
    [event] = stored(dispatcher, Event)
    assert event.day.day == 27 and not event.place, (event.day, event.place)


@pytest.mark.parametrize("thanks", ["Le agradezco mucho su amabilidad", "Le quedo muy agradecido",
                                    "muy agradecida por su ayuda", "se lo agradezco de corazón, muy amable",
                                    "mil gracias por su paciencia"])
def test_thanks_said_at_length_get_a_polite_answer(chat, thanks) -> None:
    [thanked] = chat(thanks)
    assert thanked.text.startswith("De nada"), thanked.text


@pytest.mark.parametrize("text", ["De una escuela rural llegó invitación al acto de fin de año",
                                  "agenda reunión de una hora con el club de tiro", "ahora ya no puedo"])
def test_words_that_only_look_like_manner_words_stay(text) -> None:
    assert without_manner(text) == text


@pytest.mark.parametrize("thanks", ["ok garcias jefa", "perfeto, muchas grasias", "jaja ya, agradesco igual"])
def test_thanks_typed_with_a_letter_wrong_get_a_polite_answer(chat, thanks) -> None:
    *_, thanked = chat(ACTIVITY, "no, déjalo", thanks)
    assert thanked.text.startswith("De nada"), thanked.text


@pytest.mark.parametrize("text", ["cancelo", "muchos reclamos"])
def test_a_typo_never_turns_into_thanks(text) -> None:
    assert not is_thanks(text)
