"""Messages as an attacker or a clumsy user writes them, through the real dispatcher on a SQLite file:
every one is answered (a reply, never an exception), and so is the «sí» or the number that follows it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from settings import Role, Settings
from storage.database import open_database

ZONE = ZoneInfo("America/Santiago")
FRAGMENTS = [
    "agenda", "diciembre 4", "marzo 15 a las 10", "reunión con el seremi", "30 de febrero", "29 de febrero de 2027",
    "31 de abril", "el 31/02", "a las 25:00", "el 1 de enero de 0001", "31/12/9999", "año 3000", "00:30",
    "el domingo 6 de septiembre", "reclamo de la vecina Rosa Muñoz por basura en Prat 1234", "llegó invitación del",
    "Rotary", "para el sábado 28", "a las 19 hrs", "fono del seremi de salud", "q tiene el alcalde mañana", "sí",
    "no", "deshacer", "cancelar", "1", "2", "R-2026-0001", "99999999999999999999", "-1", "1e309", "\x00", "\ud800",
    "\udfff", "\u202e", "🙂", "\ufeff", "<b>", "&amp;", "'; drop table contact; --", "%s", "{0}", "\n", "   ",
    "efeméride", "exportar reclamos", "importar contactos", "del 1 al 30 de noviembre", "la próxima semana",
]
messages = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6).map(" ".join)
MOMENTS = [datetime(2026, 11, 23, 9, 0, tzinfo=ZONE), datetime(2026, 12, 31, 23, 59, tzinfo=ZONE),
           datetime(2027, 9, 5, 23, 45, tzinfo=ZONE), datetime(2027, 4, 3, 23, 30, tzinfo=ZONE)]


@pytest.fixture(scope="module")
def dispatchers(tmp_path_factory: pytest.TempPathFactory, parser) -> list[Dispatcher]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'gabinete.db'}")
    yield [Dispatcher(engine, Settings(), parser, clock=lambda moment=moment: moment) for moment in MOMENTS]
    engine.dispose()


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=messages, moment=st.integers(0, len(MOMENTS) - 1), follow=st.sampled_from(["sí", "1", "no"]))
def test_every_message_and_the_answer_after_it_get_a_reply(dispatchers: list[Dispatcher], text: str, moment: int,
                                                          follow: str) -> None:
    dispatcher = dispatchers[moment]
    actor = Actor(telegram_id=501, name="Camila Secretaria", role=Role.ADMIN)
    reply = dispatcher.handle_text("fuzz", actor, text)
    assert reply is not None and reply.text.strip()
    answer = dispatcher.handle_text("fuzz", actor, follow)
    assert answer is not None and answer.text.strip()
