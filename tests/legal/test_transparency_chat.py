"""Transparency requests through the real dispatcher on a real SQLite file: what staff type, what is stored."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from bot.dispatcher import Dispatcher
from handlers.context import Actor
from handlers.reply import PendingKind
from storage.legal import TransparencyRequest, TransparencyStep
from storage.models import AuditEntry
from tests.legal.conftest import Clock, say

CAMILA = ("llegó una solicitud de transparencia por el portal, folio MU042T0000815, de Camila Rojas, "
          "pide los contratos de recolección de basura de 2025")


def requests(dispatcher: Dispatcher) -> list[TransparencyRequest]:
    with Session(dispatcher.engine) as session:
        query = select(TransparencyRequest).where(col(TransparencyRequest.deleted_at).is_(None))
        return list(session.exec(query.order_by(col(TransparencyRequest.id))))


def test_a_request_is_previewed_with_its_deadline_and_stored_only_after_yes(dispatcher: Dispatcher,
                                                                            staff: Actor) -> None:
    [preview] = say(dispatcher, staff, CAMILA)
    assert preview.pending is not None and preview.pending.kind is PendingKind.CONFIRM
    assert "vence el lunes 4 de enero de 2027" in preview.text and "Aseo y Ornato" in preview.text
    assert requests(dispatcher) == []
    [stored] = say(dispatcher, staff, "sí")
    assert stored.stored and "MU042T0000815" in stored.text
    [request] = requests(dispatcher)
    assert (request.folio, request.requester, request.channel, request.department) == \
        ("MU042T0000815", "Camila Rojas", "portal", "aseo")
    assert (request.received_on, request.due_on, request.status) == (date(2026, 12, 2), date(2027, 1, 4), "recibida")


def test_extension_moves_the_deadline_ten_working_days_and_only_once(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, CAMILA, "sí")
    preview, stored = say(dispatcher, staff, "prorroga la de Camila Rojas", "sí")
    assert "ahora vence el lunes 18 de enero de 2027" in preview.text
    assert stored.stored
    [request] = requests(dispatcher)
    assert (request.status, request.due_on, request.extended_on) == ("prorrogada", date(2027, 1, 18), date(2026, 12, 2))
    [again] = say(dispatcher, staff, "prorroga la de Camila Rojas")
    assert "una sola prórroga" in again.text and again.pending is None


def test_an_extension_after_the_deadline_is_refused(dispatcher: Dispatcher, staff: Actor, clock: Clock) -> None:
    say(dispatcher, staff, CAMILA, "sí")
    clock.at(2027, 1, 5)
    [late] = say(dispatcher, staff, "prorroga la MU042T0000815")
    assert "venció el lunes 4 de enero" in late.text
    assert requests(dispatcher)[0].status == "recibida"


def test_every_step_is_audited_and_undo_takes_it_back(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, CAMILA, "sí", "prorroga la de Camila Rojas", "sí")
    [undone] = say(dispatcher, staff, "deshacer")
    assert "solicitud de transparencia" in undone.text
    [request] = requests(dispatcher)
    assert (request.status, request.due_on, request.extended_on) == ("recibida", date(2027, 1, 4), None)
    with Session(dispatcher.engine) as session:
        steps = session.exec(select(TransparencyStep).where(col(TransparencyStep.deleted_at).is_(None))).all()
        audited = session.exec(select(AuditEntry.entity, AuditEntry.action).where(
            col(AuditEntry.entity).like("transparency%"))).all()
    assert [step.status_to for step in steps] == ["recibida"]
    assert ("transparency_request", "update") in audited and ("transparency_request", "undo") in audited


def test_a_request_received_on_saturday_counts_from_monday(dispatcher: Dispatcher, staff: Actor,
                                                           clock: Clock) -> None:
    clock.at(2026, 12, 7)
    [preview] = say(dispatcher, staff, "llegó el sábado una solicitud de transparencia por correo de Luis Araya, "
                                       "pide los permisos de edificación de calle Prat, la responde Obras")
    assert "día inhábil" in preview.text and "vence el jueves 7 de enero de 2027" in preview.text
    say(dispatcher, staff, "sí")
    [request] = requests(dispatcher)
    assert (request.received_on, request.counted_from, request.due_on, request.department) == \
        (date(2026, 12, 5), date(2026, 12, 7), date(2027, 1, 7), "obras")


def test_derivation_closes_it_naming_the_body_and_an_answer_needs_its_causal(dispatcher: Dispatcher,
                                                                             staff: Actor) -> None:
    say(dispatcher, staff, CAMILA, "sí",
        "nueva solicitud de transparencia de Pedro Soto por carta, pide los sumarios del año, la responde Jurídica",
        "sí")
    say(dispatcher, staff, "la solicitud MU042T0000815 se derivó al Servicio de Impuestos Internos", "sí")
    question, preview, stored = say(dispatcher, staff, "se denegó la solicitud de transparencia de Pedro Soto",
                                    "21 n° 2, afecta derechos de terceros", "sí")
    assert question.pending is not None and question.pending.slot == "causal"
    assert "dentro de plazo" in preview.text and stored.stored
    derived, answered = requests(dispatcher)
    assert (derived.status, derived.derived_to, derived.closed_on) == \
        ("derivada", "Servicio de Impuestos Internos", date(2026, 12, 2))
    assert (answered.folio, answered.status, answered.outcome) == ("SAI-2026-0001", "respondida", "denegada")
    assert "21" in (answered.causal or "")
    [closed] = say(dispatcher, staff, "prorroga la MU042T0000815")
    assert "ya está derivada" in closed.text


def test_third_parties_get_their_notice_and_opposition_window(dispatcher: Dispatcher, staff: Actor,
                                                              clock: Clock) -> None:
    say(dispatcher, staff, CAMILA, "sí")
    clock.at(2026, 12, 3)
    [preview] = say(dispatcher, staff, "notificamos a los terceros de la solicitud de Camila Rojas: Empresa Aseo Sur")
    assert "pueden oponerse hasta el miércoles 9 de diciembre" in preview.text  # 8 December is a holiday
    say(dispatcher, staff, "sí", "el tercero no se opuso en la MU042T0000815", "sí")
    [request] = requests(dispatcher)
    assert (request.notified_on, request.opposition_until, request.opposed, request.status) == \
        (date(2026, 12, 3), date(2026, 12, 9), False, "en_analisis")


def test_a_correction_waits_five_days_and_restarts_the_count(dispatcher: Dispatcher, staff: Actor,
                                                             clock: Clock) -> None:
    say(dispatcher, staff, CAMILA, "sí", "hay que pedir subsanación a la solicitud de Camila Rojas", "sí")
    assert requests(dispatcher)[0].correction_until == date(2026, 12, 10)
    clock.at(2026, 12, 9)
    say(dispatcher, staff, "Camila Rojas subsanó la solicitud de transparencia", "sí")
    [request] = requests(dispatcher)
    assert (request.status, request.counted_from, request.due_on) == ("en_analisis", date(2026, 12, 9),
                                                                       date(2027, 1, 8))


def test_lists_by_deadline_and_by_unit(dispatcher: Dispatcher, staff: Actor, clock: Clock) -> None:
    say(dispatcher, staff, CAMILA, "sí")
    clock.at(2026, 12, 28)
    [soon] = say(dispatcher, staff, "cuáles solicitudes de transparencia están por vencer")
    assert "MU042T0000815" in soon.text and "4 días hábiles" in soon.text
    clock.at(2027, 1, 6)
    [overdue, of_aseo, of_obras] = say(dispatcher, staff, "solicitudes de transparencia vencidas",
                                       "solicitudes de transparencia pendientes de Aseo",
                                       "solicitudes de transparencia de Obras")
    assert "VENCIDA hace 2 días hábiles" in overdue.text
    assert "MU042T0000815" in of_aseo.text
    assert "ninguna" in of_obras.text


def test_an_answer_asks_how_it_ended_and_reads_the_words_staff_type(dispatcher: Dispatcher, staff: Actor) -> None:
    say(dispatcher, staff, CAMILA, "sí")
    outcome, causal, preview, stored = say(dispatcher, staff, "se respondió la solicitud MU042T0000815", "parcial",
                                           "art. 21 n° 1 letra c", "sí")
    assert outcome.pending is not None and outcome.pending.slot == "outcome"
    assert causal.pending is not None and causal.pending.slot == "causal"
    assert "entregada parcialmente" in preview.text and stored.stored
    [request] = requests(dispatcher)
    assert (request.status, request.outcome, request.closed_on) == ("respondida", "entregada_parcialmente",
                                                                     date(2026, 12, 2))
