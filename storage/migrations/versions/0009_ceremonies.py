"""the municipality's own ceremonies, their guests, and the photo archive

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 09:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ceremony",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("day", sa.Date(), nullable=False, index=True),
        sa.Column("start_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id"), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "ceremony_guest",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ceremony_id", sa.Integer(), sa.ForeignKey("ceremony.id"), nullable=False, index=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contact.id"), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("treatment", sa.String(50), nullable=True),
        sa.Column("post", sa.String(300), nullable=True),
        sa.Column("institution", sa.String(300), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("invited_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("invited_how", sa.String(100), nullable=True),
        sa.Column("representative", sa.String(200), nullable=True),
        sa.Column("answered_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_id", sa.String(200), nullable=False),
        sa.Column("file_unique_id", sa.String(100), nullable=False, index=True),
        sa.Column("path", sa.String(500), nullable=True),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("sender_id", sa.BigInteger(), nullable=True),
        sa.Column("received_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("ceremony_id", sa.Integer(), sa.ForeignKey("ceremony.id"), nullable=True, index=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id"), nullable=True, index=True),
        sa.Column("invitation_id", sa.Integer(), sa.ForeignKey("invitation.id"), nullable=True, index=True),
        sa.Column("deleted_at", UTCDateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("photo")
    op.drop_table("ceremony_guest")
    op.drop_table("ceremony")
