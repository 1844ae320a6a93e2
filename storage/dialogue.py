"""The table that holds each conversation's focus: what it is talking about, kept across restarts.

Beside `pending_action` (the step the dialogue waits for), one row per conversation key holds the
records and the list last shown and the last question answered, as JSON, with the time it was
last touched: a focus older than `dialogue.focus_hours` is forgotten when read.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, String
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime


class DialogueFocus(SQLModel, table=True):
    __tablename__ = "dialogue_focus"
    key: str = Field(primary_key=True, sa_type=String(100))
    payload: dict = Field(sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
