"""The words staff use for a complaint's status and department, and why a complaint was routed.

Routing words come from the configured departments (settings/departments.toml or config.toml); the
department is the parser's router's (`nlu.routing`), and the words of it that the text holds are
matched on whole words without case or accents, a trailing "*" matching any ending, so the preview
can show the words that decided the department.
"""

from __future__ import annotations

import re

from nlu import DepartmentRoute
from nlu.routing import acronym, router
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
VAGUE_WORDS = frozenset((
    # what every complaint is, said without saying what happened
    "problema", "problemas", "problemita", "caso", "casos", "algo", "situacion", "situaciones", "tema", "temas",
    "asunto", "asuntos", "cosa", "cosas", "reclamo", "reclamos", "queja", "quejas", "solicitud", "solicitudes",
    "requerimiento", "requerimientos", "consulta", "consultas", "inconveniente", "inconvenientes", "dificultad",
    "dificultades", "lio", "rollo", "drama", "ayuda", "favor", "grave", "serio", "urgente", "pequeno", "grande",
    "gran", "nuevo", "nueva", "otro", "otra", "mismo", "misma",
    # who has it
    "vecino", "vecina", "vecinos", "vecinas", "persona", "personas", "senor", "senora", "sr", "sra", "don", "dona",
    "familia", "residente", "pobladora", "poblador", "caballero", "dama", "joven", "abuelito", "abuelita",
    # the small words around them
    "hay", "tiene", "tienen", "tengo", "tenemos", "trae", "traen", "llego", "llegaron", "vino", "viene", "paso",
    "pasa", "esta", "estan", "es", "son", "un", "una", "unos", "unas", "el", "la", "los", "las", "lo", "le", "les",
    "me", "nos", "se", "su", "sus", "mi", "mis", "con", "de", "del", "al", "a", "en", "por", "para", "que", "y", "o",
    "este", "ese", "esa", "aqui", "aca", "ahi", "muy", "poco", "medio", "bien", "acerca", "sobre", "respecto",
    "llamo", "escribio", "aviso", "cuenta", "dice", "quiere", "necesita", "pide", "contar",
    # how to reach whoever has it
    "fono", "telefono", "celular", "cel", "numero", "whatsapp", "contacto", "correo", "mail",
))
"""Words that say there is a complaint without saying what happened («hay un vecino con un problema»): a
description made only of them gets the question «¿Qué pasó?» instead of a proposal."""
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


def vague(description: str | None, *told: str | None) -> bool:
    """Whether a description says nothing beyond the words in `VAGUE_WORDS` once the resident's name and
    address given beside it (`told`) are taken out: "pasaje Los Aromos 12 tiene un problema" is still vague."""
    text = f" {fold(description)} "
    for part in told:
        if part and fold(part).strip():
            text = text.replace(f" {fold(part).strip()} ", " ")
    words = re.findall(r"[a-z]+", text)
    return all(word in VAGUE_WORDS for word in words)


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


ARTICLE = re.compile(r"^(?:el|la|los|las)\s+")
"""«la dom»: the article a unit is named with."""


def resolve_departments(settings: Settings, text: str | None) -> list[Department]:
    """The departments a code, name or acronym given by a person may mean ("obras", "es de obras", "DIDECO", "la
    dom")."""
    folded = fold(text)
    if not folded:
        return []
    exact = [d for d in settings.departments if folded.replace(" ", "_") == d.code or folded == fold(d.name)
             or ARTICLE.sub("", folded) == acronym(d.name)]
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
    """The department the parser's rule routes the text to: the first routing word that says what happened, a
    landmark («frente a la escuela») never; not the department with most words («perros sueltos, basura y
    escombros» is about the dogs)."""
    found = router(DepartmentRoute(d.code, tuple(d.words), d.name) for d in settings.departments).route(fold(text))
    return next((d for d in settings.departments if found and d.code == found[0]), None)
