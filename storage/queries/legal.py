"""Reads of the legal registers: a transparency request by folio or requester, filtered lists, a month's
requests for the report, and the Lobby register's audiences, trips and gifts of a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, func, select

from storage.legal import (
    OPEN_STATUSES,
    Audience,
    AudienceStatus,
    Gift,
    TransparencyRequest,
    TransparencyStep,
    Travel,
)

_LIVE = col(TransparencyRequest.deleted_at).is_(None)


def request_by_folio(session: Session, folio: str) -> TransparencyRequest | None:
    """Folios are compared without case or spaces: «mu042t0000815» is MU042T0000815."""
    wanted = "".join(folio.split()).upper()
    query = select(TransparencyRequest).where(_LIVE, func.upper(TransparencyRequest.folio) == wanted)
    return session.exec(query).first()


def requests_listed(session: Session, statuses: Sequence[str] = OPEN_STATUSES, department: str | None = None,
                    due_from: date | None = None, due_to: date | None = None, received_from: date | None = None,
                    received_to: date | None = None) -> list[TransparencyRequest]:
    """Live requests matching every filter given, the nearest deadline first."""
    conditions = [_LIVE, col(TransparencyRequest.status).in_(list(statuses))]
    if department:
        conditions.append(TransparencyRequest.department == department)
    if due_from:
        conditions.append(col(TransparencyRequest.due_on) >= due_from)
    if due_to:
        conditions.append(col(TransparencyRequest.due_on) <= due_to)
    if received_from:
        conditions.append(col(TransparencyRequest.received_on) >= received_from)
    if received_to:
        conditions.append(col(TransparencyRequest.received_on) <= received_to)
    query = select(TransparencyRequest).where(*conditions).order_by(col(TransparencyRequest.due_on),
                                                                    col(TransparencyRequest.id))
    return list(session.exec(query).all())


def open_requests(session: Session) -> list[TransparencyRequest]:
    return requests_listed(session)


def request_steps(session: Session, request_id: int) -> list[TransparencyStep]:
    query = (select(TransparencyStep)
             .where(TransparencyStep.request_id == request_id, col(TransparencyStep.deleted_at).is_(None))
             .order_by(col(TransparencyStep.at), col(TransparencyStep.id)))
    return list(session.exec(query).all())


def last_folio_number(session: Session, prefix: str) -> int:
    """The highest sequence among our own folios starting with `prefix` (`SAI-2026-`), 0 when none."""
    folios = session.exec(select(TransparencyRequest.folio)
                          .where(col(TransparencyRequest.folio).startswith(prefix))).all()
    numbers = [int(folio[len(prefix):]) for folio in folios if folio[len(prefix):].isdigit()]
    return max(numbers, default=0)


# --- Lobby ---------------------------------------------------------------------------------------

def audiences_pending(session: Session) -> list[Audience]:
    query = (select(Audience).where(col(Audience.deleted_at).is_(None), Audience.status == AudienceStatus.REQUESTED)
             .order_by(col(Audience.due_on), col(Audience.id)))
    return list(session.exec(query).all())


def audiences_live(session: Session) -> list[Audience]:
    query = select(Audience).where(col(Audience.deleted_at).is_(None)).order_by(col(Audience.received_on).desc(),
                                                                                 col(Audience.id).desc())
    return list(session.exec(query).all())


def audiences_between(session: Session, first: date, last: date) -> list[Audience]:
    """Audiences received or held in the period: the register publishes both the request and the meeting."""
    received = (col(Audience.received_on) >= first) & (col(Audience.received_on) <= last)
    held = (col(Audience.held_on) >= first) & (col(Audience.held_on) <= last)
    query = (select(Audience).where(col(Audience.deleted_at).is_(None), received | held)
             .order_by(col(Audience.received_on), col(Audience.id)))
    return list(session.exec(query).all())


def travels_between(session: Session, first: date, last: date) -> list[Travel]:
    query = (select(Travel).where(col(Travel.deleted_at).is_(None), col(Travel.day) >= first, col(Travel.day) <= last)
             .order_by(col(Travel.day), col(Travel.id)))
    return list(session.exec(query).all())


def gifts_between(session: Session, first: date, last: date) -> list[Gift]:
    query = (select(Gift).where(col(Gift.deleted_at).is_(None), col(Gift.day) >= first, col(Gift.day) <= last)
             .order_by(col(Gift.day), col(Gift.id)))
    return list(session.exec(query).all())
