"""the agenda as an iCalendar feed: per-person secret tokens

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:40:00.000000

Reserved in the revision chain so that work on several capabilities can proceed at once; it changes
nothing until its capability fills it in.
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
