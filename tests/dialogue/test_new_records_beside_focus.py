"""A new request right after a record was stored is a new record, even when a word of it is a verb that changes
records of that kind («invita al cambio de mando», «reunión con la delegada», a form of «delegar»): a sure
creation never becomes a change of the record in focus, and «llegó otra» always says one more. The clock is
Monday 23 November 2026, 09:00."""

from __future__ import annotations

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

ROTARY = ("llegó invitación del Rotary Club de Ancud a la cena de gala el viernes 4 de diciembre a las 21 en el "
          "Hotel Galeón")


def test_another_invitation_naming_a_change_of_command_is_a_new_invitation(chat, dispatcher) -> None:
    _, _, proposed, saved = chat(ROTARY, "sí", "llegó otra: la Armada invita al cambio de mando de la Capitanía "
                                               "el lunes 7 a las 11 en el muelle", "sí")
    assert "Cambiar" not in proposed.text and "cambio de mando" in proposed.text, proposed.text
    invitations = stored(dispatcher, Invitation)
    assert len(invitations) == 2, saved.text
    assert {i.day.day for i in invitations} == {4, 7}


def test_booking_an_activity_after_an_invitation_books_it(chat, dispatcher) -> None:
    _, _, proposed, saved = chat(ROTARY, "sí", "agenda reunión con la delegada presidencial regional el miércoles a "
                                               "las cuatro y media de la tarde en la delegación", "sí")
    assert "Cambiar" not in proposed.text and "16:30" in proposed.text, proposed.text
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.day.day == 4, saved.text
    assert any(e.title and "delegada" in e.title.lower() for e in stored(dispatcher, Event)), saved.text
