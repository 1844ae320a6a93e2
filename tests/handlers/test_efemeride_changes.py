"""Changing and removing efemérides: finding the one meant, previewing, storing with audit, undoing a removal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlmodel import select

from handlers.efemerides import efemerides_between
from handlers.registry import NOT_ALLOWED
from handlers.reply import PendingKind
from settings import Role
from storage.audit import recent_undoable, undo
from storage.models import AuditEntry, Efemeride
from tests.handlers.steps import REGISTRY, confirm, propose_and_confirm


def _add(ctx, title, when, greeting=None):
    efemeride = Efemeride(title=title, month=int(when[:2]), day_of_month=int(when[3:]), greeting=greeting,
                          created_at=ctx.now)
    ctx.session.add(efemeride)
    ctx.session.commit()
    return efemeride


def _live_titles(ctx):
    return sorted(e.title for e in ctx.session.exec(select(Efemeride).where(Efemeride.deleted_at.is_(None))))


def test_new_greeting_is_previewed_with_the_old_one_and_stored_with_audit(ctx):
    bombero = _add(ctx, "Día del Bombero", "06-30", "Saludo del alcalde con motivo del Día del Bombero.")
    _add(ctx, "Día del Carabinero", "04-27")
    preview, reply = propose_and_confirm(ctx, "efemeride.update", {
        "reference": "dia del bombero", "greeting": "Feliz día a nuestros voluntarios"})
    assert "Saludo: Feliz día a nuestros voluntarios" in preview.text
    assert "(antes: Saludo del alcalde con motivo del Día del Bombero.)" in preview.text
    assert reply.stored and "Efeméride #" in reply.text and "actualizada" in reply.text
    ctx.session.refresh(bombero)
    assert bombero.greeting == "Feliz día a nuestros voluntarios"
    entry = ctx.session.exec(select(AuditEntry)).one()
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "efemeride", str(bombero.id))
    assert entry.before["greeting"].startswith("Saludo del alcalde")


def test_corrected_date_moves_the_yearly_efemeride(ctx):
    _add(ctx, "Aniversario de la comuna", "03-11")
    preview, _ = propose_and_confirm(ctx, "efemeride.update", {"reference": "aniversario de la comuna",
                                                               "date": "03-12"})
    assert "Fecha: cada 12 de marzo (todos los años)" in preview.text
    moved = efemerides_between(ctx.session, date(2027, 3, 11), date(2027, 3, 12))
    assert [(day, e.title) for day, e in moved] == [(date(2027, 3, 12), "Aniversario de la comuna")]


def test_corrected_date_of_a_one_off_efemeride_keeps_its_year(ctx):
    efemeride = Efemeride(title="Inauguración CESFAM Norte", month=3, day_of_month=15, on_date=date(2027, 3, 15),
                          created_at=ctx.now)
    ctx.session.add(efemeride)
    ctx.session.commit()
    propose_and_confirm(ctx, "efemeride.update", {"reference": "inauguracion cesfam", "date": "03-16"})
    ctx.session.refresh(efemeride)
    assert (efemeride.on_date, efemeride.month, efemeride.day_of_month) == (date(2027, 3, 16), 3, 16)


def test_new_title_is_stored(ctx):
    _add(ctx, "Día del Dirigente Vecinal", "08-07")
    _, reply = propose_and_confirm(ctx, "efemeride.update", {"reference": "dirigente vecinal",
                                                             "title": "Día Nacional del Dirigente Vecinal"})
    assert "Día Nacional del Dirigente Vecinal, cada 7 de agosto" in reply.text
    assert _live_titles(ctx) == ["Día Nacional del Dirigente Vecinal"]


def test_change_to_the_same_value_proposes_nothing(ctx):
    _add(ctx, "Día del Bombero", "06-30", "Feliz día")
    reply = REGISTRY.handle(ctx, "efemeride.update", {"reference": "bombero", "greeting": "Feliz día"})
    assert reply.pending is None and "ya está así" in reply.text


def test_change_that_says_nothing_new_explains_how(ctx):
    _add(ctx, "Día del Bombero", "06-30", "Feliz día")
    reply = REGISTRY.handle(ctx, "efemeride.update", {"reference": "bombero"})
    assert reply.pending is None and reply.text.splitlines()[:2] == [
        "Efeméride #1: Día del Bombero, cada 30 de junio (todos los años)", "   Saludo: Feliz día"]
    assert "«cambia el saludo de la efeméride Día del Bombero: …»" in reply.text


def test_change_onto_another_efemerides_date_and_title_is_refused(ctx):
    _add(ctx, "Navidad", "12-25")
    _add(ctx, "navidad", "12-24")
    reply = REGISTRY.handle(ctx, "efemeride.update", {"reference": "navidad 24", "date": "12-25"})
    assert reply.pending is None and "Ya hay otra efeméride" in reply.text


def test_removal_is_previewed_then_soft_and_undone_by_deshacer(ctx):
    dirigente = _add(ctx, "Día del Dirigente Vecinal", "08-07", "Saludos a los dirigentes")
    preview, reply = propose_and_confirm(ctx, "efemeride.delete", {"reference": "día del dirigente vecinal"})
    assert preview.text.startswith(f"Borrar la efeméride #{dirigente.id}: Día del Dirigente Vecinal, cada 7 de agosto")
    assert "¿La borro? (sí / no)" in preview.text
    assert reply.stored and "borrada" in reply.text
    assert _live_titles(ctx) == [] and ctx.session.get(Efemeride, dirigente.id) is not None
    assert efemerides_between(ctx.session, date(2027, 8, 7), date(2027, 8, 7)) == []
    undo(ctx.session, recent_undoable(ctx.session, ctx.actor.telegram_id, 1)[0], ctx.actor.telegram_id, ctx.now)
    ctx.session.commit()
    assert _live_titles(ctx) == ["Día del Dirigente Vecinal"]
    assert ctx.session.get(Efemeride, dirigente.id).greeting == "Saludos a los dirigentes"


def test_several_full_matches_are_numbered_and_the_choice_is_used(ctx):
    _add(ctx, "Cumpleaños de Pedro Soto", "05-02")
    _add(ctx, "Cumpleaños de Pedro Rojas", "09-14")
    _add(ctx, "Cumpleaños de María Díaz", "01-20")
    choice = REGISTRY.handle(ctx, "efemeride.delete", {"reference": "cumpleaños de don Pedro"})
    assert choice.pending.kind == PendingKind.CHOOSE
    assert choice.text.splitlines()[1:] == ["1. Cumpleaños de Pedro Soto, cada 2 de mayo (todos los años)",
                                            "2. Cumpleaños de Pedro Rojas, cada 14 de septiembre (todos los años)"]
    preview = REGISTRY.handle(ctx, "efemeride.delete", {**choice.pending.slots, **choice.pending.options[1]})
    confirm(ctx, preview)
    assert _live_titles(ctx) == ["Cumpleaños de María Díaz", "Cumpleaños de Pedro Soto"]


def test_partial_match_is_offered_not_guessed(ctx):
    _add(ctx, "Día del Bombero", "06-30")
    reply = REGISTRY.handle(ctx, "efemeride.delete", {"reference": "día del bombero voluntario"})
    assert reply.pending.kind == PendingKind.CHOOSE
    assert reply.text.startswith("No encontré una efeméride que calce del todo con «día del bombero voluntario»")


def test_nothing_matching_is_said_plainly(ctx):
    _add(ctx, "Día del Bombero", "06-30")
    reply = REGISTRY.handle(ctx, "efemeride.delete", {"reference": "aniversario del liceo"})
    assert reply.pending is None
    assert reply.text.startswith("No encontré ninguna efeméride que calce con «aniversario del liceo»")


def test_missing_reference_is_asked(ctx):
    reply = REGISTRY.handle(ctx, "efemeride.update", {"greeting": "Hola"})
    assert reply.pending.kind == PendingKind.ASK and reply.pending.slot == "reference"


def test_viewer_may_not_change_or_remove(ctx):
    _add(ctx, "Día del Bombero", "06-30")
    viewer = replace(ctx, actor=replace(ctx.actor, role=Role.VIEWER))
    assert REGISTRY.handle(viewer, "efemeride.delete", {"reference": "bombero"}).text == NOT_ALLOWED
    assert REGISTRY.handle(viewer, "efemeride.update", {"reference": "bombero", "greeting": "x"}).text == NOT_ALLOWED
