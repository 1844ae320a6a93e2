"""The invitations report: each invitation in the range, and how many were answered which way per month."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from openpyxl import Workbook
from sqlalchemy import and_, or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Invitation, InvitationStatus
from storage.xlsx.labels import INVITATION_STATUS
from storage.xlsx.scope import Scope
from storage.xlsx.styles import Column, Kind, Table

STATUSES = (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED, InvitationStatus.DELEGATED,
            InvitationStatus.PENDING)
COLUMNS = (
    Column("N°", 7, Kind.NUMBER), Column("Recibida", 17, Kind.DATETIME), Column("Organizador", 30),
    Column("Actividad", 45), Column("Fecha", 12, Kind.DATE), Column("Inicio", 17, Kind.DATETIME),
    Column("Lugar", 30), Column("Estado", 11), Column("Delegado", 25), Column("Respondida", 17, Kind.DATETIME),
    Column("Notas", 40),
)
SUMMARY_COLUMNS = (
    Column("Mes", 10, Kind.MONTH),
    Column("Aceptadas", 11, Kind.NUMBER), Column("Rechazadas", 12, Kind.NUMBER),
    Column("Delegadas", 11, Kind.NUMBER), Column("Pendientes", 12, Kind.NUMBER), Column("Total", 9, Kind.NUMBER),
)


def write_invitations(workbook: Workbook, session: Session, scope: Scope) -> int:
    summary = Table(workbook, "Resumen", SUMMARY_COLUMNS, scope.zone)
    detail = Table(workbook, "Invitaciones", COLUMNS, scope.zone)
    months: defaultdict[date, Counter[str]] = defaultdict(Counter)
    for invitation in session.exec(_query(scope).execution_options(yield_per=1000)):
        day = activity_day(invitation, scope)
        months[day.replace(day=1)][invitation.status] += 1
        status = INVITATION_STATUS.get(invitation.status, invitation.status)
        detail.append((invitation.id, invitation.received_at, invitation.organizer, invitation.title, day,
                       invitation.start_at, invitation.place, status, invitation.delegate, invitation.answered_at,
                       invitation.notes))
    detail.close()
    total: Counter[str] = Counter()
    for month in sorted(months):
        total.update(months[month])
        summary.append((month, *(months[month][status] for status in STATUSES), sum(months[month].values())))
    summary.append(("Total", *(total[status] for status in STATUSES), sum(total.values())), bold=True)
    summary.close()
    return detail.rows


def activity_day(invitation: Invitation, scope: Scope) -> date:
    """The day of the activity invited to; an invitation without one counts on the day it arrived."""
    if invitation.day is not None:
        return invitation.day
    return scope.local_day(invitation.start_at or invitation.received_at)


def _query(scope: Scope) -> SelectOfScalar[Invitation]:
    dated = and_(col(Invitation.day).is_not(None), scope.days(Invitation.day))
    timed = and_(col(Invitation.day).is_(None), col(Invitation.start_at).is_not(None),
                 scope.instants(Invitation.start_at))
    undated = and_(col(Invitation.day).is_(None), col(Invitation.start_at).is_(None),
                   scope.instants(Invitation.received_at))
    return (select(Invitation).where(col(Invitation.deleted_at).is_(None), or_(dated, timed, undated))
            .order_by(col(Invitation.day), col(Invitation.start_at), col(Invitation.id)))
