"""A place or an address said in a correction: «es en el gimnasio municipal», «el lugar es el Aula Magna», «sala de
concejo» alone, «pasaje Atacama 54», «ojo q es Baquedano 430» (the held address renumbered).

`bot.corrections` asks these for the `place` and `address` slots of whatever proposal waits.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.dialogue_words import ADDRESS_NOUNS, ADDRESS_OWNERS, COURTESY, FIELD_QUALIFIERS, LEAD_WORDS
from bot.reasons import place_without_aside
from nlu import Parser
from nlu.spoken_numbers import SpokenNumbers
from storage.folding import fold

COPULA = re.compile(r"^(?:(?:es|era|ser[aá]|sino|queda|va)\s+)+", re.IGNORECASE)
HOUSE_NUMBER = re.compile(r"\s\d{1,5}\s*$")
"""The number that ends a street address («pasaje Atacama 54»)."""
ARTICLE = re.compile(r"^(?:el|la|los|las)\s+(?=\S)")
"""Only a lower-case article goes: «Los Aromos 1520» is a name."""
BARE_PROBE = datetime(2001, 1, 1)
"""Any reference moment: a bare place must read as no day or hour at all."""
NOT_A_PLACE = re.compile(r"(?:la\s+|el\s+|los\s+)?(?:manana|tarde|noche|madrugada|realidad|vez|lugar\s+de|punto|"
                         r"calendario|agenda|sistema|registro|planilla|datos|"
                         r"seguida|todo\s+caso|cuanto|final|fin|principio|definitiva|\d)\b"
                         r"|(?i:camino|reuni[oó]n|terreno|un\s+rato|eso|l[ií]nea)\s*(?:[,.;:!?]|$)")
"""What follows «en»/«al» without being a place: a part of the day, a medium, a discourse mark («al final la pasaron a
las 20:30», «en definitiva»), and a state said alone («el alcalde viene en
camino», «está en reunión, después confirmo»), which is a remark, not where the proposal happens."""
PLACE_END = re.compile(r"\s*(?:[,;(]|(?<!\bav)(?<!\bavda)(?<!\bpje)(?<!\bpsje)(?<!\bsta)(?<!\bsto)(?<!\bdr)\.|"
                       r"\s+(?:a|desde|de)\s+las?\s+\d|\s+al\s+mediod|\s+(?:el|este|esta|pr[oó]ximo|"
                       r"hoy|ma[ñn]ana|pasado)\b(?!\s+(?:de|del)\b)(?:\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|"
                       r"s[aá]bado|domingo|\d))?|\s+y\s+(?:a|el|es|ser[aá])\b|\s+(?:por|porque|ya\s+que)\b|$)",
                       re.IGNORECASE)
PLACE_TAILS = COURTESY | {"mejor", "nomas", "entonces", "ahora"}
"""Words that close a corrected place without being part of it («en la oficina del alcalde mejor»)."""
ACCENTED = str.maketrans({"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uú]", "n": "[nñ]"})
"""A folded word as typed: with or without its accents, «senora» as «señora»."""
QUALIFIED = "|".join(word.translate(ACCENTED) for word in sorted(FIELD_QUALIFIERS, key=len, reverse=True))
ADDRESSED = "|".join(word.translate(ACCENTED) for word in sorted(ADDRESS_NOUNS, key=len, reverse=True))
"""The nouns of a resident's address («dirección», «domicilio», «dire»), as typed, with or without accents."""
OWNED = (r"(?:\s+del?\s+(?:(?:la|el|su)\s+)?(?:" + "|".join(word.translate(ACCENTED) for word in sorted(ADDRESS_OWNERS))
         + r")\b(?-i:\s+[A-ZÁÉÍÓÚÑ][\w]+){0,2})?")
"""«de la señora», «del vecino», «de doña Rosa Díaz»: whose address, between the noun and its value."""
PLACE_CUE = re.compile(rf"\b(?:lugar|(?:{ADDRESSED}){OWNED}|sede|ubicaci[oó]n|recinto|local)\b\s*"
                       rf"(?:(?:(?:(?:es|ser[aá]|queda|va|cambi[oó]|(?:el\s+|la\s+)?nuev[oa]|{QUALIFIED}|ahora)\b|:)\s*)+"
                       r"(?:(?:a|al|en|por)\b)?|"
                       r"(?:a|al|en|por)\b)\s*", re.IGNORECASE)
"""«el lugar es …», «nueva sede: …», «cambió de lugar al …», «cambiaron el lugar: ahora es en …», «cambió de lugar: la
nueva es …», «dirección: va Colón 55»: a field named,
then its value (a cue word is whole: «es Esmeralda 1200» keeps its «Es»); «la sede de la junta» is a place, not the
word that introduces one."""
IN_PLACE = re.compile(r"(?:^|\s)(?:en|al|en\s+el|en\s+la)\s+", re.IGNORECASE)
TOWARD_PLACE = re.compile(r"(?:^|\s)(?:para|pa)\s+(?=(?:el|la|los|las)\s)", re.IGNORECASE)
"""«se cambia para el gimnasio municipal», «la pasaron pa la sede»: «para» leads a new place only when a noun of a
place follows its article («para el alcalde» is whom it is for, «para el jueves» when)."""
STREET = re.compile(r"\b(?:calle|pasaje|psje|avenida|av|avda|camino|villa|poblaci[oó]n|sector|block|depto|"
                    r"[A-Za-zÁÉÍÓÚÑáéíóúñ]+\s+\d{1,5})\b", re.IGNORECASE)
