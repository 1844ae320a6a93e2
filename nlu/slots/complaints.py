"""Complaints: the problem, who reports it, how to call back, where, and which department handles it."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from typing import TYPE_CHECKING

from nlu.gazetteer import PhraseTable, load
from nlu.moments import query_range
from nlu.phrases import alternation
from nlu.segments.mail import block as mail_block
from nlu.slots.common import (
    Context,
    Span,
    capitalised_run,
    clean,
    first_phrase,
    take_email,
    take_phone,
    trim,
    written_abbreviation,
)
from nlu.slots.complaint_changes import put_following_owner, put_leading_owner
from nlu.slots.denied_status import affirmed_status

if TYPE_CHECKING:
    from nlu.segments import Constituents

NUMBERED = re.compile(
    r"(?<![a-z0-9])(?:(?:el|la|los|las)\s+)?(?P<name>(?:[a-z][a-z.'’]*\s+){1,4}?)#?\s*(?P<num>\d{1,5})(?![\d:/\-]|\.\d)"
    r"(?!\s*(?:de\s+(?:la|el)\s|hrs|horas|am|pm|personas|veces|dias|metros|cuadras|anos|minutos))")
CONNECTOR = re.compile(
    r"\s*(?:[,:;.\-]+\s*)?(?:(?:por|de|del|sobre|que|porque|debido\s+a|ya\s+que|acerca\s+de|con)\s+)?")
AFTER_ABBREVIATION = re.compile(r"\.?\s*")
"""Between a street type or a title and what it leads: "Av. Pedro Aguirre Cerda 3400", "pje Los Olmos", "Sr. X"."""
COMPLAINANT = re.compile(
    r"(?<![a-z])(?:reclamo|queja|denuncia|solicitud|requerimiento|peticion)\s+(?:de|del)\s+"
    r"(?P<who>(?:(?:la|el|los|las)\s+)?[a-z][^,:;.]{2,80}?)(?=\s*[,:]|\s+(?:por|sobre|porque|debido\s+a)\s)")
"""Who the complaint is from ("reclamo de la junta de vecinos X por ..."): words that do not say what it is about."""
FROM_RESIDENT = re.compile(r"(?<![a-z])(?:reclamo|queja|denuncia|solicitud)\s+de\s+(?=[a-z])")
LIVES_IN = re.compile(r"(?<![a-z])(?:en|vive\s+en|vecin[oa]s?\s+de|direccion|domicilio|domiciliad[oa]\s+en)\s*:?\s+")
"""Where a resident lives: "vive en …", "vecina de Los Olmos 230", "dirección: …" ("dirección" heads no institution
there)."""
COMMA = re.compile(r",\s*")
NEXT_TO = re.compile(r"[\s,]*(?:(?:de|del|en)\s+(?:(?:la|el)\s+)?)?")
"""Between two pieces of one address: a street and its neighbourhood said right after it («pasaje Las Dalias,
Población Santa Inés»), the pieces of a rural address («km 3 camino a Los Queñes», «lote 5 de la hijuela 3»)."""
CLAUSE_BREAK = re.compile(r"[,;:.]")
SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$)")
WORD_CHARACTER = re.compile(r"\w")
WORD_START = re.compile(r"[a-z0-9]")
HOUSE_NUMBER = re.compile(r"\s+(?:(?:#|n°|numero|nro\.?)\s*)?\d{1,5}(?![\d:/\-])")
STREET_OF = re.compile(r"\s+de\s+(?=\S+(?:\s+\S+)?$)")
"""The «de» that opens the last one or two words of a resident's name: where a street may start."""
NUMBER_AFTER_NAME = re.compile(r"\s+(?:(?:#|n°|numero|nro\.?)\s*)?\d{1,5}(?![\d/\-]|:\d)")
AND = re.compile(r"[ye]\s+")
AND_BEFORE = re.compile(r"(?<![a-z])[ye]\s+$")
THAT = re.compile(r"\s*(?:que|porque)\s")
"""A «que» that opens the problem told as a clause of its own, where the description starts."""
THAT_BEFORE = re.compile(r"(?<![a-z])(?:que|porque)\s+$")
"""The same «que» right before where the description starts (searched up to it)."""
OF_STREET = re.compile(r"\s+de\s+")
REPORTER_GAP = ("", "el", "la", "don", "dona")
"""What may stand between the telling verb and who tells."""
DATE_NAME = re.compile(r"\d{1,2}\s+de\s+[a-z]{4,}(?![a-z])")
PLAIN_WORD = re.compile(r"[a-z0-9]+")
NEXT_WORD = re.compile(r"\s+([a-z]+)(?![a-z0-9])")
STATUS_KEYS_UPDATE = ("resolved", "in_progress", "rejected", "new")
TICKET_ALONE = 0.9
"""How surely a ticket said alone asks for its complaint."""
NEAR_WORDS = 3
"""A complaint verb this few words after the resident's name still frames ("Rosa llamó para reclamar por")."""
TELLING_GAP = 3
"""Words that may stand between a call or a visit and who made it («estuvo en la oficina la señora …»)."""
PLACE_WORDS = 4
RESIDENT_WORDS = 6
"""A resident's name and the sector said after it: «Luis Andrade Soto de Alerce Norte»."""
"""A clause this short that opens with a street type only says where ("población Santa Rosa")."""


