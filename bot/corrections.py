"""What a message says about a proposal that waits for its «sí»: the slots it changes, and only those.

A correction names what it changes and leaves the rest: «a las 19» keeps the pending day, «el
jueves» keeps the pending hour, «en el gimnasio municipal» keeps both; «su fono es el 9 7654 3210»
or «el vecino es Juan Díaz» add a detail. Which readings apply follows the pending intent's declared
slots, so a capability added later gets its corrections for free. A place or an address is read by
`bot.corrected_places`, a person by `bot.person_named`, a day or an hour by `bot.corrected_days`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.corrected_applicants import applicant_changes
from bot.corrected_days import moment_changes
from bot.corrected_parties import party_changes
from bot.corrected_places import (
    ARTICLE,
    bare_address,
    bare_place,
    place_in,
    renumbered,
)
from bot.corrected_posts import post_changes
from bot.dialogue_words import (
    CORRECTION_HEADS,
    CORRECTION_LEADS,
    COURTESY,
    LEAD_WORDS,
    RENAME_VERBS,
    WRONG_AFTER_FIELD,
    WRONG_BEFORE_FIELD,
)
from bot.held_values import denies_held
from bot.person_named import person_in
from bot.typed_phrases import ACCENTED, as_typed
from nlu import Parser
from nlu.gazetteer import load as gazetteer
from nlu.understanding import Understanding
from storage.folding import fold

CLAUSES = re.compile(r"[,;]|\s[/|]\s|\bsino\b|\bpero\b")
COLON = re.compile(r":\s+")
"""«me avisan que no será en el gimnasio: la hacen en la plaza»: a colon ends a clause, unless it follows the name of
a field («lugar: …», «la hora: …»), whose value it opens."""
NEGATED = re.compile(r"^\W*(?:no|ni)\s+(?:es\s+|era\s+|sera\s+|ser[aá]\s+)?(?:en|a|el|la|los|las|para|con)\b",
                     re.IGNORECASE)
"""«…, no en la sala de concejo»: a clause that says what it is not names the old value, never a new one."""
NO = re.compile(r"^\W*(?:no|ni)\s+", re.IGNORECASE)
DENIED_VALUE = re.compile(r"^\W*(?:no|ni)\s+[\w:.]+(?:\s+[\w:.]+){0,2}\W*$", re.IGNORECASE)
"""«…, no aseo», «…, ni Secplan», «a las 10, no 9:30»: a short clause after the first that only says what it is not
names the old value, a word or a number."""
COPULA_WORDS = r"es|era|ser[aá]|ser[ií]a|va\s+a\s+ser|fue"
DENIAL_OPENING = re.compile(rf"^\W*(?:no|ni)\s+(?:(?P<copula>{COPULA_WORDS})\s+)?"
                            r"(?P<opening>(?:a|en|para|el|la|los|las)(?:\s+(?:el|la|los|las))?)\s+\S+",
                            re.IGNORECASE)
"""«no es a las diez …», «no en el patio …»: a clause that opens by denying a value; its copula, or else its opening
words, said again start the value wanted instead (`restated`)."""
PREFERRED = re.compile(r"\b(?:mejor|m[aá]s\s+bien|en\s+cambio)\b", re.IGNORECASE)
"""«no a las cuatro mejor»: a «no» with one of these opens the value wanted instead, unpunctuated, not a denial."""
AND = re.compile(r"\s+y\s+")
NEGATED_PLACE = re.compile(r"^\W*(?:el\s+|la\s+|su\s+)?(?:lugar|sitio|direcci[oó]n|recinto|ubicaci[oó]n)\s+no\b",
                           re.IGNORECASE)
"""«el lugar no es el gimnasio»: the old place, denied; the place that follows it is the new one."""
PHONE_LIKE = re.compile(r"\+?\d[\d .-]{6,}\d")
MIN_RETOLD = 5
"""A corrected value this long or longer is replaced where the proposal repeats it; a shorter one may be a word of
anything."""
FIELD_WORDS = {"role": ("cargo", "puesto"), "institution": ("institucion", "organismo", "servicio", "reparticion"),
               "name": ("nombre",), "title": ("titulo", "nombre de la actividad", "nombre del evento"),
               "organizer": ("organizador", "organizadora", "organiza", "quien invita", "invita"),
               "description": ("descripcion", "motivo", "problema")}
"""A field named in a correction, and the slot it fills when the pending intent has it."""
FIELD = re.compile(r"^\W*(?:(?:no|mejor|perd[oó]n|ojo|y)\W+)*(?:el|la|su)?\s*(?P<field>"
                   + "|".join(sorted((word.translate(ACCENTED) for words in FIELD_WORDS.values() for word in words),
                                     key=len, reverse=True))
                   + r")\s*(?::(?:\s*es\b)?|es|ser[aá]|ahora\s+es|correct[oa]\s+es)\s+(?P<value>.+)$", re.IGNORECASE)
FIELD_HEAD = re.compile(r"\b(?:" + "|".join(sorted((word.translate(ACCENTED) for words in FIELD_WORDS.values()
                                                    for word in words), key=len, reverse=True))
                        + r"|lugar|sitio|direcci[oó]n|sede|ubicaci[oó]n|recinto|local|hora|horario|fecha|d[ií]a|"
                          r"fono|tel[eé]fono|celular|cel|correo|mail)\s*$", re.IGNORECASE)
"""The name of a field ending a clause before a colon: what follows is its value."""

WRONG_TAIL = re.compile(rf"\s+(?:{as_typed(WRONG_AFTER_FIELD)})\W*$", re.IGNORECASE)
WRONG_LEAD = re.compile(rf"^\W*(?:{as_typed(WRONG_BEFORE_FIELD)})\s+", re.IGNORECASE)
"""«la dirección está mal», «se equivocaron en la dirección»: the words that say a field named holds a wrong value."""

NAMING_LEADS = CORRECTION_HEADS | RENAME_VERBS | LEAD_WORDS | {"el", "la", "su", "sus"}
"""What may stand before a field named alone in a clause («corrige la dirección», «cambia el fono», «la hora»)."""
NEXT_CORRECTION = re.compile(
    r"\s+y\s+(?=(?:ojo|adem[aá]s|tambi[eé]n|tb|perd[oó]n|ah)\b|(?:(?:que|q)\s+)?(?:es|era|ser[aá])\s"
    r"|(?:el|la|su|sus)\s+(?:nuev[oa]\s+|otr[oa]\s+)?(?:" + "|".join(sorted(
        (word.translate(ACCENTED) for words in FIELD_WORDS.values() for word in words), key=len, reverse=True))
    + r"|lugar|sitio|direcci[oó]n|domicilio|sede|ubicaci[oó]n|recinto|hora|horario|fecha|d[ií]a|fono|tel[eé]fono|"
      r"celular|cel|correo|mail|e-?mail|n[uú]mero)\b)", re.IGNORECASE)
"""«su fono 9 8123 4567 y ojo q es Baquedano 430», «el teléfono es … y el cargo es …»: «y» before what opens another
correction (a field named, «ojo», «es …») starts a clause of its own; «Desarrollo Social y Familia» stays one value."""
DENIED_AFTER = re.compile(r"(?<=\d)\s+(?=(?:no|ni)\s+(?:el\s+|la\s+|las\s+)?\d)", re.IGNORECASE)
"""«baquedano 430 no 340», «a las 10 no 9:30»: the number after «no» is the old value, denied in a clause of its
own."""


PERSON_SLOTS = ("citizen", "delegate")


def amendments(parser: Parser, intent: str, slots: dict[str, Any], text: str, now: datetime) -> dict[str, Any]:
    """The slots `text` changes in a pending `intent` with `slots` (empty when it names none of them).

    Each clause is read on its own, against the proposal as the clauses before it left it, and a later one wins:
    in «no era a las 10, es a las 19» the 19 counts, and in «jueves 23, 9:30, sala de concejo» the hour falls on
    the Thursday said before it. A clause that only names a place («sala de concejo», no «en») is one more
    correction in such a list, or the new place after one that denies the old («el lugar no es el gimnasio sino la
    sede vecinal»), not on its own.
    """
    declared = set(parser.intents[intent].slots) if intent in parser.intents else set(slots)
    changes: dict[str, Any] = {}
    bare: list[str] = []
    contrasted = False
    for index, clause in enumerate(_clauses(text)):
        if not clause or not clause.strip():
            continue
        if NEGATED.match(clause) and PREFERRED.search(clause):
            clause = NO.sub("", clause, count=1)
        elif NEGATED.match(clause) or NEGATED_PLACE.match(clause) or (index and DENIED_VALUE.match(clause)) \
                or denies_held(parser, slots, clause):
            contrasted = contrasted or NEGATED_PLACE.match(clause) is not None or place_in(clause) is not None
            continue
        said = _read(parser, intent, declared, {**slots, **changes}, clause, now)
        said = _in_its_town(said, changes)
        changes.update(said)
        bare.append(clause if not said else AND.split(clause)[-1])  # «9:30 y sala de concejo»
    changes.update(applicant_changes(declared, slots, text))  # «la pide la gerenta, Carolina Fuentes»: read whole
    place = next((slot for slot in ("place", "address") if slot in declared), None)
    where = next((found for clause in bare if (found := bare_place(parser, clause)) is not None), None)
    if (changes or contrasted) and place and place not in changes and where is not None:
        changes[place] = where
    changes = {slot: value for slot, value in changes.items()
               if slots.get(slot) != value and not _named_again(slot, slots.get(slot), value)}
    return {**_retold(slots, changes), **changes}


def _in_its_town(said: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """«pasa a ser en Angol, en el gimnasio»: a place said right after a town is the venue in that town («gimnasio,
    Angol»), not a second place replacing the first."""
    for slot in ("place", "address"):
        town, venue = before.get(slot), said.get(slot)
        if isinstance(town, str) and isinstance(venue, str) and fold(town) in gazetteer().localities:
            return {**said, slot: f"{venue}, {town}"}
    return said


def _clauses(text: str) -> list[str]:
    """The clauses of a correction, each read on its own."""
    clauses: list[str] = []
    parts = [piece for part in CLAUSES.split(text) for said in NEXT_CORRECTION.split(part or "")
             for again in restated(said) for piece in DENIED_AFTER.split(again)]
    for part in parts:
        pieces = COLON.split(part or "")
        clauses.append(pieces.pop(0))
        for piece in pieces:
            if FIELD_HEAD.search(field := _said_right(clauses[-1])):
                clauses[-1] = f"{field}: {piece}"
            else:
                clauses.append(piece)
    return _fields_with_values(clauses)


def _fields_with_values(clauses: list[str]) -> list[str]:
    """«corrige la dirección, es Vicuña Mackenna 450», «corrija la hora, por favor, son las 18:30»: a clause that only
    names a field takes the next one that says something as its value, as after a colon."""
    joined: list[str] = []
    for clause in clauses:
        if joined and _field_alone(joined[-1]) and ":" not in joined[-1]:
            if set(fold(clause).split()) <= COURTESY:
                continue
            joined[-1] = f"{_said_right(joined[-1])}: {clause.strip()}"
        else:
            joined.append(clause)
    return joined


def _field_alone(clause: str) -> bool:
    """«corrige la dirección», «cambia el fono», «corrija la hora»: a clause that only names the field to correct
    opens its value, as a colon after it would, whatever pause follows it (a comma, a semicolon)."""
    clause = _said_right(clause)
    field = FIELD_HEAD.search(clause)
    return field is not None and set(fold(clause[: field.start()]).split()) <= NAMING_LEADS


def _said_right(clause: str) -> str:
    """«la dirección está mal», «se equivocaron en la dirección»: the field named, without the words that say its
    value is wrong, so that the next clause («es Prat 1234», «va Colón 55») is read as its value."""
    return WRONG_LEAD.sub("", WRONG_TAIL.sub("", clause), count=1)


def restated(clause: str) -> list[str]:
    """«no es a las diez es a las once y media», «no era el jueves era el viernes», «no en el patio en el gimnasio»:
    said without a pause (dictated, typed fast), a clause that denies a value and then says it again with the same
    copula or the same opening word holds two clauses: the old value denied, then the new one."""
    denial = DENIAL_OPENING.match(clause)
    if denial is None:
        return [clause]
    copula, opening = denial.group("copula"), denial.group("opening")
    again = re.compile(rf"\s(?=(?:{COPULA_WORDS})\s+\S)" if copula else rf"\s(?={re.escape(opening.split()[0])}\s)",
                       re.IGNORECASE)
    found = again.search(clause, denial.end())
    if found is None:
        return [clause]
    return [clause[: found.start()], clause[found.end():]]


def _named_again(slot: str, old: Any, new: Any) -> bool:
    """«el fono de don Hugo es …» while «Hugo Cifuentes» is the proposal's resident: a person named by part of the
    name already there is that person, given a detail, not another one."""
    if slot not in PERSON_SLOTS or not isinstance(old, str) or not isinstance(new, str):
        return False
    return set(fold(new).split()) <= set(fold(old).split())


def _retold(slots: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The other words of the proposal that repeat a corrected value («perros sueltos en el pasaje Atacama 45», when
    the address becomes «pasaje Atacama 54»), said with the new one: the preview never holds both."""
    retold: dict[str, Any] = {}
    for slot, value in changes.items():
        old = slots.get(slot)
        if not isinstance(old, str) or not isinstance(value, str) or len(old) < MIN_RETOLD or not (
                slot in PERSON_SLOTS or _corrects(old, value)):
            continue
        for other, text in slots.items():
            said = _said_in(old, value, text) if other not in changes and other != slot and isinstance(text, str) \
                else None
            if said is not None:
                retold[other] = text.replace(*said)
    return retold


