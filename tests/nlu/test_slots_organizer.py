"""Who invites and to what, as staff pass it on: an institution whose «de/del» complement is an activity's name,
an organizer written without «de» in a chat line of comma-separated fields, and a forwarded e-mail whose header
date is not the event's. Sentences written for these tests."""

from __future__ import annotations

import pytest


def test_an_institution_keeps_the_activity_its_de_names(read):
    found = read("invitación de la asociación del fútbol amateur de quillota para la premiación del "
                  "torneo de clausura el sábado a las 19 en el estadio lucio fariña")
    assert found["organizer"] == "asociación del fútbol amateur de quillota"
    assert "premiación" in found["title"]


def test_an_organizer_without_de_ends_at_the_comma(read):
    found = read("invitacion escuela republica de croacia, feria científica de los cuartos básicos, "
                  "el 23/3 a las 11, patio techado. tb invitaron al concejo")
    assert found["organizer"] == "escuela republica de croacia"
    assert found["title"].startswith("feria científica")
    assert found["place"] == "patio techado"


FORWARDED = """---------- Forwarded message ---------
De: Protocolo Universidad de Magallanes <protocolo@umag.cl>
Fecha: lun, 8 mar 2027, 9:05
Asunto: Invitación Inauguración del Año Académico 2027
Para: <alcaldia@puntaarenas.cl>

El Rector de la Universidad de Magallanes tiene el agrado de invitar a la señora Alcaldesa a la Inauguración \
del Año Académico 2027, que se realizará el viernes 19 de marzo a las 11:00 horas en el Aula Magna."""


def test_a_forwarded_mail_gives_title_and_organizer_but_not_its_own_date(read):
    found = read(FORWARDED)
    assert found["intent"] == "invitation.create"
    assert found["start"] == "2027-03-19T11:00"
    assert "Inauguración del Año Académico" in found["title"]
    assert "Universidad de Magallanes" in found["organizer"]
    assert "Protocolo" not in found["organizer"]


def test_an_invitation_told_with_an_aside_about_the_clock_is_no_change(read):
    found = read("la alcaldeza está invitada por el Círculo de Suboficiales de Punta Arenas a la once "
                  "aniversario el viernes 12 a las 17 hrs en su sede, ojo q ese día se adelanta el cierre "
                  "del municipio")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Círculo de Suboficiales de Punta Arenas"
    assert found["start"] == "2027-03-12T17:00"


def test_an_office_named_by_its_post_invites(read):
    found = read("Se recibió oficio de la Seremi de Salud invitando a la Sra. Alcaldesa al lanzamiento de "
                  "la campaña de invierno, el martes 16 de marzo a las 10:00 hrs, en Av. Colón 3050.")
    assert found["organizer"] == "Seremi de Salud"
    assert found["place"] == "Av. Colón 3050"


def test_a_mail_header_pasted_on_one_line_with_periods_names_the_sender_as_organizer(read):
    found = read("De: Directiva Club de Cueca Los Copihues. Asunto: invitación aniversario. Junto con saludar, "
                 "invitamos al Sr. Alcalde a la gala de aniversario del club el sábado 20 de marzo a las 20:00 en "
                 "el Casino Municipal. Saludos cordiales.")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Directiva Club de Cueca Los Copihues"
    assert found["title"] == "gala de aniversario del club"
    assert found["start"] == "2027-03-20T20:00"


def test_a_sentence_with_a_colon_and_periods_is_no_mail_header(read):
    found = read("Reunión: con los dirigentes. Lugar: la sede de la junta de vecinos el jueves a las 19")
    assert found["intent"] == "event.create"


def test_an_office_formula_opening_what_came_in_is_not_the_title(read):
    for opening in ("Con esta fecha se recibe", "Por medio de la presente se remite", "En el día de hoy llegó"):
        found = read(f"{opening} invitación de la Cámara de Turismo para el lanzamiento de la temporada el "
                     "viernes 19 a las 12")
        assert found["title"] == "lanzamiento de la temporada", opening
        assert found["organizer"] == "Cámara de Turismo", opening


def test_a_heading_before_the_sentence_that_invites_leaves_its_subject_the_organizer(read):
    for heading in ("Invitación.", "Invitación!", "Ojo, llegó esto:"):
        found = read(f"{heading} La Agrupación Folclórica Raíces invita al alcalde a su peña el viernes 12 a las 21")
        assert found["organizer"] == "Agrupación Folclórica Raíces", heading


def test_an_abbreviated_invitation_heading_names_who_invites(read):
    found = read("invit. Escuela Los Aromos: muestra de talentos, jue 11/3 10am, patio techado")
    assert found["organizer"] == "Escuela Los Aromos"


@pytest.mark.parametrize("text", [
    "les encantaría contar con la alcaldesa en la velada poética, la organiza la Biblioteca Municipal, el jueves "
    "11 a las 19 en el auditorio",
    "quieren contar con el alcalde en la velada poética del jueves 11 a las 19, lo organiza la Biblioteca "
    "Municipal",
])
def test_an_invitation_told_as_the_mayor_wished_there_names_who_organizes_it(read, text):
    found = read(text)
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Biblioteca Municipal"
    assert found["title"] == "velada poética"
    assert found.get("place") != "organiza la Biblioteca Municipal"


@pytest.mark.parametrize(("text", "organizer", "title"), [
    ("buenas, les comento que el Club de Huasos invita al alcalde a la ramada el 18 de septiembre",
     "Club de Huasos", "ramada"),
    ("le aviso que la Sociedad de Historia lo invita a la presentación de su libro el jueves a las 7",
     "Sociedad de Historia", "presentación de su libro"),
    ("oye te cuento que nos invita el Liceo Industrial a su aniversario el martes a las 11",
     "Liceo Industrial", "aniversario"),
])
def test_an_invitation_told_after_que_has_its_organizer_after_the_que(read, text, organizer, title):
    found = read(text)
    assert found["organizer"] == organizer
    assert found["title"] == title


@pytest.mark.parametrize(("text", "organizer"), [
    ("el Club de Rayuela Los Maitenes nos manda invitación de nuevo, para el sábado 8 a las 12 en la cancha", None),
    ("otra vez nos invita el Centro de Madres Las Violetas a su once, jueves 6 a las 17 hrs",
     "Centro de Madres Las Violetas"),
    ("nos invitan nuevamente el Comité de Agua Potable de Pullao a su asamblea del martes 4 a las 18", None),
])
def test_again_words_never_name_who_invites(read, text, organizer):
    """«de nuevo», «otra vez», «nuevamente» say the invitation came again, never who sends it (None: whoever is
    read, not those words)."""
    found = read(text)
    assert found["intent"] == "invitation.create"
    got = found.get("organizer") or ""
    assert not got.lower().startswith(("nuevo", "otra", "nuevamente", "de nuevo"))
    assert organizer is None or organizer in got
