"""A complaint told as a call or a visit («me llamó la sra. X de Y, dice que …», «vino la vecina X a decir que …»):
the description is what happened; who called and where they live are their own slots, also when the street runs
right after the name with no street word («don X de Los Boldos 88»)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "citizen", "address", "description"), [
    ("me llamó la señora Gladys Muñoz de pasaje Las Violetas 310, dice que hace diez días no pasa el camión de la "
     "basura", "Gladys Muñoz", "pasaje Las Violetas 310", "hace diez días no pasa el camión de la basura"),
    ("Vino la vecina Teresa Lagos a decir que la luminaria de la plaza lleva un mes apagada", "Teresa Lagos", None,
     "luminaria de la plaza lleva un mes apagada"),
    ("llamo don Arturo Bravo de Los Castaños 77 y cuenta q hay un forado en la vereda", "Arturo Bravo",
     "Los Castaños 77", "hay un forado en la vereda"),
    ("Me escribió el señor Ramón Fuentes, vive en Las Dalias 1402, comentando que los perros de la cuadra andan "
     "sueltos", "Ramón Fuentes", "Las Dalias 1402", "perros de la cuadra andan sueltos"),
    ("pasó doña Irma Catalán por la oficina para avisar que el semáforo de la avenida está apagado",
     "Irma Catalán", None, "semáforo de la avenida está apagado"),
    ("reclamo de la vecina Olga Pinto de Los Aromos 45: hace una semana no pasa el camión", "Olga Pinto",
     "Los Aromos 45", "hace una semana no pasa el camión"),
])
def test_the_telling_is_no_part_of_the_description(read, text, citizen, address, description):
    got = read(text)
    assert got["intent"] == "complaint.create", got
    assert got.get("citizen") == citizen, got
    assert got.get("address") == address, got
    assert got["description"] == description, got


@pytest.mark.parametrize(("text", "citizen"), [
    ("Estimada señora Alcaldesa: los apoderados pedimos que se retire el basural de la esquina de la villa. "
     "Atentamente, Jorge Sandoval Pérez", "Jorge Sandoval Pérez"),
    ("hay un semáforo malo en Av. Matta con Portugal hace tres días, lo reporta don Luis Acevedo", "Luis Acevedo"),
    ("se rebalsó el canal en el pasaje San Andrés y hay dos casas con agua, avisa la presidenta de la junta "
     "Carmen Ortiz", "Carmen Ortiz"),
])
def test_who_tells_after_the_problem_or_signs_the_letter_is_the_citizen(read, text, citizen):
    got = read(text)
    assert got["intent"] == "complaint.create"
    assert got["citizen"] == citizen


@pytest.mark.parametrize(("text", "address"), [
    ("llamó don jorge soto que vive en pasaje el roble trescientos doce, dice que no pasa el camión de la basura",
     "pasaje el roble 312"),
    ("reclamo de la vecina ana rojas, vive en los castaños ciento cuarenta, hay un hoyo enorme en la vereda",
     "castaños 140"),
])
def test_a_house_number_dictated_in_words_ends_the_address(read, text, address):
    assert read(text)["address"] == address


@pytest.mark.parametrize(("text", "citizen", "problem"), [
    ("De: Marta Quiroz <mquiroz@correo.cl>\nEnviado: jueves, 4 de marzo de 2027 19:40\nPara: Oficina de Partes\n"
     "Asunto: Reclamo\n\nBuenas tardes, les escribo porque el contenedor de basura de la esquina lleva una semana "
     "sin vaciarse en pasaje Las Azaleas 18.\nSaludos\nMarta Quiroz", "Marta Quiroz",
     "contenedor de basura de la esquina lleva una semana sin vaciarse"),
    ("From: Tomás Ibarra\nDate: 2 mar 2027 10:05\nSubject: Reclamo por ruidos\n\nSe escucha música a todo volumen "
     "cada noche en el taller del frente.\nAtte.\nTomás Ibarra", "Tomás Ibarra",
     "música a todo volumen cada noche en el taller del frente"),
])
def test_a_mail_s_header_and_signature_are_no_part_of_the_description(read, text, citizen, problem):
    """The sender of a resident's own mail is the citizen; its header lines, the closing formula and the
    signature tell nothing of the problem."""
    got = read(text)
    assert got["intent"] == "complaint.create", got
    assert got.get("citizen") == citizen, got
    assert problem in got["description"], got
    assert not any(word in got["description"] for word in ("De:", "From", "Enviado", "Asunto", "Subject", "Atte",
                                                          "Saludos", citizen, "escribo")), got


@pytest.mark.parametrize(("text", "problem"), [
    ("la calle está llena de hoyos frente al 340 de Balmaceda, reclamo de un vecino", "llena de hoyos"),
    ("hay un foco de basura en el pasaje Los Aromos 12, reclamo de una vecina", "foco de basura"),
    ("se cortó la luz en toda la cuadra de Prat con Serrano desde ayer, queja de una vecina", "cortó la luz"),
])
def test_a_complaint_signed_by_a_resident_at_its_end_keeps_the_problem(read, text, problem):
    """«…, reclamo de un vecino»: who complains, said last, is no description; the problem told before it is."""
    got = read(text)
    assert got["intent"] == "complaint.create", got
    assert problem in got["description"], got


@pytest.mark.parametrize(("text", "citizen", "description"), [
    ("reclamo por ruidos molestos de un taller en Freire 210, hablar con don Tito Salas al 9 8877 1122",
     "Tito Salas", "ruidos molestos de un taller en Freire 210"),
    ("hay una fuga de agua en la esquina de Colón con Maipú hablar con doña Berta Ríos 9 2233 4455",
     "Berta Ríos", "fuga de agua en la esquina de Colón con Maipú"),
    ("ingresa reclamo: el alumbrado de la plaza Arturo Prat no enciende, contactar a la señora Ester Vidal",
     "Ester Vidal", "alumbrado de la plaza Arturo Prat no enciende"),
])
def test_whom_to_call_back_is_the_resident_not_the_description(read, text, citizen, description):
    """«…, hablar con don X»: the resident to call back is their own slot; the problem before it is the description."""
    got = read(text)
    assert got["intent"] == "complaint.create", got
    assert got.get("citizen") == citizen, got
    assert got["description"] == description, got


@pytest.mark.parametrize(("text", "citizen", "problem"), [
    ("Se cayó un árbol sobre el cable de la luz en calle Ongolmo. Llamó la señora Inés Parra para reclamar",
     "Inés Parra", "cayó un árbol"),
    ("El temporal botó el techo de la sede de la villa Los Ríos. La presidenta doña Marta Gil pide que la vean. "
     "Ingresa el reclamo", "Marta Gil", "temporal botó el techo"),
])
def test_a_problem_told_before_the_call_is_the_description(read, text, citizen, problem):
    """The problem told first, the call that frames it after: the call says who and how, the problem is told."""
    got = read(text)
    assert got["intent"] == "complaint.create", got
    assert got.get("citizen") == citizen, got
    assert got["description"].startswith(problem), got
