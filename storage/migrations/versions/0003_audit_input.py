"""audit input: the rows one user input wrote share an id, so «deshacer» takes the whole input back

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as table:
        table.add_column(sa.Column("input_id", sa.String(length=32), nullable=True))
        table.create_index("ix_audit_entry_input_id", ["input_id"])


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as table:
        table.drop_index("ix_audit_entry_input_id")
        table.drop_column("input_id")
