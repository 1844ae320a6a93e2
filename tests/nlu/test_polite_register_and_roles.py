"""Messages in the register of a letter or a memo, and residents named by the role they speak in (sentences
written for these tests only; read on Monday 8 March 2027)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "date", "title"), [
    ("Tenga a bien registrar como efeméride el 3 de noviembre, fundación de la Junta de Vecinos Los Aromos",
     "11-03", "fundación de la Junta de Vecinos Los Aromos"),
    ("Sírvase anotar como efeméride el 15 de octubre la fundación del Club Deportivo Unión", "10-15",
     "fundación del Club Deportivo Unión"),
    ("Solicito a usted registrar como efeméride el 28 de octubre, día del Cuerpo de Bomberos de Chile", "10-28",
     "día del Cuerpo de Bomberos de Chile"),
    ("Le ruego incluir en las efemérides el 4 de diciembre, aniversario de la comuna", "12-04",
     "aniversario de la comuna"),
    ("Agradeceré agregar como efeméride el 8 de noviembre el aniversario de la Escuela D-45", "11-08",
     "aniversario de la Escuela D-45"),
])
def test_a_formal_request_frames_the_efemeride(read, text, date, title):
    efemeride = read(text)
    assert efemeride["intent"] == "efemeride.create"
    assert (efemeride["date"], efemeride["title"]) == (date, title)


@pytest.mark.parametrize(("text", "citizen"), [
    ("reclamo del apoderado Juan Pérez por falta de profesores en la Escuela Básica Los Aromos, fono 9 8877 6655",
     "Juan Pérez"),
    ("Ha llegado el reclamo de la apoderada Carla Vidal por falta de horas en el CESFAM Sur; solicita ser "
     "contactada al +56 9 5544 3322", "Carla Vidal"),
    ("reclamo del dirigente Hugo Lizana por micro basural en pasaje Los Olmos 34", "Hugo Lizana"),
    ("reclamo de la tía Rosa Campos por perros sueltos en la plaza Victoria", "Rosa Campos"),
    ("la feriante Luisa Mena reclama por falta de baños en la feria de calle Brasil 200", "Luisa Mena"),
])
def test_a_resident_named_by_a_role_is_the_citizen(read, text, citizen):
    complaint = read(text)
    assert complaint["intent"] == "complaint.create"
    assert complaint["citizen"] == citizen
    assert citizen not in complaint["description"]


@pytest.mark.parametrize(("text", "department"), [
    ("Le informo que don Patricio Soto, vecino de avenida Los Carrera 1450, ha reclamado por un socavón en la "
     "calzada que ya ha dañado varios vehículos", "operaciones"),
    ("reclamo por socavón en la calle Freire 930", "operaciones"),
    ("hay un hundimiento en la calzada de pasaje Los Aromos 12, reclama la vecina Ana Ruiz", "operaciones"),
    ("hay una emergencia en calle Prat 300, se abrió un socavón y se cayó un auto", "riesgo_desastres"),
])
def test_a_sinkhole_in_the_street_is_paving_unless_an_emergency_is_told_first(read, text, department):
    assert read(text)["department"] == department
