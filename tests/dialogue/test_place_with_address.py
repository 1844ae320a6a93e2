"""A place told with its street and number after a comma («en la gobernación, O'Higgins 1250») keeps both: the
number is how the driver finds it."""

from __future__ import annotations

from storage.models import Event, Invitation
from tests.dialogue.talk import stored


def test_an_activity_keeps_the_street_and_number_said_after_its_place(chat, dispatcher) -> None:
    [preview] = chat("agenda el viernes a las 9 reunión con la seremi de obras públicas en la seremía, Colón 450")
    assert "Colón 450" in preview.text, preview.text
    chat("sí")
    [event] = stored(dispatcher, Event)
    assert event.place == "seremía, Colón 450", event.place


def test_an_invitation_keeps_the_address_but_not_what_follows_it(chat, dispatcher) -> None:
    chat("llegó invitación de la cámara de comercio a la cena anual el sábado 28 a las 21 en el club social, "
         "avenida Balmaceda 880, tenida formal", "sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.place == "club social, avenida Balmaceda 880", invitation.place
