"""The photo archive over HTTP: a photo sent to the real bot is downloaded, linked, and sent back by file id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from msgspec.structs import replace
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from settings.model import CeremonySettings
from storage.ceremonies import Photo
from storage.database import transaction
from storage.models import Event
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import MONDAY_MORNING, STAFF, VIEWER, running, say, telegram_settings

JPEG = b"\xff\xd8\xff\xe0" + b"foto de prueba" * 100


@pytest.fixture
def dispatcher(sqlite_engine: Engine, parser, api: FakeBotApi, tmp_path: Path) -> Dispatcher:
    settings = replace(telegram_settings(api), ceremonies=CeremonySettings(photos_dir=str(tmp_path / "fotos")))
    with transaction(sqlite_engine) as session:
        for title in ("Inauguración de la plaza Los Aromos", "Reunión con la junta de vecinos"):
            session.add(Event(title=title, day=MONDAY_MORNING.date(), created_at=MONDAY_MORNING))
    return Dispatcher(sqlite_engine, settings, parser, clock=lambda: MONDAY_MORNING)


@pytest.fixture
def bot(api: FakeBotApi, dispatcher: Dispatcher) -> Iterator[FakeBotApi]:
    with running(build_application(dispatcher, api.token)):
        yield api


def photos(engine: Engine) -> list[Photo]:
    with Session(engine) as session:
        return list(session.exec(select(Photo)))


def test_a_captioned_photo_is_downloaded_linked_and_sent_back_as_an_album(bot: FakeBotApi,
                                                                         dispatcher: Dispatcher) -> None:
    bot.push_photo(STAFF, JPEG, caption="inauguración de la plaza")
    [saved] = bot.wait_for(where=lambda call: call.params.get("chat_id") == STAFF)
    assert "Foto guardada en «Inauguración de la plaza Los Aromos" in saved.params["text"]
    [photo] = photos(dispatcher.engine)
    assert photo.event_id is not None and Path(photo.path or "").read_bytes() == JPEG
    bot.push_photo(STAFF, JPEG + b"2", caption="más de la inauguración de la plaza")
    bot.wait_for(count=2, where=lambda call: call.params.get("chat_id") == STAFF)
    [answer] = say(bot, STAFF, "fotos de la inauguración de la plaza")
    assert "2 fotos" in answer.params["text"]
    [album] = bot.wait_for("sendMediaGroup")
    sent_ids = [item["media"] for item in album.params["media"]]
    assert sent_ids == [p.file_id for p in photos(dispatcher.engine)]


def test_an_uncaptioned_photo_asks_which_activity_and_the_button_links_it(bot: FakeBotApi,
                                                                         dispatcher: Dispatcher) -> None:
    bot.push_photo(STAFF, JPEG)
    [question] = bot.wait_for(where=lambda call: call.params.get("chat_id") == STAFF)
    assert "¿De qué actividad son?" in question.params["text"]
    buttons = [b for row in question.params["reply_markup"]["inline_keyboard"] for b in row]
    chosen = next(b for b in buttons if "junta de vecinos" in b["text"])
    bot.push_press(STAFF, chosen["callback_data"], bot.as_message(question))
    bot.wait_for("editMessageText")
    [photo] = photos(dispatcher.engine)
    assert photo.event_id is not None


def test_a_voice_note_gets_a_word_on_what_the_bot_keeps_and_a_viewer_cannot_store_photos(
        bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    bot.push_voice(STAFF)
    [reply] = bot.wait_for(where=lambda call: call.params.get("chat_id") == STAFF)
    assert "guardo fotos" in reply.params["text"]
    bot.push_photo(VIEWER, JPEG, caption="inauguración de la plaza")
    [refused] = bot.wait_for(where=lambda call: call.params.get("chat_id") == VIEWER)
    assert "no registrar" in refused.params["text"]
    assert photos(dispatcher.engine) == []
