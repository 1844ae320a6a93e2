"""Details told while a proposal waits, as typed or pasted from a chat app: «[10:32] Juan: vive en …» sets the
resident's address of the complaint waiting (the header's hour and name are no part of it), «su domicilio es …» too,
and «la pide la gerenta …, Carolina Fuentes» sets who asks for the audience waiting, the company staying the one
represented. The preview is shown again; nothing new is started. Sentences written for these tests."""

from __future__ import annotations

import pytest

from storage.legal import Audience
from storage.models import Complaint
from tests.dialogue.talk import stored

COMPLAINT = "reclamo de doña Rosa Díaz: hay un hoyo enorme en la vereda frente a la plaza"
AUDIENCE = "la empresa Forestal Cautín solicita audiencia con el alcalde para presentar su plan de caminos"


@pytest.mark.parametrize(("detail", "address"), [
    ("[10:32] Juan: vive en pasaje Los Pinos 44", "pasaje Los Pinos 44"),
    ("[3/9 10:32] Juan Pérez: la señora vive en calle Lautaro 310", "calle Lautaro 310"),
    ("[10:32 a. m., 3/9/2027] Juan: su domicilio es avenida Alemania 0450", "avenida Alemania 0450"),
    ("el domicilio de la vecina es villa Esperanza 12", "villa Esperanza 12"),
    ("la dire de la sra: pje Los Olmos 7", "pje Los Olmos 7"),
])
def test_the_address_told_sets_the_resident_s(chat, dispatcher, detail, address) -> None:
    _, preview, done = chat(COMPLAINT, detail, "sí")
    assert f"Dirección: {address}" in preview.text and "Rosa Díaz" in preview.text, preview.text
    assert "Juan" not in preview.text and "10:32" not in preview.text, preview.text
    [complaint] = stored(dispatcher, Complaint)
    assert (complaint.citizen, complaint.address) == ("Rosa Díaz", address), done.text


@pytest.mark.parametrize("header", ["[10:32] Juan: ", "[3/9 10:32] Juan Pérez: ", "[10:32 a. m., 3/9/2027] Juan: "])
def test_a_pasted_header_is_no_organizer_nor_hour(chat, header) -> None:
    [preview] = chat(header + "el club de rodeo invita al alcalde a la final del champion el sábado a las 3 en la "
                              "medialuna")
    assert "Juan" not in preview.text and "32" not in preview.text and "15:00" in preview.text, preview.text


@pytest.mark.parametrize(("told", "applicant"), [
    ("la pide la gerenta de asuntos públicos, Carolina Fuentes", "Carolina Fuentes"),
    ("el que solicita es don Pedro Soto, gerente de proyectos", "Pedro Soto"),
    ("firma Juan Soto, presidente del sindicato", "Juan Soto"),
    ("quien la pide es la Sra. María de la Luz Rojas, encargada de comunicaciones", "María de la Luz Rojas"),
])
def test_who_asks_for_the_audience_is_its_applicant(chat, dispatcher, told, applicant) -> None:
    _, preview, done = chat(AUDIENCE, told, "sí")
    assert f"Solicita: {applicant}" in preview.text and "Forestal Cautín" in preview.text, preview.text
    [audience] = stored(dispatcher, Audience)
    assert (audience.applicant, audience.represented) == (applicant, "Forestal Cautín"), done.text
    assert f"{applicant} (por Forestal Cautín) guardada" in done.text, done.text
    assert not stored(dispatcher, Complaint)