def create(ctx: Context) -> None:
    words = ctx.vocabulary
    taken: list[Span] = []
    take_phone(ctx, taken)
    take_email(ctx, taken)
    citizen, street = _before_street(ctx, _citizen(ctx))
    citizen, sector = (citizen, None) if street else _without_sector(ctx, citizen)
    if citizen and ctx.put_name("citizen", citizen):
        taken.append(citizen)
    address = street or _address(ctx, taken) or sector
    if address and _put_address(ctx, address):
        taken.append(address)
    elif address is None:
        address = _place(ctx, taken)
    if address and ctx.slots.get("address"):
        address = _with_neighbourhood(ctx, _chained(ctx, address, taken), taken)
    sender = ctx.mail().get("sender")  # «De: Junta de Vecinos X»: who writes, not what it is about
    routed = ctx.router.route(ctx.norm, [s for s in (address, citizen, _complainant(ctx), sender) if s], ctx.words)
    if routed:
        ctx.put("department", routed[0], routed[1])
    envelope = mail_block(ctx.text, ctx.mail())  # «De: … Enviado: … Asunto: Reclamo»: who wrote when, not what
    problem = routed[1] if routed else None
    pieces = _description(ctx, citizen, taken + ([envelope] if envelope else []), problem)
    if len(pieces) == 1:
        ctx.put_text("description", pieces[0], words.noise("frame_noise"))
    elif pieces:
        said = ", ".join(ctx.said(p) for p in pieces)
        ctx.put("description", said, (pieces[0][0], pieces[-1][1]))


def recognize(ctx: Context) -> tuple[str, float] | None:
    """«R-2027-0031», «y el R-2026-0118?», «estado del R-2026-0005»: a ticket said with nothing but lead words
    around it asks for that complaint (alone, a ticket's digits read as nothing, or as a date)."""
    if ctx.ticket is None:
        return None
    start, end = ctx.ticket[1]
    around = PLAIN_WORD.findall(ctx.norm[:start] + " " + ctx.norm[end:])
    return ("complaint.query", TICKET_ALONE) if set(around) <= ctx.vocabulary.words["ticket_alone_noise"] else None


def query(ctx: Context) -> None:
    ticket = ctx.ticket
    if ticket:
        ctx.put("ticket", ticket[0], ticket[1])
    status = first_phrase(ctx.vocabulary.statuses, ctx.norm, ctx.words)
    if status:
        ctx.put("status", status[0], status[1])
    department = ctx.router.named(ctx.text, ctx.words)
    if department:
        ctx.put("department", department[0], department[1])
    first, last, span = query_range(ctx.atoms, ctx.now)
    ctx.put("date_from", first, span)
    ctx.put("date_to", last, span)


def update(ctx: Context) -> None:
    ticket = ctx.ticket
    if ticket:
        ctx.put("ticket", ticket[0], ticket[1])
    else:
        put_leading_owner(ctx)
    statuses = {key: ctx.vocabulary.statuses[key] for key in STATUS_KEYS_UPDATE}
    status = affirmed_status(ctx, statuses)  # «el dueño no lo cierra»: why, no status to set
    if status is None:
        return
    ctx.put("status", status[0], status[1])
    after = max(status[1][1], ticket[1][1] if ticket else 0)
    if not ticket:
        after = put_following_owner(ctx, after)
    comment = (after, len(ctx.norm))
    ctx.put_text("comment", comment, ctx.vocabulary.noise("frame_noise", extra=("como", "esta", "quedo")))


