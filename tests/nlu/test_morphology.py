"""Request forms generated from a lemma: what chat writes, folded, with no list of conjugations in the lexicon."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlu.morphology import Families, forms


@pytest.mark.parametrize("form", ["agendala", "agendelo", "agendemosla", "agendai", "agendame", "agenden",
                                  "agendemos", "agendamelo", "agendala"])
def test_agendar_gives_its_imperatives_with_clitics_voseo_and_plural(form):
    assert form in forms("agendar").requests


@pytest.mark.parametrize(("lemma", "form"), [
    ("rechazar", "rechacela"), ("marcar", "marquelo"), ("agregar", "agreguen"), ("aceptar", "aceptemos"),
    ("poner/pon/ponga", "ponlo"), ("poner/pon/ponga", "pongala"), ("escoger", "escojan"),
    ("mover/mueve", "muevelo"), ("pagar", "paguelo"), ("indicar", "indiquele"), ("colocar", "coloquela"),
    ("buscar", "busquelo"), ("autorizar", "autoricela"), ("agregar", "agreguenla"),
])
def test_spelling_changes_and_irregular_imperatives(lemma, form):
    assert form in forms(lemma).requests


@pytest.mark.parametrize(("lemma", "form"), [
    ("rechazar", "rechazela"), ("rechazar", "rechaze"), ("agregar", "agregelo"), ("autorizar", "autorizela"),
])
def test_the_usted_form_as_chat_spells_it_without_the_spelling_change(lemma, form):
    """«recházela», «agrégelo» are what people type for «rechácela», «agréguelo»."""
    assert form in forms(lemma).requests


@pytest.mark.parametrize(("lemma", "form"), [
    ("negar/niega", "nieguela"), ("denegar/deniega", "denieguela"), ("comenzar/comienza", "comiencela"),
    ("mover/mueve", "muevanlo"), ("cerrar/cierra", "cierrenlo"), ("servir/sirve", "sirvanos"),
    ("negar/niega", "neguemos"), ("mover/mueve", "movamos"), ("servir/sirve", "sirvamos"),
])
def test_a_changed_stem_needs_only_its_tu_form(lemma, form):
    """«niéguela» is spelled from «niega» by the regular rules: the usted imperative is never listed."""
    assert form in forms(lemma).requests


def test_a_lobby_audience_is_denied_in_the_usted_form(parser):
    """The verb «denegar» is a lemma in the lobby lexicon; its usted form with a clitic declines."""
    text = "la audiencia que pidió el sindicato de pescadores, deniéguela"
    understood = parser.parse(text, datetime(2026, 11, 23, 9))
    assert (understood.intent, understood.slots.get("response")) == ("lobby.respond", "declined")


def test_infinitive_and_participle_are_not_requests_by_themselves():
    agendar = forms("agendar")
    assert {"agendar", "agendarla"} <= agendar.infinitives
    assert {"agendado", "agendada"} <= agendar.others
    assert not ({"agendar", "agendado"} & agendar.requests)


def test_families_index_forms_by_meaning():
    families = Families({"accept": ["aceptar", "confirmar"], "decline": ["rechazar"]})
    assert families.request("confirmemos") == {"accept"}
    assert families.request("rechazala") == {"decline"}
    assert families.named("aceptado") == {"accept"}
    assert families.request("hola") == set()


def test_a_one_letter_stem_has_no_voseo_to_misread_a_name():
    """«ver» has no «vi» imperative: «vilos» is Los Vilos, not «see them»."""
    assert not {"vi", "vilos", "vila"} & forms("ver/ve/vea").requests
    assert {"velo", "veala"} <= forms("ver/ve/vea").requests
