"""Finding and adding contacts through the handlers, as the dispatcher drives them."""

from __future__ import annotations

from sqlmodel import select

from handlers.contacts import COMMITS, HANDLERS
from handlers.reply import PendingKind
from storage.audit import recent_undoable, undo
from storage.models import AuditEntry, Contact
from tests.handlers.steps import propose_and_confirm


def _create(ctx, **slots):
    return propose_and_confirm(ctx, "contact.create", slots)


def _contacts(ctx):
    return ctx.session.exec(select(Contact).order_by(Contact.id)).all()


def test_create_shows_preview_then_stores_normalised_contact_with_audit(ctx):
    preview = HANDLERS["contact.create"](ctx, {"name": "Juan Núñez", "role": "Seremi de Salud",
                                               "institution": "SEREMI de Salud", "phone": "9 8765 4321",
                                               "email": "JNunez@Minsal.cl"})
    assert "Nuevo contacto" in preview.text and "+56987654321" in preview.text
    assert _contacts(ctx) == []
    reply = COMMITS["contact.create"](ctx, preview.pending.slots)
    ctx.session.commit()
    assert reply.stored and "guardado" in reply.text
    [contact] = _contacts(ctx)
    assert (contact.phone, contact.email) == ("+56987654321", "jnunez@minsal.cl")
    assert f"#{contact.id}" in reply.text
    assert "juan nunez" in contact.search_text and "seremi" in contact.search_text
    audit = ctx.session.exec(select(AuditEntry)).one()
    assert (audit.action, audit.entity, audit.before) == ("create", "contact", None)


def test_create_asks_for_a_missing_name_and_continues_with_the_answer(ctx):
    question = HANDLERS["contact.create"](ctx, {"role": "Gobernador Regional", "phone": "+56 9 2222 3333"})
    assert question.pending.kind == PendingKind.ASK and question.pending.slot == "name"
    answered = {**question.pending.slots, "name": "Óscar Crisóstomo"}
    _, reply = _create(ctx, **answered)
    assert reply.stored
    assert _contacts(ctx)[0].role == "Gobernador Regional"


def test_create_with_the_same_phone_updates_the_existing_contact_instead_of_duplicating(ctx):
    _create(ctx, name="Juan Núñez", role="Seremi de Salud", phone="+56987654321")
    preview, reply = _create(ctx, name="Juan Núñez Soto", phone="987654321", email="jnunez@minsal.cl")
    assert "ACTUALIZARÁ" in preview.text
    assert "nombre: Juan Núñez → Juan Núñez Soto" in preview.text
    assert "correo: (vacío) → jnunez@minsal.cl" in preview.text
    assert "actualizado" in reply.text
    [contact] = _contacts(ctx)
    assert (contact.name, contact.role, contact.email) == ("Juan Núñez Soto", "Seremi de Salud", "jnunez@minsal.cl")
    update = ctx.session.exec(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert update.before["name"] == "Juan Núñez" and update.after["name"] == "Juan Núñez Soto"


def test_create_with_the_same_folded_name_updates_it(ctx):
    _create(ctx, name="Carolina Peña", institution="SEREMI de Educación")
    preview, _ = _create(ctx, name="carolina pena", institution="Seremi de Educacion", phone="911112222")
    assert "ACTUALIZARÁ" in preview.text
    assert len(_contacts(ctx)) == 1 and _contacts(ctx)[0].phone == "+56911112222"


def test_create_of_a_namesake_at_another_institution_adds_a_new_contact(ctx):
    _create(ctx, name="Juan Pérez", institution="Carabineros")
    preview, _ = _create(ctx, name="Juan Pérez", institution="Bomberos")
    assert "Nuevo contacto" in preview.text
    assert len(_contacts(ctx)) == 2


def test_create_with_nothing_new_says_it_is_already_registered(ctx):
    _create(ctx, name="Juan Núñez", phone="+56987654321")
    reply = HANDLERS["contact.create"](ctx, {"name": "Juan Núñez", "phone": "987654321"})
    assert reply.pending is None and "ya está registrado" in reply.text


def test_create_refuses_a_bad_email_or_phone_and_stores_nothing(ctx):
    bad_email = HANDLERS["contact.create"](ctx, {"name": "Ana", "email": "ana-en-gmail"})
    bad_phone = HANDLERS["contact.create"](ctx, {"name": "Ana", "phone": "12"})
    assert bad_email.pending is None and "correo «ana-en-gmail» no parece válido" in bad_email.text
    assert bad_phone.pending is None and "teléfono «12» no parece válido" in bad_phone.text
    assert COMMITS["contact.create"](ctx, {"name": "Ana", "phone": "12"}).stored is False
    assert _contacts(ctx) == []


def test_query_lists_matches_with_post_and_phones(ctx):
    _create(ctx, name="Juan Núñez", role="Seremi de Salud", institution="SEREMI de Salud", phone="987654321")
    contact = _contacts(ctx)[0]
    contact.assistant_name, contact.assistant_phone = "Marta", "+56944443333"
    ctx.session.commit()
    reply = HANDLERS["contact.query"](ctx, {"query": "seremi salud"})
    assert "1. Juan Núñez" in reply.text
    assert "Seremi de Salud · SEREMI de Salud" in reply.text
    assert "Tel. +56987654321" in reply.text and "Asistente: Marta +56944443333" in reply.text


def test_query_with_no_match_says_so_and_suggests_adding(ctx):
    reply = HANDLERS["contact.query"](ctx, {"query": "obispo"})
    assert "No encontré contactos para «obispo»" in reply.text and "agregar contacto" in reply.text


def test_search_follows_an_undone_update(ctx):
    _create(ctx, name="Rodrigo Zúñiga", role="Comandante", phone="955556666")
    _create(ctx, name="Rodrigo Zúñiga", role="Alcalde subrogante", phone="955556666")
    assert HANDLERS["contact.query"](ctx, {"query": "alcalde"}).text.startswith("Contactos para «alcalde»")
    undo(ctx.session, recent_undoable(ctx.session, ctx.actor.telegram_id, 1)[0], ctx.actor.telegram_id, ctx.now)
    ctx.session.commit()
    assert "No encontré" in HANDLERS["contact.query"](ctx, {"query": "alcalde"}).text
    assert "Comandante" in HANDLERS["contact.query"](ctx, {"query": "comandante"}).text
