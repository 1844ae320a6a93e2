"""How an answer is to be said («recházela con mucho cariño», «decline amablemente», «con todo respeto») closes the
order and names nothing: the invitation is named by its activity («la degustación de la cooperativa»), never by the
courtesy. Sentences written for these tests, in other comunas and on other dates than any corpus line."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 6, 2, 9, 0)


@pytest.mark.parametrize(("text", "response", "reference"), [
    ("la alcaldesa no alcanza a llegar a la trilla a yegua suelta de la junta de vecinos, recházela con mucho "
     "cariño", "declined", "trilla a yegua suelta de la junta de vecinos"),
    ("el alcalde no va a poder ir al bingo solidario del club de adulto mayor, decline la invitación amablemente",
     "declined", "bingo solidario del club de adulto mayor"),
    ("el jefe no irá al té de las damas de blanco, rechácela con respeto por favor", "declined",
     "té de las damas de blanco"),
    ("el alcalde no va a poder ir a la tertulia poética de la biblioteca, rechace la invitación con mucho cariño",
     "declined", "tertulia poética de la biblioteca"),
    ("la alcaldesa no podrá ir a la degustación de quesos de la cooperativa, decline la invitación con todo respeto",
     "declined", "degustación de quesos de la cooperativa"),
    ("acepte con mucho cariño la invitación al almuerzo campestre de los bomberos de Ninhue", "accepted",
     "almuerzo campestre de los bomberos de Ninhue"),
])
def test_courtesy_never_names_the_invitation(parser, text, response, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response
    assert understanding.slots["reference"] == reference


def test_courtesy_inside_the_order_names_nothing(parser):
    understanding = parser.parse("decline gentilmente la invitación de la Agrupación Folclórica Raíces de Cobquecura",
                                 NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["reference"] == "Agrupación Folclórica Raíces de Cobquecura"


def test_courtesy_never_enters_a_title(parser):
    understanding = parser.parse("agéndele al alcalde la once con las tejedoras el jueves a las 5, con todo cariño",
                                 NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"] == "once con las tejedoras"
