"""The office's records as SQLModel tables.

Instants are `UTCDateTime` (aware, UTC); a day without a time is a `date`. Records that may be
needed again (invitations, events, complaints, contacts, efemérides) are soft-deleted with `deleted_at`.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DELEGATED = "delegated"


class ComplaintStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REJECTED = "rejected"

    @property
    def is_open(self) -> bool:
        return self in (ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS)


class ContactLevel(StrEnum):
    COMUNAL = "comunal"
    REGIONAL = "regional"
    NACIONAL = "nacional"


def _instant(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def _text(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(Text, nullable=nullable))


class StaffMemberRecord(SQLModel, table=True):
    """Staff added at run time with /autorizar; the config file's staff list is merged over it."""

    __tablename__ = "staff_member"
    telegram_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    name: str = Field(sa_type=String(200))
    role: str = Field(sa_type=String(20))
    active: bool = True
    updated_at: datetime = _instant(nullable=False)


class Invitation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organizer: str | None = Field(default=None, sa_type=String(300))
    title: str = Field(sa_type=String(500))
    day: date | None = Field(default=None, index=True)
    start_at: datetime | None = _instant()
    end_at: datetime | None = _instant()
    place: str | None = Field(default=None, sa_type=String(300))
    received_at: datetime = _instant(nullable=False)
    status: str = Field(default=InvitationStatus.PENDING, sa_type=String(20), index=True)
    delegate: str | None = Field(default=None, sa_type=String(300))
    answered_at: datetime | None = _instant()
    notes: str | None = _text()
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    deleted_at: datetime | None = _instant()


class Event(SQLModel, table=True):
    """An activity on the mayor's agenda; `start_at` None means all day on `day`."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=String(500))
    day: date = Field(index=True)
    start_at: datetime | None = _instant(index=True)
    end_at: datetime | None = _instant()
    place: str | None = Field(default=None, sa_type=String(300))
    invitation_id: int | None = Field(default=None, foreign_key="invitation.id", index=True)
    notes: str | None = _text()
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = _instant(nullable=False)
    deleted_at: datetime | None = _instant()
    cancelled_at: datetime | None = _instant()
    """Suspended in words ("se suspende la reunión"): off the agenda, kept so the briefing and feeds can say so."""
    sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    """Bumped on every change after creation, as iCalendar's SEQUENCE: subscribers replace their copy."""
    updated_at: datetime | None = _instant()


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(200))
    treatment: str | None = Field(default=None, sa_type=String(50))
    role: str | None = Field(default=None, sa_type=String(300))
    institution: str | None = Field(default=None, sa_type=String(300))
    level: str | None = Field(default=None, sa_type=String(20))
    precedence: int | None = None
    phone: str | None = Field(default=None, sa_type=String(40))
    email: str | None = Field(default=None, sa_type=String(200))
    assistant_name: str | None = Field(default=None, sa_type=String(200))
    assistant_phone: str | None = Field(default=None, sa_type=String(40))
    address: str | None = Field(default=None, sa_type=String(300))
    birthday: date | None = None
    notes: str | None = _text()
    search_text: str = Field(default="", sa_type=Text)
    updated_at: datetime = _instant(nullable=False)
    deleted_at: datetime | None = _instant()


class TicketCounter(SQLModel, table=True):
    """The last complaint number given in a year: tickets are R-<year>-<sequence>."""

    __tablename__ = "ticket_counter"
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last: int = 0


