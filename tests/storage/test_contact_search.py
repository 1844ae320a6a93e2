"""Contact search and duplicate matching on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.models import Contact
from storage.queries.contacts import find_existing, normalize_phone, refresh_search_text, search_contacts

WHEN = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PROTOCOL = [
    ("Juan Núñez Soto", "Sr.", "Seremi de Salud", "SEREMI de Salud Ñuble", "+56987654321"),
    ("Carolina Peña Ibáñez", "Sra.", "Seremi de Educación", "SEREMI de Educación Ñuble", "+56911112222"),
    ("Óscar Crisóstomo Llanos", "Sr.", "Gobernador Regional", "Gobierno Regional de Ñuble", "+56922223333"),
    ("María Paz Arzola", "Sra.", "Delegada Presidencial Regional", "Delegación Presidencial Ñuble", "+56933334444"),
    ("Felipe Pérez Muñoz", "Honorable", "Diputado", "Cámara de Diputadas y Diputados", "+56944445555"),
    ("Rodrigo Zúñiga Toro", "Sr.", "Comandante", "Cuerpo de Bomberos de Chillán", "+56955556666"),
]


def _store(session: Session) -> None:
    for name, treatment, role, institution, phone in PROTOCOL:
        session.add(refresh_search_text(Contact(name=name, treatment=treatment, role=role, institution=institution,
                                                phone=phone, updated_at=WHEN)))
    session.commit()


@pytest.fixture
def session(engine: Engine):
    with Session(engine, expire_on_commit=False) as open_session:
        _store(open_session)
        yield open_session


@pytest.mark.parametrize(("query", "expected"), [
    ("nunez", "Juan Núñez Soto"),
    ("seremi salud", "Juan Núñez Soto"),
    ("SEREMI DE SALUD", "Juan Núñez Soto"),
    ("gobernadr", "Óscar Crisóstomo Llanos"),
    ("delegado", "María Paz Arzola"),
    ("diputado perez", "Felipe Pérez Muñoz"),
    ("comandante bomberos", "Rodrigo Zúñiga Toro"),
    ("peña", "Carolina Peña Ibáñez"),
    ("seremi educacion", "Carolina Peña Ibáñez"),
])
def test_search_finds_contact_despite_accents_case_typos_and_partial_words(session, query, expected):
    found = search_contacts(session, query)
    assert found, f"nothing found for {query!r}"
    assert found[0].name == expected


def test_search_ranks_whole_words_above_near_spellings(session):
    names = [contact.name for contact in search_contacts(session, "seremi")]
    assert set(names[:2]) == {"Juan Núñez Soto", "Carolina Peña Ibáñez"}


def test_search_finds_nothing_for_an_unknown_post(session):
    assert search_contacts(session, "obispo") == []


def test_search_sees_a_contact_edited_after_a_previous_search(session):
    assert search_contacts(session, "alcalde") == []
    contact = search_contacts(session, "zuniga")[0]
    contact.role = "Alcalde subrogante"
    contact.updated_at = datetime(2026, 11, 21, tzinfo=UTC)
    session.add(refresh_search_text(contact))
    session.commit()
    assert [c.name for c in search_contacts(session, "alcalde")] == ["Rodrigo Zúñiga Toro"]
    assert search_contacts(session, "comandante") == []


def test_search_skips_deleted_contacts(session):
    contact = search_contacts(session, "nunez")[0]
    contact.deleted_at = datetime(2026, 11, 21, tzinfo=UTC)
    session.add(contact)
    session.commit()
    assert all(c.name != "Juan Núñez Soto" for c in search_contacts(session, "nunez"))


def test_search_returns_at_most_the_limit(session):
    assert len(search_contacts(session, "nuble", limit=2)) == 2


def test_find_existing_matches_by_phone_in_any_spelling(session):
    assert find_existing(session, "Otro Nombre", None, "9 8765 4321", None).name == "Juan Núñez Soto"


def test_find_existing_matches_folded_name_at_same_institution(session):
    assert find_existing(session, "juan nunez soto", "Seremi de Salud Ñuble", None, None).role == "Seremi de Salud"
    assert find_existing(session, "juan nunez soto", "Municipalidad de Chillán", None, None) is None


def test_find_existing_does_not_match_a_longer_name_with_the_same_start(session):
    assert find_existing(session, "Juan Núñez", None, None, None) is None


@pytest.mark.parametrize(("typed", "stored"), [
    ("+56 9 8765 4321", "+56987654321"),
    ("987654321", "+56987654321"),
    ("8765 4321", "+56987654321"),
    ("(42) 221 3344", "+56422213344"),
    ("0056 9 8765 4321", "+56987654321"),
    ("+54 11 4321 0000", "+541143210000"),
    ("1234", None),
    ("sin teléfono", None),
])
def test_phone_is_normalised_to_the_chilean_international_form(typed, stored):
    assert normalize_phone(typed) == stored
