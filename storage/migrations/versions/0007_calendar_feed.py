"""the agenda as an iCalendar feed: per-person secret tokens

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:40:00.000000

Each row is one person's feed address; only a SHA-256 of the secret is kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_feed_token",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_calendar_feed_token_telegram_id", "calendar_feed_token", ["telegram_id"])


def downgrade() -> None:
    op.drop_index("ix_calendar_feed_token_telegram_id", table_name="calendar_feed_token")
    op.drop_table("calendar_feed_token")
