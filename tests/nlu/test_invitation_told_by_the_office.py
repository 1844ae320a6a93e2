"""An invitation told the way an office writes it down: how it came in («por Oficina de Partes», «vía OIRS»),
what it is («invitación formal», «protocolar», «especial»), who sent it as a past deed («ha cursado», «ha
enviado») or by acronym («invite de la SOFO»). The channel and the qualifier are neither the title nor who
invites (sentences written for these tests only)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("Se recibió por Oficina de Partes invitación de la Comunidad Mapuche Lof Trañi para el We Tripantu del "
     "jueves 11 a las 8:00 en la ruca comunitaria", "Comunidad Mapuche Lof Trañi", "We Tripantu"),
    ("Llegó por mesa de partes invitación de la Agrupación Folclórica Raíces para la Fiesta de la Vendimia del "
     "domingo 14 a las 17 hrs en la capilla", "Agrupación Folclórica Raíces", "Fiesta de la Vendimia"),
    ("Por oficina de partes llegó la invitación del Liceo Politécnico a la Muestra Técnica del viernes 12 a las "
     "10:00 en el gimnasio", "Liceo Politécnico", "Muestra Técnica"),
    ("Vía OIRS se recibió invitación de la Agrupación de Adultos Mayores Renacer al Malón Bailable del sábado 13 "
     "a las 15:00 en la sede", "Agrupación de Adultos Mayores Renacer", "Malón Bailable"),
    ("ingreso por oficina de partes invitacion de la Cruz Roja para la colecta anual el viernes 12 a las 9",
     "Cruz Roja", "colecta anual"),
])
def test_the_channel_it_came_by_is_not_the_title(read, text, organizer, title):
    invitation = read(text)
    assert invitation["intent"] == "invitation.create"
    assert (invitation["organizer"], invitation["title"]) == (organizer, title)


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("Le comunico que el Obispado de Rancagua ha cursado invitación formal al señor alcalde para el Te Deum del "
     "sábado 13 a las 11:00 en la Catedral", "Obispado de Rancagua", "Te Deum"),
    ("Le informo que la Seremi de Educación envió invitación protocolar para la cuenta pública del miércoles 10 "
     "a las 12:00 en el Teatro Municipal", "Seremi de Educación", "cuenta pública"),
    ("llegó invitación formal de la Armada para el aniversario de la Capitanía el lunes 15 a las 10 en el muelle",
     "Armada", "aniversario de la Capitanía"),
    ("la Parroquia San Pedro ha enviado invitación especial a la alcaldesa para la procesión del domingo 14 a "
     "las 16 hrs", "Parroquia San Pedro", "procesión"),
    ("Cuento que la Asociación de Funcionarios extendió cordial invitación al alcalde para la cena de "
     "camaradería del viernes 12 a las 20:30 en el Club Social", "Asociación de Funcionarios",
     "cena de camaradería"),
])
def test_a_qualifier_of_the_invitation_is_not_who_invites(read, text, organizer, title):
    invitation = read(text)
    assert invitation["intent"] == "invitation.create"
    assert (invitation["organizer"], invitation["title"]) == (organizer, title)


@pytest.mark.parametrize(("text", "organizer"), [
    ("Oye, llegó invite de la SNA para la inauguración de la Expo Agrícola, el sábado 13 a las 11. Porfa "
     "regístrala", "SNA"),
    ("llegó invite de la CChC pal seminario de vivienda social el jueves 11 a las 9:30 en el hotel Dreams", "CChC"),
    ("oye llego invite del indap para la feria campesina el domingo 14 a las 11 en la plaza", "indap"),
])
def test_an_invite_from_an_acronym_names_who_invites(read, text, organizer):
    invitation = read(text)
    assert invitation["intent"] == "invitation.create"
    assert invitation["organizer"] == organizer
    assert "invite" not in invitation["title"]
