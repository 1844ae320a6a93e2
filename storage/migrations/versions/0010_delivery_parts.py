"""scheduled messages: how many of a reply's messages arrived before a failed try

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 12:30:00.000000

A briefing longer than one Telegram message goes out as several; when a later one fails, the retry
starts after those that arrived instead of repeating them in the mayor's chat.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.add_column(sa.Column("parts_sent", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("parts_sent")
