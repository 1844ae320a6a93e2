"""Slot extraction per intent, on messages written for these tests (other comunas, other dates)."""

from __future__ import annotations

import importlib
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from nlu.gazetteer import load
from nlu.slots import complaints, contacts, events
from nlu.training.matching import slot_matches

NOW = datetime(2027, 3, 5, 11, 0)


def parse(parser, text: str, now: datetime = NOW):
    return parser.parse(text, now)


def test_invitation_organizer_title_place_and_start(parser):
    u = parse(parser, "La Armada invita a la alcaldesa al desfile naval el 21 de mayo a las 10:30, muelle Prat")
    assert u.slots["organizer"] == "Armada"
    assert u.slots["title"] == "desfile naval"
    assert u.slots["place"] == "muelle Prat"
    assert u.slots["start"] == datetime(2027, 5, 21, 10, 30)


def test_invitation_from_organizer_with_place_after_en(parser):
    text = "Invitación del Colegio de Profesores al acto de aniversario el sábado 13 a las 11 hrs en el salón Aguirre"
    u = parse(parser, text)
    assert u.slots["organizer"] == "Colegio de Profesores"
    assert "acto de aniversario" in u.slots["title"]
    assert u.slots["place"] == "salón Aguirre"
    assert u.slots["start"] == datetime(2027, 3, 13, 11, 0)


def test_invitation_organizer_after_con(parser):
    u = parse(parser, "registra invitación: desayuno con la Cámara Chilena de la Construcción el jueves 11 a las 8:30")
    assert u.slots["organizer"] == "Cámara Chilena de la Construcción"
    assert u.slots["title"] == "desayuno"


@pytest.mark.parametrize(("text", "organizer"), [
    ("invitación por correo de la Asociación Chilena de Municipalidades al congreso anual el 3 de abril a las 9",
     "Asociación Chilena de Municipalidades"),
    ("invitación al alcalde de parte del Colegio de Arquitectos: charla el 3 de abril a las 9",
     "Colegio de Arquitectos"),
    ("el Club de Rayuela Los Amigos nos invitó a su campeonato el sábado 6 a las 15", "Club de Rayuela Los Amigos"),
    ("Invitan de la Cámara de Turismo al alcalde a la inauguración de la temporada el viernes 5 a las 12",
     "Cámara de Turismo"),
    ("🎉 invitación!! la Asoc. de Jubilados invita al alcalde a su almuerzo el martes 2 a las 13",
     "Asoc. de Jubilados"),
])
def test_organizer_after_how_the_invitation_came_on_behalf_as_subject_or_in_the_past(parser, text, organizer):
    assert parse(parser, text).slots["organizer"] == organizer


def test_heading_before_a_colon_is_who_invites(parser):
    u = parse(parser, "invitación concejo regional de Atacama: sesión solemne el lunes 8 a las 11")
    assert (u.slots["organizer"], u.slots["title"]) == ("concejo regional de Atacama", "sesión solemne")


def test_place_after_a_possessive(parser):
    u = parse(parser, "la Junta de Vecinos Villa Sur invita a su aniversario el viernes a las 4 en su sede")
    assert u.slots["place"] == "sede"
    assert parse(parser, "al aniversario va en su representación el concejal Soto").slots.get("place") is None


def test_invitation_without_date_misses_start(parser):
    u = parse(parser, "invitación de la Junta de Vecinos Los Cóndores a su aniversario")
    assert u.intent == "invitation.create" and u.missing == ("start",)


def test_spans_point_into_the_original_text(parser):
    text = "Invitación de la Cámara de Comercio a la cena anual el viernes 12 a las 20:00"
    u = parse(parser, text)
    start, end = u.spans["organizer"]
    assert text[start:end] == "Cámara de Comercio"


def test_title_is_the_clause_naming_the_activity(parser):
    text = "llegó invitación de la Armada, Tercera Zona Naval, para el cambio de mando el 2 de abril a las 11:00 hrs"
    u = parse(parser, text)
    assert u.slots["organizer"] == "Armada"
    assert u.slots["title"] == "cambio de mando"


@pytest.mark.parametrize("text", [
    "agenda una reunión el próximo martes a las 10 con la asociación de feriantes",
    "reunión el martes 9 a las 10, con la asociación de feriantes",
])
def test_title_goes_on_with_whom_after_the_date(parser, text):
    assert parse(parser, text).slots["title"] == "reunión con la asociación de feriantes"