def _said_in(old: str, new: str, text: str) -> tuple[str, str] | None:
    """The words of `old` that `text` repeats and what they become: the whole value, or the value less the street type
    or article that leads it («calle Millán 740» told in the description as «hoyo en la vereda, Millán 740» becomes
    «Millán 470»), which the new value loses too when it opens with the same words."""
    g = gazetteer()
    leads = g.street_types | g.place_articles
    old_words, new_words = old.split(), new.split()
    for dropped in range(len(old_words)):
        said = " ".join(old_words[dropped:])
        if len(said) < MIN_RETOLD:
            return None
        if said in text:
            same_lead = [fold(w) for w in new_words[:dropped]] == [fold(w) for w in old_words[:dropped]]
            return said, " ".join(new_words[dropped:]) if same_lead else new
        if fold(old_words[dropped]) not in leads:
            return None
    return None


def _corrects(old: str, new: str) -> bool:
    """«pasaje Atacama 54» for «pasaje Atacama 45» corrects a value the words also hold; «avenida Colón 1330» for
    «calzada que rompió dos», a misread address that shares no word with it, replaces a reading, not words said
    (a person is retold whatever the new name: the words name whoever the slot holds)."""
    return bool(set(fold(old).split()) & set(fold(new).split()))


def _read(parser: Parser, intent: str, declared: set[str], slots: dict[str, Any], text: str,
          now: datetime) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    plain = PHONE_LIKE.sub(" ", text)
    if "phone" in declared and (phone := _phone(parser, intent, text, now)) is not None:
        changes["phone"] = phone
    if "email" in declared and "@" in text and (email := parser.fill(intent, "email", text, now)) is not None:
        changes["email"] = email
    changes.update(moment_changes(parser, intent, declared, slots, plain, now))
    if "department" in declared and (department := parser.fill(intent, "department", text, now)) is not None:
        changes["department"] = department
    for slot in ("place", "address"):
        if slot in declared and (where := place_in(plain, slot == "address", parser)) is not None:
            changes[slot] = where
            break
    if "address" in declared and "address" not in changes and (where := bare_address(parser, text) or renumbered(
            slots.get("address"), text, parser.spoken_numbers)) is not None:
        changes["address"] = where
    changes.update(party_changes(declared, slots, text))
    changes.update(post_changes(parser, intent, declared, slots, text, now))
    for slot, value in named_fields(text).items():
        if slot in declared:
            changes[slot] = value
    person = person_in(text)
    if person is not None and not _in_the_address(person, changes) and not _names_a_unit(parser, person):
        for slot in PERSON_SLOTS:
            if slot in declared:
                changes[slot] = person
                break
    return changes


