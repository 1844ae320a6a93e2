"""Every kind of inline button the bot sends, pressed over HTTP against the fake Bot API: confirm and cancel,
numbered choices, and the buttons of scheduled messages (invitation answers, efeméride greetings)."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from bot.telegram.app import build_application
from bot.telegram.render import render
from handlers.context import Context
from handlers.reminders import efemeride_reminder, invitation_reminder
from handlers.reply import Reply
from storage.database import transaction
from storage.models import Efemeride, Invitation
from tests.bot.fake_bot_api import BOT_USER, FakeBotApi
from tests.bot.telegram_harness import ADMIN, MONDAY_MORNING, OBRAS_CHAT, STAFF, press, running, say

ROTARY = "llegó invitación del Rotary a la cena aniversario el sábado 28 a las 20 hrs"


@pytest.fixture
def dispatcher(telegram_dispatcher: Dispatcher) -> Dispatcher:
    return telegram_dispatcher


def scheduled_message(api: FakeBotApi, reply: Reply, chat_id: int = OBRAS_CHAT) -> dict:
    """A message as the scheduler sends it to a group: the reply's text with its buttons, rendered by the bot's
    own renderer."""
    part = render(reply)[-1]
    return {"message_id": 9000 + len(api.calls), "date": int(time.time()), "from": BOT_USER, "text": part.text,
            "chat": {"id": chat_id, "type": "group" if chat_id < 0 else "private", "title": "Grupo"},
            "reply_markup": part.markup.to_dict()}


def press_on(api: FakeBotApi, user: int, message: dict, label: str) -> dict:
    """Press `label` on `message`; the edit it causes, as a message carrying the new buttons."""
    before = len(api.sent("editMessageText"))
    value = next(button["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for button in row
                 if button["text"] == label)
    api.push_press(user, value, message)
    edit = api.wait_for("editMessageText", count=before + 1)[-1].params
    edited = {**message, "text": edit["text"]}
    edited.pop("reply_markup", None)
    if "reply_markup" in edit:
        edited["reply_markup"] = edit["reply_markup"]
    return edited


def stored_invitation(dispatcher: Dispatcher, text: str = ROTARY) -> Invitation:
    dispatcher.handle_text("setup", dispatcher.actor_for(STAFF), text)
    dispatcher.handle_text("setup", dispatcher.actor_for(STAFF), "sí")
    with Session(dispatcher.engine) as session:
        return session.exec(select(Invitation).order_by(Invitation.id.desc())).first()


def test_the_answer_buttons_of_an_invitation_reminder_answer_it_after_a_confirmation(
        bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    invitation = stored_invitation(dispatcher)
    with transaction(dispatcher.engine) as session:
        ctx = Context(session=session, actor=dispatcher.actor_for(STAFF), now=MONDAY_MORNING,
                      settings=dispatcher.settings)
        reminder = invitation_reminder(ctx, invitation, date(2026, 11, 23))
    preview = press_on(bot, STAFF, scheduled_message(bot, reminder), "Aceptar")
    assert "cena aniversario" in preview["text"] and "Confirmar" in str(preview["reply_markup"])
    done = press_on(bot, STAFF, preview, "Confirmar")
    assert "aceptada" in done["text"]
    with Session(dispatcher.engine) as session:
        assert session.get(Invitation, invitation.id).status == "accepted"


def test_the_greeting_button_of_an_efemeride_reminder_records_it(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    with transaction(dispatcher.engine) as session:
        efemeride = Efemeride(title="Aniversario de Bomberos", month=11, day_of_month=25, created_at=MONDAY_MORNING)
        session.add(efemeride)
        session.flush()
        reminder = efemeride_reminder(efemeride, None, date(2026, 11, 25), date(2026, 11, 23))
    done = press_on(bot, STAFF, scheduled_message(bot, reminder, chat_id=STAFF), "Saludo enviado")
    assert "registrado" in done["text"]
    with Session(dispatcher.engine) as session:
        assert session.get(Efemeride, efemeride.id).greeted_year == 2026


def test_numbered_choice_buttons_pick_the_record(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    stored_invitation(dispatcher)
    stored_invitation(dispatcher, "llegó invitación del Rotary a un almuerzo el viernes 27 a las 13 hrs")
    [question] = say(bot, ADMIN, "acepta la del Rotary")
    buttons = [button["text"] for row in bot.as_message(question)["reply_markup"]["inline_keyboard"] for button in row]
    almuerzo = next(label for label in buttons if "almuerzo" in label)
    preview = press(bot, ADMIN, question, almuerzo)
    assert "almuerzo" in preview.params["text"] and "cena" not in preview.params["text"]


def test_cancel_button_discards(bot: FakeBotApi, dispatcher: Dispatcher) -> None:
    [proposal] = say(bot, STAFF, ROTARY)
    edit = press(bot, STAFF, proposal, "Cancelar")
    assert "No se guardó nada" in edit.params["text"]
    with Session(dispatcher.engine) as session:
        assert session.exec(select(Invitation)).first() is None


def test_confirm_pressed_again_after_a_restart_says_what_was_stored(api: FakeBotApi, dispatcher: Dispatcher) -> None:
    with running(build_application(dispatcher, api.token)):
        [proposal] = say(api, STAFF, ROTARY)
        press(api, STAFF, proposal, "Confirmar")
    with running(build_application(dispatcher, api.token)):  # the answer was lost; the button is pressed again
        again = press(api, STAFF, proposal, "Confirmar")
    assert again.params["text"].startswith("Ya quedó guardado:") and "cena aniversario" in again.params["text"]
    with Session(dispatcher.engine) as session:
        assert len(session.exec(select(Invitation)).all()) == 1
