"""A formal delegation that opens with whom it represents and names the delegate after the event: «en
representación del Sr. Alcalde, asistirá a la cuenta pública del INACH el administrador municipal, don Felipe
Yáñez». «En representación del alcalde» names who is represented, never who goes; the reference is the event."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "delegate", "reference"), [
    ("en representación del Sr. Alcalde, asistirá a la cuenta pública del INACH el administrador municipal, "
     "don Felipe Yáñez", "administrador municipal, don Felipe Yáñez", "cuenta pública del INACH"),
    ("En representación de la Sra. Alcaldesa, concurrirá al aniversario de Bomberos la directora de Dideco, "
     "doña Ximena Rojas", "directora de Dideco, doña Ximena Rojas", "aniversario de Bomberos"),
    ("en representación del edil asistirá a la inauguración del CESFAM la directora de salud, Dra. Carla Soto",
     "directora de salud, Dra. Carla Soto", "inauguración del CESFAM"),
    ("en representacion del sr alcalde asiste al te deum el administrador municipal don felipe yañez",
     "administrador municipal don Felipe Yañez", "te deum"),
    ("en representación del alcalde va a la misa de fiestas patrias el concejal Muñoz", "concejal Muñoz",
     "misa de fiestas patrias"),
])
def test_the_delegate_named_after_the_event(parser, text: str, delegate: str, reference: str) -> None:
    understanding = parser.parse(text, now=NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == "delegated"
    assert (understanding.slots.get("delegate"), understanding.slots.get("reference")) == (delegate, reference)
