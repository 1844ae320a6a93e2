"""changes in words: cancelled activities and their edit sequence, notes on complaints

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:40:00.000000

An activity suspended in words keeps its row with `cancelled_at` (the briefing and the calendar feed say it
was cancelled); `sequence` and `updated_at` let calendar subscribers replace their copy after each change.
A complaint keeps the notes added to it in `notes`, so undo takes a note back with the audit row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as table:
        table.add_column(sa.Column("cancelled_at", storage.types.UTCDateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("sequence", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("complaint") as table:
        table.add_column(sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaint") as table:
        table.drop_column("notes")
    with op.batch_alter_table("event") as table:
        table.drop_column("updated_at")
        table.drop_column("sequence")
        table.drop_column("cancelled_at")
