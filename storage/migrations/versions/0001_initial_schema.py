"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:27:31.552858
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("undone_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=50), nullable=True),
        sa.Column("citizen", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("closed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_department"), ["department"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_ticket"), ["ticket"], unique=True)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("treatment", sa.String(length=50), nullable=True),
        sa.Column("role", sa.String(length=300), nullable=True),
        sa.Column("institution", sa.String(length=300), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("precedence", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("assistant_name", sa.String(length=200), nullable=True),
        sa.Column("assistant_phone", sa.String(length=40), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("for_day", sa.Date(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "chat_id", "item_key", name="uq_delivery_once"),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_for_day"), ["for_day"], unique=False)

    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organizer", sa.String(length=300), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("end_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("received_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("delegate", sa.String(length=300), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("deleted_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitation_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitation_status"), ["status"], unique=False)

    op.create_table(
        "pending_action",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "processed_key",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "staff_member",
        sa.Column("telegram_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("telegram_id"),
    )
    op.create_table(
        "ticket_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "complaint_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("status_from", sa.String(length=20), nullable=True),
        sa.Column("status_to", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("complaint_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_change_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "efemeride",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day_of_month", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("greeting", sa.Text(), nullable=True),
        sa.Column("greeted_year", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("efemeride", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_efemeride_month"), ["month"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("end_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("invitation_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["invitation_id"],
            ["invitation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_invitation_id"), ["invitation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_start_at"), ["start_at"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_start_at"))
        batch_op.drop_index(batch_op.f("ix_event_invitation_id"))
        batch_op.drop_index(batch_op.f("ix_event_day"))

    op.drop_table("event")
    with op.batch_alter_table("efemeride", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_efemeride_month"))

    op.drop_table("efemeride")
    with op.batch_alter_table("complaint_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_change_complaint_id"))

    op.drop_table("complaint_change")
    op.drop_table("ticket_counter")
    op.drop_table("staff_member")
    op.drop_table("processed_key")
    op.drop_table("pending_action")
    with op.batch_alter_table("invitation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitation_status"))
        batch_op.drop_index(batch_op.f("ix_invitation_day"))

    op.drop_table("invitation")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_for_day"))

    op.drop_table("delivery")
    op.drop_table("contact")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_ticket"))
        batch_op.drop_index(batch_op.f("ix_complaint_status"))
        batch_op.drop_index(batch_op.f("ix_complaint_due_date"))
        batch_op.drop_index(batch_op.f("ix_complaint_department"))
        batch_op.drop_index(batch_op.f("ix_complaint_created_at"))

    op.drop_table("complaint")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_actor_id"))

    op.drop_table("audit_entry")
