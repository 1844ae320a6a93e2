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


@pytest.mark.parametrize(("text", "response", "reference"), [
    ("el alcalde va a ir a la cena de los bomberos", "accepted", "cena de los bomberos"),
    ("oye la jefa si va a ir al bingo de la cruz roja", "accepted", "bingo de la cruz roja"),
    ("Informo que el señor alcalde asistirá a la misa de acción de gracias del hospital.", "accepted",
     "misa de acción de gracias del hospital"),
    ("la alcaldesa no va a poder ir a la once del club de huasos", "declined", "once del club de huasos"),
])
def test_the_mayors_attendance_told_as_a_fact_answers_the_invitation(parser, text, response, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response
    assert understanding.slots["reference"].startswith(reference)


@pytest.mark.parametrize("text", ["¿el alcalde va a ir a la cena de los bomberos?", "va a ir la jefa al bingo?"])
def test_the_mayors_attendance_asked_is_a_question_about_the_invitation(parser, text):
    assert parser.parse(text, NOW).intent == "invitation.query"


@pytest.mark.parametrize(("text", "citizen", "phone"), [
    ("anota un reclamo de don hernan vidal fono nueve siete ocho seis cinco cuatro tres dos uno el arbol de la "
     "vereda se esta cayendo", "Hernan Vidal", "+56978654321"),
    ("Reclamo de la señora Rosa Muñoz, teléfono nueve ocho siete seis cinco cuatro tres dos uno: se rompió la "
     "matriz de agua frente a su casa", "Rosa Muñoz", "+56987654321"),
    ("reclamo don jorge ruiz cel nueve seis cinco cuatro tres dos uno cero nueve perros sueltos atacan a los niños",
     "Jorge Ruiz", "+56965432109"),
])
def test_a_complaint_dictated_with_its_callers_phone_is_a_complaint_not_a_contact(parser, text, citizen, phone):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert (understanding.slots["citizen"], understanding.slots["phone"]) == (citizen, phone)


def test_a_contact_dictated_with_its_phone_in_words_is_still_a_contact(parser):
    understanding = parser.parse("agrega a contactos a don hernan vidal fono nueve siete ocho seis cinco cuatro tres "
                                 "dos uno", NOW)
    assert understanding.intent == "contact.create"
    assert understanding.slots["phone"] == "+56978654321"


@pytest.mark.parametrize(("text", "delegate"), [
    ("al aniversario de la PDI va en representación del alcalde el administrador municipal, don Marcos Vera",
     "administrador municipal, don Marcos Vera"),
    ("manda a la jefa de gabinete, doña Carla Muñoz, a la misa", "jefa de gabinete, doña Carla Muñoz"),
])
def test_a_delegate_named_by_post_then_by_name_after_a_comma_is_one_person(parser, text, delegate):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["response"] == "delegated"
    assert understanding.slots["delegate"] == delegate


@pytest.mark.parametrize(("text", "department"), [
    ("De: Junta de Vecinos Los Aromos\nAsunto: Ruidos molestos\nSr. Alcalde, por intermedio de la presente "
     "denunciamos fiestas hasta la madrugada en pasaje Las Dalias 12", "inspeccion"),
    ("De: Centro de Padres Escuela Rural El Olivar | Asunto: micro basural | Estimada alcaldesa: denunciamos un "
     "basural frente a la escuela", "aseo"),
])
def test_a_letter_from_an_organisation_is_routed_by_its_matter_not_by_its_sender(parser, text, department):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["department"] == department
    assert "citizen" not in understanding.slots or "lcald" not in understanding.slots["citizen"]


@pytest.mark.parametrize(("text", "description"), [
    ("Estimado señor alcalde, la vecina Rosa Pinto reclama por un bache en calle Colón 45", "bache en calle Colón 45"),
    ("jefa, reclamo de don Lucho Soto x perros sueltos en la plaza", "perros sueltos en la plaza"),
])
def test_whom_the_message_is_addressed_to_stays_out_of_the_text_slots(parser, text, description):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["description"] == description


@pytest.mark.parametrize("text", [
    "hola, agenda reunión con la directora del cesfam el martes a las 10",
    "jefe, agenda reunión con la directora del cesfam el martes a las 10",
])
def test_a_comma_after_a_greeting_opens_the_request_not_a_place(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["title"] == "reunión con la directora del cesfam"
    assert "place" not in understanding.slots


@pytest.mark.parametrize(("text", "requester", "channel", "subject"), [
    ("ley de transparencia: la periodista Carolina Vega pide por correo los gastos en publicidad de 2026",
     "Carolina Vega", "correo", "los gastos en publicidad de 2026"),
    ("transparencia: el vecino juan soto solicita por el portal copia de los contratos de aseo", "juan soto",
     "portal", "copia de los contratos de aseo"),
    ("Solicitud de transparencia. La abogada Inés Fuentes requiere vía correo electrónico las actas del concejo",
     "Inés Fuentes", "correo", "las actas del concejo"),
])
def test_who_asks_and_how_are_not_what_a_transparency_request_asks(parser, text, requester, channel, subject):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "transparency.create"
    slots = understanding.slots
    assert (slots["requester"], slots["channel"], slots["subject"]) == (requester, channel, subject)


@pytest.mark.parametrize(("text", "intent", "place"), [
    ("la reunión con el seremi al final es en la intendencia, no en el municipio", "event.update", "intendencia"),
    ("ojo, la invitación de la Cámara de Comercio finalmente es en el Hotel Antay", "invitation.update",
     "Hotel Antay"),
    ("el almuerzo con los dirigentes al final sera en el quincho municipal, no en la sede", "event.update",
     "quincho municipal"),
])
def test_a_place_corrected_with_al_final_changes_the_record_and_declines_nothing(parser, text, intent, place):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert understanding.slots["place"] == place


@pytest.mark.parametrize(("text", "place"), [
    ("la reunión con el seremi se va a hacer en la gobernación", "gobernación"),
    ("el almuerzo con los concejales va a ser en el casino municipal", "casino municipal"),
])
def test_a_new_place_told_in_the_near_future_changes_the_activity(parser, text, place):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.update"
    assert understanding.slots["place"] == place


@pytest.mark.parametrize(("text", "time"), [
    ("El Seremi pide atrasarla una hora, que quede a las 11", "11:00"),
    ("adelanta la reunión de coordinación media hora, a las 9:30", "09:30"),
])
def test_a_time_said_beside_a_shift_is_where_the_activity_lands(parser, text, time):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.update"
    assert understanding.slots["time"] == time and "shift" not in understanding.slots


def test_who_asks_for_a_change_is_not_the_activity_changed(parser):
    understanding = parser.parse("la directora del liceo pide correr la licenciatura al viernes", NOW)
    assert understanding.slots["reference"] == "licenciatura"
    assert "reference" not in parser.parse("el Seremi pide atrasarla una hora", NOW).slots


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("Ah, y su correo es rcontreras@hospital.cl, por favor agréguelo", "email", "rcontreras@hospital.cl"),
    ("ah ya y su cel es el 9 7766 5544, anotalo", "phone", "+56977665544"),
])
def test_a_field_of_the_contact_just_named_said_after_fillers_updates_it(parser, text, slot, value):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.update"
    assert understanding.slots[slot] == value and understanding.missing == ("reference",)


