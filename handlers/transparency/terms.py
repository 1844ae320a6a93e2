"""The words of a transparency request as staff read and write them: states, outcomes, channels, steps.

One name for one thing in chat, in the Excel report and in the reminders; the parser hands over the
keys (`prorrogar`, `entregada`, `portal`) and this module says them in Spanish.
"""

from __future__ import annotations

from enum import StrEnum

from storage.folding import fold
from storage.legal import Channel, Outcome, TransparencyStatus

STATUS_NAMES = {
    TransparencyStatus.RECEIVED: "recibida",
    TransparencyStatus.ANALYSIS: "en análisis",
    TransparencyStatus.CORRECTION: "en subsanación (art. 12)",
    TransparencyStatus.EXTENDED: "prorrogada",
    TransparencyStatus.THIRD_PARTIES: "en notificación a terceros",
    TransparencyStatus.ANSWERED: "respondida",
    TransparencyStatus.DERIVED: "derivada",
    TransparencyStatus.WITHDRAWN: "desistida",
    TransparencyStatus.INADMISSIBLE: "inadmisible",
}
OUTCOME_NAMES = {
    Outcome.DELIVERED: "entregada",
    Outcome.PARTIAL: "entregada parcialmente",
    Outcome.DENIED: "denegada",
    Outcome.NONEXISTENT: "información inexistente",
}
CHANNEL_NAMES = {Channel.PORTAL: "Portal de Transparencia", Channel.IN_PERSON: "presencial", Channel.EMAIL: "correo",
                 Channel.LETTER: "carta"}


class Step(StrEnum):
    """What staff do to a request; each moves it to a state (see `handlers.transparency.steps`)."""

    ANALYSIS = "analizar"
    EXTEND = "prorrogar"
    DERIVE = "derivar"
    NOTIFY = "notificar_terceros"
    OPPOSED = "oposicion"
    NOT_OPPOSED = "sin_oposicion"
    ASK_CORRECTION = "pedir_subsanacion"
    CORRECTED = "subsanada"
    ANSWER = "responder"
    WITHDRAW = "desistir"
    INADMISSIBLE = "inadmisible"
    ASSIGN = "asignar"


STEP_HINT = ("asignar a una unidad, en análisis, prorrogar, derivar a otro organismo, notificar a terceros, "
             "pedir subsanación, responder (entregada, parcial, denegada, inexistente), desistida o inadmisible")

def status_name(status: str) -> str:
    return STATUS_NAMES.get(TransparencyStatus(status), status) if status in set(TransparencyStatus) else status


def outcome_name(outcome: str | None) -> str:
    if outcome is None:
        return ""
    return OUTCOME_NAMES.get(Outcome(outcome), outcome) if outcome in set(Outcome) else outcome


def channel_name(channel: str) -> str:
    return CHANNEL_NAMES.get(Channel(channel), channel) if channel in set(Channel) else channel


SAID = {
    "prorroga": Step.EXTEND, "ampliar": Step.EXTEND, "analisis": Step.ANALYSIS, "en analisis": Step.ANALYSIS,
    "derivada": Step.DERIVE, "respondida": Step.ANSWER, "respuesta": Step.ANSWER, "desistida": Step.WITHDRAW,
    "desistio": Step.WITHDRAW, "subsanacion": Step.ASK_CORRECTION, "subsano": Step.CORRECTED,
    "notificar": Step.NOTIFY, "terceros": Step.NOTIFY, "oposicion": Step.OPPOSED, "se opuso": Step.OPPOSED,
    "sin oposicion": Step.NOT_OPPOSED, "no se opuso": Step.NOT_OPPOSED,
    "entregada": Outcome.DELIVERED, "total": Outcome.DELIVERED, "entregada totalmente": Outcome.DELIVERED,
    "parcial": Outcome.PARTIAL, "parcialmente": Outcome.PARTIAL, "entregada parcialmente": Outcome.PARTIAL,
    "denegada": Outcome.DENIED, "rechazada": Outcome.DENIED, "inexistente": Outcome.NONEXISTENT,
    "informacion inexistente": Outcome.NONEXISTENT, "no existe": Outcome.NONEXISTENT,
    "presencial": Channel.IN_PERSON, "oficina de partes": Channel.IN_PERSON, "mail": Channel.EMAIL,
    "email": Channel.EMAIL, "correo electronico": Channel.EMAIL, "portal": Channel.PORTAL,
}
"""Words staff type when the bot asks for a step, an outcome or a channel, beyond the keys themselves."""


def read_key(value: object, keys: type[StrEnum]) -> str | None:
    """A key of `keys` from a slot value: the parser gives the key itself; an answer typed to a question
    («prórroga», «parcial») is folded and looked up among the words staff use for it."""
    if not isinstance(value, str):
        return None
    folded = " ".join(fold(value).strip(" .!").split())
    if folded.replace(" ", "_") in set(keys):
        return folded.replace(" ", "_")
    said = SAID.get(folded)
    return str(said) if said is not None and said in set(keys) else None
