"""An audience request pasted as a letter in the first person: the writer opens with their standing («en mi calidad
de representante legal de X», «en representación de la empresa X», «como gerente de X», «quien suscribe, en nombre
de X») and signs at the end. The standing is never who asks: the signer asks for the body it names (unsigned, the
body itself asks), and a later «recházela» answers that stored request."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from tests.dialogue.talk import stored

LETTERS = [
    ("Señor Alcalde: Junto con saludar, en mi calidad de representante legal de Salmonera Austral S.A., solicito "
     "audiencia para exponer el proyecto de ampliación de la planta en el canal de Chacao. Saluda atte., Rodrigo "
     "Fuentes", "Rodrigo Fuentes", "Salmonera Austral S.A", "el proyecto de ampliación de la planta en el canal de "
     "Chacao"),
    ("Sr. Alcalde: en representación de la empresa Forestal Los Lagos SpA, vengo en solicitar audiencia a fin de "
     "tratar la mantención de los caminos rurales de Pargua. Atentamente, María José Soto", "María José Soto",
     "Forestal Los Lagos SpA", "la mantención de los caminos rurales de Pargua"),
    ("como gerente de Transportes Chiloé Ltda solicito reunión con el alcalde para presentar el nuevo recorrido a "
     "Quemchi", "Transportes Chiloé Ltda", None, "el nuevo recorrido a Quemchi"),
    ("quien suscribe, en nombre de la Cooperativa Agrícola Lonko, solicita audiencia con el objeto de exponer la "
     "situación del riego en Pupelde", "Cooperativa Agrícola Lonko", None, "la situación del riego en Pupelde"),
    ("hola, como presidenta de la junta de vecinos villa alegre pido audiencia con el alcalde pa ver lo de la plaza "
     "xfa", "junta de vecinos villa alegre", None, "lo de la plaza"),
]


@pytest.mark.parametrize(("letter", "applicant", "represented", "subject"), LETTERS)
def test_the_standing_names_the_body_and_the_signer_asks(chat, dispatcher, letter, applicant, represented,
                                                         subject) -> None:
    preview, _ = chat(letter, "sí")
    assert "en mi calidad" not in preview.text.lower() and "quien suscribe" not in preview.text.lower(), preview.text
    [audience] = stored(dispatcher, Audience)
    assert (audience.applicant, audience.represented, audience.subject) == (applicant, represented, subject)


@pytest.mark.parametrize("answer", ["El alcalde prefiere no recibirlos por ahora, recházela",
                                    "rechaza esa audiencia xfa", "recházala nomás, no la vamos a dar"])
def test_the_stored_letter_is_declined_afterwards(chat, dispatcher, answer) -> None:
    chat(LETTERS[0][0], "sí")
    preview, done = chat(answer, "sí")
    assert "Salmonera" in preview.text and "rechaz" in preview.text, preview.text
    assert "rechazada" in done.text and stored(dispatcher, Audience)[0].status == "rechazada"
