"""«q agreguen…», «que anoten…», «que le respondan…»: «que» before a request verb in the subjunctive asks for it as a
wish, in any voice; it is that request, not a question. «qué agenda tiene…» still asks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "intent"), [
    ("q agreguen la semana del adulto mayor a efemérides el 1 de octubre", "efemeride.create"),
    ("Que se incorpore a las efemérides el día del dirigente vecinal el 7 de agosto", "efemeride.create"),
    ("que pongan en efemérides el aniversario del liceo el 5 de mayo", "efemeride.create"),
    ("que agreguemos el día del bombero a las efemérides el 30 de junio", "efemeride.create"),
    ("que anoten reunión con el director del cesfam el martes a las 10", "event.create"),
    ("q le agenden al alcalde la once con los dirigentes el jueves a las 5", "event.create"),
    ("q le respondan al rotary que sí", "invitation.respond"),
    ("que le contesten a la cámara de comercio que no vamos", "invitation.respond"),
])
def test_que_before_a_subjunctive_request_is_that_request(read, text: str, intent: str) -> None:
    assert read(text)["intent"] == intent


@pytest.mark.parametrize("text", ["que agenda tiene el alcalde mañana", "q tiene el alcalde el jueves"])
def test_que_before_anything_else_still_asks(read, text: str) -> None:
    assert read(text)["intent"] == "agenda.query"