def _citizen(ctx: Context) -> Span | None:
    """The resident named as such ("se llama Irma Cayupán", "de nombre …"), after vecina/vecino/señora/don/doña,
    or the capitalised name in "Reclamo de X"."""
    found = ctx.constituents()
    markers = load().name_markers
    for person in found.people:
        if person.name and not person.post and _after_marker(found, person.name[0], markers):
            return person.name
    posts = [person.post[0] for person in found.people if person.post]
    for match in ctx.vocabulary.slot("citizen_titles").finditer(ctx.norm):
        if any(0 < start - match.end() <= 2 for start in posts):
            continue  # «Sr. Alcalde,»: whom the letter is addressed to, a post, not a resident
        after = AFTER_ABBREVIATION.match(ctx.norm, match.end()).end()
        if ctx.vocabulary.slot("street_types").at_start(ctx.norm, after):
            continue  # «reclamo vecina calle Prat 456 …»: where the resident lives, not who
        if ctx.vocabulary.slot("mayor").at_start(ctx.norm, after):
            continue  # «Señor Alcalde:», «Sr. Alcalde:» opens a letter to the mayor
        named = found.name_after(match.end())
        if named and not _greeting(ctx, named):
            return named
        run = capitalised_run(ctx, match.end() + 1, max_words=4, stop=ctx.vocabulary.cue_words["complaint_verbs"])
        if run and not _greeting(ctx, run):
            return run
    sender = _sender(ctx, found)
    if sender:
        return sender
    framed = FROM_RESIDENT.search(ctx.norm)
    if framed and ctx.text.source(framed.end(), framed.end() + 1).isupper():
        return capitalised_run(ctx, framed.end(), max_words=RESIDENT_WORDS)
    subject = capitalised_run(ctx, 0, max_words=4)
    verb = ctx.cue("complaint_verbs")
    if subject and verb and subject[1] < verb.start() and not ctx.norm[subject[1]:verb.start()].strip() \
            and len(ctx.norm[subject[0]:subject[1]].split()) >= 2:
        return subject
    return _reporter(ctx) or _named_resident(ctx) or _named_group(ctx)


def _greeting(ctx: Context, span: Span) -> bool:
    """«un vecino: "Buenas, hace 3 días…"»: the resident's words quoted after the title open with a greeting, which
    is nobody's name."""
    return " ".join(ctx.norm[span[0]:span[1]].split()) in load().greetings


def _sender(ctx: Context, found: Constituents) -> Span | None:
    """The person a forwarded mail is from («De: Marta Quiroz <mquiroz@…>»): a resident writing of their own
    problem; an office or a junta that forwards names no person there."""
    sender = ctx.mail().get("sender")
    if sender is None:
        return None
    return next((person.name for person in found.people
                 if person.name and sender[0] <= person.name[0] < sender[1]), None)


def _reporter(ctx: Context) -> Span | None:
    """Whoever tells of the problem after it, even by a post: «…, avisa el dirigente Hugo Lizana», a letter's
    «Saluda atentamente, Mirta Valdebenito, presidenta JJVV». A name inside a street's is no one («pasaje Santa
    Julia»)."""
    found = ctx.constituents()
    for match in ctx.vocabulary.slot("reporter_leads").finditer(ctx.norm):
        for person in found.people:
            start = person.extent()[0]
            if person.name and start >= match.end() and ctx.norm[match.end():start].strip(" ,:") in REPORTER_GAP:
                return person.name
    return None


def _before_street(ctx: Context, citizen: Span | None) -> tuple[Span | None, Span | None]:
    """The resident's name, and the street it ran into when a house number follows («don Pedro Vidal de Los
    Boldos 88»): «de» and capitalised words before a number say where the resident lives, not a surname."""
    numbered = NUMBER_AFTER_NAME.match(ctx.norm, citizen[1]) if citizen else None
    lives = STREET_OF.search(ctx.norm, citizen[0], citizen[1]) if citizen and numbered else None
    if citizen is None or numbered is None or lives is None or \
            not ctx.text.source(lives.end(), lives.end() + 1).isupper():
        return citizen, None
    return (citizen[0], lives.start()), (lives.end(), numbered.end())


def _without_sector(ctx: Context, citizen: Span | None) -> tuple[Span | None, Span | None]:
    """The resident's name, and the sector said after it with «de» («Segundo Cheuquepil de Chinquihue»): where
    they live, the address when the message gives no other. «de la Fuente», «Pérez de Arce» stay in the name."""
    lives = STREET_OF.search(ctx.norm, citizen[0], citizen[1]) if citizen else None
    if citizen is None or lives is None or not ctx.text.source(lives.end(), lives.end() + 1).isupper() \
            or not _sector_after_name(ctx, citizen, lives):
        return citizen, None
    return (citizen[0], lives.start()), (lives.end(), citizen[1])


def _sector_after_name(ctx: Context, citizen: Span, lives: re.Match[str]) -> bool:
    """Whether the words after the last «de» of a resident's name are where they live: one or two capitalised
    words, none a surname, after a given name and a surname («Segundo Cheuquepil de Chinquihue», «Luis Andrade de
    Alerce Norte»); «Pérez de Arce Soto», «de la Fuente» are surnames."""
    place = ctx.norm[lives.end():citizen[1]].split()
    capitalised = ctx.text.source(citizen[1] - len(place[-1]), citizen[1] - len(place[-1]) + 1).isupper()
    return capitalised and len(ctx.norm[citizen[0]:lives.start()].split()) >= 2 \
        and place[0] not in load().articles and not load().surnames.match(place, 0)


def _after_marker(found: Constituents, start: int, markers: PhraseTable) -> bool:
    """Whether the words right before `start` say that a name follows ("se llama", "su nombre es")."""
    index = next((i for i, t in enumerate(found.tokens) if t.start == start), None)
    words = [t.word for t in found.tokens]
    return index is not None and any(markers.match(words, j) == index - j for j in range(max(0, index - 3), index))


