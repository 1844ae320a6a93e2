"""Intent recognition with the spellings staff really use: no accents, typos, chat abbreviations."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2027, 3, 1, 9, 0)


@pytest.mark.parametrize(("text", "intent"), [
    ("invitacion de la camara chilena de la construccion a su cena anual el 12 de abril a las 21", "invitation.create"),
    ("nos llego una invi del club de leones para el jue 18/3 a las 5", "invitation.create"),
    ("La Armada invita a la alcaldesa al desfile naval el 21 de mayo a las 10:30", "invitation.create"),
    ("invitasion del liceo A-17 a la licenciatura el viernes", "invitation.create"),
    ("acepta la invitacion de la armada", "invitation.respond"),
    ("la alcaldesa no va a poder ir al desfile naval", "invitation.respond"),
    ("al aniversario comunal va en representacion la concejala Soto", "invitation.respond"),
    ("invitaciones pendientes", "invitation.query"),
    ("q invitaciones faltan x responder?", "invitation.query"),
    ("agendame reu con el director de secplan el lunes a las 4", "event.create"),
    ("ajendame reunion con carabineros mnn a las 10", "event.create"),
    ("reunion con la seremi de vivienda el miercoles 10 a las 11 y media", "event.create"),
    ("bloquea el viernes en la mañana para trabajo interno", "event.create"),
    ("q tiene el alcalde el lunes", "agenda.query"),
    ("agenda del martes 9", "agenda.query"),
    ("esta libre la alcaldesa mañana a las 3?", "agenda.query"),
    ("que compromisos hay entre el 10 y el 14", "agenda.query"),
    ("tlf del jefe de gabinete de la delegacion", "contact.query"),
    ("cual es el mail de la directora del liceo bicentenario", "contact.query"),
    ("necesito el telefno del capitan de puerto", "contact.query"),
    ("datos del director del Liceo A-52", "contact.query"),
    ("holaa", "help"),
    ("q puedo hacer contigo?", "help"),
    ("sí va a la presentación del libro", "invitation.respond"),
    ("buenass", "help"),
    ("nuevo contacto: Pedro Pérez, director regional de Sernatur, cel 987654321", "contact.create"),
    ("reklamo x basura en pasaje las dalias 123", "complaint.create"),
    ("Doña Marta Fuentes reclama porque hay un perro muerto en la vereda", "complaint.create"),
    ("Vecino Luis Vera solicita retiro de escombros en su calle", "complaint.create"),
    ("hay un semaforo que no funciona en avenida Colón con Matta", "complaint.create"),
    ("estado del reclamo R-2027-0105", "complaint.query"),
    ("reclamos vencidos de obras", "complaint.query"),
    ("como va el reclamo 231", "complaint.query"),
    ("el reclamo R-2027-0003 está resuelto, se retiró el escombro", "complaint.update"),
    ("reclamo 88 en proceso, se envio cuadrilla", "complaint.update"),
    ("agrega efemeride 8 de marzo dia internacional de la mujer", "efemeride.create"),
    ("el cumpleanos de la concejala Soto es el 2 de abril", "efemeride.create"),
    ("que efemerides hay en mayo", "efemeride.query"),
    ("cumpleaños de autoridades de la proxima semana?", "efemeride.query"),
    ("mandame el resumen del dia", "briefing.request"),
    ("buenas tardes", "help"),
    ("q puedes hacer", "help"),
    ("jajaja", "unknown"),
    ("👍", "unknown"),
    ("", "unknown"),
])
def test_intent_survives_chat_spelling(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


def test_help_word_in_a_social_aid_request_is_a_complaint(parser):
    assert parser.parse("vecina pide ayuda social para su madre", NOW).intent == "complaint.create"


def test_greeting_before_a_request_does_not_hide_it(parser):
    assert parser.parse("hola, agenda de hoy", NOW).intent == "agenda.query"


def test_confirm_deadline_inside_a_new_invitation_is_not_an_answer(parser):
    text = "Invitación del Rotary a la cena anual el 12 de marzo a las 21, confirmar asistencia antes del 5"
    assert parser.parse(text, NOW).intent == "invitation.create"


@pytest.mark.parametrize("text", [
    "agenda entrevista con el diario El Llanquihue el jueves a las 12",
    "reunión con el equipo para el resumen de gestión el viernes a las 9",
])
def test_activity_booked_at_a_time_is_no_briefing_request(parser, text):
    assert parser.parse(text, NOW).intent == "event.create"


@pytest.mark.parametrize(("text", "intent"), [
    ("anota el cumple del jefe de Secplan, 14 de abril", "efemeride.create"),
    ("registra el cumpleaños de la concejala Soto el 2 de mayo", "efemeride.create"),
    ("agendame el cumpleaños de la concejala Soto el 2 de mayo", "event.create"),
])
def test_verb_shared_with_efemerides_keeps_a_birthday_an_efemeride(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    ("vecinos de la Feria Libre de Las Rejas piden más patrullaje", "complaint.create"),
    ("¿está libre el alcalde el jueves?", "agenda.query"),
    ("¿el alcalde estará ocupado mañana en la tarde?", "agenda.query"),
])
def test_free_or_busy_asks_about_the_agenda_only_with_a_verb(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


@pytest.mark.parametrize(("text", "intent"), [
    ("hay un hoyo gigante en la vereda de calle Prat", "complaint.create"),
    ("hay mucha basura en el pasaje Los Olmos", "complaint.create"),
])
def test_problem_stated_with_hay_is_a_complaint(parser, text, intent):
    assert parser.parse(text, NOW).intent == intent


def test_hay_without_a_routing_word_is_no_complaint(parser):
    assert parser.parse("hay una cena con los dirigentes en la sede vecinal", NOW).intent != "complaint.create"


def test_question_about_a_complaint_status_is_a_query_not_an_update(parser):
    assert parser.parse("¿el reclamo 15 está resuelto?", NOW).intent == "complaint.query"


def test_lexicon_words_are_not_corrected_as_typos(parser):
    u = parser.parse("agenda de la semana pasada", NOW)
    assert (u.slots["date_from"], u.slots["date_to"]) == (datetime(2027, 2, 22).date(), datetime(2027, 2, 28).date())


@pytest.mark.parametrize("text", [
    "reunion con el seremi el miercoles a las 10", "reunoin con el seremi el miércoles a las 10",
    "reu con el seremi el mie a las 10", "REUNION CON EL SEREMI EL MIERCOLES A LAS 10",
])
def test_spelling_variants_give_the_same_understanding(parser, text):
    u = parser.parse(text, NOW)
    assert u.intent == "event.create" and u.slots["start"] == datetime(2027, 3, 3, 10, 0)


@pytest.mark.parametrize(("text", "response", "reference"), [
    ("acepta la del Rotary", "accepted", "Rotary"),
    ("confirma la de la Armada", "accepted", "Armada"),
    ("rechaza la del club de leones", "declined", "club de leones"),
])
def test_answer_with_the_invitation_left_implied_is_a_response(parser, text, response, reference) -> None:
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response
    assert understanding.slots["reference"].lower() == reference.lower()


@pytest.mark.parametrize(("text", "intent"), [
    ("déjalo agendado: reunión con el consejo escolar el martes a las 9", "event.create"),
    ("que quede en el calendario la visita al hogar de ancianos el viernes a las 11", "event.create"),
    ("se pide anotar la reunión con el seremi de agricultura el lunes a las 10", "event.create"),
    ("agendái la reunión con los del club para el jueves a las 5", "event.create"),
    ("muéstreme los compromisos del jueves", "agenda.query"),
    ("súmalo a contactos: Rodrigo Paz, presidente de la cámara de comercio, 9 9123 4567", "contact.create"),
    ("piden la presencia del alcalde en la inauguración del gimnasio el sábado a las 12", "invitation.create"),
    ("les encantaría tener a la alcaldesa en su aniversario el jueves a las 19", "invitation.create"),
    ("invit. del club deportivo: final del campeonato el domingo a las 16", "invitation.create"),
    ("mandemos a la concejala Fuentes a la ceremonia del liceo", "invitation.respond"),
    ("díganles que esta vez el alcalde no puede", "invitation.respond"),
    ("acéptemela, va el alcalde", "invitation.respond"),
    ("ingreso OIRS: vecino denuncia perros sueltos en la plaza", "complaint.create"),
    ("me pasaron este caso: la vecina no tiene agua hace dos días", "complaint.create"),
    ("hay que ingresar un reclamo por un árbol caído en calle Baquedano 450", "complaint.create"),
    ("estuvo bonito el desfile del domingo", "unknown"),
    ("¿cómo te pido que agende una reunión?", "help"),
    ("¿en qué me puede ayudar?", "help"),
])
def test_requests_in_other_forms_and_chatter_never_seen_in_training(parser, text, intent):
    """Messages written for this test only (none is in nlu/examples): the forms issue 12 lists as weak spots."""
    assert parser.parse(text, NOW).intent == intent
