"""Per-person secret addresses of the agenda feed (`/calendario/<token>.ics`), issued and revoked by an admin.

Only a SHA-256 of each token is stored: the address is shown once, to the admin who issued it, and a
copy of the database does not open anyone's calendar. One live token per person; issuing a new one
revokes the old, so a leaked address is closed by handing out a fresh one.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import BigInteger, Column, String
from sqlmodel import Field, Session, SQLModel, col, select

from storage.types import UTCDateTime

TOKEN_BYTES = 24
"""192 random bits, 32 URL-safe characters: unguessable, short enough for a phone's address bar."""


class CalendarFeedToken(SQLModel, table=True):
    __tablename__ = "calendar_feed_token"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    name: str = Field(sa_type=String(200))
    token_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    created_by: int | None = Field(default=None, sa_type=BigInteger)
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(session: Session, telegram_id: int, name: str, issued_by: int | None, now: datetime) -> str:
    """A new secret for `telegram_id`; any earlier live one stops working in the same transaction."""
    revoke_tokens(session, telegram_id, now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(CalendarFeedToken(telegram_id=telegram_id, name=name, token_hash=token_digest(token),
                                  created_at=now, created_by=issued_by))
    session.flush()
    return token


def revoke_tokens(session: Session, telegram_id: int, now: datetime) -> int:
    """Close every live address of the person; returns how many there were."""
    live = session.exec(select(CalendarFeedToken).where(CalendarFeedToken.telegram_id == telegram_id,
                                                        col(CalendarFeedToken.revoked_at).is_(None))).all()
    for record in live:
        record.revoked_at = now
        session.add(record)
    return len(live)


def feed_owner(session: Session, token: str) -> CalendarFeedToken | None:
    """The live token record a feed address carries, or None (unknown, revoked or malformed)."""
    if not token or len(token) > 100:
        return None
    return session.exec(select(CalendarFeedToken).where(CalendarFeedToken.token_hash == token_digest(token),
                                                        col(CalendarFeedToken.revoked_at).is_(None))).first()


def live_tokens(session: Session) -> list[CalendarFeedToken]:
    """Who has a working feed address, oldest first (for the admin's `/calendario`)."""
    query = (select(CalendarFeedToken).where(col(CalendarFeedToken.revoked_at).is_(None))
             .order_by(col(CalendarFeedToken.created_at), col(CalendarFeedToken.id)))
    return list(session.exec(query).all())