MAX_PLACE_WORDS = 6
MIN_HOUSE_DIGITS = 3
"""A number said alone with this many digits, while an address waits, is its house number."""
NUMBER_NOUNS = frozenset({"numero", "nro", "num", "n"})
"""Words that name a house number said after them: «el número es el 15» is no day."""
HOUSE_LEADS = NUMBER_NOUNS | {"q", "el", "la", "de", "casa"}
"""Words before a house number said alone («el número es 430», «q es el 430»)."""


def place_in(text: str, street: bool = False, parser: Parser | None = None) -> str | None:
    """«es en el gimnasio municipal», «el lugar es el Aula Magna», «la dirección es Los Aromos 1520». With a parser,
    what reads as a day or an hour («muévela al viernes») is no place, and the next «en»/«al» is tried; a place
    led by «para» is taken only when it is one by its noun (`TOWARD_PLACE`)."""
    found = PLACE_CUE.search(text)
    toward = {match.end() for match in TOWARD_PLACE.finditer(text)} if parser is not None else set()
    starts = [found.end()] if found else sorted({match.end() for match in IN_PLACE.finditer(text)
                                                 if not NOT_A_PLACE.match(text, match.end())} | toward)
    for start in starts:
        place = _place_at(text[start:])
        place = place and (place_without_aside(parser.vocabulary, place) if parser is not None else place)
        if not place or (parser is not None and parser.moment(place, BARE_PROBE)[0] is not None):
            continue
        if start in toward and not parser.vocabulary.slot("place_nouns").at_start(fold(place)):
            continue
        if street and not found and not STREET.search(place):
            return None
        return place
    return None


def _place_at(tail: str) -> str | None:
    end = PLACE_END.search(tail)
    place = _without_trailing_courtesy(ARTICLE.sub("", tail[: end.start() if end else len(tail)].strip()))
    if not re.search(r"[^\W\d_]{3}", place) or len(place.split()) > 10:
        return None
    return place


def _without_trailing_courtesy(place: str) -> str:
    """«en la oficina del alcalde mejor», «en el salón nomás po»: the words after the place only soften the
    correction."""
    said = place.split()
    while len(said) > 1 and fold(said[-1]) in PLACE_TAILS:
        said.pop()
    return " ".join(said)


def bare_place(parser: Parser, clause: str) -> str | None:
    """«sala de concejo», «el salón auditorio»: a clause that opens with a noun of a place and says nothing else."""
    words = ARTICLE.sub("", COPULA.sub("", clause.strip(" .;:!¡?¿")))
    if not words or len(words.split()) > MAX_PLACE_WORDS or parser.moment(words, BARE_PROBE)[0] is not None:
        return None
    return words if parser.vocabulary.slot("place_nouns").at_start(fold(words)) else None


def bare_address(parser: Parser, clause: str) -> str | None:
    """«pasaje Atacama 54», «perdón, es calle Prat 1230»: a clause that is only a street and its number corrects the
    address of a proposal by itself, as no other value reads that way."""
    words = ARTICLE.sub("", COPULA.sub("", clause.strip(" .;:!¡?¿")))
    if not words or len(words.split()) > MAX_PLACE_WORDS or not HOUSE_NUMBER.search(words):
        return None
    return words if parser.vocabulary.slot("street_types").at_start(fold(words)) else None


def renumbered(held: Any, clause: str, numbers: SpokenNumbers | None = None) -> str | None:
    """«ojo q es Baquedano 430» or «es el 430» while the address held is «calle Baquedano 340»: a clause that only
    names a street of the held address (or nothing) with another house number is that address with the number said
    (a typo of the number is the commonest slip, and the street is named without its «calle»). An address held with
    no number yet («calle Victoria») takes the number said the same way («el número es el 745»); a number said in
    words after the held street («victoria setecientos cuarenta y cinco») is that number, as the street is known."""
    if not isinstance(held, str) or not held.strip():
        return None
    old = HOUSE_NUMBER.search(held)
    street_held = held[: old.start()] if old is not None else held.rstrip()
    words = fold(clause).strip(" .;:!¡?¿").split()
    led = False
    while words and (words[0] in LEAD_WORDS or words[0] in HOUSE_LEADS):
        led = led or words[0] in NUMBER_NOUNS
        words.pop(0)
    said = _in_digits(" ".join(words), numbers)
    new = HOUSE_NUMBER.search(f" {said}")
    street = said[: new.start()].split() if new is not None else []
    if new is None or (not street and not led and len(new.group().strip()) < MIN_HOUSE_DIGITS):
        return None  # «es el 430» alone renumbers too; «es el 15» may be a day, «el número es el 15» is not
    if street and (len(street) > MAX_PLACE_WORDS or not any(len(word) >= 4 for word in street)):
        return None
    if not set(street) <= set(fold(street_held).split()):
        return None
    return f"{street_held} {new.group().strip()}"


def _in_digits(said: str, numbers: SpokenNumbers | None) -> str:
    """`said` with the number in words that ends it written in digits («victoria setecientos cuarenta y cinco»)."""
    if numbers is None:
        return said
    found = re.search(rf"(?:^|\s)({numbers.pattern})$", said)
    return said if found is None else f"{said[: found.start(1)]}{numbers.value(found.group(1))}"
