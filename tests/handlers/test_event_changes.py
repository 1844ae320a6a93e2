"""Cancelling and moving activities in words: previewed, stored with audit and sequence, undone; found by
their words, their day or the conversation; several that fit are asked about."""

from __future__ import annotations

from datetime import date

from handlers import agenda, briefing
from handlers.agenda import event_ref
from handlers.invitations import invitation_ref
from handlers.reply import PendingKind
from storage.models import Event, Invitation, InvitationStatus
from storage.queries.agenda import events_between
from tests.handlers.changes import as_one_input, audit_rows, focused, local, stored, undo_last
from tests.handlers.steps import REGISTRY, confirm

THURSDAY = date(2026, 11, 26)
FRIDAY = date(2026, 11, 27)
NEXT_MONDAY = date(2026, 11, 30)


def meeting(ctx, title="Reunión con el gobernador regional", day=THURSDAY, hour=10, end_hour=None, place=None,
            invitation_id=None):
    return stored(ctx, Event(title=title, day=day, start_at=local(ctx, day, hour),
                             end_at=local(ctx, day, end_hour) if end_hour else None, place=place,
                             invitation_id=invitation_id, created_at=ctx.now))


def test_cancelled_activity_leaves_the_agenda_the_briefing_says_so_and_undo_brings_it_back(ctx):
    event = meeting(ctx, place="Gobernación")
    preview = REGISTRY.handle(ctx, "event.cancel", {"reference": "reunión", "on": THURSDAY.isoformat()})
    assert "Cancelar la actividad" in preview.text and "gobernador" in preview.text
    assert preview.focus is not None and preview.focus.records[-1].id == event.id
    assert events_between(ctx.session, THURSDAY, THURSDAY) == [event]  # nothing changed before «sí»

    reply = confirm(ctx, preview)

    assert reply.stored and "cancelada" in reply.text
    assert events_between(ctx.session, THURSDAY, THURSDAY) == []
    assert "No hay actividades" in agenda.handle_query(ctx, {"date_from": THURSDAY}).text
    told = briefing.compose(ctx, THURSDAY).text
    assert "1 actividad de este día fue cancelada" in told and "10:00" not in told and "gobernador" not in told
    ctx.session.refresh(event)
    assert (event.sequence, event.updated_at, event.cancelled_at) == (1, ctx.now, ctx.now)
    row = audit_rows(ctx, "event")[-1]
    assert row.action == "update" and row.before["cancelled_at"] is None

    undo_last(ctx)
    assert events_between(ctx.session, THURSDAY, THURSDAY) == [event]


def test_a_time_alone_keeps_the_day_and_the_length(ctx):
    event = meeting(ctx, hour=10, end_hour=11)
    preview = REGISTRY.handle(ctx, "event.update", {"reference": "gobernador", "time": "12:30"})
    assert "jueves 26 de noviembre, 12:30 a 13:30" in preview.text and "(antes: jueves 26 de noviembre, 10:00" \
        in preview.text
    confirm(ctx, preview)
    ctx.session.refresh(event)
    assert event.day == THURSDAY
    assert (event.start_at, event.end_at) == (local(ctx, THURSDAY, 12, 30), local(ctx, THURSDAY, 13, 30))
    assert event.sequence == 1


def test_a_day_alone_keeps_the_time_and_the_old_day_is_free(ctx):
    event = meeting(ctx, hour=10)
    confirm(ctx, REGISTRY.handle(ctx, "event.update", {"reference": "reunión gobernador", "date": NEXT_MONDAY}))
    ctx.session.refresh(event)
    assert (event.day, event.start_at) == (NEXT_MONDAY, local(ctx, NEXT_MONDAY, 10))
    assert events_between(ctx.session, THURSDAY, THURSDAY) == []
    undo_last(ctx)
    assert events_between(ctx.session, THURSDAY, THURSDAY) == [event]


def test_a_pronoun_moves_the_activity_the_chat_is_about(ctx):
    event = meeting(ctx)
    meeting(ctx, title="Almuerzo con concejales", day=FRIDAY, hour=13)
    chat = focused(ctx, event_ref(event, ctx))
    preview = REGISTRY.handle(chat, "event.update", {"date": NEXT_MONDAY.isoformat(), "time": "10:00"})
    assert "Cambiar la actividad N°" in preview.text and "gobernador" in preview.text
    assert "lunes 30 de noviembre, 10:00" in preview.text


def test_an_ordinal_picks_from_the_agenda_just_shown(ctx):
    first = meeting(ctx, title="Desayuno con la Cámara", hour=8)
    second = meeting(ctx, title="Punto de prensa", hour=12)
    shown = agenda.handle_query(ctx, {"date_from": THURSDAY})
    assert shown.focus is not None and [ref.id for ref in shown.focus.listed] == [first.id, second.id]
    chat = focused(ctx, listed=shown.focus.listed)
    preview = REGISTRY.handle(chat, "event.cancel", {"reference": "la segunda"})
    assert "Punto de prensa" in preview.text and "Desayuno" not in preview.text


