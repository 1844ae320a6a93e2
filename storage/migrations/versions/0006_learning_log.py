"""learn from use: messages that were misunderstood, kept for a while

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 09:40:00.000000

Reserved in the revision chain so that work on several capabilities can proceed at once; it changes
nothing until its capability fills it in.
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
