"""«exporta eso a excel», «mándamelo en excel», «pásame esa lista en excel» right after a list: the file of that
list's kind, kept to the period and the department it was asked for where the report keeps to them, instead of
«¿Qué desea exportar?»."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from handlers.reply import Reply

COMPLAINTS = ("reclamo de don Luis Soto: basura acumulada en pasaje Los Olmos 45",
              "reclamo de la vecina Rosa Díaz: un hoyo enorme en la vereda de calle Prat 120")
SAYINGS = ["exporta eso a excel", "Mándemelo en Excel, por favor", "pasame esa lista en excel porfa",
           "me la puedes enviar en una planilla?"]


def _rows(reply: Reply, sheet: str) -> list[tuple]:
    [attachment] = reply.attachments
    book = load_workbook(io.BytesIO(attachment.content), read_only=True)
    return list(book[sheet].iter_rows(min_row=2, values_only=True))


@pytest.mark.parametrize("line", SAYINGS)
def test_a_department_list_of_complaints_is_exported_as_listed(chat, line: str) -> None:
    chat(COMPLAINTS[0], "sí", COMPLAINTS[1], "sí")
    listed, exported = chat("reclamos de aseo", line)
    assert "Luis Soto" in listed.text or "basura" in listed.text, listed.text
    assert exported.attachments, exported.text
    assert "Aseo" in exported.text, exported.text
    rows = _rows(exported, "Reclamos")
    assert len(rows) == 1 and "basura" in rows[0][3], rows


def test_the_agenda_asked_for_a_week_is_exported_for_that_week(chat) -> None:
    chat("agenda reunión con la directiva del club de rayuela el miércoles 25 a las 10 en el salón", "sí")
    _, exported = chat("qué hay la próxima semana", "mándamelo en excel")
    assert exported.attachments and "Agenda" in exported.text, exported.text
    assert "30 de noviembre" in exported.text, exported.text  # the week asked for, not every activity


def test_nothing_shown_still_asks_what(chat) -> None:
    [asked] = chat("exporta eso a excel")
    assert "¿Qué desea exportar?" in asked.text
