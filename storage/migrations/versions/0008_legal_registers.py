"""transparency requests (Ley 20.285) and Lobby audiences (Ley 20.730)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:40:00.000000

New tables only (see storage/legal.py): a transparency request and its steps, and the Lobby
register's audiences, trips and gifts. It touches no earlier table but `event`, which an accepted
audience points at.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _record() -> list[sa.Column]:
    """Who registered it and when, and its soft deletion: every legal record has them."""
    return [sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("created_by", sa.BigInteger(), nullable=True),
            sa.Column("deleted_at", UTCDateTime(), nullable=True)]


def upgrade() -> None:
    op.create_table(
        "transparency_request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folio", sa.String(40), nullable=False),
        sa.Column("requester", sa.String(300), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("department", sa.String(50), nullable=True),
        sa.Column("third_parties", sa.Text(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("counted_from", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(30), nullable=True),
        sa.Column("causal", sa.Text(), nullable=True),
        sa.Column("derived_to", sa.String(300), nullable=True),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("opposition_until", sa.Date(), nullable=True),
        sa.Column("opposed", sa.Boolean(), nullable=True),
        sa.Column("correction_until", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        *_record(),
    )
    for column in ("folio", "department", "received_on", "due_on", "status"):
        op.create_index(f"ix_transparency_request_{column}", "transparency_request", [column])
    op.create_table(
        "transparency_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("transparency_request.id"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("status_from", sa.String(30), nullable=True),
        sa.Column("status_to", sa.String(30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_transparency_step_request_id", "transparency_step", ["request_id"])
    op.create_table(
        "lobby_audience",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("applicant", sa.String(300), nullable=False),
        sa.Column("applicant_role", sa.String(20), nullable=False),
        sa.Column("applicant_kind", sa.String(20), nullable=False),
        sa.Column("represented", sa.String(300), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id"), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("modality", sa.String(20), nullable=True),
        sa.Column("attendees", sa.Text(), nullable=True),
        sa.Column("paid", sa.Boolean(), nullable=True),
        sa.Column("matter", sa.Text(), nullable=True),
        *_record(),
    )
    for column in ("received_on", "due_on", "status", "held_on"):
        op.create_index(f"ix_lobby_audience_{column}", "lobby_audience", [column])
    op.create_table(
        "lobby_travel",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("destination", sa.String(300), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=True),
        sa.Column("paid_by", sa.String(300), nullable=True),
        *_record(),
    )
    op.create_index("ix_lobby_travel_day", "lobby_travel", ["day"])
    op.create_table(
        "lobby_gift",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("occasion", sa.Text(), nullable=True),
        sa.Column("donor", sa.String(300), nullable=False),
        *_record(),
    )
    op.create_index("ix_lobby_gift_day", "lobby_gift", ["day"])


def downgrade() -> None:
    op.drop_index("ix_lobby_gift_day", table_name="lobby_gift")
    op.drop_table("lobby_gift")
    op.drop_index("ix_lobby_travel_day", table_name="lobby_travel")
    op.drop_table("lobby_travel")
    for column in ("received_on", "due_on", "status", "held_on"):
        op.drop_index(f"ix_lobby_audience_{column}", table_name="lobby_audience")
    op.drop_table("lobby_audience")
    op.drop_index("ix_transparency_step_request_id", table_name="transparency_step")
    op.drop_table("transparency_step")
    for column in ("folio", "department", "received_on", "due_on", "status"):
        op.drop_index(f"ix_transparency_request_{column}", table_name="transparency_request")
    op.drop_table("transparency_request")
