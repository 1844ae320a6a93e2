"""The municipality's own ceremonies, their guests from the protocol list, and the photo archive.

A ceremony is also an activity on the mayor's agenda (`event_id`), so the agenda and the briefing show
it without knowing about ceremonies. Guests keep the post and institution they were invited with, so
the precedence list and the protocol greeting read as they did that day even if the contact changes.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, String
from sqlmodel import Field, SQLModel

from storage.audit import undoable
from storage.models import _instant, _text


class GuestStatus(StrEnum):
    """One name for each answer, in chat, Excel and code."""

    LISTED = "listed"            # on the list, invitation not yet sent
    INVITED = "invited"          # invitation sent, no answer yet
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    REPRESENTED = "represented"  # sends someone in their place
    ATTENDED = "attended"

    @property
    def present(self) -> bool:
        """Counts for the precedence list and the greeting (a represented guest, through the representative)."""
        return self in (GuestStatus.CONFIRMED, GuestStatus.REPRESENTED, GuestStatus.ATTENDED)

    @property
    def answered(self) -> bool:
        return self not in (GuestStatus.LISTED, GuestStatus.INVITED)


GUEST_STATUS_NAMES = {
    GuestStatus.LISTED: "en la lista", GuestStatus.INVITED: "invitado, sin respuesta",
    GuestStatus.CONFIRMED: "confirmado", GuestStatus.DECLINED: "excusado", GuestStatus.REPRESENTED: "representado",
    GuestStatus.ATTENDED: "asistió",
}


@undoable("ceremony")
class Ceremony(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=String(500))
    day: date = Field(index=True)
    start_at: datetime | None = _instant()
    place: str | None = Field(default=None, sa_type=String(300))
    event_id: int | None = Field(default=None, foreign_key="event.id")
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = _instant(nullable=False)
    deleted_at: datetime | None = _instant()


@undoable("ceremony_guest")
class CeremonyGuest(SQLModel, table=True):
    __tablename__ = "ceremony_guest"
    id: int | None = Field(default=None, primary_key=True)
    ceremony_id: int = Field(foreign_key="ceremony.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    name: str = Field(sa_type=String(200))
    treatment: str | None = Field(default=None, sa_type=String(50))
    post: str | None = Field(default=None, sa_type=String(300))
    institution: str | None = Field(default=None, sa_type=String(300))
    status: str = Field(default=GuestStatus.LISTED, sa_type=String(20))
    invited_at: datetime | None = _instant()
    invited_how: str | None = Field(default=None, sa_type=String(100))
    representative: str | None = Field(default=None, sa_type=String(200))
    answered_at: datetime | None = _instant()
    deleted_at: datetime | None = _instant()


@undoable("photo")
class Photo(SQLModel, table=True):
    """A photo sent to the bot: Telegram's file id (to send it back), a local copy, and what it shows."""

    id: int | None = Field(default=None, primary_key=True)
    file_id: str = Field(sa_type=String(200))
    file_unique_id: str = Field(sa_type=String(100), index=True)
    path: str | None = Field(default=None, sa_type=String(500))
    caption: str | None = _text()
    sender_id: int | None = Field(default=None, sa_type=BigInteger)
    received_at: datetime = _instant(nullable=False)
    ceremony_id: int | None = Field(default=None, foreign_key="ceremony.id", index=True)
    event_id: int | None = Field(default=None, foreign_key="event.id", index=True)
    invitation_id: int | None = Field(default=None, foreign_key="invitation.id", index=True)
    deleted_at: datetime | None = _instant()
