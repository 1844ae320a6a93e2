"""Changing a registered invitation, and answering the one the conversation points at: by pronoun, ordinal or
a word of the list just shown; two that fit are asked about."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from handlers import invitations
from handlers.invitations import invitation_ref
from handlers.reply import PendingKind
from storage.models import Event, Invitation, InvitationStatus
from storage.queries.agenda import events_between
from tests.handlers.changes import as_one_input, audit_rows, focused, local, stored, undo_last
from tests.handlers.steps import REGISTRY, confirm

SATURDAY = date(2026, 11, 28)
DECEMBER_3 = date(2026, 12, 3)


def invitation(ctx, organizer, title, day=SATURDAY, hour=19, place=None, status=InvitationStatus.PENDING):
    return stored(ctx, Invitation(organizer=organizer, title=title, day=day, start_at=local(ctx, day, hour),
                                  place=place, received_at=ctx.now, status=status))


def test_new_place_is_previewed_with_the_old_one_stored_audited_and_undone(ctx):
    rotary = invitation(ctx, "Rotary Club", "Cena aniversario", place="Hotel Diego de Almagro")
    preview = REGISTRY.handle(ctx, "invitation.update", {"reference": "Rotary", "place": "Club de la Unión"})
    assert "Lugar: Club de la Unión (antes: Hotel Diego de Almagro)" in preview.text
    reply = confirm(ctx, preview)
    assert reply.stored and "Club de la Unión" in reply.text
    ctx.session.refresh(rotary)
    assert rotary.place == "Club de la Unión"
    assert audit_rows(ctx, "invitation")[-1].before["place"] == "Hotel Diego de Almagro"
    undo_last(ctx)
    ctx.session.refresh(rotary)
    assert rotary.place == "Hotel Diego de Almagro"


def test_new_time_keeps_the_day_and_an_accepted_invitations_activity_follows(ctx):
    cena = invitation(ctx, "Rotary Club", "Cena aniversario", status=InvitationStatus.ACCEPTED)
    event = stored(ctx, Event(title=cena.title, day=SATURDAY, start_at=cena.start_at, invitation_id=cena.id,
                              created_at=ctx.now))
    as_one_input(ctx)
    preview = REGISTRY.handle(ctx, "invitation.update", {"reference": "cena", "time": "21:00"})
    assert "sábado 28 de noviembre, 21:00" in preview.text and "la actividad de la agenda cambiará" in preview.text
    confirm(ctx, preview)
    ctx.session.refresh(event)
    assert (event.start_at, event.sequence) == (local(ctx, SATURDAY, 21), 1)
    undo_last(ctx)
    ctx.session.refresh(event)
    ctx.session.refresh(cena)
    assert event.start_at == cena.start_at == local(ctx, SATURDAY, 19)


def test_the_list_just_shown_is_the_focus_and_an_ordinal_answers_its_item(ctx):
    desayuno = invitation(ctx, "Cámara Chilena de la Construcción", "Desayuno empresarial", hour=8)
    aniversario = invitation(ctx, "Bomberos", "Aniversario Primera Compañía", day=DECEMBER_3)
    shown = invitations.handle_query(ctx, {})
    assert [ref.id for ref in shown.focus.listed] == [desayuno.id, aniversario.id]
    chat = focused(ctx, listed=shown.focus.listed)
    preview = REGISTRY.handle(chat, "invitation.respond", {"response": "accepted", "reference": "segunda"})
    assert "Aniversario Primera Compañía" in preview.text and "Desayuno" not in preview.text
    confirm(chat, preview)
    assert [e.title for e in events_between(ctx.session, DECEMBER_3, DECEMBER_3)] == ["Aniversario Primera Compañía"]


def test_a_word_of_a_listed_item_picks_it(ctx):
    invitation(ctx, "Municipalidad de Quilicura", "Inauguración de plaza")
    invitation(ctx, "Rotary Club", "Cena anual")
    chat = focused(ctx, listed=invitations.handle_query(ctx, {}).focus.listed)
    preview = REGISTRY.handle(chat, "invitation.respond", {"response": "declined", "reference": "la de Quilicura"})
    assert "Quilicura" in preview.text and "Rotary" not in preview.text


def test_a_pronoun_answers_the_invitation_just_stored_even_beside_other_words(ctx):
    invitation(ctx, "Universidad de La Frontera", "Inicio del año académico", place="Aula Magna")
    stored_one = invitation(ctx, "Cuerpo de Bomberos", "Premiación anual")
    chat = focused(ctx, invitation_ref(stored_one, ctx))
    preview = REGISTRY.handle(chat, "invitation.respond", {"response": "declined",
                                                           "reference": "tiene concejo ese día"})
    assert "Premiación anual" in preview.text and "Frontera" not in preview.text
    assert preview.focus.records[-1].id == stored_one.id


def test_two_invitations_from_the_same_organizer_are_asked_about(ctx):
    invitation(ctx, "Rotary Club", "Cena aniversario")
    invitation(ctx, "Rotary Club", "Almuerzo de camaradería", day=DECEMBER_3)
    reply = REGISTRY.handle(ctx, "invitation.respond", {"response": "accepted", "reference": "Rotary"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.CHOOSE
    assert "Cena aniversario" in reply.text and "Almuerzo de camaradería" in reply.text
    assert [ref.entity for ref in reply.focus.listed] == ["invitation", "invitation"]
    assert ctx.session.exec(select(Invitation).where(Invitation.status != InvitationStatus.PENDING)).all() == []


def test_a_change_that_says_nothing_new_asks_what_to_change(ctx):
    invitation(ctx, "Rotary Club", "Cena aniversario", place="Club Social")
    reply = REGISTRY.handle(ctx, "invitation.update", {"reference": "Rotary", "place": "Club Social"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.ASK and "¿Qué cambio" in reply.text


def test_words_that_fit_two_invitations_ask_even_when_one_was_just_stored(ctx):
    invitation(ctx, "Rotary Club", "Cena aniversario")
    latest = invitation(ctx, "Rotary Club", "Almuerzo de camaradería", day=DECEMBER_3)
    chat = focused(ctx, invitation_ref(latest, ctx))
    reply = REGISTRY.handle(chat, "invitation.respond", {"response": "accepted", "reference": "la del Rotary"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.CHOOSE


def test_invitations_are_listed_by_their_answer_and_period(ctx):
    invitation(ctx, "Rotary Club", "Cena aniversario", status=InvitationStatus.ACCEPTED)
    invitation(ctx, "Bomberos", "Aniversario", day=DECEMBER_3, status=InvitationStatus.DECLINED)
    invitation(ctx, "Cámara", "Desayuno")
    accepted = invitations.handle_query(ctx, {"status": "accepted"})
    assert accepted.text.startswith("Invitaciones aceptadas (1)") and "Cena aniversario" in accepted.text
    assert "Desayuno" not in accepted.text and len(accepted.focus.listed) == 1
    december = invitations.handle_query(ctx, {"status": "declined", "date_from": DECEMBER_3, "date_to": DECEMBER_3})
    assert "Aniversario" in december.text
    assert "No hay invitaciones delegadas" in invitations.handle_query(ctx, {"status": "delegated"}).text
