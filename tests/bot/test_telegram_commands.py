"""Slash commands become the same requests as words would: the right intent, typed slots, usage lines."""

from __future__ import annotations

from datetime import date

import pytest

from bot.telegram.commands import UsageError, authorization, request_for, revocation
from settings import Role, Settings

MONDAY = date(2026, 11, 23)
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


def ask(name: str, *args: str):
    return request_for(name, list(args), MONDAY, Settings(), lambda text: DECEMBER if text == "diciembre" else
                       (None, None))


def test_hoy_manana_and_semana_ask_the_agenda_for_those_days() -> None:
    assert ask("hoy").slots == {"date_from": MONDAY, "date_to": MONDAY}
    assert ask("manana").slots == {"date_from": date(2026, 11, 24), "date_to": date(2026, 11, 24)}
    assert ask("semana").slots == {"date_from": MONDAY, "date_to": date(2026, 11, 29)}
    assert ask("hoy").intent == "agenda.query"


def test_agenda_with_a_day_is_handled_as_if_typed() -> None:
    assert ask("agenda", "martes").text == "agenda martes"
    assert ask("deshacer").text == "deshacer"


def test_reclamo_needs_a_ticket_and_reclamos_knows_the_departments() -> None:
    assert ask("reclamo", "r-2026-0042").slots == {"ticket": "R-2026-0042"}
    assert ask("reclamos", "Obras").slots == {"department": "obras"}
    assert ask("reclamos").slots == {}
    with pytest.raises(UsageError, match="/reclamo R-2026-0042"):
        ask("reclamo")
    with pytest.raises(UsageError, match="aseo"):
        ask("reclamos", "panaderia")


def test_exportar_takes_what_and_a_period_in_words_or_iso_days() -> None:
    assert ask("exportar", "reclamos", "diciembre").slots == {"what": "complaints", "date_from": DECEMBER[0],
                                                            "date_to": DECEMBER[1]}
    assert ask("exportar", "agenda", "2026-11-01", "2026-11-30").slots == {
        "what": "agenda", "date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}
    assert ask("exportar", "contactos").slots == {"what": "contacts"}
    with pytest.raises(UsageError, match="período"):
        ask("exportar", "agenda", "cuando pueda")
    with pytest.raises(UsageError, match="Qué exporto"):
        ask("exportar", "fotos")


def test_contacto_without_words_says_how_to_use_it() -> None:
    assert ask("contacto", "seremi", "salud").slots == {"query": "seremi salud"}
    with pytest.raises(UsageError):
        ask("contacto")


def test_an_unknown_command_points_to_help() -> None:
    with pytest.raises(UsageError, match="/ayuda"):
        ask("borrartodo")


def test_autorizar_reads_id_role_in_spanish_and_name() -> None:
    assert authorization(["555", "lector", "Ana", "Pérez"]) == (555, Role.VIEWER, "Ana Pérez")
    assert authorization(["556", "alcaldesa"]) == (556, Role.MAYOR, "Usuario 556")
    with pytest.raises(UsageError, match="Rol desconocido"):
        authorization(["555", "jefe"])
    with pytest.raises(UsageError, match="Uso: /autorizar"):
        authorization(["ana", "staff"])
    assert revocation(["555"]) == 555
