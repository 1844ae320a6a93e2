"""The Mini App in a real browser: Debian's chromium driven by Playwright opens the page on the test
server with initData signed for a staff member, sees this week's agenda, changes a complaint's status
with the preview and «Confirmar», and the change is in the database and in the chat's next answer.

The screenshots are kept under the test's tmp directory; the test prints their paths.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from sqlmodel import Session, select

from bot.dispatcher import Dispatcher
from storage.models import Complaint, Contact, Invitation
from storage.queries.contacts import refresh_search_text
from tests.web.conftest import (
    MAYOR,
    MONDAY_MORNING,
    STAFF,
    VIEWER,
    RunningServer,
    add_complaint,
    add_event,
    confirmed,
    init_data,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium no está instalado (make test lo instala con apt-get cuando puede: root y apt)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright no está instalado")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield chromium
        chromium.close()


def open_mini_app(browser: Browser, server: RunningServer, user_id: int) -> Page:
    """As Telegram opens it: the launch data in the address's fragment; telegram.org's script is not reachable."""
    page = browser.new_page(viewport=PHONE, locale="es-CL")
    page.route("https://telegram.org/**", lambda route: route.abort())
    page.goto(f"{server.base}/#tgWebAppData={quote(init_data(user_id))}&tgWebAppVersion=8.0&tgWebAppPlatform=web")
    return page


def test_staff_sees_the_week_and_moves_a_complaint_from_the_phone(browser: Browser, office: Dispatcher,
                                                                   server: RunningServer, tmp_path: Path) -> None:
    add_event(office, "Reunión con Carabineros", date(2026, 11, 25), 10, "Comisaría")
    add_event(office, "Consejo municipal", date(2026, 12, 2), 9)
    ticket = add_complaint(office, "microbasural en la ribera del estero", "aseo")
    page = open_mini_app(browser, server, STAFF.telegram_id)

    wednesday = page.locator('.day[data-date="2026-11-25"]')
    wednesday.get_by_text("Reunión con Carabineros").wait_for()
    assert "10:00" in wednesday.inner_text() and "Comisaría" in wednesday.inner_text()
    assert page.locator("#period").inner_text() == "Semana del 23 al 29 de noviembre"
    assert "Consejo municipal" not in page.locator("#calendar").inner_text()
    page.screenshot(path=tmp_path / "agenda.png", full_page=True)

    page.get_by_role("tab", name="Reclamos").click()
    card = page.locator(f'.card[data-ticket="{ticket}"]')
    card.wait_for()
    card.get_by_label(f"Nuevo estado de {ticket}").select_option("resolved")
    card.get_by_label("Comentario").fill("retirado por la cuadrilla")
    card.get_by_role("button", name="Cambiar").click()
    page.locator("#preview").get_by_text("nuevo → resuelto").wait_for()
    page.screenshot(path=tmp_path / "confirmar.png")
    page.get_by_role("button", name="Confirmar").click()
    page.locator("#message").get_by_text(f"Reclamo {ticket} actualizado").wait_for()
    page.locator("#board").get_by_text("Ninguno.").wait_for()  # the open list, reloaded, no longer has it
    page.locator("#state").select_option("cerrados")
    card.locator(".status").get_by_text("resuelto").wait_for()
    page.screenshot(path=tmp_path / "reclamos.png", full_page=True)
    print(f"\nscreenshots: {tmp_path / 'agenda.png'}, {tmp_path / 'confirmar.png'}, {tmp_path / 'reclamos.png'}")

    with Session(office.engine) as session:
        assert session.exec(select(Complaint).where(Complaint.ticket == ticket)).one().status == "resolved"
    answer = office.handle_text(f"tg:{STAFF.telegram_id}:{STAFF.telegram_id}", STAFF, f"reclamo {ticket}")
    assert f"Reclamo {ticket} — resuelto" in answer.text
    assert "retirado por la cuadrilla" in answer.text
    assert (tmp_path / "agenda.png").stat().st_size > 10_000
    page.close()


def test_a_viewer_reads_month_board_and_contacts_without_any_change_button(browser: Browser, office: Dispatcher,
                                                                            server: RunningServer) -> None:
    add_event(office, "Feria costumbrista", date(2026, 11, 28))
    ticket = add_complaint(office, "perro abandonado en la plaza", "aseo")
    with Session(office.engine) as session:
        session.add(refresh_search_text(Contact(name="Andrea Núñez", role="Seremi de Salud", phone="+56 9 8765 4321",
                                                updated_at=MONDAY_MORNING)))
        session.commit()
    page = open_mini_app(browser, server, VIEWER.telegram_id)
    page.locator("#who").get_by_text("solo consulta").wait_for()

    page.get_by_role("button", name="Mes").click()
    page.locator("#period").get_by_text("Noviembre 2026").wait_for()
    page.locator('.month button[data-date="2026-11-28"]').click()
    page.locator("#calendar").get_by_text("Feria costumbrista").wait_for()

    page.get_by_role("tab", name="Reclamos").click()
    page.locator(f'.card[data-ticket="{ticket}"]').wait_for()
    assert page.get_by_role("button", name="Cambiar").count() == 0
    page.locator('.chip[data-code="aseo"]').click()  # a department's open count chooses it
    page.locator('.chip.chosen[data-code="aseo"]').wait_for()
    assert page.locator("#department").input_value() == "aseo"

    page.get_by_role("tab", name="Contactos").click()
    page.get_by_placeholder("Nombre, cargo o institución").fill("nunez")
    page.locator("#contact-list").get_by_text("Andrea Núñez").wait_for()
    assert "+56 9 8765 4321" in page.locator("#contact-list").inner_text()
    page.close()


def test_the_mayor_accepts_an_invitation_and_it_joins_the_agenda(browser: Browser, office: Dispatcher,
                                                                 server: RunningServer) -> None:
    text = confirmed(office, STAFF, "invitation.create", {"title": "Cena aniversario", "organizer": "Rotary Club",
                                                          "start": datetime(2026, 11, 27, 20, 0)})
    number = int(text.split("N° ")[1].split()[0])
    page = open_mini_app(browser, server, MAYOR.telegram_id)
    page.get_by_role("tab", name="Invitaciones").click()
    card = page.locator(f'.card[data-id="{number}"]')
    card.get_by_text("Rotary Club").wait_for()
    card.get_by_role("button", name="Aceptar").click()
    page.locator("#preview").get_by_text("Se agregará a la agenda").wait_for()
    page.get_by_role("button", name="Confirmar").click()
    page.locator("#message").get_by_text(f"Invitación N° {number} aceptada").wait_for()
    page.get_by_role("tab", name="Agenda").click()
    page.locator('.day[data-date="2026-11-27"]').get_by_text("Cena aniversario").wait_for()
    with Session(office.engine) as session:
        assert session.get(Invitation, number).status == "accepted"
    page.close()


def test_forged_launch_data_shows_the_session_error(browser: Browser, server: RunningServer) -> None:
    page = browser.new_page(viewport=PHONE)
    page.route("https://telegram.org/**", lambda route: route.abort())
    forged = init_data(STAFF.telegram_id).replace("Camila", "Paula")
    page.goto(f"{server.base}/#tgWebAppData={quote(forged)}")
    page.locator("#message.error").get_by_text("La sesión no es válida").wait_for()
    assert page.locator(".day").count() == 0
    page.close()
