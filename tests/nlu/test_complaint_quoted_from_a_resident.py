"""A complaint pasted from a resident's message that opens with a greeting: the greeting is nobody's name, the
name said after the quote is the resident's (sentences written for these tests only)."""

from __future__ import annotations


def test_a_quoted_greeting_is_not_the_resident(read):
    complaint = read("Me reenviaron esto de una vecina: «Hola, hace una semana que la luminaria de pasaje Las Dalias "
                     "no enciende y está muy oscuro». Es Marta Salinas, 9 8123 4567")
    assert complaint["intent"] == "complaint.create"
    assert complaint["citizen"] == "Marta Salinas"
