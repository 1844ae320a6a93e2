"""Changing and removing an efeméride: which messages ask for it, which one they mean, and the new value."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize("text", [
    "borra la efeméride del día del dirigente vecinal",
    "elimina el cumpleaños de don Pedro de las efemérides",
    "porfa quita el dia del carabinero",
    "saca de las efemerides el aniversario del liceo",
])
def test_removal_verb_opening_a_request_about_an_efemeride_deletes_it(parser, text):
    assert parser.parse(text, NOW).intent == "efemeride.delete"


@pytest.mark.parametrize("text", [
    "cambia la fecha del cumpleaños de don Pedro al 5 de junio",
    "modifica la efemeride del dia de la madre: Feliz día mamás",
    "corrige el título del día del dirigente vecinal: Día Nacional del Dirigente Vecinal",
])
def test_change_verb_opening_a_request_about_an_efemeride_updates_it(parser, text):
    assert parser.parse(text, NOW).intent == "efemeride.update"


def test_greeting_alone_names_an_efemeride(parser):
    assert parser.parse("cambia el saludo de navidad por Feliz Navidad a todas las familias", NOW).intent == \
        "efemeride.update"


def test_date_corrected_in_passing_updates_without_a_verb(parser):
    understanding = parser.parse("la efeméride del aniversario de la comuna es el 12 de marzo, no el 11", NOW)
    assert understanding.intent == "efemeride.update"
    assert understanding.slots == {"date": "03-12", "reference": "aniversario de la comuna"}


def test_date_stated_without_a_correction_still_creates(parser):
    assert parser.parse("el cumpleaños de don Pedro es el 5 de junio", NOW).intent == "efemeride.create"


@pytest.mark.parametrize("text", [
    "¿borraste la efeméride del día del bombero?",
    "mueve el cumpleaños de la concejala Soto al 3 de mayo a las 10",
])
def test_question_or_activity_at_a_time_is_no_change_to_an_efemeride(parser, text):
    assert parser.parse(text, NOW).intent not in ("efemeride.update", "efemeride.delete")


def test_removal_verb_before_a_change_verb_deletes(parser):
    assert parser.parse("borra la efeméride del día del bombero, no la cambies", NOW).intent == "efemeride.delete"


def test_new_greeting_keeps_its_punctuation_and_the_reference_its_words(parser):
    understanding = parser.parse("cambia el saludo del día del bombero: Feliz día, voluntarios. Un abrazo", NOW)
    assert understanding.slots == {"reference": "día del bombero", "greeting": "Feliz día, voluntarios. Un abrazo"}
    assert understanding.missing == ()


def test_new_title_after_por(parser):
    understanding = parser.parse("cambia el nombre de la efeméride día del dirigente por Día Nacional del Dirigente",
                                 NOW)
    assert understanding.slots == {"reference": "día del dirigente", "title": "Día Nacional del Dirigente"}


def test_date_inside_a_new_greeting_is_not_a_new_date(parser):
    understanding = parser.parse("cambia el saludo de fiestas patrias: Felices fiestas este 18 de septiembre", NOW)
    assert "date" not in understanding.slots and understanding.slots["reference"] == "fiestas patrias"


def test_new_date_once_keeps_its_year(parser):
    understanding = parser.parse("cambia la fecha de la inauguracion del cesfam al 15 de marzo, solo este año", NOW)
    assert understanding.intent == "efemeride.update" and understanding.slots["date"] == "2027-03-15"


def test_date_named_in_a_removal_stays_in_the_reference(parser):
    understanding = parser.parse("borra la efeméride del 12 de marzo", NOW)
    assert understanding.slots == {"reference": "12 de marzo"}


def test_change_without_reference_misses_it(parser):
    assert parser.parse("cambia el saludo", NOW).missing == ("reference",)


def test_a_once_only_efemeride_keeps_how_often_out_of_its_title(parser):
    understood = parser.parse("Anotar efeméride única (no se repite): 3 de octubre de 2027, centenario del Club "
                              "Deportivo Unión Ñuble.", datetime(2027, 5, 3, 9, 0))
    assert understood.slots["date"] == "2027-10-03"
    assert understood.slots["title"] == "centenario del Club Deportivo Unión Ñuble"