def test_clause_taken_as_title_is_not_also_the_place(parser):
    text = "Invitación de la Cámara de Turismo, almuerzo de camaradería jueves 11 de marzo 13:30 hrs Club Alemán"
    u = parse(parser, text)
    assert u.slots["title"] == "almuerzo de camaradería"
    assert u.slots["place"] == "Club Alemán"


def test_event_title_place_and_time_range(parser):
    u = parse(parser, "reunión con vecinos de villa Los Andes el miércoles de 18 a 20 hrs en la sede social")
    assert u.intent == "event.create"
    assert u.slots["start"] == datetime(2027, 3, 10, 18, 0)
    assert u.slots["end"] == datetime(2027, 3, 10, 20, 0)
    assert u.slots["place"] == "sede social"
    assert "vecinos" in u.slots["title"]


def test_event_without_time_gives_a_day(parser):
    u = parse(parser, "agenda visita a la población Manuel Rodríguez el martes")
    assert u.slots["start"] == date(2027, 3, 9)
    assert u.slots["place"] == "población Manuel Rodríguez"


def test_agenda_query_part_of_day_and_availability(parser):
    u = parse(parser, "¿está libre la alcaldesa el lunes en la tarde?")
    assert u.slots["date_from"] == u.slots["date_to"] == date(2027, 3, 8)
    assert u.slots["part_of_day"] == "tarde"
    assert u.slots["availability"] is True


def test_agenda_query_month_range(parser):
    u = parse(parser, "actividades de abril")
    assert (u.slots["date_from"], u.slots["date_to"]) == (date(2027, 4, 1), date(2027, 4, 30))


@pytest.mark.parametrize(("text", "query"), [
    ("¿Cuál es el celular del capitán de puerto?", "capitán de puerto"),
    ("necesito el mail de la directora del Liceo Bicentenario", "directora del Liceo Bicentenario"),
    ("fono concejala Muñoz", "concejala Muñoz"),
    ("datos de contacto de la gobernadora provincial por favor", "gobernadora provincial"),
])
def test_contact_query_strips_the_asking_words(parser, text, query):
    assert parse(parser, text).slots["query"] == query


def test_contact_create_fields(parser):
    text = "nuevo contacto: Pedro Pérez Soto, director regional de Sernatur, cel 9 8765 4321, pperez@sernatur.cl"
    u = parse(parser, text)
    assert u.slots["name"] == "Pedro Pérez Soto"
    assert u.slots["role"] == "director regional de Sernatur"
    assert u.slots["phone"] == "+56987654321"
    assert u.slots["email"] == "pperez@sernatur.cl"


def test_contact_create_institution_inside_the_post(parser):
    u = parse(parser, "guarda el contacto de Luisa Mena, presidenta de la junta de vecinos Villa Sur, fono 552 234567")
    assert u.slots["name"] == "Luisa Mena"
    assert u.slots["institution"] == "junta de vecinos Villa Sur"
    assert u.slots["phone"] == "+56552234567"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("agregar a la directora del Daem, Verónica Salas, 9 4433 2211", "Verónica Salas", "directora del Daem"),
    ("nuevo contacto: jefe de tenencia, Rodrigo Leiva, 9 5544 3322", "Rodrigo Leiva", "jefe de tenencia"),
    ("nuevo contacto: Director Pedro Pérez, Liceo Industrial, 9 5544 3322", "Pedro Pérez", "Director"),
])
def test_contact_post_said_before_the_name(parser, text, name, role):
    u = parse(parser, text)
    assert (u.slots["name"], u.slots["role"]) == (name, role)


def test_complaint_citizen_phone_address_department_description(parser):
    text = "Reclamo de la vecina Gloria Tapia por microbasural en pasaje Las Dalias 123, cel +56 9 1234 5678"
    u = parse(parser, text)
    assert u.slots["citizen"] == "Gloria Tapia"
    assert u.slots["phone"] == "+56912345678"
    assert u.slots["address"] == "pasaje Las Dalias 123"
    assert u.slots["department"] == "aseo"
    assert u.slots["description"] == "microbasural en pasaje Las Dalias 123"


