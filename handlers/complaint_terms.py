"""The words staff use for a complaint's status and department, and why a complaint was routed.

Routing words come from the configured departments (settings/departments.toml or config.toml):
matched on whole words without case or accents, a trailing "*" matching any ending, as the
parser does, so the preview can show the words that decided the department.
"""

from __future__ import annotations

import re

from settings import Department, Settings
from storage.folding import fold
from storage.models import ComplaintStatus

STATUS_NAMES = {ComplaintStatus.NEW: "nuevo", ComplaintStatus.IN_PROGRESS: "en curso",
                ComplaintStatus.RESOLVED: "resuelto", ComplaintStatus.REJECTED: "rechazado"}
PENDING, OVERDUE, CLOSED = "pending", "overdue", "closed"
_STATUS_WORDS = {
    ComplaintStatus.NEW: ("new", "nuevo", "nuevos", "nueva", "nuevas", "recibido", "ingresado"),
    ComplaintStatus.IN_PROGRESS: ("in progress", "en curso", "en proceso", "en progreso", "en tramite",
                                  "en revision", "en ejecucion", "tomado", "asignado"),
    ComplaintStatus.RESOLVED: ("resolved", "resuelto", "resueltos", "resuelta", "resueltas", "solucionado",
                               "solucionada", "listo", "terminado", "atendido", "cerrado"),
    ComplaintStatus.REJECTED: ("rejected", "rechazado", "rechazados", "rechazada", "rechazadas", "descartado",
                               "no corresponde", "improcedente"),
}
_LIST_WORDS = {
    PENDING: ("pending", "open", "pendiente", "pendientes", "abierto", "abiertos", "sin resolver", "en espera"),
    OVERDUE: ("overdue", "vencido", "vencidos", "vencida", "vencidas", "atrasado", "atrasados", "fuera de plazo"),
    CLOSED: ("closed", "cerrados", "cerradas", "finalizados"),
}
_DEPARTMENT_NOISE = {"es", "de", "del", "la", "el", "a", "al", "para", "departamento", "depto", "direccion",
                     "unidad", "oficina", "area", "seccion", "municipal", "municipales"}


def _find(words: dict[str, tuple[str, ...]], text: str | None) -> str | None:
    folded = fold(text)
    for code, phrases in words.items():
        if folded in phrases:
            return code
    for code, phrases in words.items():
        if any(re.search(rf"\b{re.escape(phrase)}\b", folded) for phrase in phrases):
            return code
    return None


def status_name(status: str) -> str:
    """The Spanish word for a stored status ("in_progress" → "en curso")."""
    return STATUS_NAMES.get(status, status)


def status_to_set(text: str | None) -> ComplaintStatus | None:
    """A status a complaint can be moved to ("resuelto", "en curso", "in_progress")."""
    code = _find(_STATUS_WORDS, text)
    return ComplaintStatus(code) if code else None


def status_filter(text: str | None) -> str | None:
    """A status or list to query: one of ComplaintStatus, or `pending`, `overdue`, `closed`."""
    return _find(_LIST_WORDS, text) or _find(_STATUS_WORDS, text)


def resolve_departments(settings: Settings, text: str | None) -> list[Department]:
    """The departments a code or name given by a person may mean ("obras", "es de obras", "DIDECO")."""
    folded = fold(text)
    if not folded:
        return []
    exact = [d for d in settings.departments if folded.replace(" ", "_") == d.code or folded == fold(d.name)]
    if exact:
        return exact
    wanted = set(folded.split()) - _DEPARTMENT_NOISE
    if not wanted:
        return []
    return [d for d in settings.departments
            if wanted <= set(fold(d.name).split()) | set(d.code.split("_"))]


def _pattern(word: str) -> re.Pattern[str]:
    stem = fold(word.rstrip("*"))
    ending = r"[a-z0-9]*" if word.endswith("*") else ""
    return re.compile(rf"(?<![a-z0-9]){re.escape(stem)}{ending}(?![a-z0-9])")


def routing_words(department: Department, text: str) -> list[str]:
    """The words of `text` that send a complaint to `department`, as the person wrote them (folded)."""
    folded = fold(text)
    found: list[str] = []
    for word in department.words:
        match = _pattern(word).search(folded)
        if match and match.group(0) not in found:
            found.append(match.group(0))
    return found


def route(settings: Settings, text: str) -> Department | None:
    """The department whose routing words the text uses most (the first configured one on a tie)."""
    counts = [(len(routing_words(department, text)), -position, department)
              for position, department in enumerate(settings.departments)]
    best = max(counts, key=lambda item: item[:2], default=None)
    return best[2] if best and best[0] else None
