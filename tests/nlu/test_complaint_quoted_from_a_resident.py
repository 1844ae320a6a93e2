"""A complaint pasted from a resident's message that opens with a greeting: the greeting is nobody's name, the
name said after the quote is the resident's (sentences written for these tests only)."""

from __future__ import annotations

import pytest


def test_a_quoted_greeting_is_not_the_resident(read):
    complaint = read("Me reenviaron esto de una vecina: «Hola, hace una semana que la luminaria de pasaje Las Dalias "
                     "no enciende y está muy oscuro». Es Marta Salinas, 9 8123 4567")
    assert complaint["intent"] == "complaint.create"
    assert complaint["citizen"] == "Marta Salinas"


@pytest.mark.parametrize(("text", "citizen", "department"), [
    ('Reenvío correo de doña Rosa Fuentes: «Hay un perro suelto que muerde a los niños en la plaza Arturo Prat». '
     'Su celular es +56 9 7711 2233.', "Rosa Fuentes", "medio_ambiente"),
    ('te paso el mail de la señora Ines Godoy: "hace un mes que el poste de luz de pasaje Los Pinos 45 está '
     'apagado". su cel 9 8877 6655', "Ines Godoy", "operaciones"),
    ('Reenvio correo del vecino Pedro Soto: "El contenedor de basura de calle Colón 1200 está roto y lleno de '
     'ratones". Su número es 9 6655 4433', "Pedro Soto", "aseo"),
])
def test_a_forwarded_mail_with_the_residents_phone_is_a_complaint(read, text, citizen, department):
    """«correo de X:» opens what the resident wrote; the phone given after it is how to reach them, not a
    contact's new number."""
    complaint = read(text)
    assert complaint["intent"] == "complaint.create"
    assert (complaint["citizen"], complaint["department"]) == (citizen, department)
    assert complaint["phone"]


@pytest.mark.parametrize("text", ["el fono del seremi de salud: 9 1234 5678",
                                  "el celular de la concejala Rivas es el +56 9 8877 1122"])
def test_a_value_stated_for_someone_is_still_a_contact_change(read, text):
    assert read(text)["intent"] == "contact.update"
