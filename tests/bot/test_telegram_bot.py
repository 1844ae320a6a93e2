"""The Telegram bot as staff and strangers meet it: real PTB, real dispatcher and handlers, a fake Bot API."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.telegram.updates import FAILED, NOT_XLSX
from handlers.registry import NOT_ALLOWED
from storage.models import AuditEntry, Event, Invitation
from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.telegram_harness import (
    ADMIN,
    MONDAY_MORNING,
    OBRAS_CHAT,
    OTHER_GROUP,
    STAFF,
    STRANGER,
    VIEWER,
    barrier,
    press,
    replies_to,
    say,
)

INVITATION = "llegó invitación del Rotary para el sábado 28 a las 19 hrs"


@pytest.fixture
def dispatcher(telegram_dispatcher: Dispatcher) -> Dispatcher:
    return telegram_dispatcher


def invitations(engine: Engine) -> list[Invitation]:
    with Session(engine) as session:
        return list(session.exec(select(Invitation)))


def test_start_up_sets_the_spanish_command_menu(bot: FakeBotApi) -> None:
    menu = {command["command"]: command["description"] for command in bot.commands}
    assert menu["hoy"] == "Agenda de hoy"
    assert {"manana", "reclamo", "exportar", "ayuda"} <= set(menu)


def test_a_stranger_gets_one_line_with_their_id_and_is_recorded(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    [reply] = say(bot, STRANGER, "hola, necesito la agenda del alcalde")
    [again] = say(bot, STRANGER, "/hoy")
    assert f"<code>{STRANGER}</code>" in reply.params["text"]
    assert "\n" not in reply.params["text"]
    assert again.params["text"] == reply.params["text"]
    with Session(dispatcher.engine) as session:
        recorded = session.exec(select(AuditEntry).where(AuditEntry.action == "stranger")).all()
    assert [entry.entity_id for entry in recorded] == [str(STRANGER)] * 2


def test_a_viewer_is_told_they_may_not_register_and_nothing_is_stored(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    [reply] = say(bot, VIEWER, INVITATION)
    assert reply.params["text"] == NOT_ALLOWED
    assert "reply_markup" not in reply.params
    assert invitations(dispatcher.engine) == []


def test_confirm_button_stores_the_invitation_once_even_when_the_press_is_delivered_twice(
        bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    [proposal] = say(bot, STAFF, INVITATION)
    assert "Rotary" in proposal.params["text"]
    bot.redeliver(bot.push_press(STAFF, "si", bot.as_message(proposal)))
    edit = bot.wait_for("editMessageText")[0]
    barrier(bot, STAFF)
    assert "guardad" in edit.params["text"].lower()
    assert "reply_markup" not in edit.params
    assert len(bot.sent("editMessageText")) == 1
    assert len(bot.sent("answerCallbackQuery")) == 2
    [stored] = invitations(dispatcher.engine)
    assert stored.organizer and "Rotary" in stored.organizer + stored.title


def test_a_message_delivered_twice_is_answered_once(bot: FakeBotApi) -> None:
    bot.redeliver(bot.push_text(STAFF, INVITATION))
    barrier(bot, STAFF)
    assert len(replies_to(bot, STAFF)) == 2  # the proposal and the barrier's help


def test_flood_control_is_waited_out_and_the_reply_sent_once(bot: FakeBotApi) -> None:
    bot.fail_next("sendMessage")
    bot.push_text(STAFF, "/ayuda")
    refused, sent = bot.wait_for(count=2, where=lambda call: call.params["chat_id"] == STAFF)
    assert sent.at - refused.at >= 1.0
    assert sent.params["text"].startswith("Hola, Camila")
    barrier(bot, STAFF)
    assert len(replies_to(bot, STAFF)) == 3


def test_a_6000_character_agenda_arrives_in_two_messages_cut_between_lines(
        bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    titles = [f"Reunión de coordinación territorial número {n:02d} con juntas de vecinos del sector" for n in
              range(60)]
    with Session(dispatcher.engine) as session:
        for n, title in enumerate(titles):
            start = MONDAY_MORNING + timedelta(minutes=10 * n)
            session.add(Event(title=title, day=date(2026, 11, 23), start_at=start, place="Salón municipal",
                              created_at=MONDAY_MORNING))
        session.commit()
    parts = say(bot, STAFF, "/hoy", count=2)
    texts = [part.params["text"] for part in parts]
    assert sum(len(text) for text in texts) > 4096
    assert all(len(text) <= 4096 for text in texts)
    assert all(any(title in line for line in texts[0].split("\n") + texts[1].split("\n")) for title in titles)
    barrier(bot, STAFF)
    assert len(replies_to(bot, STAFF)) == 3


def test_in_groups_the_bot_answers_only_when_addressed_in_a_configured_chat(bot: FakeBotApi) -> None:
    bot.push_text(STAFF, "/ayuda", OTHER_GROUP, "supergroup")
    bot.push_text(STAFF, "agenda de hoy", OBRAS_CHAT, "supergroup")
    barrier(bot, STAFF, OBRAS_CHAT, "supergroup")
    assert replies_to(bot, OTHER_GROUP) == [] and len(replies_to(bot, OBRAS_CHAT)) == 1
    [answer] = say(bot, STAFF, "@gabinete_bot agenda de hoy", OBRAS_CHAT, "supergroup")
    assert answer.params["reply_parameters"]["message_id"] > 0
    [command] = say(bot, STAFF, "/hoy@gabinete_bot", OBRAS_CHAT, "supergroup")
    assert command.params["text"] == answer.params["text"]


def test_after_a_group_migrates_the_supergroup_is_served(bot: FakeBotApi) -> None:
    supergroup = -1009999
    migration = bot.message(STAFF, None, OBRAS_CHAT, "group")
    migration["migrate_to_chat_id"] = supergroup
    bot.push_update({"message": migration})
    [answer] = say(bot, STAFF, "/hoy", supergroup, "supergroup")
    assert "agenda" in answer.params["text"].lower() or "actividades" in answer.params["text"].lower()


def test_a_failure_tells_the_user_nothing_was_stored_and_the_bot_keeps_going(
        bot: FakeBotApi, dispatcher: Dispatcher, monkeypatch: pytest.MonkeyPatch) -> None:
    real = dispatcher.handle_text

    def broken_once(*args: object) -> None:
        monkeypatch.setattr(dispatcher, "handle_text", real)
        raise RuntimeError("database went away")

    monkeypatch.setattr(dispatcher, "handle_text", broken_once)
    [notice] = say(bot, STAFF, INVITATION)
    assert notice.params["text"] == FAILED
    [proposal] = say(bot, STAFF, INVITATION)
    assert "Rotary" in proposal.params["text"]


def test_an_xlsx_with_a_caption_reaches_the_dispatcher_and_other_files_are_declined(
        bot: FakeBotApi, dispatcher: Dispatcher, monkeypatch: pytest.MonkeyPatch) -> None:
    received: list[tuple[str, bytes, str]] = []
    real = dispatcher.handle_file

    def spy(key: str, actor: object, filename: str, content: bytes, caption: str, once: str | None = None):
        received.append((filename, content, caption))
        return real(key, actor, filename, content, caption, once)

    monkeypatch.setattr(dispatcher, "handle_file", spy)
    bot.push_document(STAFF, "contactos.xlsx", b"PK\x03\x04 planilla", caption="importar contactos")
    bot.push_document(STAFF, "foto.jpg", b"\xff\xd8", caption="importar")
    barrier(bot, STAFF)
    assert received == [("contactos.xlsx", b"PK\x03\x04 planilla", "importar contactos")]
    assert replies_to(bot, STAFF)[-2].params["text"] == NOT_XLSX


def test_older_buttons_are_refused_while_newer_ones_wait(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    [first] = say(bot, STAFF, INVITATION)
    [second] = say(bot, STAFF, "llegó invitación de la Cámara de Comercio para el viernes 27 a las 13 hrs")
    bot.push_press(STAFF, "si", bot.as_message(first))
    answer = bot.wait_for("answerCallbackQuery")[0]
    assert "ya no están vigentes" in answer.params["text"]
    press(bot, STAFF, second, "Confirmar")
    [stored] = invitations(dispatcher.engine)
    assert "Comercio" in (stored.organizer or "") + stored.title


def test_an_admin_authorizes_a_newcomer_who_can_then_ask(bot: FakeBotApi) -> None:
    [refused] = say(bot, STAFF, f"/autorizar {STRANGER} staff Pedro Nuevo")
    assert "Solo un administrador" in refused.params["text"]
    [done] = say(bot, ADMIN, f"/autorizar {STRANGER} staff Pedro Nuevo")
    assert "Pedro Nuevo" in done.params["text"]
    [answer] = say(bot, STRANGER, "/ayuda")
    assert answer.params["text"].startswith("Hola, Pedro")


def test_replies_escape_what_users_typed(bot: FakeBotApi) -> None:
    [proposal] = say(bot, STAFF, "llegó invitación de <b>Rotary & Cía</b> para el sábado 28 a las 19 hrs")
    text = proposal.params["text"]
    assert "<" not in text and ">" not in text
    assert "&lt;/b" in text and "&amp; Cía" in text
    assert proposal.params["parse_mode"] == "HTML"


def test_an_export_arrives_as_an_xlsx_document(bot: FakeBotApi) -> None:
    bot.push_text(STAFF, "/exportar agenda 2026-11-01 2026-11-30")
    [document] = bot.wait_for("sendDocument")
    filename, content = document.files["document"]
    assert filename.endswith(".xlsx") and content.startswith(b"PK")