@pytest.mark.parametrize(("raw", "phone"), [
    ("+56 9 8765 4321", "+56987654321"), ("987654321", "+56987654321"), ("9-8765-4321", "+56987654321"),
    ("552 123456", "+56552123456"), ("+56 55 212 3456", "+56552123456"),
])
def test_complaint_phone_is_normalised(parser, raw, phone):
    assert parse(parser, f"reclamo por basura, contacto {raw}").slots["phone"] == phone


@pytest.mark.parametrize("text", [
    "reclamo de la vecina Ana Ríos, fono:9 7654 3210, por basura en su pasaje",
    "reclamo de la vecina Ana Ríos, tlf 9 7654 3210: la basura no pasa",
])
def test_phone_labelled_with_a_colon_or_ending_a_clause(parser, text):
    assert parse(parser, text).slots["phone"] == "+56976543210"


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo por hoyo en la calzada de Avenida Brasil 1500", "Avenida Brasil 1500"),
    ("reclamo por ruidos molestos en Los Aromos 330", "Los Aromos 330"),
    ("vecino reclama por perros sueltos en la plaza Colón", "plaza Colón"),
    ("reclamo: socavón en la calzada de Av. Pedro Aguirre Cerda 3400", "Av. Pedro Aguirre Cerda 3400"),
    ("reclamo por basura en Pje. Los Olmos 45", "Pje. Los Olmos 45"),
])
def test_complaint_address_forms(parser, text, address):
    assert parse(parser, text).slots["address"] == address


@pytest.mark.parametrize(("text", "department"), [
    ("reclamo por perro muerto frente al colegio", "medio_ambiente"),
    ("reclamo por basura cerca del consultorio", "aseo"),
    ("reclamo: vereda rota afuera del cesfam", "operaciones"),
    ("vecinos reclaman por un incendio de pastizales", "riesgo_desastres"),
    ("reclamo por falta de horas medicas en el consultorio", "salud_educacion"),
    ("reclamo por auto mal estacionado frente a la plaza", "transito"),
])
def test_landmark_does_not_route_the_complaint(parser, text, department):
    assert parse(parser, text).slots["department"] == department


@pytest.mark.parametrize(("text", "department"), [
    ("reclamo de la junta de vecinos Los Copihues por falta de luminarias en la cancha", "operaciones"),
    ("queja del Colegio Los Andes por basura acumulada en la esquina", "aseo"),
    ("reclamo de la Feria Libre Lo Valledor: semáforo que no funciona en la entrada", "transito"),
])
def test_who_sends_the_complaint_does_not_route_it(parser, text, department):
    assert parse(parser, text).slots["department"] == department


@pytest.mark.parametrize(("text", "department"), [
    ("vecino pide fiscalizar una botillería clandestina en su pasaje", "inspeccion"),
    ("reclamo por una camioneta mal estacionada hace días", "transito"),
    ("reclamo por perras sueltas en el pasaje", "medio_ambiente"),
])
def test_routing_word_matches_its_other_gender_and_number(parser, text, department):
    assert parse(parser, text).slots["department"] == department


def test_department_called_by_its_acronym_in_capitals(parser):
    assert parse(parser, "reclamos atrasados de la DOM").slots["department"] == "obras"


def test_complaint_without_routing_word_has_no_department(parser):
    assert "department" not in parse(parser, "reclamo de la vecina Rosa por un trámite").slots


def test_complaint_query_ticket_status_department(parser):
    assert parse(parser, "estado del reclamo R-2027-0105").slots["ticket"] == "R-2027-0105"
    assert parse(parser, "como va el reclamo 231").slots["ticket"] == "231"
    assert parse(parser, "en qué va la solicitud N°56").slots["ticket"] == "56"
    u = parse(parser, "reclamos vencidos de tránsito")
    assert (u.slots["status"], u.slots["department"]) == ("overdue", "transito")
    assert parse(parser, "reclamos pendientes").slots["status"] == "pending"


def test_complaint_update_status_and_comment(parser):
    u = parse(parser, "reclamo 15 en proceso, se envió cuadrilla")
    assert u.intent == "complaint.update"
    assert (u.slots["ticket"], u.slots["status"]) == ("15", "in_progress")
    assert "cuadrilla" in u.slots["comment"]
    assert parse(parser, "el reclamo R-2027-0042 está resuelto").slots["status"] == "resolved"


def test_invitation_respond_delegate_and_reference(parser):
    u = parse(parser, "delega la cena del Mercurio en el administrador municipal")
    assert (u.slots["response"], u.slots["delegate"]) == ("delegated", "administrador municipal")
    assert "Mercurio" in u.slots["reference"]


