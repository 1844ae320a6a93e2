"""A landline with its area code is stored as a mobile is, with the country code (SPEC: «phone is normalised to
digits with the country code where it is a Chilean number»); a letter signed at its end gives who wrote it and the
phone under the name."""

from __future__ import annotations

from datetime import datetime

import pytest

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("text", "phone"), [
    ("reclamo por basura en la plaza, fono 73 221 4567", "+56732214567"),
    ("reclamo x los perros sueltos, su fijo es 2 2345 6789", "+56223456789"),
    ("reclamo por el hoyo de av brasil, tel. 41-223-4455", "+56412234455"),
    ("reclamo por la luminaria apagada, teléfono (45) 298 7654", "+56452987654"),
])
def test_a_landline_with_its_area_code_has_the_country_code(parser, text: str, phone: str) -> None:
    assert parser.parse(text, now=NOW).slots["phone"] == phone


@pytest.mark.parametrize(("letter", "citizen", "phone"), [
    ("Señor Alcalde: junto con saludar, reclamo por el microbasural de calle Los Aromos con Pasaje 3, que lleva más "
     "de un mes sin retiro. Atentamente, Raúl Bustamante Cáceres / Fono 73 221 4567",
     "Raúl Bustamante Cáceres", "+56732214567"),
    ("Sr. Alcalde: Reclamo por el corte de agua en población Las Rosas que ya dura tres días. Se despide "
     "atentamente, Carmen Gloria Pavez / teléfono 2 2345 6789", "Carmen Gloria Pavez", "+56223456789"),
    ("Estimado alcalde, escribo para reclamar por la luminaria apagada frente al N° 345 de calle Freire. Saludos "
     "cordiales, María José Contreras Lagos. Fono 41 223 4455", "María José Contreras Lagos", "+56412234455"),
    ("hola, quiero reclamar x los perros sueltos en la plaza de villa esperanza. atte. Jorge Muñoz Riquelme, "
     "fono 45 298 7654", "Jorge Muñoz Riquelme", "+56452987654"),
])
def test_a_letter_signed_at_its_end(parser, letter: str, citizen: str, phone: str) -> None:
    understanding = parser.parse(letter, now=NOW)
    assert understanding.intent == "complaint.create"
    assert (understanding.slots.get("citizen"), understanding.slots.get("phone")) == (citizen, phone)
