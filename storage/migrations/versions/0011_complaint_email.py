"""complaint email: the resident's e-mail, kept with the complaint

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 22:30:00.000000

A resident who leaves an e-mail («reclamo de Pedro Soto, correo psoto@hotmail.com, por …») expects the answer
there; it was cut into the description before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("email", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("email")