class Complaint(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ticket: str = Field(sa_type=String(20), unique=True, index=True)
    description: str = Field(sa_type=Text)
    department: str | None = Field(default=None, sa_type=String(50), index=True)
    citizen: str | None = Field(default=None, sa_type=String(200))
    phone: str | None = Field(default=None, sa_type=String(40))
    email: str | None = Field(default=None, sa_type=String(200))
    """The resident's e-mail, for an answer in writing («correo psoto@hotmail.com»)."""
    address: str | None = Field(default=None, sa_type=String(300))
    status: str = Field(default=ComplaintStatus.NEW, sa_type=String(20), index=True)
    due_date: date | None = Field(default=None, index=True)
    created_at: datetime = _instant(nullable=False, index=True)
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    closed_at: datetime | None = _instant()
    deleted_at: datetime | None = _instant()
    notes: str | None = _text()
    """Notes added in words ("agrega al reclamo 7: vecina llamó de nuevo"), one per line, dated."""


class ComplaintChange(SQLModel, table=True):
    """One step of a complaint's history: who moved it from which status to which, and why."""

    __tablename__ = "complaint_change"
    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    at: datetime = _instant(nullable=False)
    actor_id: int | None = Field(default=None, sa_type=BigInteger)
    status_from: str | None = Field(default=None, sa_type=String(20))
    status_to: str = Field(sa_type=String(20))
    comment: str | None = _text()


class Efemeride(SQLModel, table=True):
    """A date to remember: yearly (`month`/`day_of_month`) or once (`on_date`)."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=String(300))
    month: int = Field(index=True)
    day_of_month: int
    on_date: date | None = None
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    greeting: str | None = _text()
    greeted_year: int | None = None
    created_at: datetime = _instant(nullable=False)
    deleted_at: datetime | None = _instant()

    @property
    def yearly(self) -> bool:
        return self.on_date is None


class Delivery(SQLModel, table=True):
    """A scheduled message decided for a chat; the unique key is what makes it go exactly once."""

    __table_args__ = (UniqueConstraint("kind", "chat_id", "item_key", name="uq_delivery_once"),)
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_type=String(40))
    chat_id: int = Field(sa_type=BigInteger)
    item_key: str = Field(sa_type=String(100))
    for_day: date = Field(index=True)
    created_at: datetime = _instant(nullable=False)
    sent_at: datetime | None = _instant()
    attempts: int = 0
    parts_sent: int = 0
    """Of a reply sent as several messages, how many arrived before a try failed: a retry sends the rest."""
    last_error: str | None = _text()


class ChatMigration(SQLModel, table=True):
    """A group Telegram turned into a supergroup: what was meant for `old_chat_id` goes to `new_chat_id`.

    Kept so that a restart still reaches a configured group the configuration names by its old id.
    """

    __tablename__ = "chat_migration"
    old_chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    new_chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    migrated_at: datetime = _instant(nullable=False)


class AuditEntry(SQLModel, table=True):
    """Who changed what and when, with the record before and after; `undone_at` marks an undo."""

    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _instant(nullable=False, index=True)
    actor_id: int | None = Field(default=None, sa_type=BigInteger, index=True)
    action: str = Field(sa_type=String(20))
    entity: str = Field(sa_type=String(40))
    entity_id: str | None = Field(default=None, sa_type=String(40))
    before: dict | None = Field(default=None, sa_column=Column(JSON))
    after: dict | None = Field(default=None, sa_column=Column(JSON))
    undone_at: datetime | None = _instant()
    input_id: str | None = Field(default=None, sa_type=String(32), index=True)
    """Shared by the rows one user input wrote (see `storage.audit.INPUT_ID`), so undo takes them back together."""


class PendingAction(SQLModel, table=True):
    """Conversation state kept across restarts: a question asked or a write awaiting confirmation."""

    __tablename__ = "pending_action"
    key: str = Field(primary_key=True, sa_type=String(100))
    payload: dict = Field(sa_column=Column(JSON, nullable=False))
    updated_at: datetime = _instant(nullable=False)


class ProcessedKey(SQLModel, table=True):
    """Idempotency: an input (such as a delivered update) already applied, so a repeat is ignored."""

    __tablename__ = "processed_key"
    key: str = Field(primary_key=True, sa_type=String(100))
    at: datetime = _instant(nullable=False)
