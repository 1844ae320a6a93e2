"""Registering, listing and answering invitations; an accepted one lives on the agenda."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from handlers import agenda, invitations
from handlers.context import Actor, Context
from handlers.registry import NOT_ALLOWED, Registry
from handlers.reply import PendingKind, Reply
from settings import Role, Settings
from storage.models import AuditEntry, Event, Invitation, InvitationStatus
from storage.queries.invitations import pending_invitations
from tests.handlers.steps import at, confirm

THURSDAY = date(2026, 11, 26)
DECEMBER_3 = date(2026, 12, 3)


def register(ctx: Context, **slots: object) -> Invitation:
    confirm(ctx, invitations.handle_create(ctx, slots))
    return ctx.session.exec(select(Invitation).order_by(Invitation.id.desc())).first()  # type: ignore[union-attr]


def respond(ctx: Context, **slots: object) -> Reply:
    return invitations.handle_respond(ctx, slots)


def agenda_text(ctx: Context, day: date) -> str:
    return agenda.handle_query(ctx, {"date_from": day}).text


def test_invitation_is_previewed_then_stored_pending_with_its_number(ctx: Context) -> None:
    slots = {"organizer": "Rotary Club", "title": "Cena aniversario", "start": at(DECEMBER_3, 20),
             "place": "Club Social"}
    preview = invitations.handle_create(ctx, slots)
    assert "Invita: Rotary Club" in preview.text and "jueves 3 de diciembre, 20:00" in preview.text
    assert ctx.session.exec(select(Invitation)).all() == []

    stored = confirm(ctx, preview)

    invitation = ctx.session.exec(select(Invitation)).one()
    assert stored.stored and f"N° {invitation.id}" in stored.text and "pendiente" in stored.text
    assert (invitation.status, invitation.day) == (InvitationStatus.PENDING, DECEMBER_3)
    assert invitation.start_at is not None and invitation.start_at.tzinfo is not None
    assert ctx.session.exec(select(AuditEntry)).one().entity == "invitation"


def test_title_defaults_to_the_organizer(ctx: Context) -> None:
    invitation = register(ctx, organizer="Cámara de Comercio", start=DECEMBER_3)
    assert invitation.title == "Invitación de Cámara de Comercio"
    assert invitation.start_at is None


def test_missing_day_is_asked_then_handled_when_given(ctx: Context) -> None:
    question = invitations.handle_create(ctx, {"organizer": "Bomberos", "title": "Aniversario"})
    assert question.pending is not None
    assert (question.pending.kind, question.pending.slot) == (PendingKind.ASK, "start")

    preview = invitations.handle_create(ctx, {**question.pending.slots, "start": at(THURSDAY, 19)})
    assert "jueves 26 de noviembre, 19:00" in preview.text
    assert confirm(ctx, preview).stored


def test_query_lists_pending_soonest_first_with_days_left(ctx: Context) -> None:
    register(ctx, organizer="Rotary", title="Cena", start=at(DECEMBER_3, 20))
    register(ctx, organizer="Bomberos", title="Aniversario", start=THURSDAY)
    register(ctx, organizer="Liceo", title="Licenciatura", start=ctx.today - timedelta(days=1))

    lines = invitations.handle_query(ctx, {}).text.splitlines()

    assert lines[0] == "Invitaciones por responder (2):"
    assert "Aniversario (Bomberos)" in lines[1] and lines[1].endswith("faltan 3 días")
    assert "Cena (Rotary)" in lines[2] and lines[2].endswith("faltan 10 días")


def test_nothing_pending_is_said_plainly(ctx: Context) -> None:
    assert invitations.handle_query(ctx, {}).text == "No hay invitaciones pendientes de respuesta."


def test_loose_reference_finds_the_invitation_without_accents(ctx: Context) -> None:
    register(ctx, organizer="Cámara de Comercio", title="Cena anual", start=at(DECEMBER_3, 21))
    register(ctx, organizer="Rotary Club", title="Almuerzo", start=at(THURSDAY, 13))

    reply = respond(ctx, response="accepted", reference="la cena de la camara")

    assert reply.pending is not None and reply.pending.kind == PendingKind.CONFIRM
    assert "Cena anual (Cámara de Comercio)" in reply.text and "Se agregará a la agenda." in reply.text


def test_partial_and_misspelt_words_still_match(ctx: Context) -> None:
    register(ctx, organizer="Rotary Club", title="Almuerzo", start=at(THURSDAY, 13))
    register(ctx, organizer="Junta de Vecinos", title="Once", start=at(THURSDAY, 17))
    assert "Rotary" in respond(ctx, response="declined", reference="la del Rotari").text
    assert "Junta de Vecinos" in respond(ctx, response="declined", reference="la junta").text


def test_ambiguous_reference_offers_choices_then_commits_the_chosen_one(ctx: Context) -> None:
    first = register(ctx, organizer="Rotary Club", title="Almuerzo", start=at(THURSDAY, 13))
    second = register(ctx, organizer="Rotary Club", title="Cena de gala", start=at(DECEMBER_3, 21))

    choice = respond(ctx, response="accepted", reference="la del rotary")
    assert choice.pending is not None and choice.pending.kind == PendingKind.CHOOSE
    assert [option["invitation_id"] for option in choice.pending.options] == [first.id, second.id]
    assert "1. N° 1 · Almuerzo" in choice.text

    proposal = respond(ctx, **{**choice.pending.slots, **choice.pending.options[1]})
    done = confirm(ctx, proposal)

    assert done.stored and "aceptada" in done.text
    ctx.session.refresh(second)
    ctx.session.refresh(first)
    assert (first.status, second.status) == (InvitationStatus.PENDING, InvitationStatus.ACCEPTED)
    assert second.answered_at is not None


def test_reference_naming_an_answered_invitation_reaches_it_over_a_weaker_pending_match(ctx: Context) -> None:
    lunch = register(ctx, organizer="Rotary Club", title="Almuerzo", start=at(THURSDAY, 13))
    register(ctx, organizer="Rotary Club", title="Cena", start=at(DECEMBER_3, 21))
    confirm(ctx, respond(ctx, response="accepted", invitation_id=lunch.id))

    named = respond(ctx, response="declined", reference="el almuerzo del rotary")
    assert "Almuerzo (Rotary Club)" in named.text and "(Antes estaba aceptada.)" in named.text
    assert "Cena (Rotary Club)" in respond(ctx, response="declined", reference="la del rotary").text


def test_unknown_reference_says_so_and_lists_pending(ctx: Context) -> None:
    register(ctx, organizer="Bomberos", title="Aniversario", start=THURSDAY)
    reply = respond(ctx, response="accepted", reference="la de la universidad")
    assert reply.pending is None
    assert reply.text.splitlines()[0] == "No encontré una invitación que calce con «la de la universidad». Pendientes:"
    assert "Aniversario (Bomberos)" in reply.text


def test_accepted_invitation_appears_in_the_agenda(ctx: Context) -> None:
    invitation = register(ctx, organizer="Rotary Club", title="Cena aniversario", start=at(DECEMBER_3, 20),
                          place="Club Social")
    confirm(ctx, respond(ctx, response="accepted", reference="rotary"))

    event = ctx.session.exec(select(Event)).one()
    assert (event.invitation_id, event.day, event.start_at) == (invitation.id, DECEMBER_3, invitation.start_at)
    assert "• 20:00 Cena aniversario (Rotary Club) — Club Social (invitación)" in agenda_text(ctx, DECEMBER_3)
    assert invitations.handle_query(ctx, {}).text == "No hay invitaciones pendientes de respuesta."
    actions = [(entry.entity, entry.action) for entry in ctx.session.exec(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == [("invitation", "create"), ("invitation", "update"), ("event", "create")]


def test_an_accepted_invitation_whose_title_names_its_organizer_names_it_once(ctx: Context) -> None:
    register(ctx, organizer="Rotary Club", title="Aniversario del Rotary Club", start=at(DECEMBER_3, 20))
    confirm(ctx, respond(ctx, response="accepted", reference="rotary"))
    assert "• 20:00 Aniversario del Rotary Club (invitación)" in agenda_text(ctx, DECEMBER_3)


def test_delegation_asks_who_goes_and_records_the_delegate(ctx: Context) -> None:
    invitation = register(ctx, organizer="Bomberos", title="Aniversario", start=THURSDAY)

    question = respond(ctx, response="delegated", reference="bomberos")
    assert question.pending is not None and question.pending.slot == "delegate"
    proposal = respond(ctx, **{**question.pending.slots, "delegate": "Concejal Pérez"})
    assert "delegar en Concejal Pérez" in proposal.text
    done = confirm(ctx, proposal)

    ctx.session.refresh(invitation)
    assert (invitation.status, invitation.delegate) == (InvitationStatus.DELEGATED, "Concejal Pérez")
    assert "delegada en Concejal Pérez" in done.text
    assert ctx.session.exec(select(Event)).all() == []


def test_decline_after_accept_takes_the_event_off_the_agenda(ctx: Context) -> None:
    register(ctx, organizer="Rotary Club", title="Cena", start=at(DECEMBER_3, 20))
    confirm(ctx, respond(ctx, response="accepted", reference="rotary"))
    assert "Cena" in agenda_text(ctx, DECEMBER_3)

    proposal = respond(ctx, response="declined", reference="la cena del rotary")
    assert "Se quitará de la agenda." in proposal.text
    done = confirm(ctx, proposal)

    assert "Se quitó de la agenda" in done.text
    assert agenda_text(ctx, DECEMBER_3).startswith("No hay actividades")
    actions = [(entry.entity, entry.action) for entry in ctx.session.exec(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-2:] == [("invitation", "update"), ("event", "delete")]


def test_same_answer_again_changes_nothing(ctx: Context) -> None:
    register(ctx, organizer="Rotary Club", title="Cena", start=at(DECEMBER_3, 20))
    confirm(ctx, respond(ctx, response="accepted", reference="rotary"))
    reply = respond(ctx, response="accepted", reference="rotary")
    assert reply.pending is None and "ya está aceptada" in reply.text


def test_acceptance_warns_of_a_clash_with_the_agenda(ctx: Context) -> None:
    agenda_proposal = agenda.handle_create(ctx, {"title": "Concejo", "start": at(DECEMBER_3, 19, 30)})
    agenda.COMMITS["event.create"](ctx, agenda_proposal.pending.slots)  # type: ignore[union-attr]
    register(ctx, organizer="Rotary Club", title="Cena", start=at(DECEMBER_3, 20))
    assert "Ojo: choca con 19:30 Concejo" in respond(ctx, response="accepted", reference="rotary").text


def test_bad_invitation_number_is_refused(ctx: Context) -> None:
    assert respond(ctx, response="accepted", invitation_id=99).text == "No encontré la invitación N° 99."
    assert "no es un número" in respond(ctx, response="accepted", invitation_id="abc").text


def test_spanish_answer_words_are_understood(ctx: Context) -> None:
    register(ctx, organizer="Rotary Club", title="Cena", start=at(DECEMBER_3, 20))
    assert "Respuesta: declinar." in respond(ctx, response="no va", reference="rotary").text
    assert "Respuesta: aceptar." in respond(ctx, response="Acepta", reference="rotary").text


def test_viewer_cannot_register_nor_answer(session: Session, settings: Settings) -> None:
    viewer = Context(session=session, actor=Actor(2002, "Visita", Role.VIEWER),
                     now=datetime(2026, 11, 23, 12, 0).astimezone(settings.zone), settings=settings)
    registry = Registry()
    assert registry.handle(viewer, "invitation.create", {"organizer": "X", "start": THURSDAY}).text == NOT_ALLOWED
    assert registry.handle(viewer, "invitation.respond", {"response": "accepted"}).text == NOT_ALLOWED
    assert registry.handle(viewer, "invitation.query", {}).text == "No hay invitaciones pendientes de respuesta."


def test_mayor_may_answer_invitations(session: Session, settings: Settings) -> None:
    mayor = Context(session=session, actor=Actor(3003, "Alcalde", Role.MAYOR),
                    now=datetime(2026, 11, 23, 12, 0).astimezone(settings.zone), settings=settings)
    session.add(Invitation(organizer="Rotary", title="Cena", day=DECEMBER_3, received_at=mayor.now))
    session.commit()
    reply = Registry().handle(mayor, "invitation.respond", {"response": "accepted", "reference": "rotary"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.CONFIRM


def test_pending_query_skips_answered_deleted_and_past_and_puts_undated_last(engine: Engine,
                                                                               settings: Settings) -> None:
    received = datetime(2026, 11, 20, 10, 0, tzinfo=settings.zone)
    rows = [("Sin fecha", None, InvitationStatus.PENDING, None), ("Pasada", date(2026, 11, 22), "pending", None),
            ("Lejana", DECEMBER_3, "pending", None), ("Cercana", THURSDAY, "pending", None),
            ("Respondida", THURSDAY, "declined", None), ("Borrada", THURSDAY, "pending", received)]
    with Session(engine) as session:
        for title, day, status, deleted_at in rows:
            session.add(Invitation(title=title, day=day, status=status, received_at=received, deleted_at=deleted_at))
        session.commit()
        titles = [invitation.title for invitation in pending_invitations(session, date(2026, 11, 23))]
        soon = [invitation.title for invitation in pending_invitations(session, date(2026, 11, 23), within_days=5)]
    assert titles == ["Cercana", "Lejana", "Sin fecha"]
    assert soon == ["Cercana"]