@pytest.mark.parametrize("text", [
    "delegar en el administrador municipal la invitación de la ASOEX",
    "delega en el administrador municipal la cena de la ASOEX",
])
def test_delegate_named_right_after_the_verb_ends_where_the_invitation_is_named(parser, text):
    u = parse(parser, text)
    assert (u.slots["response"], u.slots["delegate"]) == ("delegated", "administrador municipal")
    assert "ASOEX" in u.slots["reference"]


@pytest.mark.parametrize(("text", "reference"), [
    ("rechaza la invitación del Rotary, el alcalde está de vacaciones", "Rotary"),
    ("no va a la cena de la ASOEX, tiene concejo ese día", "cena de la ASOEX"),
])
def test_reference_is_the_clause_naming_the_invitation_not_the_reason(parser, text, reference):
    assert parse(parser, text).slots["reference"] == reference


@pytest.mark.parametrize(("text", "response"), [
    ("confirma asistencia al aniversario de Carabineros", "accepted"),
    ("el alcalde no podrá asistir a la graduación del liceo", "declined"),
    ("rechaza la invitación de la ASOEX", "declined"),
    ("en representación del alcalde va la concejala Soto al Te Deum", "delegated"),
    ("ok a la invitación del Club de Leones, va el alcalde", "accepted"),
    ("a la cena de la ASOEX asiste la alcaldesa", "accepted"),
])
def test_invitation_respond_response(parser, text, response):
    assert parse(parser, text).slots["response"] == response


def test_delegated_answer_without_delegate_is_missing_it(parser):
    assert "delegate" in parse(parser, "delega la invitación de la ASOEX").missing


def test_efemeride_yearly_and_once(parser):
    yearly = parse(parser, "agrega efeméride 8 de marzo día internacional de la mujer")
    assert (yearly.slots["date"], yearly.slots["title"]) == ("03-08", "día internacional de la mujer")
    once = parse(parser, "efeméride solo este año: 30 de abril aniversario 50 del liceo")
    assert once.slots["date"] == "2027-04-30"
    dated = parse(parser, "nueva efeméride 12 de octubre de 2027 inauguración del museo")
    assert dated.slots["date"] == "2027-10-12"


def test_invitation_query_status(parser):
    assert parse(parser, "invitaciones sin responder").slots["status"] == "pending"


def test_resident_named_as_subject_and_abbreviated_street(parser):
    u = parse(parser, "Domingo Soto reclama por perro bravo suelto en psje. Los Lirios 88. fono 982345678")
    assert u.slots["citizen"] == "Domingo Soto"
    assert u.slots["address"] == "psje. Los Lirios 88"
    assert u.slots["phone"] == "+56982345678"


def test_complaint_told_before_its_framing(parser):
    u = parse(parser, "basura acumulada en la esquina de Prat con Bulnes, reclamo de la vecina Rosa Díaz")
    assert u.slots["description"] == "basura acumulada en la esquina de Prat con Bulnes"
    assert u.slots["citizen"] == "Rosa Díaz"


def test_ticket_written_as_year_and_number(parser):
    assert parse(parser, "estado reclamo 2026-15").slots["ticket"] == "R-2026-0015"


def test_event_entry_after_the_word_agenda(parser):
    u = parse(parser, "Agenda lunes 8: 9:00 reunión de equipo en la muni")
    assert u.intent == "event.create"
    assert u.slots["start"] == datetime(2027, 3, 8, 9, 0)
    assert u.slots["title"] == "reunión de equipo"


@pytest.mark.parametrize(("text", "delegate"), [
    ("el concejal Rojas va en representación a la graduación", "concejal Rojas"),
    ("dile a la cámara que va el concejal Pérez en representación", "concejal Pérez"),
    ("que vaya el administrador a la premiación del liceo", "administrador"),
])
def test_delegate_named_before_or_after_the_cue(parser, text, delegate):
    u = parse(parser, text)
    assert (u.intent, u.slots["response"], u.slots["delegate"]) == ("invitation.respond", "delegated", delegate)


