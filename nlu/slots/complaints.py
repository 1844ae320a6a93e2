"""Complaints: the problem, who reports it, how to call back, where, and which department handles it."""

from __future__ import annotations

import re
from collections.abc import Container

from nlu.moments import query_range
from nlu.slots.common import Context, Span, capitalised_run, clean, first_phrase, free_segments, take_phone, trim

NUMBERED = re.compile(
    r"(?<![a-z0-9])(?:(?:el|la|los|las)\s+)?(?P<name>(?:[a-z][a-z.'’]*\s+){1,4}?)(?P<num>\d{1,5})(?![\d:/\-]|\.\d)"
    r"(?!\s*(?:de\s+(?:la|el)\s|hrs|horas|am|pm|personas|veces|dias|metros|cuadras|anos|minutos))")
CONNECTOR = re.compile(
    r"\s*(?:[,:;.\-]+\s*)?(?:(?:por|de|del|sobre|que|porque|debido\s+a|ya\s+que|acerca\s+de|con)\s+)?")
AFTER_STREET_TYPE = re.compile(r"\.?\s*")
"""Between a street type and its name: "Av. Pedro Aguirre Cerda 3400", "pje Los Olmos"."""
COMPLAINANT = re.compile(
    r"(?<![a-z])(?:reclamo|queja|denuncia|solicitud|requerimiento|peticion)\s+(?:de|del)\s+"
    r"(?P<who>(?:(?:la|el|los|las)\s+)?[a-z][^,:;.]{2,80}?)(?=\s*[,:]|\s+(?:por|sobre|porque|debido\s+a)\s)")
"""Who the complaint is from ("reclamo de la junta de vecinos X por ..."): words that do not say what it is about."""
FROM_RESIDENT = re.compile(r"(?<![a-z])(?:reclamo|queja|denuncia|solicitud)\s+de\s+(?=[a-z])")
LIVES_IN = re.compile(r"(?<![a-z])(?:en|vive\s+en)\s+")
PLAIN_WORD = re.compile(r"[a-z0-9]+")
STATUS_KEYS_UPDATE = ("resolved", "in_progress", "rejected", "new")
NEAR_WORDS = 3
PLACE_WORDS = 4
"""A clause this short that opens with a street type only says where ("población Santa Rosa")."""
"""A complaint verb this few words after the resident's name still frames ("Rosa llamó para reclamar por")."""


def create(ctx: Context) -> None:
    words = ctx.vocabulary
    taken: list[Span] = []
    take_phone(ctx, taken)
    citizen = _citizen(ctx)
    if citizen and ctx.put_text("citizen", citizen):
        taken.append(citizen)
    address = _address(ctx, taken)
    if address and ctx.put_text("address", address):
        taken.append(address)
    routed = ctx.router.route(ctx.norm, [s for s in (address, citizen, _complainant(ctx)) if s])
    if routed:
        ctx.put("department", routed[0], routed[1])
    pieces = _description(ctx, citizen, taken)
    if len(pieces) == 1:
        ctx.put_text("description", pieces[0], words.noise("frame_noise"))
    elif pieces:
        said = ", ".join(clean(ctx.text.source(*p)) for p in pieces)
        ctx.put("description", said, (pieces[0][0], pieces[-1][1]))


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
    statuses = {key: ctx.vocabulary.statuses[key] for key in STATUS_KEYS_UPDATE}
    status = first_phrase(statuses, ctx.norm, ctx.words)
    if status is None:
        return
    ctx.put("status", status[0], status[1])
    after = max(status[1][1], ticket[1][1] if ticket else 0)
    comment = (after, len(ctx.norm))
    ctx.put_text("comment", comment, ctx.vocabulary.noise("frame_noise", extra=("como", "esta", "quedo")))


def _citizen(ctx: Context) -> Span | None:
    """The resident after vecina/vecino/señora/don/doña, or the capitalised name in "Reclamo de X"."""
    found = ctx.constituents()
    for match in ctx.vocabulary.slot("citizen_titles").finditer(ctx.norm):
        named = found.name_after(match.end())
        if named:
            return named
        run = capitalised_run(ctx, match.end() + 1, max_words=4, stop=ctx.vocabulary.cue_words["complaint_verbs"])
        if run:
            return run
    framed = FROM_RESIDENT.search(ctx.norm)
    if framed and ctx.text.source(framed.end(), framed.end() + 1).isupper():
        return capitalised_run(ctx, framed.end(), max_words=4)
    subject = capitalised_run(ctx, 0, max_words=4)
    verb = ctx.vocabulary.cue("complaint_verbs").search(ctx.norm)
    if subject and verb and subject[1] < verb.start() and not ctx.norm[subject[1]:verb.start()].strip() \
            and len(ctx.norm[subject[0]:subject[1]].split()) >= 2:
        return subject
    return _named_resident(ctx)


