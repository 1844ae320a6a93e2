"""Whole conversations through the dispatcher: what staff type, what the office ends up storing."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, select

from bot.dispatcher import NOTHING_PENDING, Dispatcher
from handlers.context import Actor
from handlers.registry import NOT_ALLOWED
from handlers.reply import PendingKind
from storage.models import Complaint, Efemeride, Event, Invitation, PendingAction

KEY = "test:chat"
ROTARY = "llegó invitación del Rotary Club para la cena aniversario el sábado 28 a las 19 hrs en el Club de la Unión"


def stored(dispatcher: Dispatcher, model: type) -> list:
    with Session(dispatcher.engine) as session:
        return list(session.exec(select(model).where(col(model.deleted_at).is_(None))))


def say(dispatcher: Dispatcher, actor: Actor, *lines: str) -> list:
    return [dispatcher.handle_text(KEY, actor, line) for line in lines]


def test_invitation_is_stored_only_after_yes(dispatcher: Dispatcher, staff: Actor) -> None:
    proposal = dispatcher.handle_text(KEY, staff, ROTARY)
    assert proposal.pending.kind is PendingKind.CONFIRM
    assert "Rotary" in proposal.text
    assert stored(dispatcher, Invitation) == []
    confirmed = dispatcher.handle_text(KEY, staff, "sí")
    assert confirmed.stored
    [invitation] = stored(dispatcher, Invitation)
    assert "Rotary" in (invitation.organizer or "")
    assert invitation.status == "pending"


def test_accepted_invitation_shows_in_the_agenda(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, ROTARY, "sí", "acepta la invitación del Rotary", "sí")
    [event] = stored(dispatcher, Event)
    assert event.invitation_id is not None
    agenda = dispatcher.handle_text(KEY, staff, "agenda del sábado")
    assert "19:00" in agenda.text
    assert "Rotary" in agenda.text or "cena" in agenda.text


def test_missing_day_is_asked_and_the_answer_fills_it(dispatcher: Dispatcher, staff: Actor) -> None:
    question = dispatcher.handle_text(KEY, staff, "invitación de la Cámara de Comercio a la cena anual")
    assert question.pending.kind is PendingKind.ASK
    assert question.pending.slot == "start"
    proposal = dispatcher.handle_text(KEY, staff, "el viernes 4 de diciembre a las 20:00")
    assert proposal.pending.kind is PendingKind.CONFIRM
    dispatcher.handle_text(KEY, staff, "si")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.day.isoformat() == "2026-12-04"


def test_cancel_drops_the_pending_write(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, ROTARY, "cancelar")
    assert stored(dispatcher, Invitation) == []
    assert dispatcher.handle_text(KEY, staff, "sí").text == NOTHING_PENDING


def test_no_discards_and_nothing_is_stored(dispatcher: Dispatcher, staff: Actor) -> None:
    replies = say(dispatcher, staff, ROTARY, "no")
    assert "No se guardó nada" in replies[-1].text
    assert stored(dispatcher, Invitation) == []


def test_undo_soft_deletes_the_users_last_write(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, ROTARY, "sí")
    reply = dispatcher.handle_text(KEY, staff, "deshacer")
    assert reply.stored
    assert stored(dispatcher, Invitation) == []
    with Session(dispatcher.engine) as session:
        assert len(session.exec(select(Invitation)).all()) == 1  # soft: the row is still there


def test_confirmation_survives_a_restart(dispatcher: Dispatcher, staff: Actor, parser) -> None:
    dispatcher.handle_text(KEY, staff, ROTARY)
    restarted = Dispatcher(dispatcher.engine, dispatcher.settings, parser, clock=dispatcher.clock)
    assert restarted.handle_text(KEY, staff, "sí").stored
    assert len(stored(dispatcher, Invitation)) == 1


def test_a_repeated_input_is_applied_once(dispatcher: Dispatcher, staff: Actor) -> None:
    dispatcher.handle_text(KEY, staff, ROTARY, once="update:1")
    assert dispatcher.handle_text(KEY, staff, "sí", once="update:2").stored
    assert dispatcher.handle_text(KEY, staff, "sí", once="update:2") is None
    assert len(stored(dispatcher, Invitation)) == 1


def test_a_failing_write_stores_nothing_and_keeps_the_question(dispatcher: Dispatcher, staff: Actor,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dispatcher.handle_text(KEY, staff, ROTARY)

    def broken(*_args: object) -> None:
        raise RuntimeError("disco lleno")

    monkeypatch.setitem(dispatcher.registry.commits, "invitation.create", broken)
    with pytest.raises(RuntimeError):
        dispatcher.handle_text(KEY, staff, "sí")
    assert stored(dispatcher, Invitation) == []
    with Session(dispatcher.engine) as session:
        assert session.get(PendingAction, KEY) is not None


def test_viewer_cannot_write(dispatcher: Dispatcher, viewer: Actor) -> None:
    reply = dispatcher.handle_text(KEY, viewer, ROTARY)
    assert reply.text == NOT_ALLOWED
    assert reply.pending is None


def test_viewer_can_read_the_agenda(dispatcher: Dispatcher, viewer: Actor) -> None:
    reply = dispatcher.handle_text(KEY, viewer, "q tiene el alcalde mañana")
    assert reply.text != NOT_ALLOWED
    assert reply.pending is None


def test_complaint_department_can_be_changed_before_confirming(dispatcher: Dispatcher, staff: Actor) -> None:
    proposal = dispatcher.handle_text(
        KEY, staff, "reclamo de la vecina Rosa Muñoz por basura acumulada en calle Prat 1234, fono 9 8877 6655")
    assert "Aseo" in proposal.text
    corrected = dispatcher.handle_text(KEY, staff, "no, es de obras")
    assert corrected.pending.kind is PendingKind.CONFIRM
    assert "Obras" in corrected.text
    done = dispatcher.handle_text(KEY, staff, "sí")
    assert "R-2026-0001" in done.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.department == "obras"
    assert complaint.phone == "+56988776655"


def test_conversations_are_kept_apart(dispatcher: Dispatcher, staff: Actor) -> None:
    dispatcher.handle_text("chat:a", staff, ROTARY)
    assert dispatcher.handle_text("chat:b", staff, "sí").text == NOTHING_PENDING
    assert dispatcher.handle_text("chat:a", staff, "sí").stored


def test_unknown_message_gets_an_answer_not_silence(dispatcher: Dispatcher, staff: Actor) -> None:
    reply = dispatcher.handle_text(KEY, staff, "asdfgh")
    assert "ayuda" in reply.text


def test_a_look_up_while_asked_keeps_the_question_and_a_new_request_starts_over(dispatcher: Dispatcher,
                                                                               staff: Actor) -> None:
    asked = dispatcher.handle_text(KEY, staff, "invitación de la Cámara de Comercio a la cena anual")
    looked = dispatcher.handle_text(KEY, staff, "fono del seremi de salud")
    assert looked.pending == asked.pending and "Sigue pendiente completar la invitación" in looked.text
    reply = dispatcher.handle_text(KEY, staff, "nuevo contacto Juan Pérez Rojas, 9 1111 2222")
    assert reply.pending is not None and reply.pending.intent == "contact.create"
    assert "sin completar la invitación" in reply.text


def test_efemeride_greeting_changed_then_removal_undone_by_deshacer(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, "agrega efeméride 7 de agosto día del dirigente vecinal", "sí")
    preview = dispatcher.handle_text(KEY, staff, "cambia el saludo del día del dirigente vecinal: Gracias, dirigentes")
    assert preview.pending.kind is PendingKind.CONFIRM and "Saludo: Gracias, dirigentes" in preview.text
    assert dispatcher.handle_text(KEY, staff, "sí").stored
    removal = dispatcher.handle_text(KEY, staff, "borra la efeméride del dia del dirigente vecinal")
    assert "¿La borro?" in removal.text
    assert dispatcher.handle_text(KEY, staff, "sí").stored
    assert stored(dispatcher, Efemeride) == []
    undone = dispatcher.handle_text(KEY, staff, "deshacer").text
    assert undone == "Deshecho el borrado de efeméride n.º 1 «día del dirigente vecinal»."
    [efemeride] = stored(dispatcher, Efemeride)
    assert (efemeride.title, efemeride.greeting) == ("día del dirigente vecinal", "Gracias, dirigentes")


def test_viewer_cannot_remove_an_efemeride(dispatcher: Dispatcher, staff: Actor, viewer: Actor) -> None:
    say(dispatcher, staff, "agrega efeméride 30 de junio día del bombero", "sí")
    assert dispatcher.handle_text("test:viewer", viewer, "borra la efeméride del día del bombero").text == NOT_ALLOWED
    assert len(stored(dispatcher, Efemeride)) == 1


def test_undo_takes_back_the_whole_last_input(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, ROTARY, "sí", "acepta la invitación del Rotary", "sí")
    say(dispatcher, staff, "rechaza la invitación del Rotary", "sí")
    assert stored(dispatcher, Event) == []
    reply = dispatcher.handle_text(KEY, staff, "deshacer")
    assert reply.text.startswith("Deshechos 2 cambios de su última acción")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.status == "accepted"
    [event] = stored(dispatcher, Event)
    assert event.invitation_id == invitation.id
    again = dispatcher.handle_text(KEY, staff, "deshacer")
    assert again.text.startswith("Deshechos 2 cambios")  # the acceptance: answer and activity together
    assert stored(dispatcher, Event) == [] and stored(dispatcher, Invitation)[0].status == "pending"
