"""Messages in voices far from the corpus (chat shorthand, remarks that ask nothing, other comunas' habits),
written for these tests only: none is in nlu/examples."""

from __future__ import annotations

from datetime import date, datetime

import pytest

NOW = datetime(2027, 3, 10, 9, 0)  # a Wednesday


@pytest.mark.parametrize(("text", "slot", "said"), [
    ("invitación dl Sindicato de Pescadores a la bendición de la caleta el domingo a las 11", "organizer",
     "Sindicato de Pescadores"),
    ("agenda reunión x la plaza nueva con los vecinos el jueves a las 5 en la sede", "title",
     "reunión por la plaza nueva con los vecinos"),
    ("agéndame una reu con la directora dl cesfam el viernes a las 10", "title",
     "reunión con la directora del cesfam"),
    ("Invitación del Club Deportivo a la final d la copa, el sábado a las 16 en la muni", "place", "municipalidad"),
])
def test_chat_shorthand_is_spelled_out_in_text_slots(parser, text, slot, said):
    assert parser.parse(text, NOW).slots[slot] == said


def test_shorthand_is_left_as_typed_in_an_email_and_after_an_abbreviations_period(parser):
    understanding = parser.parse("agrega contacto Sr. Pablo Q. Rojas, jefe de tenencia, correo pq.x@carabineros.cl",
                                 NOW)
    assert understanding.slots["email"] == "pq.x@carabineros.cl"
    assert understanding.slots["name"].startswith("Pablo Q")  # an initial in capitals is no «que»


@pytest.mark.parametrize("text", [
    "puf, el miércoles el jefe no tiene ni un minuto libre",
    "qué lata, el viernes la alcaldesa tiene el día repleto",
    "chuta, el mes que viene está imposible con tanta inauguración",
])
def test_a_remark_about_a_full_agenda_asks_for_nothing(parser, text):
    assert parser.parse(text, NOW).intent == "unknown"


def test_a_question_with_a_sigh_still_asks_for_the_agenda(parser):
    understanding = parser.parse("uf, ¿qué tiene el alcalde el viernes?", NOW)
    assert understanding.intent == "agenda.query"
    assert understanding.slots["date_from"] == date(2027, 3, 12)


def test_an_hour_and_a_half_said_without_a_las_is_the_time(parser):
    understanding = parser.parse("agenda reunión con la dom el lunes 11 y media en la sala de concejo", NOW)
    assert understanding.slots["start"] == datetime(2027, 3, 15, 11, 30)


def test_a_count_with_a_half_is_no_time(parser):
    assert parser.parse("agenda caminata de 3 y media cuadras el lunes", NOW).slots["start"] == date(2027, 3, 15)


def test_a_street_named_by_a_date_after_its_type_is_the_address(parser):
    understanding = parser.parse("vecinos de avenida 21 de Mayo reclaman por un poste caído", NOW)
    assert understanding.intent == "complaint.create"
    assert understanding.slots["address"] == "avenida 21 de Mayo"


def test_a_resident_named_by_se_llama_and_an_address_after_direccion(parser):
    text = "vecino del sector alto pide visita de la asistente social, se llama Juan Painemal, dirección Las Lilas 45"
    understanding = parser.parse(text, NOW)
    assert understanding.slots["citizen"] == "Juan Painemal"
    assert understanding.slots["address"] == "Las Lilas 45, sector alto"


def test_a_ticket_written_as_year_and_sequence_without_its_letter(parser):
    assert parser.parse("¿en qué va el reclamo oirs 2027-0088?", NOW).slots["ticket"] == "R-2027-0088"


def test_a_one_off_efemeride_said_only_for_this_year(parser):
    understanding = parser.parse("efeméride solo para este año: 4 de abril, 30 años del Liceo Politécnico", NOW)
    assert understanding.slots["date"] == "2027-04-04"
    assert "30 años del Liceo Politécnico" in understanding.slots["title"]


@pytest.mark.parametrize(("text", "response"), [
    ("dile al Rotary q no voy", "declined"),
    ("avísale a bomberos que la alcaldesa estará presente en el aniversario", "accepted"),
])
def test_answers_in_the_first_person_or_as_being_present(parser, text, response):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == response


@pytest.mark.parametrize(("text", "organizer"), [
    ("Invitación: el Club de Huasos Los Copihues celebra su rodeo aniversario el sábado 13 a las 15", "Club de Huasos"),
    ("registrar la invitación que nos hace llegar la Cámara de Comercio a su cena anual, el viernes 12 a las 21",
     "Cámara de Comercio"),
])
def test_who_hosts_as_the_subject_of_celebrating_or_sending(parser, text, organizer):
    assert organizer in parser.parse(text, NOW).slots["organizer"]


@pytest.mark.parametrize(("text", "delegate", "reference"), [
    ("al tedeum de la catedral va la concejala Pinto en representación del alcalde", "concejala Pinto", "tedeum"),
    ("a la graduación del liceo va el administrador municipal en representación de la alcaldesa, ella anda en "
     "Santiago", "administrador municipal", "graduación del liceo"),
])
def test_the_one_represented_said_last_is_not_the_delegate(parser, text, delegate, reference):
    understanding = parser.parse(text, NOW)
    assert understanding.slots["response"] == "delegated"
    assert understanding.slots["delegate"] == delegate
    assert reference in understanding.slots["reference"]