def _named_resident(ctx: Context) -> Span | None:
    """Someone named by name with no post, not inside an address: "llamó rosa muñoz de pasaje Los Pinos 12"."""
    found = ctx.constituents()
    for person in found.people:
        if person.name and not person.post and not _overlaps(person.name, found.addresses):
            return person.name
    return None


def _complainant(ctx: Context) -> Span | None:
    """The sender named after "reclamo de", when it has an article or a capital: "de la junta de vecinos"."""
    match = COMPLAINANT.search(ctx.norm)
    if match is None:
        return None
    start = match.start("who")
    named = ctx.norm.startswith(("la ", "el ", "los ", "las "), start) or ctx.text.source(start, start + 1).isupper()
    return match.span("who") if named else None


def _address(ctx: Context, taken: list[Span]) -> Span | None:
    """Street and number ("calle Prat 1234", "pasaje Los Olivos 45", "en Los Pinos 330"), else a named street."""
    blocked = taken + ctx.atom_spans() + ctx.constituents().institutions
    numbered = next((a for a in ctx.constituents().addresses if not _overlaps(a, taken)), None)
    if numbered:
        return numbered
    not_address = ctx.vocabulary.words["not_address"]
    streets = ctx.vocabulary.slot("street_types")
    for match in streets.finditer(ctx.norm):
        numbered = NUMBERED.match(ctx.norm, AFTER_STREET_TYPE.match(ctx.norm, match.end()).end())
        if numbered and not _overlaps(numbered.span(), blocked) and _fine_name(numbered.group("name"), not_address):
            return match.start(), numbered.end()
    for match in LIVES_IN.finditer(ctx.norm):
        numbered = NUMBERED.match(ctx.norm, match.end())
        if numbered and not _overlaps(numbered.span(), blocked) and _fine_name(numbered.group("name"), not_address):
            capital = ctx.text.source(numbered.start(), numbered.start() + 1).isupper()
            return numbered.start() if capital else numbered.start("name"), numbered.end()
    for match in streets.finditer(ctx.norm):
        run = capitalised_run(ctx, AFTER_STREET_TYPE.match(ctx.norm, match.end()).end(), max_words=3, stop=not_address)
        if run and run[0] > match.end() and not _overlaps(run, blocked):
            return match.start(), run[1]
    return None


def _fine_name(name: str, not_address: Container[str]) -> bool:
    """A street name does not start with a small word nor contain the complaint's own words."""
    words = name.split()
    return bool(words) and words[0] not in not_address and not any(w in not_address for w in words[1:] if len(w) > 3)


def _description(ctx: Context, citizen: Span | None, taken: list[Span]) -> list[Span]:
    """The complaint itself: what follows the framing ("Reclamo de la vecina X por ..."), minus the phone.

    The framing starts at the first complaint word or verb and runs on through connectors, the
    resident's title and name; if nothing is left after it, the complaint was told before it. The clauses
    left, less the phone and those that only say where, are the description.
    """
    words = ctx.vocabulary
    verbs = sorted(m.span() for name in ("complaint", "complaint_verbs") for m in words.cue(name).finditer(ctx.norm))
    framing = list(verbs)
    framing += sorted(m.span() for m in words.slot("citizen_titles").finditer(ctx.norm))
    if citizen:
        framing.append(citizen)
    framing += [span for span in taken if not _is_address(ctx, span)]
    framing += ctx.frame()
    noise = words.noise("frame_noise", extra=("registrar", "registra", "nuevo", "nueva", "ingresa", "ingresar", "anota",
                                          "un", "una", "vecinos", "vecinas", "hay", "otro"))
    first = min((s for s, _ in framing), default=0)
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
            ahead = [e for s, e in verbs if s >= position and _content_words(ctx, position, s, noise) <= NEAR_WORDS]
            if ahead:
                position, moved = min(ahead), True
    blocked = [(a, b) for a, b in taken if (a, b) != citizen and not _is_address(ctx, (a, b))] + ctx.frame()
    pieces = [t for t in (trim(ctx.norm, s, noise) for s in free_segments(ctx.norm, blocked, position)) if t]
    kept = [p for p in _rejoined(ctx, pieces) if not _only_where(ctx, p) and not _only_label(ctx, p, noise)]
    if not kept and first > 0:
        return [s for s in [trim(ctx.norm, (0, first), noise)] if s]
    return kept


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
    said = ctx.text.span(*clause)
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


def _content_words(ctx: Context, start: int, end: int, noise: Container[str]) -> int:
    return sum(w not in noise for w in PLAIN_WORD.findall(ctx.norm, start, end))


def _is_address(ctx: Context, span: Span) -> bool:
    return ctx.spans.get("address") == ctx.text.span(*span)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)