def _named_resident(ctx: Context) -> Span | None:
    """Someone named by name with no post, not inside an address nor a corner: "llamó rosa muñoz de pasaje Los
    Pinos 12"; «el semáforo de manuel montt con los carrera» names two streets."""
    found = ctx.constituents()
    corners = found.addresses + [p.span for p in found.places if p.rank == 0]
    for person in found.people:
        if person.name and not person.post and not _overlaps(person.name, corners):
            return person.name
    return None


def _named_group(ctx: Context) -> Span | None:
    """«Reclamo de la Junta de Vecinos Mirasol: …»: a group named in capitals that complains, when no person does,
    is who the complaint is from (and whom the office answers)."""
    group = _complainant(ctx)
    return group if group and ctx.text.source(group[0], group[0] + 1).isupper() else None


def _complainant(ctx: Context) -> Span | None:
    """The sender named after "reclamo de", when it has an article or a capital: "de la junta de vecinos"."""
    match = COMPLAINANT.search(ctx.norm)
    if match is None:
        return None
    start = match.start("who")
    article = ctx.norm.startswith(("la ", "el ", "los ", "las "), start)
    named = article or ctx.text.source(start, start + 1).isupper()
    start = ctx.norm.index(" ", start) + 1 if article else start  # «de la Junta de Vecinos X»: the junta
    return (start, match.end("who")) if named else None


def _address(ctx: Context, taken: list[Span]) -> Span | None:
    """Street and number ("calle Prat 1234", "pasaje Los Olivos 45", "en Los Pinos 330"); `_place` finds the
    others."""
    labels = {m.start() for m in LIVES_IN.finditer(ctx.norm)}
    blocked = taken + ctx.atom_spans() + [s for s in ctx.constituents().institutions if s[0] not in labels]
    numbered = next((a for a in ctx.constituents().addresses if not _overlaps(a, taken)), None)
    if numbered:
        return numbered
    not_address = ctx.vocabulary.words["not_address"]
    streets = ctx.vocabulary.slot("street_types")
    for match in streets.finditer(ctx.norm):
        dated = _date_name(ctx, AFTER_ABBREVIATION.match(ctx.norm, match.end()).end())
        if dated and not _overlaps(dated, blocked):
            number = HOUSE_NUMBER.match(ctx.norm, dated[1])
            return match.start(), number.end() if number else dated[1]
        numbered = NUMBERED.match(ctx.norm, AFTER_ABBREVIATION.match(ctx.norm, match.end()).end())
        if numbered and not _overlaps(numbered.span(), blocked) and _fine_name(numbered.group("name"), not_address) \
                and not _in_a_corner(ctx, (match.start(), numbered.end())):
            return match.start(), numbered.end()
    for match in LIVES_IN.finditer(ctx.norm):
        numbered = NUMBERED.match(ctx.norm, match.end()) or _said_number(ctx, match.end())
        if numbered and not _overlaps(numbered.span(), blocked) and _fine_name(numbered.group("name"), not_address):
            capital = ctx.text.source(numbered.start(), numbered.start() + 1).isupper()
            return numbered.start() if capital else numbered.start("name"), _along_street(ctx, numbered.end())
    return _between_commas(ctx, blocked, not_address)


def _along_street(ctx: Context, end: int) -> int:
    """Past the street a number counts along, named after «de» in capitals («el paradero 14 de Vicuña Mackenna»,
    «la parcela 8 de Camino Viejo»): the number alone finds nothing."""
    of = OF_STREET.match(ctx.norm, end)
    if of is None or not ctx.text.source(of.end(), of.end() + 1).isupper():
        return end
    street = capitalised_run(ctx, of.end(), max_words=4)
    return street[1] if street else end


def _in_a_corner(ctx: Context, span: Span) -> bool:
    """Whether `span` is cut from a longer place the constituents found there: «Av. Colín con 11 Oriente» is a
    corner, not number 11 of «Colín con»."""
    return any(p.rank == 0 and p.span[0] <= span[0] and span[1] < p.span[1] for p in ctx.constituents().places)


def _between_commas(ctx: Context, blocked: list[Span], not_address: Container[str]) -> Span | None:
    """«don Orlando Vera, Los Boldos 88, el vecino…»: a capitalised name and a house number that fill a clause of
    their own, as a form's fields are dictated, are the address."""
    for comma in COMMA.finditer(ctx.norm):
        numbered = NUMBERED.match(ctx.norm, comma.end())
        if numbered is None or _overlaps(numbered.span(), blocked) or \
                not _fine_name(numbered.group("name"), not_address) or not CLAUSE_END.match(ctx.norm, numbered.end()):
            continue
        if ctx.text.source(numbered.start(), numbered.start() + 1).isupper():
            return numbered.start(), numbered.end()
    return None