def _in_the_address(person: str, changes: dict[str, Any]) -> bool:
    """«la dirección: va Colón 55»: a name read within the place or address just read is its street's, no person."""
    return any(isinstance(where := changes.get(slot), str) and person in where for slot in ("place", "address"))


def _names_a_unit(parser: Parser, person: str) -> bool:
    """«no, eso va pa Operaciones», «ese reclamo va para Medio Ambiente»: the words after «va» or «reclamó» that name a
    municipal unit say where the record goes, never who the resident is."""
    return parser.router.names_one(fold(person))


def named_fields(text: str) -> dict[str, str]:
    """«el cargo es director de obras», «institución: Seremi de Salud», «el título es Cena de gala»."""
    found = FIELD.match(_without_naming_leads(text))
    if found is None:
        return {}
    value = ARTICLE.sub("", found.group("value").strip(" .;!"))
    slot = next(slot for slot, words in FIELD_WORDS.items() if fold(found.group("field")) in words)
    return {slot: value} if re.search(r"[^\W\d_]{2}", value) else {}


def _without_naming_leads(text: str) -> str:
    """«cámbiele el cargo: es subjefa de finanzas»: the verb that asks for the change is no part of the field."""
    words = text.split()
    while len(words) > 1 and fold(words[0]).strip(",;:") in NAMING_LEADS - {"el", "la", "su", "no", "mejor", "y"}:
        words.pop(0)
    return " ".join(words)


def _phone(parser: Parser, intent: str, text: str, now: datetime) -> Any:
    """The number on its own: in «su fono es el 9 7654 3210» the «el 9» would otherwise read as a day. A number said
    in words («nueve tres tres cuatro …», dictated) has no digit to read alone: the parser reads it in the message."""
    for found in PHONE_LIKE.finditer(text):
        phone = parser.fill(intent, "phone", found.group(), now)
        if phone is not None:
            return phone
    if any(char.isdigit() for char in text):
        return None
    return parser.parse_as(text, now, intent).slots.get("phone")


def named_before_correction(understanding: Understanding) -> Understanding:
    """«el aniversario de bomberos en realidad es el 8»: the record's name ends where the correction opens («en
    realidad», «perdón», «o sea»), its words are no part of the name to look for."""
    reference = understanding.slots.get("reference")
    if not isinstance(reference, str):
        return understanding
    said = reference.split()
    while len(said) > 1 and fold(said[-1]) in CORRECTION_LEADS:
        said.pop()
    kept = " ".join(said)
    return understanding if kept == reference else replace(understanding,
                                                           slots={**understanding.slots, "reference": kept})


