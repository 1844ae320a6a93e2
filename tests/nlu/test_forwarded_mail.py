"""A mail passed on through the chat: its header pasted on one line with nothing between the fields, the mail
program's «---------- Mensaje reenviado ---------» anywhere in the message, a letter's formulas («saluda
atentamente a … y la invita a …») and a signature of several lines. The header says who sent it and when,
never the event's day; the body says who invites and to what."""

from __future__ import annotations


def test_a_header_on_one_line_is_read_field_by_field(read):
    found = read("---------- Mensaje reenviado --------- De: Cámara de Turismo de Pucón <contacto@camarapucon.cl> "
                 "Fecha: jue, 4 mar 2027 a las 18:40 Asunto: Invitación lanzamiento Para: alcaldia@muni.cl "
                 "Estimado Sr. Alcalde: la Cámara de Turismo de Pucón tiene el agrado de invitarlo al lanzamiento "
                 "de la temporada de verano, el viernes 12 de marzo a las 11:00 en el muelle.")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Cámara de Turismo de Pucón"
    assert found["start"] == "2027-03-12T11:00"
    assert "Mensaje reenviado" not in found["title"]


def test_a_mail_whose_body_invites_with_no_subject_is_the_sending_institution_s(read):
    found = read("Fwd: Jornada De: Federación de Juntas de Vecinos de Lautaro <fedjjvv@gmail.com> Date: mar, 2 mar "
                 "2027, 09:15 Subject: Convocatoria jornada Se invita a la Sra. Alcaldesa a la jornada de "
                 "dirigentes del sábado 13 de marzo a las 10:00 en la sede de la federación.")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Federación de Juntas de Vecinos de Lautaro"
    assert found["start"] == "2027-03-13T10:00"


def test_a_host_no_list_knows_opens_the_sentence_that_invites(read):
    found = read("Reenvío: ---------- Forwarded message --------- From: Paula Rey <prey@lagoazul.cl> Date: lun, 1 "
                 "mar 2027, 12:00 Subject: Invitación Estimada Alcaldesa: Viña Lago Azul tiene el agrado de "
                 "invitarla a la vendimia 2027, el sábado 20 de marzo a las 13:00 en la bodega.")
    assert found["organizer"] == "Viña Lago Azul"
    assert found["start"] == "2027-03-20T13:00"


def test_a_letter_that_greets_and_then_invites_names_the_activity_after_the_invitation(read):
    found = read("El Club de Huasos de Cunco saluda atentamente al Sr. Alcalde y lo invita a la tradicional "
                 "trilla a yegua suelta, el domingo 14 de marzo a las 12:00 en la medialuna.")
    assert found["organizer"] == "Club de Huasos de Cunco"
    assert found["title"].startswith("tradicional trilla")


def test_a_signature_s_lines_give_name_post_and_institution(read):
    found = read("guarda este contacto, va en la firma:\n\n--\nRoberto Vidal Sáez\nDirector Regional\n"
                 "Servicio Nacional de Turismo Araucanía\n+56 9 6123 4455")
    assert found["intent"] == "contact.create"
    assert found["name"] == "Roberto Vidal Sáez"
    assert found["role"] == "Director Regional"
    assert found["institution"] == "Servicio Nacional de Turismo Araucanía"


def test_dashes_set_a_heading_s_fields_apart(read):
    found = read("Invitación recibida: Delegación Provincial de Cautín — Acto Día del Carabinero — 27/04 — 11:00 "
                 "hrs — Plaza Aníbal Pinto")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Delegación Provincial de Cautín"
    assert found["title"] == "Acto Día del Carabinero"
    assert found["start"] == "2027-04-27T11:00"


def test_a_relative_clause_telling_when_ends_the_title(read):
    found = read("Reenvío: la Escuela Rural Las Ñipas invita al Sr. Alcalde a la muestra de fin de semestre que se "
                 "realizará el viernes 12 de marzo a las 10 horas en la escuela.")
    assert found["organizer"] == "Escuela Rural Las Ñipas"
    assert found["title"] == "muestra de fin de semestre"


def test_an_office_formula_that_opens_the_news_is_no_title(read):
    found = read("Tengo el agrado de comunicarle que el Club de Leones de Gorbea celebrará su aniversario el "
                 "sábado 13 de marzo a las 21 horas en el Club Social, y desea contar con su presencia.")
    assert found["intent"] == "invitation.create"
    assert found["organizer"] == "Club de Leones de Gorbea"
    assert "aniversario" in found["title"] and "agrado" not in found["title"]
