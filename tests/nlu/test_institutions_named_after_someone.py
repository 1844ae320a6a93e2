"""An institution written in lower case is often named after someone, by title («cesfam dr …») or by a school's
code («liceo a-12»): the title and the code belong to the institution's name (sentences written for these tests
only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer"), [
    ("invitacion del hospital dr gustavo fricke a la inauguracion del pabellon el lunes a las 4",
     "hospital dr gustavo fricke"),
    ("invitación de la escuela d-45 profesora gabriela mistral al acto de fin de año el martes a las 10",
     "escuela d-45 profesora gabriela mistral"),
    ("invitación del liceo padre alberto hurtado a la licenciatura del cuarto medio el jueves 3 a las 10",
     "liceo padre alberto hurtado"),
    ("invitación del liceo a-12 a la graduación el jueves 3", "liceo a-12"),
])
def test_a_title_or_a_code_after_the_head_is_part_of_the_name(read, text, organizer):
    understood = read(text)
    assert understood["intent"] == "invitation.create"
    assert understood["organizer"] == organizer
    assert organizer.split()[-1] not in understood["title"]


def test_a_title_after_more_of_the_name_is_still_a_person(read):
    understood = read("guarda el contacto de la junta de vecinos villa sur señora rosa díaz fono 987654321")
    assert understood["name"] == "Rosa Díaz"


@pytest.mark.parametrize("text", [
    "llegó invi 📩 de la UdeC pa la ceremonia de titulación, el 5 de junio a las 11 en el Aula Magna",
    "nos llegó invitación ✉️ de la UdeC para la ceremonia de titulación el 5 de junio a las 11",
])
def test_a_pictograph_after_the_invitation_does_not_hide_who_sends_it(read, text):
    understood = read(text)
    assert understood["organizer"] == "UdeC"
    assert "UdeC" not in understood["title"]
