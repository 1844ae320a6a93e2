"""dialogue memory: the records and list a conversation is about

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:40:00.000000

Reserved in the revision chain so that work on several capabilities can proceed at once; it changes
nothing until its capability fills it in.
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
