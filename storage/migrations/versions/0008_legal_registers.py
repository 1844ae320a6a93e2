"""transparency requests (Ley 20.285) and Lobby audiences (Ley 20.730)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:40:00.000000

Reserved in the revision chain so that work on several capabilities can proceed at once; it changes
nothing until its capability fills it in.
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