@pytest.mark.parametrize(("text", "delegate", "reference"), [
    ("a lo de la universidad va el administrador", "administrador", "universidad"),
    ("a la del club deportivo asiste la jefa de gabinete", "jefa de gabinete", "club deportivo"),
    ("confirma la del liceo, va el concejal Ruiz", "concejal Ruiz", "liceo"),
])
def test_someone_else_going_is_a_delegation(parser, text, delegate, reference):
    """Who goes, when it is not the mayor, is the delegate even with no word of delegating, and the
    institution that names the invitation ends at the verb of going."""
    u = parse(parser, text)
    assert (u.intent, u.slots["response"]) == ("invitation.respond", "delegated")
    assert (u.slots["delegate"], u.slots["reference"]) == (delegate, reference)


def test_the_mayor_going_is_no_delegation(parser):
    u = parse(parser, "confirma la del rotary, va el alcalde")
    assert (u.slots["response"], u.slots.get("delegate")) == ("accepted", None)


def test_delegado_and_delegacion_are_posts_not_delegations(parser):
    assert parse(parser, "teléfono del delegado presidencial").intent == "contact.query"
    assert parse(parser, "contacto de la delegación provincial").slots["query"] == "delegación provincial"


# Slots by constituents (nlu/segments.py) and gazetteers (nlu/gazetteers/*.toml).

COMMAND_OPENINGS = ["Registre como actividad", "hay que anotar", "favor ingresar", "holi, agenda porfa",
                    "Buenos días, por favor agendar", "que quede en la agenda del alcalde:", "agéndame", "anotemos"]


def extracted(parser, extractor, text: str) -> dict:
    """The slots one extractor takes from a message, whichever intent the scorer would pick for it."""
    ctx = parser._context(text, NOW)
    extractor(ctx)
    return ctx.slots


@pytest.mark.parametrize("opening", COMMAND_OPENINGS)
def test_command_words_greetings_and_fillers_never_enter_the_title(parser, opening):
    text = f"{opening} reunión con la directiva del sindicato de feriantes el jueves 11 a las 10"
    title = extracted(parser, events.create, text)["title"]
    said = {w.strip(",:").lower() for w in opening.split() if len(w.strip(",:")) > 3}
    assert title.startswith("reunión")
    assert not said & set(title.lower().split())


@pytest.mark.parametrize(("text", "name", "role", "institution"), [
    ("nuevo contacto: el capitán de fragata Juan Soto, de la Armada, +56 9 8765 4321",
     "Juan Soto", "capitán de fragata", "Armada"),
    ("agrega a contactos al Pbro. Luis Pérez, párroco de San Pedro, fono 9 8765 4321",
     "Luis Pérez", "párroco", "San Pedro"),
    ("guarda el contacto de la Sra. Marta Díaz, presidenta de la JJVV Villa Esperanza, cel 9 1234 5678",
     "Marta Díaz", "presidenta", "JJVV Villa Esperanza"),
    ("agrega contacto se llama ana rojas es la directora del liceo bicentenario su fono es 9 1111 2222",
     "Ana Rojas", "directora", "liceo bicentenario"),
    ("guarda contacto del mayor Pedro Leiva de Carabineros 9 3333 4444", "Pedro Leiva", "mayor", "Carabineros"),
])
def test_new_contact_name_post_and_institution_around_ranks_and_honorifics(parser, text, name, role, institution):
    u = parse(parser, text)
    assert u.intent == "contact.create"
    assert (u.slots["name"], u.slots["institution"]) == (name, institution)
    assert u.slots["role"].startswith(role)


def test_a_post_said_apart_goes_with_the_rank(parser):
    u = parse(parser, "guarda el numero del nuevo comisario de la 3ra comisaria, mayor Andrés Vidal, +56 9 5555 6666")
    assert u.slots["name"] == "Andrés Vidal"
    assert "comisario" in u.slots["role"] and "mayor" in u.slots["role"]


@pytest.mark.parametrize(("text", "citizen", "address"), [
    ("ingresar reclamo de la vecina rosa muñoz de pasaje los pinos 12 por basura acumulada",
     "Rosa Muñoz", "pasaje los pinos 12"),
    ("Reclamo de la señora Carmen Gloria Tapia, vive en 3 Poniente 1120, por un perro suelto",
     "Carmen Gloria Tapia", "3 Poniente 1120"),
    ("reclamo de don Héctor Olivares: escombros en la vereda de 18 de Septiembre 455", "Héctor Olivares",
     "18 de Septiembre 455"),
])
def test_complaint_citizen_and_address_with_its_number(parser, text, citizen, address):
    u = parse(parser, text)
    assert u.intent == "complaint.create"
    assert (u.slots["citizen"], u.slots["address"]) == (citizen, address)


