"""A person named in a correction or a detail: «el vecino es Juan Díaz», «lo ingresó la vecina Gloria Méndez», «el
vecino q reclama es Mario Espinoza» (the relative clause frames the name; it is no part of it)."""

from __future__ import annotations

import re

from bot.dialogue_words import NAME_COPULAS, RELATIVE_OPENERS
from nlu.phrases import alternation
from storage.folding import fold_letters

NAME_CUE = re.compile(r"\b(?:vecin[oa]|caballero|se[ñn]or(?:a|ita)?|sr[a]?\.?|don|do[ñn]a|reclamante|denunciante|"
                      r"nombre|llama|llamad[oa]|nombre\s+de|parte\s+de|ingres[oó]|reclam[oó]|denunci[oó]|inform[oó]|"
                      r"report[oó]|delegad[oa]|representante|represente|en\s+representaci[oó]n\s+de|ir[aá]|va|"
                      r"contacto)\b[\s:,]*", re.IGNORECASE)
RELATIVE_CLAUSE = re.compile(
    rf"\W*{alternation(RELATIVE_OPENERS)}\s+(?:\S+\s+){{0,4}}?(?={alternation(NAME_COPULAS)}\b)", re.IGNORECASE)
"""«q reclama (es)», «que hizo el reclamo (es)», «que llamó (se llama)»: a relative clause framing the name after it,
up to its copula."""
NAME_WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü']+")
NAME_STOP = frozenset({"cel", "celular", "fono", "telefono", "teléfono", "tel", "whatsapp", "wsp", "correo", "mail",
                       "email", "y", "con", "en", "que", "dirección", "direccion", "vive", "calle", "su", "es", "el",
                       "la", "los", "las", "numero", "número", "por", "quien", "quién", "al", "a", "del", "nro",
                       "pasaje", "avenida", "rut", "porque", "pero", "tambien", "también", "mismo", "misma"})
NAME_LEAD = frozenset({"es", "el", "la", "don", "doña", "dona", "señor", "señora", "sr", "sra", "a", "de", "del",
                       "vecino", "vecina", "caballero", "senor", "senora", "señorita", "reclamante", "denunciante",
                       "nombre", "sra.", "sr.", "se", "llama", "por", "su", "lo"})


def person_in(text: str) -> str | None:
    """A person named in a detail: «el vecino es Juan Díaz», «lo ingresó la vecina Gloria Méndez»; a relative clause
    after the cue says who the person is, not their name («el vecino q reclama es Mario Espinoza»)."""
    text = without_relative_clauses(text)
    for cue in NAME_CUE.finditer(text):
        name = _name_after(text[cue.end():])
        if name:
            return name
    return None


def without_relative_clauses(text: str) -> str:
    """`text` less the relative clauses that say who a person is before their name («el vecino q reclama es Mario
    Espinoza» → «el vecino es Mario Espinoza»): framing, never part of the name nor a detail of its own."""
    kept, start = [], 0
    for cue in NAME_CUE.finditer(text):
        relative = RELATIVE_CLAUSE.match(fold_letters(text), cue.end())
        if relative is not None and cue.end() >= start:
            kept.append(text[start:cue.end()])
            start = relative.end()  # the copula stays: «el vecino es …»
    return "".join(kept) + text[start:]


def _name_after(tail: str) -> str | None:
    taken: list[str] = []
    for match in NAME_WORD.finditer(tail):
        between = tail[match.start() - 1] if match.start() else " "
        word = match.group()
        if taken and between not in " ":
            break
        if not taken and word.lower() in NAME_LEAD:
            continue
        if word.lower() in NAME_STOP or len(taken) == 4:
            break
        taken.append(word)
        if match.end() < len(tail) and tail[match.end()] in ",;:.(0123456789":
            break
    while taken and taken[-1].lower() in {"de", "del", "la"}:
        taken.pop()
    if not taken or not any(len(word) >= 3 for word in taken):
        return None
    if not any(word[0].isupper() for word in taken) and len(taken) < 2:
        return None
    return " ".join(taken)
