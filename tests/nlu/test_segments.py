"""The constituents of a message (nlu/segments.py), on sentences written for these tests: formal, chat spelling
without accents, dictated."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlu.dictation import punctuated
from nlu.gazetteer import load
from nlu.segments import Constituents, segment, verb_forms

NOW = datetime(2027, 6, 7, 10, 0)


def constituents(parser, text: str) -> tuple[Constituents, str]:
    folded = parser.normalize(text)
    original = folded.original
    lowercase = original.islower() or original.isupper() or not any(c.isupper() for c in original)
    found = segment(folded.norm, lambda i: folded.source(i, i + 1), [], lowercase)
    return found, original


def person(parser, text: str) -> dict[str, str]:
    folded = parser.normalize(text)
    found, _ = constituents(parser, text)
    first = next(p for p in found.people if p.name)
    return {part: folded.source(*getattr(first, part)) if getattr(first, part) else ""
            for part in ("title", "name", "post", "institution")}


def frame(parser, text: str) -> list[str]:
    folded = parser.normalize(text)
    found, _ = constituents(parser, text)
    return [folded.source(*span) for span in found.frame]


@pytest.mark.parametrize(("text", "expected"), [
    ("Registre como efeméride el 3 de julio el Día del Bombero", "Registre como efeméride"),
    ("Regístrelo como contacto, por favor", "Regístrelo como contacto"),
    ("hay que anotar reunion con la directiva del sindicato", "hay que anotar"),
    ("favor ingresar la solicitud del comite de agua potable", "favor ingresar"),
    ("Agéndeme una visita al jardín infantil Los Pitufos", "Agéndeme"),
    ("anotemosla para el lunes", "anotemosla"),
    ("se ha recibido una invitación del Rotary", "se ha recibido"),
    ("que quede en la agenda del alcalde: almuerzo con la Cámara", "que quede en la agenda del alcalde"),
    ("le solicito agendar al Sr. Alcalde para la ceremonia", "le solicito agendar al Sr. Alcalde"),
    ("necesito que agendes la visita del seremi", "necesito que agendes"),
    ("me podrías anotar una reunión con el director de obras", "me podrías anotar"),
    ("tengo q agendarle reunión con el director del hospital", "tengo q agendarle"),
    ("debemos registrar la visita de la gobernadora", "debemos registrar"),
])
def test_request_words_opening_a_clause_are_command_words(parser, text, expected):
    assert frame(parser, text)[0] == expected


@pytest.mark.parametrize(("text", "greeting"), [
    ("holi, necesito agendar algo", "holi"),
    ("Buenos días estimada, una consulta", "Buenos días"),
    ("agenda la once con los dirigentes porfa", "porfa"),
    ("junto con saludar, se informa que", "junto con saludar"),
])
def test_greetings_and_courtesies_are_command_words(parser, text, greeting):
    assert any(greeting in piece for piece in frame(parser, text))


@pytest.mark.parametrize("text", [
    "Programa Quiero mi Barrio en la villa Los Aromos",
    "agenda del sábado",
    "de la Cámara de Comercio llegó una invitación",
    "Tomás Pérez, director de la escuela",
    "misa de acción de gracias en la catedral",
])
def test_a_verb_form_that_is_a_noun_or_a_preposition_is_no_command(parser, text):
    assert frame(parser, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("el capitán de fragata Juan Soto, de la Armada",
     {"name": "Juan Soto", "post": "capitán de fragata", "institution": "Armada"}),
    ("Pbro. Luis Pérez, párroco de San Pedro",
     {"title": "Pbro", "name": "Luis Pérez", "post": "párroco", "institution": "San Pedro"}),
    ("la Sra. Marta Díaz, presidenta de la JJVV Villa Esperanza",
     {"title": "Sra", "name": "Marta Díaz", "institution": "JJVV Villa Esperanza"}),
    ("se llama Ana Rojas, es la directora del Liceo Bicentenario",
     {"name": "Ana Rojas", "institution": "Liceo Bicentenario"}),
    ("el mayor Pedro Leiva de Carabineros", {"name": "Pedro Leiva", "post": "mayor", "institution": "Carabineros"}),
    ("se llama veronica salinas es la directora del cesfam baquedano",
     {"name": "veronica salinas", "institution": "cesfam baquedano"}),
    ("el teniente coronel Rodrigo Parra Bustos", {"name": "Rodrigo Parra Bustos", "post": "teniente coronel"}),
    ("lonko Juan Huenchumilla de la comunidad Rayen Mapu",
     {"name": "Juan Huenchumilla", "post": "lonko", "institution": "comunidad Rayen Mapu"}),
])
def test_name_post_and_institution_around_ranks_and_honorifics(parser, text, expected):
    found = person(parser, text)
    assert {part: found[part] for part in expected} == expected


def test_a_post_keeps_its_sector_and_qualifiers(parser):
    found, _ = constituents(parser, "fono de la seremi de obras publicas y del director regional de vialidad")
    folded = parser.normalize("fono de la seremi de obras publicas y del director regional de vialidad")
    posts = [folded.source(*p.post) for p in found.people if p.post]
    assert posts == ["seremi de obras publicas", "director regional de vialidad"]


@pytest.mark.parametrize("text", [
    "el alcalde mayor de la región",
    "club del adulto mayor Los Copihues",
    "la mayor parte de los vecinos",
])
def test_mayor_is_a_rank_only_beside_a_name(parser, text):
    found, _ = constituents(parser, text)
    folded = parser.normalize(text)
    assert "mayor" not in [folded.source(*p.post).lower() for p in found.people if p.post]


@pytest.mark.parametrize(("text", "address"), [
    ("poste caido en Av. Grecia 1550 depto 3", "Av. Grecia 1550 depto 3"),
    ("vecina de pasaje Los Pinos 12 reclama", "pasaje Los Pinos 12"),
    ("basura en psje. el roble 230", "psje. el roble 230"),
    ("vive en 12 Oriente 845", "12 Oriente 845"),
    ("escombros frente al 21 de Mayo 340", "21 de Mayo 340"),
    ("calle Prat 2010, cerca de la plaza", "calle Prat 2010"),
    ("villa Las Rosas, pasaje 7, casa 12, por ratones", "pasaje 7, casa 12"),
])
def test_an_address_keeps_its_number(parser, text, address):
    found, _ = constituents(parser, text)
    folded = parser.normalize(text)
    assert [folded.source(*span) for span in found.addresses] == [address]


def test_a_day_with_a_year_is_no_street(parser):
    found, _ = constituents(parser, "el 21 de mayo 2027 es el desfile")
    assert found.addresses == []


def test_institutions_in_lower_case_end_at_a_verb_or_a_small_word(parser):
    text = "el liceo bicentenario hace llegar invitacion y la junta de vecinos villa sur para el acto"
    found, _ = constituents(parser, text)
    folded = parser.normalize(text)
    assert [folded.source(*s) for s in found.institutions] == ["liceo bicentenario", "junta de vecinos villa sur"]


def test_verb_forms_come_from_the_lemmas():
    g = load()
    forms = verb_forms(g.verbs, g.irregular)
    assert {"agendala", "agendelo", "agendemos", "agendai", "registrelo", "ponlo", "muestreme"} <= forms
    assert "de" not in forms and "va" not in forms


@pytest.mark.parametrize(("text", "read"), [
    ("invitacion de la camara coma cena anual coma viernes", "invitacion de la camara, cena anual, viernes"),
    ("registrar reclamo punto vecino Juan Carrasco", "registrar reclamo. vecino juan carrasco"),
    ("reclamo de la sra rosa dos puntos no pasa el camion", "reclamo de la senora rosa: no pasa el camion"),
    ("punto de prensa el lunes en el punto limpio", "punto de prensa el lunes en el punto limpio"),
    ("a las 10 en punto", "a las 10 en punto"),
])
def test_punctuation_said_aloud_is_read_as_its_mark(parser, text, read):
    assert punctuated(parser.normalize(text)).norm == read


def test_a_mark_said_aloud_keeps_the_place_of_the_word_in_what_was_written(parser):
    text = punctuated(parser.normalize("cena anual coma Club Alemán"))
    comma = text.norm.index(",")
    assert text.source(comma, comma + 1) == "coma"
    assert text.source(comma + 2, len(text.norm)) == "Club Alemán"


@pytest.mark.parametrize(("text", "units"), [
    ("invitación de la DIDECO a la feria de emprendedoras", ["DIDECO"]),
    ("derivado a la Dirección de Obras Municipales", ["Dirección de Obras Municipales"]),
    ("el dom 5 hay feria", []),
    ("un tema personal con el vecino", []),
])
def test_a_municipal_unit_is_an_institution_by_its_name_or_its_acronym_in_capitals(parser, text, units):
    found, _ = constituents(parser, text)
    folded = parser.normalize(text)
    assert [folded.source(*span) for span in found.institutions] == units