def _put_address(ctx: Context, span: Span) -> bool:
    """Store the address as written, trimmed like any text slot: «av presidente ibañez 1400» keeps its «av»."""
    trimmed = trim(ctx.norm, span, frozenset())
    trimmed = trimmed and ctx.without_frame(trimmed)
    if trimmed is None or not clean(ctx.text.source(*trimmed)):
        return False
    ctx.put("address", clean(ctx.text.source(*trimmed)), trimmed)
    return True


def _chained(ctx: Context, address: Span, taken: list[Span]) -> Span:
    """The address with the pieces said right before or after it, as a rural or descriptive address is told: «km 3
    camino a Los Queñes», «lote 5 de la hijuela 3, sector La Quebrada», «pasaje 3 de la villa Los Aromos casa 45».
    Each piece alone sends the crew nowhere. Returns the address's span, grown when a piece joins it."""
    found = ctx.constituents()
    pieces = found.addresses + [place.span for place in found.places]
    blocked = [span for span in taken if span != address] + found.institutions
    grown = address
    while True:
        piece = next((p for p in pieces if not _overlaps(p, [*blocked, grown]) and _adjacent(ctx, grown, p)
                      and not _the_matter(ctx, p)), None)
        if piece is None:
            break
        grown = min(grown[0], piece[0]), max(grown[1], piece[1])
    if grown != address and _put_address(ctx, grown):
        taken[:] = [grown if span == address else span for span in taken]
        return grown
    return address


def _the_matter(ctx: Context, span: Span) -> bool:
    """Whether a place is what the complaint is about, not where: a street type named in lower case right after
    «por» («reclamo por camino de tierra lleno de hoyos en el sector Coihue») is the road in bad shape, and the
    sector after «en» is where it is; a capital or a number names one («por el km 4 de la ruta K-25»)."""
    before = PLAIN_WORD.findall(ctx.norm, max(0, span[0] - 12), span[0])
    if before and before[-1] in load().place_articles:
        before.pop()
    return bool(before) and before[-1] in ctx.vocabulary.words["matter_leads"] \
        and not any(c.isupper() or c.isdigit() for c in ctx.text.source(*span))


def _adjacent(ctx: Context, one: Span, other: Span) -> bool:
    """Whether two spans follow each other with nothing but a comma, «de», «del» or «en» between them."""
    first, second = sorted((one, other))
    return first[1] <= second[0] and NEXT_TO.fullmatch(ctx.norm, first[1], second[0]) is not None


def _with_neighbourhood(ctx: Context, address: Span, taken: list[Span]) -> Span:
    """The address with the neighbourhood of its street, said right after it («calle Los Notros, Villa Los
    Alerces», «pasaje 3 de la población Los Copihues») or elsewhere («vecinos de la Villa Francia … el pasaje Los
    Talleres»): the crew needs both to find the street. Returns the address's span, grown when they are adjacent."""
    found, hoods = ctx.constituents(), load().neighbourhood_types
    if any(w in hoods for w in PLAIN_WORD.findall(ctx.norm, *address)):
        return address
    blocked = taken + found.institutions + [address]
    hood = next((p for p in found.places if ctx.norm[p.span[0]:p.span[1]].split()[0] in hoods
                 and not _overlaps(p.span, blocked)), None)
    if hood is None:
        return address
    if hood.span[0] > address[1] and NEXT_TO.fullmatch(ctx.norm, address[1], hood.span[0]):
        grown = (address[0], hood.span[1])
        ctx.put("address", clean(ctx.text.source(*grown)), grown)
        taken[:] = [grown if span == address else span for span in taken]
        return grown
    said = " ".join(clean(ctx.text.source(*piece)) for piece in hood.pieces)
    ctx.put("address", f"{ctx.slots['address']}, {said}", address)
    return address


def _place(ctx: Context, taken: list[Span]) -> Span | None:
    """Where, told without street and number: the constituents' best place ("esquina de Prat con Serrano",
    "frente al 2250 de av. Grau" said as "av. Grau 2250", "población Rosario") that no other slot nor an
    institution's name holds ("junta de vecinos Villa Sur"), as written: an address keeps its abbreviations."""
    found, hoods = ctx.constituents(), load().neighbourhood_types
    free = [p for p in found.places if not _overlaps(p.span, taken + found.institutions)]
    streets = [p for p in free if ctx.norm[p.span[0]:p.span[1]].split()[0] not in hoods]
    if not free:
        return None
    # «vecinos de la villa X: … el pasaje Y»: the street, its neighbourhood joined to it afterwards
    place = streets[0] if streets and streets[0].rank <= free[0].rank else free[0]
    said = " ".join(clean(ctx.text.source(*piece)) for piece in place.pieces)
    ctx.put("address", said, place.span)
    taken.append(place.span)
    return place.span