@pytest.mark.parametrize(("text", "reference"), [
    ("avísale a la cámara de turismo que la jefa no puede ir", "cámara de turismo"),
    ("el alcalde no va a alcanzar a llegar a la premiación del torneo de rayuela", "premiación del torneo de rayuela"),
    ("la alcaldesa va a estar en el lanzamiento de la temporada de verano", "lanzamiento de la temporada de verano"),
])
def test_the_attendance_words_around_an_invitation_stay_out_of_its_reference(parser, text, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["reference"] == reference


@pytest.mark.parametrize(("text", "department", "description"), [
    ("hay perros vagos mordiendo a la gente en la población El Esfuerzo, que manden a alguien", "medio_ambiente",
     "perros vagos mordiendo a la gente en la población El Esfuerzo"),
    ("se cortó el cable del alumbrado en villa los aromos, pueden mandar a alguien a revisar", "operaciones",
     "cortó el cable del alumbrado en villa los aromos"),
])
def test_a_problem_told_with_a_request_to_send_someone_is_a_complaint_described_by_the_problem(
        parser, text, department, description):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["department"] == department
    assert understanding.slots["description"] == description


@pytest.mark.parametrize("text", ["qué se celebra esta semana", "¿a quién hay que saludar mañana?"])
def test_what_is_celebrated_asked_about_lists_the_efemerides(parser, text):
    assert parser.parse(text, NOW).intent == "efemeride.query"


def test_an_invitation_addressed_to_usted_is_titled_by_the_activity(parser):
    understanding = parser.parse("Junto con saludar, tenemos el agrado de invitar a usted al Encuentro Comunal de "
                                 "Salud Rural, el martes 16 de marzo a las 9:00 hrs en el Liceo Agrícola", NOW)
    assert understanding.slots["title"] == "Encuentro Comunal de Salud Rural"


def test_a_post_said_after_a_comma_is_who_one_meets_not_where(parser):
    understanding = parser.parse("agenda para mañana a las 10 reunión con la Sra. Marcela Tapia, presidenta de la "
                                 "Unión Comunal", NOW)
    assert understanding.intent == "event.create" and "place" not in understanding.slots


@pytest.mark.parametrize(("text", "response", "reference"), [
    ("dígale a la Cámara de Turismo que el alcalde agradece la invitación pero no podrá asistir", "declined",
     "Cámara de Turismo"),
    ("la alcaldesa agradece la gentil invitación a la gala y confirma su asistencia", "accepted", "gala"),
])
def test_thanks_said_with_the_answer_stay_out_of_the_reference(parser, text, response, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["response"] == response
    assert understanding.slots["reference"] == reference


@pytest.mark.parametrize(("text", "citizen"), [
    ("cómo va el reclamo de la sra juana perez", "juana perez"),
    ("en qué está el reclamo de la señora Contreras", "Contreras"),
])
def test_a_complaint_asked_after_by_whose_it_is_is_looked_up_by_that_name(parser, text, citizen):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.search"
    assert understanding.slots["citizen"] == citizen


@pytest.mark.parametrize(("text", "citizen"), [
    ("el reclamo de la vecina Soto sigue abierto?", "Soto"),
    ("el reclamo de don Luis Araya ya está resuelto?", "Luis Araya"),
])
def test_how_a_complaint_stands_said_after_whose_it_is_is_not_part_of_the_name(parser, text, citizen):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.search"
    assert understanding.slots["citizen"] == citizen


def test_a_question_about_the_office_premises_is_chatter(parser):
    assert parser.parse("alguien sabe si el estacionamiento de atrás está abierto?", NOW).intent == "unknown"


@pytest.mark.parametrize(("text", "reference"), [
    ("respóndale a la Fundación Mi Casa que la alcaldesa agradece la gentil invitación al té solidario y asistirá",
     "Fundación Mi Casa, té solidario"),
    ("avísale a la parroquia que la jefa acepta la invitación a la misa del domingo", "parroquia, misa del domingo"),
])
def test_an_answer_passed_on_names_whose_invitation_and_the_activity_it_is_to(parser, text, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["reference"] == reference


@pytest.mark.parametrize(("text", "first", "last"), [
    ("exporta los reclamos de febrero a excel", "2027-02-01", "2027-02-28"),
    ("mándame la planilla de reclamos del mes", "2027-03-01", "2027-03-31"),
    ("excel de la agenda de abril", "2027-04-01", "2027-04-30"),
])
def test_an_export_of_complaints_by_month_is_of_the_month_gone_by_and_the_agenda_of_the_one_ahead(
        parser, text, first, last):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "export.request"
    assert (understanding.slots["date_from"], understanding.slots["date_to"]) == (first, last)


def test_a_new_field_said_after_the_field_updates_the_contact(parser):
    understanding = parser.parse("el fono nuevo del comisario es 9 8765 0000", NOW)
    assert understanding.intent == "contact.update"
    assert understanding.slots["phone"] == "+56987650000"


@pytest.mark.parametrize(("text", "intent", "reference"), [
    ("la audiencia de Forestal Los Ríos acéptala para el jueves a las 10", "lobby.respond", "Forestal Los Ríos"),
    ("la solicitud de Mario Rojas derívala a la DOM", "transparency.update", "Mario Rojas"),
])
def test_the_verb_that_carries_the_record_as_its_pronoun_is_not_part_of_its_name(parser, text, intent, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == intent
    assert understanding.slots["reference"] == reference


def test_a_request_rejected_as_inadmissible_is_a_transparency_step_without_the_word_transparencia(parser):
    understanding = parser.parse("la solicitud de doña Elena Soto recházala por inadmisible", NOW)
    assert understanding.intent == "transparency.update"
    assert understanding.slots["step"] == "inadmisible"


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo vecina calle prat 456 perro muerto en la vereda hace 2 dias", "calle prat 456"),
    ("queja del vecino pasaje Los Olmos 12, hay basura acumulada", "pasaje Los Olmos 12"),
])
def test_a_resident_told_by_where_they_live_has_an_address_not_a_name(parser, text, address):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == address and "citizen" not in understanding.slots


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


@pytest.mark.parametrize("text", [
    "Reclamo de don Juvenal Tapia: el vecino construye un segundo piso sin permiso en calle Caupolicán 221, Los Vilos",
    "reclamo de la sra. Ana Ríos, perros sueltos en el pasaje Los Vilos 45",
])
def test_a_place_named_like_a_verb_form_asks_nothing(parser, text):
    """«Los Vilos» is a comuna, not a form of «ver» asking to look complaints up."""
    assert parser.parse(text, NOW).intent == "complaint.create"


@pytest.mark.parametrize(("text", "title"), [
    ("la secre dijo q el 5 del otro mes el alcalde tiene oftalmólogo a las 4, ponlo en la agenda", "oftalmólogo"),
    ("mi jefa dice que el martes 16 tiene kinesiólogo a las 10:30, agéndalo por favor", "kinesiólogo"),
])
def test_who_told_the_news_is_not_the_activity(parser, text, title):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert title in understanding.slots["title"] and "dij" not in understanding.slots["title"]
    assert "dice" not in understanding.slots["title"]


@pytest.mark.parametrize(("text", "title"), [
    ("el viernes es el cumple de la concejala Ruiz", "cumpleaños de la concejala Ruiz"),
    ("Cumple del diputado Vergara: 10 de agosto", "Cumpleaños del diputado Vergara"),
])
def test_cumple_as_a_noun_is_a_birthday(parser, text, title):
    understanding = parser.parse(text, NOW)
    assert (understanding.intent, understanding.slots["title"]) == ("efemeride.create", title)


@pytest.mark.parametrize("text", [
    "agenda reunión para ver si la empresa cumple con el contrato de aseo el martes a las 10",
    "efeméride única: el 15 de abril se cumple el centenario de la Escuela D-81",
])
def test_cumple_as_a_verb_stays_a_verb(parser, text):
    """«cumple» is «cumpleaños» only as a noun: the verb keeps its word in what is stored."""
    understanding = parser.parse(text, NOW)
    assert "cumpleaños" not in understanding.slots["title"] and "cumple" in understanding.slots["title"]


@pytest.mark.parametrize(("text", "reference", "place"), [
    ("la invitación de la Cámara de Comercio cambió de lugar, el cóctel ahora será en el Hotel Diego de Almagro",
     "Cámara de Comercio", "Hotel Diego de Almagro"),
    ("El aniversario de los bomberos se cambia de lugar: la ceremonia será en el cuartel de la Tercera",
     "aniversario de los bomberos", "cuartel de la Tercera"),
])
def test_a_record_named_before_it_changes_place_is_the_one_changed(parser, text, reference, place):
    understanding = parser.parse(text, NOW)
    assert reference in understanding.slots["reference"]
    assert understanding.slots["place"] == place


@pytest.mark.parametrize("text", [
    "llegó una solicitud de transparencia de la señora Ana Díaz pidiendo los contratos de aseo, hay que derivarla "
    "a la DAF",
    "entró por el portal una solicitud de acceso a la información sobre horas extra del 2026, favor derivar a "
    "Personal",
])
def test_a_request_that_came_in_with_its_next_step_asked_is_registered(parser, text):
    assert parser.parse(text, NOW).intent == "transparency.create"


def test_the_step_asked_of_a_known_request_changes_it(parser):
    assert parser.parse("la solicitud MU301T0000456 hay que derivarla a Obras", NOW).intent == "transparency.update"


@pytest.mark.parametrize("text", [
    "disculpa la hora, agenda la visita al jardín infantil el viernes a las 9",
    "perdón que lo moleste, le pido anotar reunión con la junta del sector norte el lunes a las 11",
])
def test_an_apology_before_the_request_is_neither_place_nor_title(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.create"
    assert "hora" not in understanding.slots.get("place", "") + understanding.slots["title"]
    assert "moleste" not in understanding.slots.get("place", "") + understanding.slots["title"]


@pytest.mark.parametrize(("text", "citizen"), [
    ("muéstrame los reclamos de los Altamirano", "Altamirano"),
    ("hay reclamos de las Riquelme Toro?", "Riquelme Toro"),
])
def test_a_family_named_in_the_plural_is_whose_complaints_are_searched(parser, text, citizen):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.search"
    assert understanding.slots["citizen"] == citizen


@pytest.mark.parametrize(("text", "reference"), [
    ("dígale a la Sociedad de Socorros Mutuos que no, que la alcaldesa anda en la capital ese día",
     "Sociedad de Socorros Mutuos"),
    ("no va a ir a lo del club de rodeo porque se le topa con la sesión del concejo", "club de rodeo"),
    ("rechaza la invitación del liceo agrícola, ya que el jefe tiene cirugía ese día", "liceo agrícola"),
    ("a la once de las damas de rojo dile que no, coincide con la visita del intendente", "once de las damas de rojo"),
])
def test_the_reason_for_an_answer_is_not_the_invitation_answered(parser, text, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == "declined"
    assert understanding.slots["reference"] == reference


@pytest.mark.parametrize(("text", "reference"), [
    ("Desafortunadamente se suspendió la inauguración de la multicancha, bórrela", "inauguración de la multicancha"),
    ("por desgracia se cae el almuerzo con los camioneros", "almuerzo con los camioneros"),
])
def test_how_the_writer_takes_the_news_is_not_the_record_changed(parser, text, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "event.cancel"
    assert understanding.slots["reference"] == reference
