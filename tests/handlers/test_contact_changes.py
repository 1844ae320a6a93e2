"""Updating or removing a contact in words: previewed with old and new values, audited, undone; the contact
named by words, by the list just shown or by the conversation; two that fit are asked about."""

from __future__ import annotations

from handlers import contacts
from handlers.contacts import contact_ref
from handlers.reply import PendingKind
from storage.models import Contact
from storage.queries.contacts import refresh_search_text, search_contacts
from tests.handlers.changes import audit_rows, focused, stored, undo_last
from tests.handlers.steps import REGISTRY, confirm


def contact(ctx, name, role=None, institution=None, phone=None, email=None):
    return stored(ctx, refresh_search_text(Contact(name=name, role=role, institution=institution, phone=phone,
                                                   email=email, updated_at=ctx.now)))


def test_new_phone_is_previewed_stored_found_and_undone(ctx):
    jorge = contact(ctx, "Jorge Valenzuela Soto", "Comandante", "Cuerpo de Bomberos", "+56965432109")
    preview = REGISTRY.handle(ctx, "contact.update", {"reference": "comandante Valenzuela",
                                                      "phone": "9 7788 9900"})
    assert "teléfono: +56965432109 → +56977889900" in preview.text
    reply = confirm(ctx, preview)
    assert reply.stored and "+56977889900" in reply.text
    assert search_contacts(ctx.session, "comandante de bomberos")[0].phone == "+56977889900"
    assert audit_rows(ctx, "contact")[-1].before["phone"] == "+56965432109"
    undo_last(ctx)
    ctx.session.refresh(jorge)
    assert jorge.phone == "+56965432109"


def test_a_bad_email_is_refused_and_nothing_changes(ctx):
    contact(ctx, "Juan Soto", "Seremi de Salud")
    reply = REGISTRY.handle(ctx, "contact.update", {"reference": "Juan Soto", "email": "juan@@salud"})
    assert reply.pending is None and "no parece válido" in reply.text
    assert audit_rows(ctx, "contact") == []


def test_the_contact_in_focus_is_updated_without_naming_it(ctx):
    contact(ctx, "Andrés Bravo Olivares", "Concejal")
    ximena = contact(ctx, "Ximena Zúñiga Vera", "Concejala")
    chat = focused(ctx, contact_ref(ximena))
    preview = REGISTRY.handle(chat, "contact.update", {"email": "xzuniga@concejo.cl"})
    assert "Zúñiga" in preview.text and "Bravo" not in preview.text


def test_a_number_of_the_list_just_shown_picks_that_contact(ctx):
    contact(ctx, "Andrés Bravo Olivares", "Concejal", phone="+56981234567")
    contact(ctx, "Ximena Zúñiga Vera", "Concejala", phone="+56955443322")
    shown = contacts.query(ctx, {"query": "concejal"})
    chat = focused(ctx, listed=shown.focus.listed)
    second = shown.focus.listed[1]
    preview = REGISTRY.handle(chat, "contact.delete", {"reference": "el 2"})
    assert f"#{second.id}" in preview.text


def test_removal_is_soft_hides_the_contact_and_undo_brings_it_back(ctx):
    contact(ctx, "Marcela Díaz", "Directora", "Liceo Bicentenario")
    preview = REGISTRY.handle(ctx, "contact.delete", {"reference": "Marcela Díaz"})
    assert "Borrar el contacto" in preview.text and "¿Lo borro?" in preview.text
    reply = confirm(ctx, preview)
    assert reply.stored and reply.focus is not None and reply.focus.forget
    assert search_contacts(ctx.session, "Marcela Díaz") == []
    undo_last(ctx)
    assert [c.name for c in search_contacts(ctx.session, "Marcela Díaz")] == ["Marcela Díaz"]


def test_two_contacts_that_fit_are_asked_about(ctx):
    contact(ctx, "Juan Soto", "Seremi de Salud")
    contact(ctx, "Juan Soto", "Director", "Liceo A-12")
    reply = REGISTRY.handle(ctx, "contact.update", {"reference": "Juan Soto", "phone": "9 1234 5678"})
    assert reply.pending is not None and reply.pending.kind == PendingKind.CHOOSE
    assert len(reply.pending.options) == 2


def test_remove_it_right_after_a_contact_was_shown_removes_that_contact(ctx):
    shown = contact(ctx, "Marcela Díaz", "Directora", "Liceo Bicentenario")
    chat = focused(ctx, contact_ref(shown))
    preview = REGISTRY.handle(chat, "efemeride.delete", {})  # «bórralo» reads as a removal of whatever is in focus
    assert preview.pending is not None and preview.pending.intent == "contact.delete"
    assert "Marcela Díaz" in preview.text


def test_words_that_name_no_contact_point_at_the_one_just_shown(ctx):
    shown = contact(ctx, "Luis Contreras", "Director", "Liceo A-12")
    preview = REGISTRY.handle(focused(ctx, contact_ref(shown)), "contact.delete", {"reference": "trabaja ahí"})
    assert preview.pending is not None and "Luis Contreras" in preview.text


def test_an_unknown_contact_is_not_invented_and_the_reply_says_how_to_add_it(ctx):
    reply = REGISTRY.handle(ctx, "contact.update", {"reference": "Juan Soto", "email": "jsoto@gore.cl"})
    assert reply.pending is None and "No encontré" in reply.text and "agregar contacto" in reply.text


def test_a_removal_naming_a_contact_and_no_efemeride_removes_the_contact(ctx):
    contact(ctx, "Juan Soto", "Seremi de Salud")
    preview = REGISTRY.handle(ctx, "efemeride.delete", {"reference": "Juan Soto ya no es seremi"})
    assert preview.pending is not None and preview.pending.intent == "contact.delete"