@pytest.mark.parametrize("text", [
    "discúlpelo con los del Club de Leones",
    "díganles a los de la Cámara de Turismo que esta vez no",
    "avísales a los del Club de Leones que no",
    "nah mejor diles q no, el alcalde va a estar en el te deum",
    "discúlpenos con la cámara, esta vez no podemos",
])
def test_a_no_passed_on_or_an_apology_declines(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "invitation.respond"
    assert understanding.slots["response"] == "declined"


@pytest.mark.parametrize("text", [
    "disculpe, el lugar no es el gimnasio, es el salón auditorio",
    "disculpa, me equivoqué: era a las 11",
])
def test_an_apology_to_whoever_reads_declines_nothing(parser, text):
    assert parser.parse(text, NOW).intent != "invitation.respond"


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo vecina de las camelias 340 q le cortaron el agua", "camelias 340"),
    ("vecino de Los Carrera 1450 reclama que los perros del lado ladran toda la noche", "Los Carrera 1450"),
])
def test_where_the_resident_lives_said_with_vecino_de_is_the_address(parser, text, address):
    assert parser.parse(text, NOW).slots["address"] == address


def test_what_the_resident_does_ends_the_neighbourhood_named(parser):
    understanding = parser.parse("la vecina de villa las araucarias dice que no pasa el camión de la basura", NOW)
    assert understanding.slots["address"] == "villa las araucarias"
    assert understanding.slots["department"] == "aseo"


def test_the_ones_who_collect_garbage_route_to_aseo(parser):
    understanding = parser.parse("los basureros no pasaron por la villa los jardines en toda la semana", NOW)
    assert understanding.slots["department"] == "aseo"


@pytest.mark.parametrize("text", ["cuántos reclamos se resolvieron este mes", "qué reclamos se cerraron ayer"])
def test_a_status_said_in_the_past_filters_the_list(parser, text):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "complaint.query"
    assert understanding.slots["status"] == "resolved"


@pytest.mark.parametrize(("text", "organizer"), [
    ("invitacion: club de rayuela los pinos, campeonato comunal, 20/3 16 hrs, cancha", "club de rayuela los pinos"),
    ("Invitación - Rotary Club Ovalle, cena de gala, sábado 13, 21 hrs", "Rotary Club Ovalle"),
])
def test_an_invitation_heading_with_a_colon_or_dash_names_who_invites_first(parser, text, organizer):
    assert parser.parse(text, NOW).slots["organizer"] == organizer


@pytest.mark.parametrize(("text", "name", "role"), [
    ("agrega contacto pastor Eliseo Mardones iglesia metodista 9 3333 2222", "Eliseo Mardones", "pastor"),
    ("agregar al Seremi de Energía Ruperto Llanquileo, fono 9 3333 2222", "Ruperto Llanquileo",
     "Seremi de Energía"),
])
def test_two_capitalised_words_after_a_post_are_a_name_known_or_not(parser, text, name, role):
    understanding = parser.parse(text, NOW)
    assert (understanding.slots["name"], understanding.slots["role"]) == (name, role)


@pytest.mark.parametrize(("text", "query"), [
    ("busca a Rolando Jara", "Rolando Jara"),
    ("ubica a don Pedro Lagos porfa", "Pedro Lagos"),
    ("¿Tenemos a alguien de la Cámara de Turismo?", "Cámara de Turismo"),
])
def test_someone_looked_for_by_name_or_by_where_they_work_is_a_contact(parser, text, query):
    understanding = parser.parse(text, NOW)
    assert understanding.intent == "contact.query"
    assert query in understanding.slots["query"]


@pytest.mark.parametrize(("text", "department"), [
    ("reclamo: venden comida en la calle sin permiso afuera del terminal, lo reporta don Manuel Ortiz", "inspeccion"),
    ("reclamo x el vecino q construyó un segundo piso sin permiso en calle Maipú 33", "obras"),
])
def test_what_is_done_without_a_permit_routes_by_what_it_is(parser, text, department):
    assert parser.parse(text, NOW).slots["department"] == department


@pytest.mark.parametrize(("text", "address"), [
    ("ingresar reclamo: don Orlando Vera, Los Boldos 88, el vecino de al lado tiene la música fuerte", "Los Boldos 88"),
    ("reclamo de la sra. Ana Paz, Las Acacias 1420, perros sueltos", "Las Acacias 1420"),
])
def test_a_street_and_number_dictated_as_a_field_of_their_own_is_the_address(parser, text, address):
    assert parser.parse(text, NOW).slots["address"] == address


def test_a_count_between_commas_is_no_address(parser):
    assert "address" not in parser.parse("reclamo de la vecina Rosa Díaz, tiene 3 perros, ladran toda la noche",
                                         NOW).slots


def test_a_dictated_invitation_reads_its_said_commas_as_commas(parser):
    understanding = parser.parse("invitacion de la asociacion de canaleros coma almuerzo anual coma el viernes doce "
                                 "a la una coma club de campo punto", NOW)
    assert understanding.slots["organizer"] == "asociacion de canaleros"
    assert understanding.slots["title"] == "almuerzo anual"
    assert understanding.slots["place"] == "club de campo"
    assert understanding.slots["start"] == datetime(2027, 3, 12, 13, 0)