def _date_name(ctx: Context, start: int) -> Span | None:
    """A street named after a date ("calle 18 de Septiembre", "pasaje 21 de Mayo"), which the date grammar left
    as no date since a street type comes before it."""
    named = DATE_NAME.match(ctx.norm, start)
    if named is None or any(a.start <= start < a.end for a in ctx.atoms):
        return None
    return named.span()


def _said_number(ctx: Context, start: int) -> re.Match[str] | None:
    """A street and its house number dictated in words: «vive en los aromos doscientos cuarenta y cinco»."""
    return _said_numbered(ctx.vocabulary.number_words).match(ctx.norm, start)


@cache
def _said_numbered(number_words: frozenset[str]) -> re.Pattern[str]:
    word = alternation(number_words)
    return re.compile(rf"(?:(?:el|la|los|las)\s+)?(?P<name>(?:[a-z]+\s+){{1,4}}?)"
                      rf"(?P<num>(?:{word})(?:\s+(?:y\s+)?(?:{word}))*)(?![a-z])")


def _fine_name(name: str, not_address: Container[str]) -> bool:
    """A street name does not start with a small word nor contain the complaint's own words."""
    words = name.split()
    return bool(words) and words[0] not in not_address and not any(w in not_address for w in words[1:] if len(w) > 3)


def _description(ctx: Context, citizen: Span | None, taken: list[Span], problem: Span | None = None) -> list[Span]:
    """The complaint itself: what follows the framing ("Reclamo de la vecina X por ..."), minus the phone.

    The framing starts at the first complaint word or verb and runs on through connectors, the
    resident's title and name; if nothing is left after it, the complaint was told before it. The clauses
    left, less the phone and those that only say where, are the description.
    """
    words = ctx.vocabulary
    verbs = sorted(_past_manner(ctx, m.span()) for name in ("complaint", "complaint_verbs")
                   for m in words.cue(name).finditer(ctx.norm))
    framing = list(verbs)
    titles = sorted(m.span() for m in words.slot("citizen_titles").finditer(ctx.norm))
    framing += titles + _tellings(ctx, titles, citizen)
    named = _said_again(ctx, citizen) if citizen else []
    framing += named
    framing += [span for span in taken if not _is_address(ctx, span)]
    framing += ctx.frame()
    asked = [_clause_of(ctx, m.span()) for m in words.cue("complaint_send").finditer(ctx.norm)] + _wishes(ctx, problem)
    framing = [s for s in framing if not any(a <= s[0] < b for a, b in asked)]
    verbs = [s for s in verbs if not any(a <= s[0] < b for a, b in asked)]
    noise = words.noise("frame_noise", extra=("registrar", "registra", "nuevo", "nueva", "ingresa", "ingresar", "anota",
                                          "un", "una", "unos", "unas", "vecino", "vecina", "vecinos", "vecinas",
                                          "hay", "otro", "vecinal", "ciudadano", "ciudadana"))
    first = min((s for s, _ in framing), default=0)
    told = _told_before(ctx, first, problem)
    if told:
        return [told]
    where = next((span for span in taken if _is_address(ctx, span)), None)
    position = first
    moved = True
    while moved:
        moved = False
        skip = CONNECTOR.match(ctx.norm, position)
        if skip and skip.end() > position:
            position = skip.end()
        for start, end in framing:
            if start <= position < end and end > position:
                position, moved = end, True
        if not moved:
            ahead = _near_ends(ctx, verbs, position, noise, [span for span in (where, citizen) if span], problem)
            if ahead:
                position, moved = min(ahead), True
    blocked = [(a, b) for a, b in taken if (a, b) != citizen and not _is_address(ctx, (a, b))] + ctx.frame() + asked
    blocked += named[1:]
    # «se queja de que los vecinos queman basura»: after «que», the neighbours are who does it
    clause = THAT_BEFORE.search(ctx.norm, 0, position) or THAT.match(ctx.norm, position)
    subject = words.noise("frame_noise") if clause else noise
    pieces = [t for t in (trim(ctx.norm, s, subject if index == 0 else noise)
                          for index, s in enumerate(ctx.segments(blocked, position))) if t]
    kept = [_untold(ctx, _before_whom_to_call(ctx, p, citizen, noise)) for p in _rejoined(ctx, pieces)
            if not _only_where(ctx, p) and not _only_label(ctx, p, noise) and not _only_who(ctx, p, citizen, noise)]
    if not kept and first > 0:
        told = trim(ctx.norm, (0, first), noise)
        return [_before_whom_to_call(ctx, told, citizen, noise)] if told else []
    return kept


def _past_manner(ctx: Context, verb: Span) -> Span:
    """The complaint's word with the adverb of manner right after it («Reclamo formalmente por…»): how the
    complaint is made frames it, and the description starts after both."""
    after = NEXT_WORD.match(ctx.norm, verb[1])
    endings = tuple(ctx.vocabulary.words["manner_endings"])
    return (verb[0], after.end()) if after and after.group(1).endswith(endings) else verb


