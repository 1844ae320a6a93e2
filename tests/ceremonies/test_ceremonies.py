"""A ceremony the municipality gives, from chat to the precedence list, the greeting and the letters."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.assembly import build_parser
from bot.dispatcher import Dispatcher
from handlers.ceremonies.precedence import Precedence, protocol_greeting
from handlers.context import Actor
from settings import Role, Settings
from storage.ceremonies import Ceremony, CeremonyGuest, GuestStatus
from storage.database import transaction
from storage.models import Contact, ContactLevel, Event

KEY = "test:ceremonies"
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("America/Santiago"))
GUESTS = [  # (name, post, level), in a deliberately mixed order
    ("Rosa Díaz", "concejala", ContactLevel.COMUNAL), ("Pedro Soto", "diputado", ContactLevel.NACIONAL),
    ("Luis Araya", "presidente de la junta de vecinos Villa Sur", ContactLevel.COMUNAL),
    ("Ana Ríos", "senadora", ContactLevel.NACIONAL), ("Jorge Vera", "concejal", ContactLevel.COMUNAL),
    ("Marta Fuentes", "seremi de salud", ContactLevel.REGIONAL),
    ("Claudio Orrego", "gobernador regional", ContactLevel.REGIONAL),
    ("Sofía Paz", "delegada presidencial regional", ContactLevel.REGIONAL),
    ("Iván Lagos", "comandante de la guarnición", ContactLevel.REGIONAL),
    ("Elena Mora", "concejala", ContactLevel.COMUNAL),
    ("Tomás Reyes", "obispo", ContactLevel.REGIONAL), ("Carla Núñez", "directora del Liceo A-12", ContactLevel.COMUNAL),
    ("Raúl Pinto", "consejero regional", ContactLevel.REGIONAL), ("Gabriel Ruiz", "diputado", ContactLevel.NACIONAL),
    ("Felipe Kast", "presidente del senado", ContactLevel.NACIONAL),
]


@pytest.fixture(scope="module")
def parser():
    return build_parser(Settings())


@pytest.fixture
def dispatcher(sqlite_engine: Engine, parser) -> Dispatcher:
    with transaction(sqlite_engine) as session:
        for name, post, level in GUESTS:
            session.add(Contact(name=name, role=post, level=level, updated_at=NOW.astimezone(UTC)))
    return Dispatcher(sqlite_engine, Settings(), parser, clock=lambda: NOW)


@pytest.fixture
def staff() -> Actor:
    return Actor(telegram_id=501, name="Camila Secretaria", role=Role.STAFF)


def say(dispatcher: Dispatcher, staff: Actor, text: str):
    return dispatcher.handle_text(KEY, staff, text)


def guests(dispatcher: Dispatcher) -> list[CeremonyGuest]:
    with Session(dispatcher.engine) as session:
        return list(session.exec(select(CeremonyGuest).order_by(col(CeremonyGuest.id))))


def test_a_ceremony_is_stored_after_yes_and_goes_on_the_agenda(dispatcher: Dispatcher, staff: Actor) -> None:
    preview = say(dispatcher, staff, "ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el "
                                     "Teatro Municipal")
    assert "Teatro Municipal" in preview.text and "14 de febrero" in preview.text
    assert say(dispatcher, staff, "sí").stored
    with Session(dispatcher.engine) as session:
        [ceremony] = session.exec(select(Ceremony)).all()
        event = session.get(Event, ceremony.event_id)
    assert event is not None and event.day.isoformat() == "2027-02-14"
    assert "aniversario" in say(dispatcher, staff, "agenda del 14 de febrero").text.lower()


@pytest.mark.parametrize("told", [
    "vamos a organizar la ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el Teatro Municipal",
    "Realizaremos la ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el Teatro Municipal",
    "oye haremos la ceremonia de aniversario de la comuna el 14 de feb a las 11 en el teatro municipal",
])
def test_the_words_of_organising_it_are_no_part_of_the_title(dispatcher: Dispatcher, staff: Actor, told: str) -> None:
    say(dispatcher, staff, told)
    say(dispatcher, staff, "sí")
    with Session(dispatcher.engine) as session:
        [ceremony] = session.exec(select(Ceremony)).all()
    assert ceremony.title == "ceremonia de aniversario de la comuna"


def test_guests_by_group_are_ordered_by_precedence_and_greeted_if_present(dispatcher: Dispatcher,
                                                                         staff: Actor) -> None:
    say(dispatcher, staff, "ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el Teatro Municipal")
    say(dispatcher, staff, "sí")
    for group in ("las autoridades regionales", "las autoridades nacionales", "los concejales"):
        preview = say(dispatcher, staff, f"invita a {group} al aniversario de la comuna")
        assert "Agregar a la lista de invitados" in preview.text, preview.text
        assert say(dispatcher, staff, "sí").stored
    say(dispatcher, staff, "invita a las autoridades comunales al aniversario")
    say(dispatcher, staff, "sí")
    assert len(guests(dispatcher)) == len(GUESTS)

    answers = ["la senadora Ríos confirmó su asistencia al aniversario", "el diputado Soto confirma",
               "la concejala Díaz confirmó", "el concejal Vera confirmó", "la concejala Mora confirma",
               "el diputado Ruiz se excusa", "el seremi de salud envía a Juan Pérez en su representación"]
    for answer in answers:
        preview = say(dispatcher, staff, answer)
        assert preview.pending is not None, (answer, preview.text)
        assert say(dispatcher, staff, "sí").stored, answer

    listing = say(dispatcher, staff, "orden de precedencia del aniversario")
    order = [line.split(". ", 1)[1] for line in listing.text.splitlines()[1:]]
    position = {name: index for index, line in enumerate(order) for name, *_ in GUESTS if line.startswith(name)}
    assert position["Felipe Kast"] < position["Ana Ríos"] < position["Pedro Soto"] < position["Rosa Díaz"]
    assert position["Claudio Orrego"] < position["Marta Fuentes"] < position["Raúl Pinto"] < position["Jorge Vera"]
    assert "Gabriel Ruiz" not in position  # excused: not on the list of those who come
    [workbook] = listing.attachments
    sheet = load_workbook(io.BytesIO(workbook.content)).active
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)][:2] == ["Felipe Kast", "Ana Ríos"]

    greeting = say(dispatcher, staff, "saludo protocolar del aniversario").text
    assert greeting.index("Senadora, doña Ana Ríos") < greeting.index("Diputado, don Pedro Soto")
    assert "Señoras y señores concejales" in greeting
    assert "Juan Pérez, en representación de la seremi de salud" in greeting
    assert "Gabriel Ruiz" not in greeting and "Felipe Kast" not in greeting  # excused, and not answered


def test_a_representative_comes_after_every_titular_of_the_same_rank() -> None:
    table = Precedence(Settings().ceremonies.precedence)
    sent = CeremonyGuest(ceremony_id=1, name="Ana Ríos", post="senadora", status=GuestStatus.REPRESENTED,
                         representative="Luis Paz")
    titular = CeremonyGuest(ceremony_id=1, name="José Gil", post="senador", status=GuestStatus.CONFIRMED)
    deputy = CeremonyGuest(ceremony_id=1, name="Eva Sanz", post="diputada", status=GuestStatus.CONFIRMED)
    placed = table.ordered([sent, deputy, titular])
    assert [item.guest.name for item in placed] == ["José Gil", "Ana Ríos", "Eva Sanz"]
    assert protocol_greeting(placed)[1] == "Luis Paz, en representación de la senadora"


def test_presidente_del_senado_is_not_read_as_senador() -> None:
    table = Precedence(Settings().ceremonies.precedence)
    assert table.rank_of("Presidente del Senado")[0] < table.rank_of("senador")[0]
    assert table.rank_of("encargado de bodega")[0] == table.last


def test_letters_are_merged_for_each_guest_without_answer_and_reopen(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, "ceremonia de aniversario de la comuna el 14 de febrero a las 11 en el Teatro Municipal")
    say(dispatcher, staff, "sí")
    say(dispatcher, staff, "invita a los diputados al aniversario")
    say(dispatcher, staff, "sí")
    reply = say(dispatcher, staff, "cartas de invitación para el aniversario")
    [archive] = reply.attachments
    with zipfile.ZipFile(io.BytesIO(archive.content)) as letters:
        names = letters.namelist()
        assert len(names) == 2
        text = "\n".join(p.text for p in Document(io.BytesIO(letters.read(names[0]))).paragraphs)
    assert "Pedro Soto" in text or "Gabriel Ruiz" in text
    assert "aniversario de la comuna" in text and "Teatro Municipal" in text and "{" not in text


def test_the_briefing_lists_guests_to_call_in_the_days_before(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, "ceremonia de aniversario de la comuna el viernes 4 de diciembre a las 11 en el "
                           "Teatro Municipal")
    say(dispatcher, staff, "sí")
    say(dispatcher, staff, "invita a los diputados al aniversario")
    say(dispatcher, staff, "sí")
    say(dispatcher, staff, "el diputado Soto confirmó")
    say(dispatcher, staff, "sí")
    briefing = say(dispatcher, staff, "resumen del día").text
    assert "Ceremonias, llamar a confirmar" in briefing and "Gabriel Ruiz" in briefing
    assert "Pedro Soto" not in briefing.split("Ceremonias, llamar a confirmar")[1]
