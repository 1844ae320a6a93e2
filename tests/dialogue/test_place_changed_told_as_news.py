"""«se cambió pa la plaza de armas», «al final la hacen en el gimnasio municipal»: a new place told as news right after
an invitation or an activity was stored is that record's change (a preview with the old place, stored after «sí»),
not a question about what to change."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

INVITATION = ("invitación del Rotary Club a su cena aniversario el viernes 4 de diciembre a las 20:00 "
              "en el Club de la Unión")
ACTIVITY = "agenda reunión con la junta de vecinos el jueves 26 a las 10 en la sede social"
NEWS = [("se cambió pa la plaza de armas", "plaza de armas"),
        ("al final la hacen en el gimnasio municipal", "gimnasio municipal"),
        ("Le informo que la van a hacer en el Salón de Honor.", "Salón de Honor"),
        ("oye se cambió pal salón de honor", "salón de honor")]


@pytest.mark.parametrize(("news", "place"), NEWS)
def test_a_place_told_as_news_changes_the_invitation_just_stored(chat, dispatcher, news: str, place: str) -> None:
    chat(INVITATION, "sí")
    [preview] = chat(news)
    assert preview.pending is not None and preview.pending.intent == "invitation.update", preview.text
    assert place in preview.text and "Club de la Unión" in preview.text, preview.text
    chat("sí")
    assert stored(dispatcher, Invitation)[0].place == place


@pytest.mark.parametrize(("news", "place"), NEWS)
def test_a_place_told_as_news_changes_the_activity_just_stored(chat, dispatcher, news: str, place: str) -> None:
    chat(ACTIVITY, "sí")
    [preview] = chat(news)
    assert preview.pending is not None and preview.pending.intent == "event.update", preview.text
    chat("sí")
    assert stored(dispatcher, Event)[0].place == place
