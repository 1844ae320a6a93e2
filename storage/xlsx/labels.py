"""The Spanish words a sheet shows for stored codes, and back (imports read them as typed)."""

from __future__ import annotations

from settings import Settings
from storage.models import ComplaintStatus, ContactLevel, InvitationStatus

INVITATION_STATUS = {
    InvitationStatus.PENDING: "Pendiente",
    InvitationStatus.ACCEPTED: "Aceptada",
    InvitationStatus.DECLINED: "Rechazada",
    InvitationStatus.DELEGATED: "Delegada",
}
COMPLAINT_STATUS = {
    ComplaintStatus.NEW: "Nuevo",
    ComplaintStatus.IN_PROGRESS: "En curso",
    ComplaintStatus.RESOLVED: "Resuelto",
    ComplaintStatus.REJECTED: "Rechazado",
}
LEVELS = {ContactLevel.COMUNAL: "Comunal", ContactLevel.REGIONAL: "Regional", ContactLevel.NACIONAL: "Nacional"}
UNASSIGNED = "Sin asignar"


def department_name(settings: Settings, code: str | None) -> str:
    """The configured name; a code no longer configured is shown as stored rather than hidden."""
    if not code:
        return UNASSIGNED
    department = settings.department(code)
    return department.name if department else code
