"""dialogue memory: the records and list a conversation is about

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:40:00.000000

One row per conversation (the same key as `pending_action`): what it is talking about, so
«recházala», «la segunda» or «¿y el viernes?» resolve after a restart too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dialogue_focus",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("dialogue_focus")
