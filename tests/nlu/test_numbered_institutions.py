"""An ordinal before an institution's head is part of its name (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer"), [
    ("la Cuarta Compañía de Bomberos de Rengo invita al alcalde a su aniversario el sábado 13 a las 19 hrs",
     "Cuarta Compañía de Bomberos de Rengo"),
    ("invitación de la 2da comisaría de carabineros a la cuenta pública el viernes 12 a las 10",
     "2da comisaría de carabineros"),
])
def test_an_ordinal_before_the_institution_is_part_of_its_name(read, text, organizer):
    assert read(text)["organizer"] == organizer


@pytest.mark.parametrize(("text", "organizer"), [
    ("invitacion del conjunto folclorico de chanco pa la noche de cuecas el sabado a las 9 en el gimnasio",
     "conjunto folclorico de chanco"),
    ("llegó invitación de la agrupación cultural de retiro para el festival de la voz el viernes 12 a las 20",
     "agrupación cultural de retiro"),
])
def test_a_word_of_an_activity_s_name_does_not_end_an_institution(read, text, organizer):
    """«folclórico» is a word of «peña folclórica»; only the word an activity's name begins with ends an
    institution written in lower case."""
    assert read(text)["organizer"] == organizer


def test_an_institution_listed_as_a_heading_field_before_the_date_invites(read):
    invitation = read("Inv. Tedeum evangélico, Iglesia Metodista de Angol, dom 14, 11:00, templo central. Registrar.")
    assert invitation["intent"] == "invitation.create"
    assert invitation["organizer"] == "Iglesia Metodista de Angol"


@pytest.mark.parametrize(("text", "institution"), [
    ("Guarda este contacto: Teniente Andrea Vidal, jefa de la 3ª Comisaría de Talcahuano, fono 41 222 3344",
     "3ª Comisaría de Talcahuano"),
    ("agrega al mayor Pedro Soto, comisario de la 12ª Comisaría de San Miguel, fono 22 555 1234",
     "12ª Comisaría de San Miguel"),
])
def test_a_numbered_institution_after_a_post_is_the_contact_s(read, text, institution):
    """«25ª», «12a», «3er»: a number with an ordinal's ending numbers the institution as «Tercera» does."""
    assert read(text)["institution"] == institution
