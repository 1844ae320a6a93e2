"""An invitation told with whom it is for called out first («Alcalde, lo invitan los Bomberos…», «oiga, lo invita
la Asociación…») and who invites named after the verb: the called-out words are neither who invites nor part of the
title, and the activity ends who invites (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("Alcalde, lo invitan los Bomberos de la Segunda Compañía a la ceremonia de aniversario el sábado 13 a las 11 "
     "en el cuartel", "Bomberos de la Segunda Compañía", "ceremonia de aniversario"),
    ("oiga lo invita el sindicato de pescadores de caleta coloso al aniversario de la caleta el domingo 14 a las 12",
     "sindicato de pescadores de caleta coloso", "aniversario de la caleta"),
    ("Alcaldesa, le invita la Universidad Católica del Norte al acto de titulación del jueves 11 a las 19 hrs",
     "Universidad Católica del Norte", "acto de titulación"),
    ("jefa, la invita el Club de Rayuela a su cena anual el viernes 12", "Club de Rayuela", "cena anual"),
    ("lo invita la Asociación Gremial de Buzos Mariscadores al aniversario del sindicato el domingo 14 a las 12 hrs "
     "en la caleta", "Asociación Gremial de Buzos Mariscadores", "aniversario del sindicato"),
])
def test_who_invites_is_named_after_the_verb(read, text, organizer, title):
    invitation = read(text)
    assert invitation["intent"] == "invitation.create"
    assert (invitation["organizer"], invitation["title"]) == (organizer, title)
