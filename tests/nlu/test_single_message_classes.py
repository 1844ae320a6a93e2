"""Single messages of the kinds staff send that once read wrongly, one test per kind, with sentences written for
these tests only (issue 12): an obligation before the booking verb, an audience request told by who speaks for
whom, abbreviations whose period ends no clause, an end said before the start, a mail header pasted on one line."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "title"), [
    ("debo anotar la bendición de los botes el domingo a las 10", "bendición de los botes"),
    ("deberíamos agendar el aseo de playa con los scouts el sábado a las 9", "aseo de playa con los scouts"),
    ("tengo q poner en la agenda el desfile de fiestas patrias el jueves a las 11", "desfile de fiestas patrias"),
])
def test_an_obligation_before_the_booking_verb_books_what_follows(parser, text, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"] == title


@pytest.mark.parametrize("text", [
    "Solicitud de audiencia de lobby de la Pesquera Bahía Azul, representada por su gerente Tomás Vidal, "
    "para tratar la ampliación del muelle",
    "solicitud de audiencia ley de lobby de la sra. Inés Carrasco en representación de Forestal Los Ríos",
])
def test_an_audience_request_told_by_who_speaks_for_whom_is_registered(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "lobby.create"
    assert understanding.slots.get("subject") != "su gerente Tomás Vidal"  # «representada por» names an agent


def test_an_abbreviated_title_keeps_the_name_after_it(parser):
    understanding = parser.parse("solicitud de audiencia de lobby de la Sra. Marta Oyarzún en representación de "
                                 "Áridos del Maule", NOW)
    assert "Marta Oyarzún" in understanding.slots["applicant"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("reunión con el seremi de salud el viernes hasta la una y media, desde las doce",
     datetime(2027, 3, 12, 12, 0), datetime(2027, 3, 12, 13, 30)),
    ("taller de reciclaje mañana hasta las seis, a partir de las cuatro",
     datetime(2027, 3, 11, 16, 0), datetime(2027, 3, 11, 18, 0)),
])
def test_an_end_said_before_the_start_still_ends_the_activity(parser, text, start, end):
    understanding = parser.parse(text, NOW)
    assert (understanding.slots["start"], understanding.slots["end"]) == (start, end)


def test_a_mail_pasted_on_one_line_is_from_its_sender_when_the_body_invites_in_the_first_person(parser):
    understanding = parser.parse("De: Gerencia Cooperativa Eléctrica Ovalle | Asunto: invitación | Tenemos el "
                                 "honor de invitarle a la inauguración de la planta solar el martes 16 de marzo "
                                 "a las 12:00", NOW)
    assert understanding.intent == "invitation.create"
    assert understanding.slots["organizer"] == "Gerencia Cooperativa Eléctrica Ovalle"
    assert understanding.slots["title"] == "inauguración de la planta solar"
    assert understanding.slots["start"] == datetime(2027, 3, 16, 12, 0)


def test_a_mail_subject_gives_way_to_the_body_that_names_the_same_matter_more_fully(parser):
    understanding = parser.parse("De: Escuela Básica Villa Alegre\nAsunto: Invitación aniversario\n\nInvitamos al "
                                 "señor alcalde a la velada de aniversario de la escuela el viernes 12 de marzo a "
                                 "las 19:00 en el gimnasio", NOW)
    assert understanding.slots["title"] == "velada de aniversario de la escuela"


@pytest.mark.parametrize(("text", "record"), [
    ("x el temporal se corre la reunión de la mesa de invierno al viernes a las 12", "mesa de invierno"),
    ("por la lluvia se suspende la feria costumbrista", "feria costumbrista"),
    ("debido al paro de profesores se posterga el acto cívico para el martes", "acto cívico"),
])
def test_a_reason_said_first_is_not_the_record_changed(parser, text, record):
    understood = parser.parse(text, datetime(2026, 7, 20, 9, 0))
    assert understood.intent in ("event.update", "event.cancel")
    assert record in understood.slots["reference"]
    assert not any(word in understood.slots["reference"] for word in ("temporal", "lluvia", "paro"))


@pytest.mark.parametrize(("text", "date", "title"), [
    ("Para que no se nos pase: cada 5 de mayo el aniversario del Club de Rayuela", "05-05",
     "aniversario del Club de Rayuela"),
    ("que no se me olvide, todos los años el 2 de octubre es el día del asistente de la educación", "10-02",
     "día del asistente de la educación"),
    ("no olvidar cada 17 de noviembre el aniversario de la Junta de Vecinos Los Copihues", "11-17",
     "aniversario de la Junta de Vecinos Los Copihues"),
    ("acuérdese todos los años del 22 de julio, cumpleaños del concejal Iturra", "07-22",
     "cumpleaños del concejal Iturra"),
])
def test_a_date_told_as_something_not_to_forget_is_an_efemeride_named_by_what_follows(parser, text, date, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "efemeride.create"
    assert (understanding.slots["date"], understanding.slots["title"]) == (date, title)


@pytest.mark.parametrize(("text", "query"), [
    ("los subsecretarios", "subsecretarios"),
    ("fonos de todas las directoras de escuela", "directoras de escuela"),
    ("pásame los comisarios de la provincia xfa", "comisarios de la provincia"),
    ("¿qué concejales tenemos?", "concejales"),
])
def test_posts_named_in_the_plural_list_the_contacts_of_that_post(parser, text, query):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.query"
    assert query in understanding.slots["query"]


@pytest.mark.parametrize("text", [
    "porfa agéndale al jefe una reunión con la mesa de seguridad el jueves a las 10",
    "agenda a la jefa reunión con la mesa de seguridad el jueves a las 10",
])
def test_the_mayor_called_the_boss_is_whose_agenda_not_part_of_the_title(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"].lower() == "reunión con la mesa de seguridad"



@pytest.mark.parametrize("text", [
    "que quede en el calendario: saludo protocolar al Cuerpo de Bomberos el lunes 15 a las 10",
    "que quede en la agenda el saludo protocolar a la Capitanía de Puerto el viernes a las 12",
])
def test_a_booking_asked_as_what_should_stay_written_books_the_activity(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["title"].startswith("saludo protocolar")


def test_a_post_after_the_verb_that_goes_on_with_de_is_someone_else_not_the_mayor(parser):
    understanding = parser.parse("manda a la jefa de gabinete a la inauguración del mercado en representación del "
                                 "alcalde", NOW)
    assert understanding.slots["delegate"] == "jefa de gabinete"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("agenda el lunes quince de diez a doce reunión de coordinación con la DOM", datetime(2027, 3, 15, 10, 0),
     datetime(2027, 3, 15, 12, 0)),
    ("el jueves de 9 a 11 taller de primeros auxilios para funcionarios", datetime(2027, 3, 11, 9, 0),
     datetime(2027, 3, 11, 11, 0)),
])
def test_hours_from_to_followed_by_the_activity_are_its_time(parser, text, start, end):
    understanding = parser.parse(text, NOW)
    assert (understanding.slots["start"], understanding.slots["end"]) == (start, end)


@pytest.mark.parametrize("text", ["los delegados", "las concejalas", "y los rectores?"])
def test_a_post_in_the_plural_alone_asks_for_those_contacts(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.query"


def test_signing_the_mayor_up_for_an_activity_books_it(parser):
    understanding = parser.parse("anota al alcalde en la corrida solidaria del domingo a las 9", NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["start"] == datetime(2027, 3, 14, 9, 0)


@pytest.mark.parametrize(("text", "start"), [
    ("Agendar reunión de seguridad con Carabineros por el fin de semana largo el jueves a las 10",
     datetime(2027, 3, 11, 10, 0)),
    ("agenda reu con la junta x las fiestas patrias mañana a las 9:30", datetime(2027, 3, 11, 9, 30)),
    ("pon una reunión de turnos por el feriado del lunes el viernes a las 11", datetime(2027, 3, 12, 11, 0)),
    ("Reunión con el equipo de Dideco para preparar la semana santa el martes a las 16 hrs",
     datetime(2027, 3, 16, 16, 0)),
])
def test_a_period_named_as_the_reason_is_not_the_event_day_said_beside_it(parser, text, start):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert understanding.slots["start"] == start and "end" not in understanding.slots


@pytest.mark.parametrize(("text", "ticket"), [
    ("en qué va el reclamo número treinta y siete", "37"),
    ("cómo va el caso ciento doce", "112"),
    ("estado del reclamo nro doscientos cinco porfa", "205"),
    ("estado del reclamo 42", "42"),
])
def test_a_ticket_number_said_in_words_is_the_ticket(parser, text, ticket):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.query"
    assert understanding.slots["ticket"] == ticket


def test_a_case_said_as_a_conjunction_is_no_ticket(parser):
    assert "ticket" not in parser.parse("en caso de que llueva se suspende el acto", NOW).slots


@pytest.mark.parametrize(("text", "delegate"), [
    ("lo ve el concejal Pérez", "concejal Pérez"),
    ("esa la ve la concejala Soto, avísales", "concejala Soto"),
    ("a la once va el concejal Díaz en su lugar", "concejal Díaz"),
    ("manda al director de Secpla", "director de Secpla"),
])
def test_who_goes_said_as_who_takes_it_delegates_the_invitation(parser, text, delegate):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == "delegated" and understanding.slots["delegate"] == delegate


@pytest.mark.parametrize(("text", "response", "reference"), [
    ("el alcalde quiere ir a la cena de los bomberos del sábado, confírmales", "accepted", "cena de los bomberos"),
    ("la jefa si kiere ir al aniversario del club, avisales q si", "accepted", "aniversario del club"),
    ("Al alcalde le gustaría asistir a la once de la Cruz Roja, confírmeles por favor", "accepted",
     "once de la Cruz Roja"),
    ("el alcalde no quiere ir a la fonda del sindicato, diles que no", "declined", "fonda del sindicato"),
])
def test_the_mayors_wish_with_the_order_that_passes_it_on_answers_the_invitation(parser, text, response, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response
    assert understanding.slots["reference"].startswith(reference)


@pytest.mark.parametrize(("text", "applicant", "represented"), [
    ("pidió audiencia de lobby la empresa Forestal Quillay SpA, representada por Javiera Leiva, para conversar "
     "sobre el vertedero", "Javiera Leiva", "Forestal Quillay SpA"),
    ("solicita audiencia x ley del lobby la Sociedad Agrícola Los Maitenes, representada x su abogado don Felipe "
     "Arancibia, por los derechos de agua", "Felipe Arancibia", "Sociedad Agrícola Los Maitenes"),
    ("La Corporación Cultural Puerto Nuevo, representada por su directora Gloria Saavedra, solicita audiencia por "
     "el uso del teatro", "Gloria Saavedra", "Corporación Cultural Puerto Nuevo"),
    ("Gloria Saavedra, en representación de la Corporación Cultural Puerto Nuevo, pide audiencia por el teatro",
     "Gloria Saavedra", "Corporación Cultural Puerto Nuevo"),
])
def test_who_speaks_for_a_body_is_the_applicant_and_the_body_is_represented(parser, text, applicant, represented):
    slots = parser.parse(text, NOW).slots
    assert (slots.get("applicant"), slots.get("represented")) == (applicant, represented), slots
