"""The day a transparency request came in, corrected while its proposal waits («Una precisión: ingresó el miércoles
18, no hoy», «no, llegó el viernes 20 de noviembre»), corrects the proposal's receipt, and its 20 working days (art. 14)
count from the corrected day, with the unit told in the same message. The clock is Monday 23 November 2026."""

from __future__ import annotations

from datetime import date

import pytest

from storage.legal import TransparencyRequest
from tests.dialogue.talk import stored

TOLD = ("Registre, por favor, una solicitud de acceso a la información ingresada en la oficina de partes por don "
        "Héctor Lobos, quien requiere copia de los decretos de pago de la fiesta de la vendimia")


@pytest.mark.parametrize(("correction", "received", "due"), [
    ("Una precisión: ingresó el miércoles 18, no hoy, y debe responderla la Dirección de Obras.",
     date(2026, 11, 18), "jueves 17 de diciembre"),
    ("no, llegó el viernes 20 de noviembre", date(2026, 11, 20), "lunes 21 de diciembre"),
    ("ojo q la recibimos el jueves pasado", date(2026, 11, 19), "viernes 18 de diciembre"),
    ("Corrijo: fue recibida el 16 de noviembre.", date(2026, 11, 16), "martes 15 de diciembre"),
])
def test_the_receipt_corrected_moves_the_deadline_of_the_proposal(chat, dispatcher, correction, received,
                                                                  due) -> None:
    _, preview, saved = chat(TOLD, correction, "sí")
    assert "Héctor Lobos" in preview.text and due in preview.text, preview.text
    assert "Recibida: hoy" not in preview.text and "22 de diciembre" not in preview.text, preview.text
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.received_on, request.requester) == (received, "Héctor Lobos"), saved.text
    assert due in saved.text


def test_the_unit_told_with_the_receipt_is_kept(chat, dispatcher) -> None:
    chat(TOLD, "Una precisión: ingresó el miércoles 18, no hoy, y debe responderla la Dirección de Obras.", "sí")
    [request] = stored(dispatcher, TransparencyRequest)
    assert (request.received_on, request.department) == (date(2026, 11, 18), "obras")