def test_complaint_description_leaves_out_the_command_words(parser):
    u = parse(parser, "hola, favor ingresar reclamo: luminaria apagada en calle Freire 880")
    assert u.slots["description"].startswith("luminaria apagada")


def test_institution_opening_the_message_is_who_invites(parser):
    text = "El Liceo Politécnico hace llegar su invitación al alcalde para la licenciatura el viernes 9 a las 11"
    u = parse(parser, text)
    assert (u.slots["organizer"], u.slots["title"]) == ("Liceo Politécnico", "licenciatura")


def test_organizer_written_in_lower_case_runs_through_its_name(parser):
    u = parse(parser, "invitacion del club de huasos el quillay a la final del campeonato el domingo 14 a las 4")
    assert u.slots["organizer"] == "club de huasos el quillay"


def test_gazetteers_are_read_only_when_a_slot_needs_them(parser):
    load.cache_clear()
    parse(parser, "hola")
    assert load.cache_info().currsize == 0
    parse(parser, "fono del seremi de salud")
    assert load.cache_info().currsize == 1


def test_complaint_description_is_the_problem_not_where_nor_the_phone(parser):
    text = ("se solicita registrar reclamo de don Luis Catrileo, población Santa Rosa, calle 5 casa 23, "
            "fono 9 4455 6677, por perros sueltos")
    assert extracted(parser, complaints.create, text)["description"] == "perros sueltos"


@pytest.mark.parametrize(("text", "query"), [
    ("Buenos días, ¿me podría facilitar el correo del Sr. Gobernador Regional?", "Sr. Gobernador Regional"),
    ("oye bot, pasame el fono del jefe de la DOM porfa", "jefe de la DOM"),
    ("telefono de la central de Bomberos", "central de Bomberos"),
])
def test_contact_query_without_the_command_words_and_past_an_honorifics_period(parser, text, query):
    assert extracted(parser, contacts.query, text)["query"] == query


def test_a_rank_without_a_name_is_a_post_of_its_institution(parser):
    found = parser._context("q fono tiene el mayor de carabineros de la subcomisaria", NOW).constituents()
    assert [p.post for p in found.people if p.post]


def test_a_resident_named_without_a_title_is_the_citizen(parser):
    slots = extracted(parser, complaints.create, "llamó rosa muñoz de pasaje los pinos 12 reclamando por la basura")
    assert (slots["citizen"], slots["address"]) == ("Rosa Muñoz", "pasaje los pinos 12")


def test_a_street_word_opening_the_problem_keeps_it_in_the_description(parser):
    text = "Don Segundo Huenchul reclama que el camino a Pitrufquén está intransitable, fono 9 8765 0000"
    assert extracted(parser, complaints.create, text)["description"] == "camino a Pitrufquén está intransitable"


def test_an_institution_named_after_a_villa_is_no_address(parser):
    text = "la presidenta de la junta de vecinos Villa Los Ríos, Sra. Carmen Díaz, reclama por falta de luminarias"
    slots = extracted(parser, complaints.create, text)
    assert slots["citizen"] == "Carmen Díaz" and "address" not in slots


SLOTS_PROBE = Path(__file__).parent / "slots_probe.jsonl"
SLOTS_PROBE_FLOOR = 0.9
"""Messages written for the constituents and gazetteers (formal, chat, dictated, all capitals); the slot rules
were developed against them, so this is a regression floor, not a figure of how they generalise."""


def test_slots_probe_keeps_its_floor(parser):
    """Each line's slots as its intent's extractor takes them, whichever intent the scorer would pick."""
    failures = []
    lines = [json.loads(line) for line in SLOTS_PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case in lines:
        module, function = parser.intents[case["intent"]].extractor.split(":")
        ctx = parser._context(case["text"], datetime.fromisoformat(case["now"]))
        getattr(importlib.import_module(f"nlu.slots.{module}"), function)(ctx)
        got = {name: ctx.slots.get(name) for name in case["slots"]}
        if not all(slot_matches(name, want, _plain(got[name])) for name, want in case["slots"].items()):
            failures.append(f"{case['text']}\n  want {case['slots']}\n  got  {got}")
    assert len(failures) <= (1 - SLOTS_PROBE_FLOOR) * len(lines), "\n".join(failures)


def _plain(value: object) -> object:
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) else value


