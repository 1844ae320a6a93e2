"""Efemérides: adding yearly and one-off dates, listing ranges (New Year, 29 February), the starter list."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from handlers.efemerides import HANDLERS, efemerides_between, greeting_draft
from handlers.reply import PendingKind
from storage.models import AuditEntry, Contact, Efemeride
from storage.queries.contacts import refresh_search_text
from storage.seed.efemerides import seed_efemerides
from tests.handlers.steps import propose_and_confirm


def _add(ctx, **slots):
    return propose_and_confirm(ctx, "efemeride.create", slots)


def _titles(found):
    return [(day, efemeride.title) for day, efemeride in found]


def test_yearly_efemeride_is_previewed_with_a_greeting_draft_and_stored_with_audit(ctx):
    preview, reply = _add(ctx, date="10-16", title="Día del Profesor")
    assert "cada 16 de octubre (todos los años)" in preview.text
    assert "Saludo: Saludo del alcalde con motivo del Día del Profesor." in preview.text
    assert reply.stored and "Efeméride guardada" in reply.text
    stored = ctx.session.exec(select(Efemeride)).one()
    assert (stored.month, stored.day_of_month, stored.on_date) == (10, 16, None)
    assert ctx.session.exec(select(AuditEntry)).one().entity == "efemeride"


def test_one_off_efemeride_keeps_its_year_and_given_greeting(ctx):
    preview, _ = _add(ctx, date="2027-03-15", title="Inauguración CESFAM Norte", greeting="Felicitaciones al equipo")
    assert "(una sola vez)" in preview.text and "Felicitaciones al equipo" in preview.text
    stored = ctx.session.exec(select(Efemeride)).one()
    assert stored.on_date == date(2027, 3, 15) and stored.greeting == "Felicitaciones al equipo"


def test_missing_date_then_title_are_asked_in_turn(ctx):
    first = HANDLERS["efemeride.create"](ctx, {"title": "Aniversario de la comuna"})
    assert first.pending.kind == PendingKind.ASK and first.pending.slot == "date"
    second = HANDLERS["efemeride.create"](ctx, {"date": "04-10"})
    assert second.pending.kind == PendingKind.ASK and second.pending.slot == "title"
    _, reply = _add(ctx, **{**first.pending.slots, "date": "04-10"})
    assert "Aniversario de la comuna" in reply.text


def test_impossible_date_is_refused(ctx):
    reply = HANDLERS["efemeride.create"](ctx, {"date": "02-30", "title": "Nada"})
    assert reply.pending is None and "No entiendo la fecha «02-30»" in reply.text


def test_same_date_and_title_is_not_added_twice(ctx):
    _add(ctx, date="06-30", title="Día del Bombero")
    reply = HANDLERS["efemeride.create"](ctx, {"date": "06-30", "title": "dia del bombero"})
    assert reply.pending is None and "ya está registrada" in reply.text


def test_title_naming_a_contact_links_it_and_the_listing_shows_the_phone(ctx):
    ctx.session.add(refresh_search_text(Contact(name="Juan Núñez Soto", role="Seremi de Salud", phone="+56987654321",
                                                updated_at=ctx.now)))
    ctx.session.commit()
    preview, _ = _add(ctx, date="12-02", title="Cumpleaños de Juan Nuñez")
    assert "Contacto: Juan Núñez Soto (Tel. +56987654321)" in preview.text
    reply = HANDLERS["efemeride.query"](ctx, {"date_from": date(2026, 12, 1), "date_to": date(2026, 12, 5)})
    assert "miércoles 2 de diciembre: Cumpleaños de Juan Nuñez" in reply.text
    assert "Contacto: Juan Núñez Soto, Tel. +56987654321" in reply.text


def test_title_naming_only_a_post_links_no_contact(ctx):
    ctx.session.add(refresh_search_text(Contact(name="Rodrigo Zúñiga", role="Comandante",
                                                institution="Cuerpo de Bomberos", updated_at=ctx.now)))
    ctx.session.commit()
    preview, _ = _add(ctx, date="06-30", title="Día del Bombero")
    assert "Contacto:" not in preview.text


def test_range_across_new_year_lists_both_years_in_order(ctx):
    _add(ctx, date="01-01", title="Año Nuevo")
    _add(ctx, date="12-25", title="Navidad")
    _add(ctx, date="07-16", title="Virgen del Carmen")
    found = efemerides_between(ctx.session, date(2026, 12, 20), date(2027, 1, 5))
    assert _titles(found) == [(date(2026, 12, 25), "Navidad"), (date(2027, 1, 1), "Año Nuevo")]


def test_leap_day_shows_on_28_february_in_a_common_year(ctx):
    _add(ctx, date="02-29", title="Aniversario de la Junta de Vecinos Bisiesta")
    assert _titles(efemerides_between(ctx.session, date(2027, 2, 28), date(2027, 2, 28))) == [
        (date(2027, 2, 28), "Aniversario de la Junta de Vecinos Bisiesta")]
    assert _titles(efemerides_between(ctx.session, date(2028, 2, 28), date(2028, 3, 1))) == [
        (date(2028, 2, 29), "Aniversario de la Junta de Vecinos Bisiesta")]


def test_one_off_date_shows_only_in_its_year(ctx):
    _add(ctx, date="2026-12-10", title="Visita del Ministro")
    assert len(efemerides_between(ctx.session, date(2026, 12, 1), date(2026, 12, 31))) == 1
    assert efemerides_between(ctx.session, date(2027, 12, 1), date(2027, 12, 31)) == []


def test_query_without_range_lists_the_next_30_days(ctx):
    _add(ctx, date="12-08", title="Inmaculada Concepción")
    _add(ctx, date="11-30", title="Aniversario del Liceo")
    _add(ctx, date="12-25", title="Navidad")
    reply = HANDLERS["efemeride.query"](ctx, {})
    assert reply.text.startswith("Efemérides, hoy lunes 23 al miércoles 23 de diciembre:")
    assert "Navidad" not in reply.text
    assert reply.text.index("Aniversario del Liceo") < reply.text.index("Inmaculada")


def test_query_with_nothing_in_range_says_so(ctx):
    reply = HANDLERS["efemeride.query"](ctx, {"date_from": date(2026, 11, 24)})
    assert reply.text == "No hay efemérides para mañana martes 24."


def test_starter_list_is_seeded_once_and_includes_national_dates(ctx):
    inserted = seed_efemerides(ctx.session, ctx.now)
    ctx.session.commit()
    assert inserted >= 20
    assert seed_efemerides(ctx.session, ctx.now) == 0
    titles = {e.title: (e.month, e.day_of_month) for e in ctx.session.exec(select(Efemeride))}
    assert len(titles) == inserted
    assert titles["Día de las Glorias Navales"] == (5, 21) and titles["Día del Carabinero"] == (4, 27)
    fiestas = [day for day, e in efemerides_between(ctx.session, date(2027, 9, 17), date(2027, 9, 20))]
    assert fiestas == [date(2027, 9, 18), date(2027, 9, 19)]


def test_seed_does_not_return_after_the_office_deleted_every_date(ctx):
    seed_efemerides(ctx.session, ctx.now)
    for efemeride in ctx.session.exec(select(Efemeride)):
        efemeride.deleted_at = ctx.now
    ctx.session.commit()
    assert seed_efemerides(ctx.session, ctx.now) == 0


def test_greeting_draft_reads_naturally():
    assert greeting_draft("Navidad") == "Saludo del alcalde con motivo de Navidad."
    assert greeting_draft("Fiestas Patrias") == "Saludo del alcalde con motivo de las Fiestas Patrias."
