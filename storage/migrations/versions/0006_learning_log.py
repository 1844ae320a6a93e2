"""learn from use: messages that were misunderstood, kept for a while

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:40:00.000000

One row per message that ended in a fallback, a «no» or «cancelar» after its preview, or a correction
(`storage/learning.py`); rows past `learning.retention_days` are deleted as new ones come.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learning_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("understood", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("followed_by", sa.Text(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_learning_log_conversation", "learning_log", ["conversation"])
    op.create_index("ix_learning_log_created_at", "learning_log", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_learning_log_created_at", table_name="learning_log")
    op.drop_index("ix_learning_log_conversation", table_name="learning_log")
    op.drop_table("learning_log")
