"""The few words that steer a conversation rather than ask for something: yes, no, cancel, undo."""

from __future__ import annotations

from enum import StrEnum

from storage.folding import fold


class Control(StrEnum):
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"
    UNDO = "undo"


WORDS: dict[Control, frozenset[str]] = {
    Control.YES: frozenset({"si", "sí", "s", "ok", "okay", "dale", "confirmo", "confirmar", "confirma", "correcto",
                            "de acuerdo", "ya", "listo", "si guardalo", "si guarda", "si por favor", "guardar",
                            "guardalo", "afirmativo", "claro", "si confirmo", "bueno", "perfecto"}),
    Control.NO: frozenset({"no", "n", "nop", "nope", "no gracias", "negativo", "mejor no", "no guardes"}),
    Control.CANCEL: frozenset({"cancelar", "cancela", "cancelalo", "olvidalo", "olvida", "anular", "anula",
                               "salir", "deten", "stop"}),
    Control.UNDO: frozenset({"deshacer", "deshaz", "deshacelo", "deshace", "deshacer ultimo",
                             "anula lo ultimo", "borra lo ultimo"}),
}


_FOLDED = {fold(word): control for control, words in WORDS.items() for word in words}


def control_word(text: str) -> Control | None:
    """Whole-message match only: "no podrá asistir" is an answer to an invitation, not a "no"."""
    return _FOLDED.get(fold(text.replace("/", "")))