def test_two_activities_that_fit_are_asked_about_never_picked(ctx):
    meeting(ctx, title="Reunión con vecinos", day=THURSDAY)
    meeting(ctx, title="Reunión con vecinos", day=FRIDAY)
    reply = REGISTRY.handle(ctx, "event.cancel", {"reference": "reunión con vecinos"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.CHOOSE
    assert len(reply.pending.options) == 2 and "jueves 26" in reply.text and "viernes 27" in reply.text
    assert len(events_between(ctx.session, THURSDAY, FRIDAY)) == 2


def test_a_move_that_clashes_says_so_before_confirming(ctx):
    meeting(ctx, title="Concejo municipal", day=NEXT_MONDAY, hour=10, end_hour=12)
    meeting(ctx)
    preview = REGISTRY.handle(ctx, "event.update", {"reference": "gobernador", "date": NEXT_MONDAY})
    assert "Ojo: choca con" in preview.text and "Concejo municipal" in preview.text


def test_moving_an_accepted_invitations_activity_moves_the_invitation_too(ctx):
    invitation = stored(ctx, Invitation(organizer="Rotary Club", title="Cena aniversario", day=THURSDAY,
                                        start_at=local(ctx, THURSDAY, 20), received_at=ctx.now,
                                        status=InvitationStatus.ACCEPTED))
    event = meeting(ctx, title="Cena aniversario", hour=20, invitation_id=invitation.id)
    as_one_input(ctx)
    confirm(ctx, REGISTRY.handle(ctx, "event.update", {"reference": "cena", "time": "21:00"}))
    ctx.session.refresh(invitation)
    assert invitation.start_at == local(ctx, THURSDAY, 21)
    undo_last(ctx)
    ctx.session.refresh(invitation)
    ctx.session.refresh(event)
    assert invitation.start_at == event.start_at == local(ctx, THURSDAY, 20)


def test_a_change_about_a_pending_invitation_in_focus_changes_the_invitation(ctx):
    invitation = stored(ctx, Invitation(organizer="Bomberos", title="Ceremonia de premiación", day=THURSDAY,
                                        start_at=local(ctx, THURSDAY, 19), place="Teatro Regional",
                                        received_at=ctx.now))
    chat = focused(ctx, invitation_ref(invitation, ctx))
    preview = REGISTRY.handle(chat, "event.update", {"place": "Cuartel General"})
    assert preview.pending is not None and preview.pending.intent == "invitation.update"
    assert "Lugar: Cuartel General (antes: Teatro Regional)" in preview.text


def test_nothing_found_says_so_and_changes_nothing(ctx):
    meeting(ctx)
    reply = REGISTRY.handle(ctx, "event.cancel", {"reference": "cicletada familiar"})
    assert reply.pending is None and "No encontré" in reply.text and "cicletada" in reply.text
    assert audit_rows(ctx, "event") == []


def test_all_day_activity_given_a_day_stays_all_day(ctx):
    event = stored(ctx, Event(title="Feria costumbrista", day=THURSDAY, created_at=ctx.now))
    confirm(ctx, REGISTRY.handle(ctx, "event.update", {"reference": "feria", "date": FRIDAY}))
    ctx.session.refresh(event)
    assert (event.day, event.start_at) == (FRIDAY, None)


def test_a_time_names_the_activity_among_those_with_the_same_words(ctx):
    meeting(ctx, title="Reunión con vecinos", hour=10)
    later = meeting(ctx, title="Reunión con vecinos", hour=17)
    preview = REGISTRY.handle(ctx, "event.update", {"reference": "reunión", "at": "17:00", "time": "18:00"})
    assert f"N° {later.id}" in preview.text and "18:00" in preview.text


def test_a_word_of_chatter_does_not_hide_the_activity(ctx):
    event = meeting(ctx, title="Reunión con dirigentes vecinales", place="Sede Los Aromos")
    preview = REGISTRY.handle(ctx, "event.cancel", {"reference": "reunión con dirigentes vecinales lluvia"})
    assert preview.pending is not None and preview.pending.slots["event_id"] == event.id


def test_the_briefing_asked_for_another_day_says_an_activity_was_cancelled(ctx):
    meeting(ctx)
    confirm(ctx, REGISTRY.handle(ctx, "event.cancel", {"reference": "gobernador"}))
    text = REGISTRY.handle(ctx, "briefing.request", {"date": THURSDAY.isoformat()}).text
    assert text.startswith("Resumen del jueves 26 de noviembre") and "fue cancelada" in text
    assert "cancelada" not in REGISTRY.handle(ctx, "briefing.request", {}).text


def test_a_day_that_names_it_and_its_new_day_are_told_apart(ctx):
    event = meeting(ctx, day=THURSDAY, hour=10)
    confirm(ctx, REGISTRY.handle(ctx, "event.update", {"on": THURSDAY.isoformat(), "date": FRIDAY.isoformat()}))
    ctx.session.refresh(event)
    assert (event.day, event.start_at) == (FRIDAY, local(ctx, FRIDAY, 10))


def test_a_time_said_after_a_days_agenda_picks_among_the_activities_listed(ctx):
    shown = meeting(ctx, title="Reunión con DIDECO", day=THURSDAY, hour=10)
    meeting(ctx, title="Reunión con Obras", day=FRIDAY, hour=10)
    meeting(ctx, title="Visita a la feria", day=THURSDAY, hour=16)
    listed = agenda.handle_query(ctx, {"date_from": THURSDAY}).focus.listed
    preview = REGISTRY.handle(focused(ctx, listed=listed), "event.cancel", {"at": "10:00"})
    assert preview.pending is not None and preview.pending.slots["event_id"] == shown.id
