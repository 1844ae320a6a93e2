"""A contact's new post told as news, with an order or without one («Rosa Vial fue nombrada seremi de Economía;
actualice su cargo», «el nuevo cargo de don Tomás Ibáñez es administrador municipal, cámbialo», «Rosa Vial ahora es
directora del CESFAM»): the stored contact's post changes, with a preview, a confirmation, an audit row and undo,
never an efeméride looked for nor another contact changed."""

from __future__ import annotations

import pytest

from storage.models import Contact
from tests.dialogue.talk import stored

VIAL = "nuevo contacto: Rosa Vial, jefa de gabinete de la Gobernación, fono 9 8765 4321"
IBANEZ = "nuevo contacto: don Tomás Ibáñez, director de Secplan, cel 9 1111 2222"


def _roles(dispatcher) -> dict[str, str | None]:
    return {contact.name: contact.role for contact in stored(dispatcher, Contact)}


@pytest.mark.parametrize(("line", "role"), [
    ("Rosa Vial fue nombrada seremi de Economía; actualice su cargo", "seremi de Economía"),
    ("la sra Rosa Vial asumió como delegada provincial, actualízala xfa", "delegada provincial"),
    ("Rosa Vial es la nueva directora del Liceo Bicentenario, actualiza su ficha", "directora del Liceo Bicentenario"),
    ("Rosa Vial ahora es directora del CESFAM", "directora del CESFAM"),
    ("designaron a la señora Rosa Vial como gobernadora provincial, cambie su cargo", "gobernadora provincial"),
])
def test_the_post_told_as_news_changes_the_contact_named(chat, dispatcher, line: str, role: str) -> None:
    *_, proposed, saved = chat(VIAL, "sí", IBANEZ, "sí", line, "sí")
    assert "Rosa Vial" in proposed.text and "Ibáñez" not in proposed.text, proposed.text
    assert "efeméride" not in proposed.text, proposed.text
    assert _roles(dispatcher) == {"Rosa Vial": role, "Tomás Ibáñez": "director de Secplan"}, saved.text
    chat("deshacer")
    assert _roles(dispatcher)["Rosa Vial"] == "jefa de gabinete de la Gobernación"


def test_the_new_post_said_after_the_field_changes_it(chat, dispatcher) -> None:
    *_, proposed, _ = chat(IBANEZ, "sí", VIAL, "sí",
                           "el nuevo cargo de don Tomás Ibáñez es administrador municipal, cámbialo", "sí")
    assert "Tomás Ibáñez" in proposed.text and "Rosa Vial" not in proposed.text, proposed.text
    assert _roles(dispatcher)["Tomás Ibáñez"] == "administrador municipal"


def test_a_name_that_finds_no_contact_changes_none_in_focus(chat, dispatcher) -> None:
    *_, answered = chat(VIAL, "sí", "el nuevo cargo de don Luis Rojas es administrador municipal, cámbialo")
    assert "Rosa Vial" not in answered.text, answered.text
    assert _roles(dispatcher) == {"Rosa Vial": "jefa de gabinete de la Gobernación"}


def test_a_move_told_before_the_new_post_changes_it(chat, dispatcher) -> None:
    *_, proposed, saved = chat("nuevo contacto: teniente Pablo Vidal, subcomisario de la Comisaría de Llay Llay", "sí",
                               "El teniente Vidal fue trasladado: ahora es comisario de la Comisaría de Putaendo",
                               "Sí, actualícelo")
    assert "Putaendo" in proposed.text and "efeméride" not in proposed.text, proposed.text
    assert _roles(dispatcher)["Pablo Vidal"] == "comisario de la Comisaría de Putaendo", saved.text