def _tellings(ctx: Context, titles: list[Span], citizen: Span | None) -> list[Span]:
    """«tb llamó la sra X», «oye, vino don Pedro a quejarse…», «estuvo en la oficina la señora Y»: a call or a visit
    said right before who made it tells how the complaint came, not what it is («el camión no pasó» is the
    problem: no one is named after it)."""
    who = [start for start, _ in titles] + ([citizen[0]] if citizen else [])
    found = []
    for told in ctx.vocabulary.slot("complaint_tellings").finditer(ctx.norm):
        gaps = (ctx.norm[told.end():start] for start in who if told.end() <= start)
        if any(len(gap.split()) <= TELLING_GAP and not CLAUSE_BREAK.search(gap) for gap in gaps):
            joined = AND_BEFORE.search(ctx.norm, 0, told.start())  # «ah y pasó don Héctor…»
            found.append((joined.start() if joined else told.start(), told.end()))
    return found


def _told_before(ctx: Context, first: int, problem: Span | None) -> Span | None:
    """The sentences before the one that frames the complaint, when the problem's routing word is in them («Con las
    lluvias se inundaron tres casas en X. Doña Y llamó para reclamar…»): the problem was told first, the call after
    it only tells who and how."""
    if problem is None:
        return None
    ends = [m.start() for m in SENTENCE_END.finditer(ctx.norm, 0, first)
            if ctx.norm[m.start()] != "." or not written_abbreviation(ctx.text, m.start())]
    if not ends or problem[1] > ends[-1]:
        return None
    return trim(ctx.norm, (0, ends[-1]), ctx.vocabulary.noise("frame_noise"))


def _said_again(ctx: Context, citizen: Span) -> list[Span]:
    """The resident's name where it is said, first the span found, then each other time it is said: a mail
    signed with the name that opened it («De: Ana Ríos … Saludos, Ana Ríos») tells no more of the problem."""
    name = ctx.norm[citizen[0]:citizen[1]]
    return [citizen] + [span for span in _whole(ctx.norm, name) if span != citizen]


def _whole(text: str, words: str) -> list[Span]:
    r"""Where `words` stand in `text` with no word character on either side, as `(?<!\w)words(?!\w)` would find
    them, without compiling a regex for each resident's name: names differ from message to message."""
    spans = []
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        whole = not (at and WORD_CHARACTER.match(text, at - 1)) and not WORD_CHARACTER.match(text, end)
        if whole:
            spans.append((at, end))
        at = text.find(words, end if whole and words else at + 1)
    return spans


def _wishes(ctx: Context, problem: Span | None) -> list[Span]:
    """The clauses that open with what the resident asks for after the problem was told («… luminaria apagada, urge
    que lo vean», «basura en la feria, necesitan que la retiren»): they ask for its remedy. A clause that holds the
    problem's routing word tells the problem itself («reclamo de la sra. Pérez, que le arreglen la vereda»)."""
    if problem is None:
        return []
    wish = ctx.vocabulary.cue("complaint_wish")
    opened = (WORD_START.search(ctx.norm, m.end()) for m in CLAUSE_BREAK.finditer(ctx.norm, problem[1]))
    clauses = (_clause_of(ctx, (start.start(), start.start())) for start in opened
               if start is not None and wish.at_start(ctx.norm, start.start()))
    return [clause for clause in clauses if clause[0] >= problem[1]]


def _clause_of(ctx: Context, span: Span) -> Span:
    """The whole clause around `span`: «…, pueden mandar a alguien a revisar» asks, and tells nothing of the
    problem."""
    norm = ctx.norm
    start = max(norm.rfind(mark, 0, span[0]) for mark in ",;:.") + 1
    end = CLAUSE_BREAK.search(norm, span[1])
    return start, end.start() if end else len(norm)


def _untold(ctx: Context, piece: Span) -> Span:
    """The piece without the telling that opens it («dice que hace una semana no pasa…», «a decir que el poste…»):
    a call or a visit tells the problem; the description is the problem."""
    address = ctx.spans.get("address")
    start = piece[0]
    if address and address[0] <= ctx.text.span(*piece)[0] < address[1]:  # «Los Boldos 88 y cuenta que …»
        after = _word_at(ctx.norm, CONNECTOR.match(ctx.norm, ctx.text.folded(address[1])).end())
        told = AND.match(ctx.norm, after) or ctx.vocabulary.slot("report_leads").at_start(ctx.norm, after)
        start = after if told or after > ctx.text.folded(address[1]) + 1 else start
    joined = AND.match(ctx.norm, start)
    told = ctx.vocabulary.slot("report_leads").at_start(ctx.norm, joined.end() if joined else start)
    start = _word_at(ctx.norm, told.end()) if told else start
    return (start, piece[1]) if start < piece[1] else piece


def _word_at(norm: str, start: int) -> int:
    return len(norm) - len(norm[start:].lstrip())


