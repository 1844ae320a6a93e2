"""the municipality's own ceremonies, their guests, and the photo archive

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 09:40:00.000000

Reserved in the revision chain so that work on several capabilities can proceed at once; it changes
nothing until its capability fills it in.
"""

from __future__ import annotations

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
