"""An address told while a complaint waits replaces a misread one («calzada que rompió …»): the description keeps
the words the resident said; a corrected address that repeats words of the old one is retold in them as before."""

from __future__ import annotations


def test_a_new_address_leaves_the_description_as_said(chat) -> None:
    _, shown = chat("reclamo por un socavón en la calzada que dañó tres autos",
                    "queda en avenida Manuel Rodríguez 880, Talcahuano")
    assert "Manuel Rodríguez 880" in shown.text, shown.text
    assert "socavón en la calzada que dañó tres autos" in shown.text, shown.text


def test_a_corrected_number_is_retold_in_the_description(chat) -> None:
    _, shown = chat("reclamo por perros sueltos en el pasaje Las Dalias 45, avisa Irma Toro",
                    "no, es pasaje Las Dalias 54")
    assert "Las Dalias 54" in shown.text and "Las Dalias 45" not in shown.text, shown.text