def test_a_description_cut_at_an_abbreviations_period_is_joined_again(parser):
    text = "Sra. Luz Morales informa que el paradero de Av. Matta con Santa Rosa está destruido"
    said = extracted(parser, complaints.create, text)["description"]
    assert said == "paradero de Av. Matta con Santa Rosa está destruido"


@pytest.mark.parametrize(("text", "place"), [
    ("invitación de la Junta de Vecinos Bellavista al bingo solidario el sábado a las 16 hrs en Av. Pedro Montt "
     "480. Favor agendar.", "Av. Pedro Montt 480"),
    ("reunión con los feriantes el lunes a las 10 en Pje. Las Camelias 77. Confirmar con Rosa.",
     "Pje. Las Camelias 77"),
])
def test_the_period_of_an_abbreviation_does_not_end_the_place(parser, text, place):
    assert parse(parser, text).slots["place"] == place


@pytest.mark.parametrize(("text", "address"), [
    ("reclamo de la vecina gloria paredes, la luminaria de la esquina de lautaro con almagro está cortada",
     "lautaro con almagro"),
    ("Don Eusebio Nahuel reclama por un socavón en 7 Norte con 3 Poniente, los autos lo esquivan",
     "7 Norte con 3 Poniente"),
    ("reclamo por microbasural en Bernardo O'Higgins con Pedro de Valdivia, lo reporta la Sra. Nelly",
     "Bernardo O'Higgins con Pedro de Valdivia"),
])
def test_two_streets_that_cross_are_the_address(parser, text, address):
    assert parse(parser, text).slots["address"] == address


def test_con_between_other_words_is_no_corner(parser):
    understood = parse(parser, "reclamo de Teresa Aguilar por peleas con su vecino por la música fuerte")
    assert "address" not in understood.slots


@pytest.mark.parametrize(("text", "words"), [
    ("reclamo de don Ismael Vera: hay un forado en la vereda frente al 1480 de av costanera y nadie lo tapa",
     {"1480", "costanera"}),
    ("reclamo x basura acumulada en pasaje huemul y ya van dos semanas", {"huemul"}),
])
def test_a_street_said_in_small_letters_or_after_its_number_is_the_address(parser, text, words):
    address = parse(parser, text).slots["address"].lower()
    assert all(word in address for word in words)
    assert "nadie" not in address and "semanas" not in address


def test_a_tree_named_by_its_kind_goes_to_the_environment_unit(parser):
    text = "reclamo: un eucalipto inclinado sobre los cables en pasaje Los Canelos 55, lo avisa la vecina Nora"
    assert parse(parser, text).slots["department"] == "medio_ambiente"


def test_a_street_named_after_trees_routes_nothing(parser):
    assert parse(parser, "reclamo por escombros en pasaje Los Aromos 1520").slots["department"] == "aseo"


def test_where_a_contact_is_from_then_a_post_with_its_charge_in_small_letters(parser):
    text = "guarda a Ximena Ulloa, de Salmones Aysén, jefa de asuntos corporativos, +56 9 6543 2109"
    slots = parse(parser, text).slots
    assert (slots["name"], slots["institution"]) == ("Ximena Ulloa", "Salmones Aysén")
    assert slots["role"] == "jefa de asuntos corporativos"


def test_invitation_organizer_in_apposition_is_one_organizer(parser):
    u = parse(parser, "La Armada de Chile, Capitanía de Puerto de San Antonio invita al alcalde al Día de las "
                      "Glorias Navales el 21 de mayo a las 10")
    assert "Armada de Chile" in u.slots["organizer"] and "Capitanía de Puerto" in u.slots["organizer"]
    assert u.slots["title"] == "Día de las Glorias Navales"
    assert "place" not in u.slots


@pytest.mark.parametrize("text", [
    "La de los pescadores, recházela; el alcalde estará en Santiago ese día.",
    "la del club de rayuela dígale que no, el alcalde anda en Valparaíso",
])
def test_the_invitation_pointed_at_first_is_the_reference_not_the_reason(parser, text):
    u = parse(parser, text)
    assert (u.intent, u.slots["response"]) == ("invitation.respond", "declined")
    assert "santiago" not in u.slots["reference"].lower() and "valpara" not in u.slots["reference"].lower()
