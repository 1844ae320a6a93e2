"""The legal registers the cabinet answers for, as tables: transparency requests (Ley 20.285) and the
Lobby register (Ley 20.730: audiences, trips, gifts).

Dates the law counts are `date`s (a deadline is a day, not an instant); who did what and when is in
the audit trail, and each transparency step is also kept as a row so a request's history reads at
once. Every record is soft-deleted (`deleted_at`), so «deshacer» can take a registration back.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, Column, String, Text
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime


def _instant(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable))


def _text() -> Any:
    return Field(default=None, sa_column=Column(Text, nullable=True))


class TransparencyStatus(StrEnum):
    RECEIVED = "recibida"
    ANALYSIS = "en_analisis"
    CORRECTION = "en_subsanacion"
    """Art. 12: the requester was asked to correct the request and has days to do it."""
    EXTENDED = "prorrogada"
    THIRD_PARTIES = "notificacion_terceros"
    ANSWERED = "respondida"
    DERIVED = "derivada"
    WITHDRAWN = "desistida"
    INADMISSIBLE = "inadmisible"

    @property
    def is_open(self) -> bool:
        return self not in CLOSED


CLOSED = frozenset({TransparencyStatus.ANSWERED, TransparencyStatus.DERIVED, TransparencyStatus.WITHDRAWN,
                    TransparencyStatus.INADMISSIBLE})
OPEN_STATUSES = tuple(status for status in TransparencyStatus if status not in CLOSED)


class Outcome(StrEnum):
    """How an answered request ended, as the transparency officer reports it."""

    DELIVERED = "entregada"
    PARTIAL = "entregada_parcialmente"
    DENIED = "denegada"
    NONEXISTENT = "inexistente"


class Channel(StrEnum):
    PORTAL = "portal"
    IN_PERSON = "presencial"
    EMAIL = "correo"
    LETTER = "carta"


class TransparencyRequest(SQLModel, table=True):
    """One access-to-information request and where it stands against its deadline."""

    __tablename__ = "transparency_request"
    id: int | None = Field(default=None, primary_key=True)
    folio: str = Field(sa_type=String(40), index=True)
    requester: str = Field(sa_type=String(300))
    channel: str = Field(default=Channel.PORTAL, sa_type=String(20))
    subject: str = Field(sa_type=Text)
    department: str | None = Field(default=None, sa_type=String(50), index=True)
    third_parties: str | None = _text()
    received_on: date = Field(index=True)
    counted_from: date
    """The working day the count starts after: the receipt (moved to a working day) or a correction."""
    due_on: date = Field(index=True)
    status: str = Field(default=TransparencyStatus.RECEIVED, sa_type=String(30), index=True)
    extended_on: date | None = None
    outcome: str | None = Field(default=None, sa_type=String(30))
    causal: str | None = _text()
    """Art. 21 ground of a denial (numeral and words), as the resolution states it."""
    derived_to: str | None = Field(default=None, sa_type=String(300))
    notified_on: date | None = None
    opposition_until: date | None = None
    opposed: bool | None = None
    correction_until: date | None = None
    closed_on: date | None = None
    created_at: datetime = _instant(nullable=False)
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime | None = _instant()


class TransparencyStep(SQLModel, table=True):
    """One change of a request's state, with who made it and the words that explain it."""

    __tablename__ = "transparency_step"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="transparency_request.id", index=True)
    day: date
    at: datetime = _instant(nullable=False)
    actor_id: int | None = Field(default=None, sa_type=BigInteger)
    status_from: str | None = Field(default=None, sa_type=String(30))
    status_to: str = Field(sa_type=String(30))
    note: str | None = _text()
    deleted_at: datetime | None = _instant()


class AudienceStatus(StrEnum):
    REQUESTED = "solicitada"
    ACCEPTED = "aceptada"
    DECLINED = "rechazada"
    HELD = "realizada"


class Audience(SQLModel, table=True):
    """A request for an audience with the mayor (a sujeto pasivo), its answer, and the meeting as registered."""

    __tablename__ = "lobby_audience"
    id: int | None = Field(default=None, primary_key=True)
    applicant: str = Field(sa_type=String(300))
    applicant_role: str = Field(default="lobbista", sa_type=String(20))
    """lobbista (paid to lobby) or gestor (gestor de intereses particulares, unpaid)."""
    applicant_kind: str = Field(default="persona", sa_type=String(20))
    """persona (natural) or entidad (a company, foundation, association: persona jurídica)."""
    represented: str | None = Field(default=None, sa_type=String(300))
    subject: str = Field(sa_type=Text)
    received_on: date = Field(index=True)
    due_on: date = Field(index=True)
    status: str = Field(default=AudienceStatus.REQUESTED, sa_type=String(20), index=True)
    answered_on: date | None = None
    event_id: int | None = Field(default=None, foreign_key="event.id")
    held_on: date | None = Field(default=None, index=True)
    place: str | None = Field(default=None, sa_type=String(300))
    duration_minutes: int | None = None
    modality: str | None = Field(default=None, sa_type=String(20))
    attendees: str | None = _text()
    paid: bool | None = None
    matter: str | None = _text()
    created_at: datetime = _instant(nullable=False)
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime | None = _instant()


class Travel(SQLModel, table=True):
    """A trip of the mayor in office, as the Lobby register publishes it."""

    __tablename__ = "lobby_travel"
    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    destination: str = Field(sa_type=String(300))
    purpose: str = Field(sa_type=Text)
    cost: int | None = None
    """Pesos, whole."""
    paid_by: str | None = Field(default=None, sa_type=String(300))
    created_at: datetime = _instant(nullable=False)
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime | None = _instant()


class Gift(SQLModel, table=True):
    """A gift (donativo oficial o protocolar) the mayor received."""

    __tablename__ = "lobby_gift"
    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    what: str = Field(sa_type=Text)
    occasion: str | None = _text()
    donor: str = Field(sa_type=String(300))
    created_at: datetime = _instant(nullable=False)
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime | None = _instant()