def _rejoined(ctx: Context, pieces: list[Span]) -> list[Span]:
    """Pieces cut at an abbreviation's period ("Av. Matta") joined again: the constituents' words know that
    such a period ends no clause."""
    opening = {t.start for t in ctx.constituents().tokens if t.opens}
    joined: list[Span] = []
    for piece in pieces:
        gap = ctx.norm[joined[-1][1]:piece[0]] if joined else ""
        if joined and piece[0] not in opening and gap.strip() == ".":
            joined[-1] = (joined[-1][0], piece[1])
        else:
            joined.append(piece)
    return joined


def _only_where(ctx: Context, clause: Span) -> bool:
    """A clause that only says where ("población Santa Rosa", "calle 5 casa 23") is no part of the problem."""
    address = ctx.spans.get("address")
    label = LIVES_IN.match(ctx.norm, clause[0])  # «vive en Los Pinos 12», «dirección: Prat 120»
    said = ctx.text.span(label.end() if label else clause[0], clause[1])
    if address and address[0] <= said[0] and said[1] <= address[1]:
        return True
    words = ctx.norm[clause[0]:clause[1]].split()
    return len(words) <= PLACE_WORDS and words[0].rstrip(".") in ctx.vocabulary.words["street_types"] and not any(
        ctx.vocabulary.cue(name).search(ctx.norm, *clause) for name in ("complaint_problem",))


def _only_label(ctx: Context, clause: Span, noise: Container[str]) -> bool:
    """A clause left only with the label of a phone or e-mail taken out of it ("su fono es …") says nothing."""
    labels = ctx.vocabulary.noise("phone_labels", "email_labels", extra=("es", "su", "sus", "el", "la", "del",
                                                                           "y", "al", "de"))
    words = PLAIN_WORD.findall(ctx.norm, *clause)
    return bool(words) and all(w in labels or w in noise for w in words) and any(w in labels for w in words)


def _only_who(ctx: Context, clause: Span, citizen: Span | None, noise: Container[str]) -> bool:
    """A clause that only names whom to call back («contacto: Jorge Muñoz», «hablar con don Julio Reyes») says
    nothing of the problem."""
    if citizen is None or not (clause[0] < citizen[1] and citizen[0] < clause[1]):
        return False
    leads = ctx.vocabulary.slot("reporter_leads")
    titles = ctx.vocabulary.slot("citizen_titles")
    rest = ctx.norm[clause[0]:citizen[0]] + " " + ctx.norm[citizen[1]:clause[1]]
    rest = " ".join(PLAIN_WORD.findall(rest))
    for words in (leads, titles):  # «hablar con» then «don», read before the noise is left out («con» is noise)
        said = words.at_start(rest)
        rest = rest[said.end():].strip() if said else rest
    return not [w for w in rest.split() if w not in noise]


def _before_whom_to_call(ctx: Context, piece: Span, citizen: Span | None, noise: Container[str]) -> Span:
    """The piece cut before a tail that only names whom to call back («ruidos de un taller en Freire 210, hablar
    con don Tito Salas»), in the piece or running on to the name: the resident is their own slot, the problem is
    what comes before."""
    if citizen is None or citizen[0] <= piece[0]:
        return piece
    for lead in ctx.vocabulary.slot("reporter_leads").finditer(ctx.norm, piece[0], citizen[0]):
        tail = lead.start(), max(piece[1], citizen[1])
        if piece[0] < lead.start() < piece[1] and _only_who(ctx, tail, citizen, noise):
            return trim(ctx.norm, (piece[0], lead.start()), noise) or piece
    return piece


def _near_ends(ctx: Context, verbs: list[Span], position: int, noise: Container[str], said: list[Span],
               problem: Span | None) -> list[int]:
    """The ends of the complaint words a few content words ahead of `position`, the resident's name and address
    not counted when the problem's word is not among them («la vecina X de la parcela 8 del sector Quilvo reclama
    por …», «el caballero de la villa, don Jorge Vera, reclamando por …»: who and where, however long; «reclamo por
    un bache en avenida Colón 1450, avisa …» tells the problem there); the verbs are in order, so the first one too
    far away ends the search (a long message repeats them hundreds of times)."""
    ends = []
    for start, end in verbs:
        if start < position:
            continue
        between = _content_words(ctx, position, start, noise)
        if problem is None or not position <= problem[0] < start:
            between -= sum(_content_words(ctx, *span, noise) for span in said
                           if position <= span[0] and span[1] <= start)
        if between > NEAR_WORDS:
            break
        ends.append(end)
    return ends


def _content_words(ctx: Context, start: int, end: int, noise: Container[str]) -> int:
    return sum(w not in noise for w in PLAIN_WORD.findall(ctx.norm, start, end))


def _is_address(ctx: Context, span: Span) -> bool:
    return ctx.spans.get("address") == ctx.text.span(*span)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)
