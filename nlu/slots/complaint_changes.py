"""Complaints changed in words, and found by who or where: which complaint (`ticket`, or the one the chat is
about), its new `department`, a note's `comment`, a search's `citizen` or `address`.

Evidence: moving is a department named with the complaint (its ticket or a pronoun: «derívalo», «pásalo a
operaciones») and a moving verb or "es de …"; a note is an adding verb aimed at the complaint ("agrega al
reclamo 7: …"); a status set by pronoun is a status word with a clitic («ciérralo», «déjalo resuelto»); a
search is complaints (plural) of a person ("de la señora Pizarro") or a street ("de calle Prat").
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from nlu.morphology import CLITICS
from nlu.phrases import Phrases
from nlu.slots.change_words import clitic_forms, cue, first_of, other_register, request_forms, spans_of, verb_forms
from nlu.slots.common import BREAK, Context, Span, capitalised_run, trim, without_closing
from nlu.slots.contacts import contact_card
from nlu.slots.denied_status import affirmed_status

CAPABILITY = "complaint_changes"
OWNER_LEADS = ("complaint_note_owner", "complaint_citizen_lead", "complaint_address_lead")
"""What names a note's complaint by whose or where it is, right after where the note goes («al de calle Prat»,
«al reclamo de la señora Margarita»)."""
SETTING = ("resolved", "in_progress", "rejected")
PLURAL = re.compile(r"(?<![a-z])(?:reclamos|quejas|denuncias|requerimientos|solicitudes|casos)(?![a-z])")
SINGULAR = re.compile(r"(?<![a-z])(?:el|ese|este|del|al)\s+(?:reclamo|caso|ticket)(?![a-z])")
PLEASE = r"(?:\s*,?\s*por\s+favor\b\s*,?)?"
"""«súmele por favor: …»: courtesy between the verb and the note."""
COMMENT_START = re.compile(PLEASE + r"\s*(?::|\bque\b|\bdiciendo\b|\bcon\b)\s*")
NOTE_OPENING = re.compile(PLEASE + r"\s*(?::|,?\s*que\b)")
"""What opens a note right after an adding verb that carries the record as «le» («agrégale que …», «súmale: …»)."""
NUMBER_BEFORE_COLON = re.compile(
    r"(?<![a-z])(?:reclamo|caso|ticket)\s+(?:(?:n|no|nro|numero)\b\.?\s*|#\s*)?(\d{1,6})\s*:")
DENIED = re.compile(r"(?<![a-z])no\s+(?:es\s+|era\s+)?(?:(?:de|a|para)\s+)?(?:la\s+|el\s+)?$")
NOUN = re.compile(r"(?<![a-z])(?:reclamo|queja|denuncia|requerimiento|solicitud|caso)s?(?![a-z])")
ASKED_FOR = (r"(?<![a-z])(?:reclamos|quejas|denuncias|requerimientos|solicitudes|casos)\s+"
             r"(?:(?:que\s+)?(?:hay|tenemos|tienen|quedan)\s+|(?:pendientes|abiertos|vencidos)\s+)?")
"""Complaints asked for, with what a question puts between the noun and whose or where they are."""
PLACE_LEAD = re.compile(ASKED_FOR + r"en\s+")
"""Complaints of a place named without a street word: "reclamos en Los Cobres", "¿casos que hay en La Chimba?"."""
SURNAME = re.compile(ASKED_FOR + r"(?:de|del)\s+(?:(?:los|las)\s+)?([a-z]+(?:\s+[a-z]+){0,2})")
"""Complaints of a surname said alone: "reclamos de Pizarro", "¿qué reclamos hay de Tapia?", a family's
"reclamos de los Zepeda"."""
ONE_SURNAME = re.compile(r"(?<![a-z])(?:reclamo|queja|denuncia|requerimiento|solicitud|caso)\s+(?:de|del)\s+"
                         r"(?:(?:la|el|los|las)\s+)?([a-z]+(?:\s+[a-z]+){0,2})")
"""One complaint asked about by a surname said alone, when the message asks how it stands: «cómo va el reclamo de
Fuentealba», «q pasó con el reclamo de la painemal»."""
ASKING_FOR_ANY = re.compile(r"(?<![a-z])(?:algun|hay|tiene|tienen|cuantos|cuales|que)\s+"
                            r"(?:reclamo|queja|denuncia|requerimiento)(?![a-z])")
"""A question about any complaint of someone ("¿hay algún reclamo de la señora Pizarro?"), not one named."""
WORD = re.compile(r"[a-z]+")
UNIT_HEADS = frozenset(("departamento", "depto", "direccion", "unidad", "oficina", "seccion", "area"))
TELLING = re.compile(r"(?<![a-z])(?:no|que|se)\s+$")
"""Words before a verb form that make it tell rather than ask."""
DESTINATION = re.compile(r"(?<![a-z])(?:a|al|para|hacia|ir\s+a)\s+([a-z][a-z ]{2,40}?)\s*(?:[,.;:!?]|$)")
HOW_IT_STANDS = r"\s+(?:sigue|siguen|esta|estan|va|quedo|fue|ya)(?:\s+|$)"
"""How the complaint stands, said after whose it is: «de la vecina Soto sigue abierto?», «… ya está resuelto?»."""
NAME_END = re.compile(r"\s+(?:por|que|sobre|en|de\s+calle|con)\s+|[,;:.?!]|" + HOW_IT_STANDS)
STANDS = re.compile(HOW_IT_STANDS)
MAX_OWNER_WORDS = 4
OWNER_WORD = re.compile(r"[a-z0-9]+|[,.;:!?]")
TITLE_END = re.compile(r"\.?\s*")
"""«la sra. Pérez»: the period of an abbreviated title is no end of the name."""


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    if cue(ctx, "invitation"):
        return None
    singular = _ticket(ctx) is not None or SINGULAR.search(ctx.norm) is not None
    plural = PLURAL.search(ctx.norm) is not None
    asking = plural or ASKING_FOR_ANY.search(ctx.norm) is not None or _looking_for_one(ctx)
    registering = first_of(ctx, verb_forms(CAPABILITY, "complaint_register"))
    if asking and not _ticket(ctx) and not registering and (
            cue(ctx, "complaint_citizen_lead") or cue(ctx, "complaint_address_lead") or _surname(ctx)
            or _place(ctx)):
        return "complaint.search", 0.85
    adding = first_of(ctx, verb_forms(CAPABILITY, "complaint_note"))
    pronoun = first_of(ctx, clitic_forms(CAPABILITY, "complaint_note", "complaint_move", "complaint_status")) \
        or (adding and adding.group().endswith("le"))
    if adding and not plural and _owner_noted(ctx, adding.end()):
        return "complaint.note", 0.85  # «anota en el de la señora Pérez que …»
    if _unit_only(ctx):
        return "complaint.move", 0.7  # «es de obras», «corresponde a la DOM»: the record the chat is about
    if _named_then_moved(ctx):
        return "complaint.move", 0.9  # «el de los ruidos es más de seguridad», «lo del perro, pásalo a aseo»
    if not (singular or pronoun) or plural:
        return None
    if adding and cue(ctx, "complaint_note_target"):
        return "complaint.note", 0.9
    if adding and pronoun and NOTE_OPENING.match(ctx.norm, adding.end()) and not contact_card(ctx):
        return "complaint.note", 0.85  # «agrégale que además hay un microbasural», «súmale: volvió a llamar»
    statuses = ctx.vocabulary.statuses
    sets_status = affirmed_status(ctx, {key: statuses[key] for key in SETTING}) is not None
    moving = first_of(ctx, verb_forms(CAPABILITY, "complaint_move")) or cue(ctx, "complaint_belongs")
    if moving and _named_department(ctx, _asks_to_move(ctx), kinds=None if singular else NAMES) \
            and not sets_status and "?" not in ctx.norm:  # «ese reclamo es de la dom»: its acronym names it too
        return "complaint.move", 0.9
    if pronoun and not singular and sets_status and first_of(ctx, clitic_forms(CAPABILITY, "complaint_status")):
        return "complaint.update", 0.85
    if singular and sets_status and _ordered_first(ctx):
        return "complaint.update", 0.9  # «Cierre el reclamo de la señora X»: a status asked for, no new complaint
    return None


def _ordered_first(ctx: Context) -> bool:
    """The message opens with a status verb that asks («Cierre el reclamo de…», «por favor marque como resuelto el
    reclamo…»), before the complaint is named: an order about a stored one, in any voice, not a complaint told."""
    verb = first_of(ctx, request_forms(CAPABILITY, "complaint_status"))
    noun = NOUN.search(ctx.norm)
    return verb is not None and noun is not None and verb.start() < noun.start() and _only_openers(
        ctx, ctx.norm[:verb.start()], ctx.vocabulary.words["courtesy_openers"])


def _unit_only(ctx: Context) -> bool:
    """The message only says which department a record belongs to («es de obras», «no, corresponde a la Dirección
    de Obras»): the record is the one in focus, whichever kind it is."""
    belongs = cue(ctx, "complaint_belongs")
    named = _named_department(ctx) if belongs else None
    if named is None:
        return False
    # every cue said, the department and the old one said to be wrong («no es de operaciones, lo ve obras»)
    cues = [m.span() for m in ctx.vocabulary.cue("complaint_belongs").finditer(ctx.norm)]
    said = _blanked(ctx.norm, [*cues, named[1], *_denied_names(ctx)])
    return set(WORD.findall(said)) <= set(ctx.vocabulary.words["unit_only_noise"])


def _blanked(norm: str, spans: list[Span]) -> str:
    """The text with the spans said blanked out, whether they overlap or not."""
    kept = list(norm)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _denied_names(ctx: Context) -> list[Span]:
    """The departments named only to be denied («no de medio ambiente», «no es de aseo»)."""
    norm = ctx.norm
    return [m.span() for _, pattern in ctx.router.names if pattern.may_occur(ctx.words) for m in pattern.finditer(norm)
            if DENIED.search(norm[max(0, m.start() - 12):m.start()])]


def _named_then_moved(ctx: Context) -> bool:
    """A complaint named first by its words («el de los ruidos», «lo del perro suelto»), then said to belong to a
    department or asked to go there: its move, whatever the words that name it lean to."""
    lead = ctx.vocabulary.slot("record_leads").at_start(ctx.norm, _word_at(ctx.norm, _opened(ctx)))
    if lead is None or "?" in ctx.norm:
        return False
    asked = first_of(ctx, request_forms(CAPABILITY, "complaint_move")) or cue(ctx, "complaint_belongs")
    return asked is not None and asked.start() > lead.end() and _named_department(ctx, True, NAMES) is not None \
        and affirmed_status(ctx, {key: ctx.vocabulary.statuses[key] for key in SETTING}) is None


def _opened(ctx: Context) -> int:
    """Where the message starts once the words that only open a clause («oye,», «ya,», «y») are passed."""
    openers = ctx.vocabulary.words["clause_openers"]
    at = 0
    for word in OWNER_WORD.finditer(ctx.norm):
        if word.group() not in openers and word.group()[0].isalnum():
            return word.start()
        at = word.end()
    return at


def _looking_for_one(ctx: Context) -> bool:
    """One complaint looked for, not told: a finding verb («busca el reclamo de la sra. Tapia», «muéstreme…»),
    or a question that names only whose it is («¿reclamo de la señora Tapia?», «cómo va el de la sra. Pérez»), with
    no problem told after."""
    if NOUN.search(ctx.norm) is None:
        return False
    if any(not _wished(ctx, start) for start, _ in spans_of(ctx, request_forms(CAPABILITY, "complaint_find"))):
        return True
    lead = cue(ctx, "complaint_citizen_lead") or cue(ctx, "complaint_address_lead")
    if lead is None:
        return cue(ctx, "status_query") is not None and _surname(ctx) is not None  # «cómo va el de Fuentealba»
    if "?" not in ctx.norm and cue(ctx, "status_query") is None:
        return False  # «cómo va el reclamo de la sra. Pérez» asks as a question mark does
    told = NAME_END.search(ctx.norm, lead.end())
    return told is None or STANDS.match(ctx.norm, told.start()) is not None \
        or (told.group().strip() in ",;:.?!" and not ctx.norm[told.end():].strip(" ?!."))


def _wished(ctx: Context, start: int) -> bool:
    """A verb after «que» and its pronouns is what the resident wants done («urge que lo vean», «piden q lo revisen
    luego»): the complaint's own request, not the staff asking to look a complaint up."""
    end = start
    for word in reversed(list(WORD.finditer(ctx.norm, max(0, start - 30), start))):
        if word.group() not in CLITICS:
            end = word.end()
            break
    return end < start and ctx.vocabulary.cue("wish_lead").ending_at(ctx.norm, end) is not None


def _place(ctx: Context) -> Span | None:
    """The place after "reclamos en": capitalised words ("Los Cobres") that are no status, department or date."""
    lead = PLACE_LEAD.search(ctx.norm)
    if lead is None:
        return None
    span = capitalised_run(ctx, lead.end(), max_words=4)
    if span is None:
        return None
    statuses = ctx.vocabulary.statuses
    overlaps = [m.span() for phrases in statuses.values() for m in phrases.finditer(ctx.norm, lead.start())]
    named = _named_department(ctx)
    overlaps += [named[1]] if named else []
    overlaps += [(a.start, a.end) for a in ctx.atoms]
    return None if any(a < span[1] and span[0] < b for a, b in overlaps) else span


def _asks_to_move(ctx: Context) -> bool:
    """«derívalo a …», «pasa el reclamo a …», "le corresponde a …": then a routing word may name where it goes.
    A form after "no" or "que" tells what happens ("dice que no pasa el camión"): a request would say it
    otherwise («no lo pases»)."""
    words = request_forms(CAPABILITY, "complaint_move")
    asking = any(not TELLING.search(ctx.norm, 0, span[0]) for span in spans_of(ctx, words))
    return asking or bool(cue(ctx, "complaint_belongs"))


NAMES = ("name",)
"""A department's full names only: a unit's acronym is sent requests of every kind, not only complaints."""


def _named_department(ctx: Context, routing: bool = False,
                      kinds: tuple[str, ...] | None = None) -> tuple[str, Span] | None:
    """The department the complaint goes to: the first one named that is not denied ("es de obras, no de
    aseo", "no es de aseo sino de obras"). A part of a name ("riesgo de desastres") or a routing word ("salud", "luz")
    counts only when asked to move it (`routing`): in "me pasaron este caso: no tiene luz" it says what happened, not
    where it goes. An acronym («es de la dom») counts unless the `kinds` leave it out: to tell a complaint from
    another record asked to move («la solicitud de Mario Rojas derívala a la DOM» is a transparency request's)."""
    router, norm = ctx.router, ctx.norm
    hits = sorted(router.name_hits(ctx.text, ctx.words, kinds or ("name", "acronym")))
    if routing and not hits:  # «pásalo a riesgo de desastres»: a shorter way of its name, before any routing word
        hits = sorted((m.start(), code, m.span()) for code, pattern in router.parts if pattern.may_occur(ctx.words)
                      for m in pattern.finditer(norm))
    for _, code, span in hits:
        if not DENIED.search(norm[max(0, span[0] - 12):span[0]]):
            return code, span
    return router.route(norm) if routing and not hits else None


def _ticket(ctx: Context) -> tuple[str, Span] | None:
    """The message's ticket, also the number right before a colon ("agrega al reclamo 7: …"), which the
    shared reader leaves alone lest "7:30" be taken for one."""
    if ctx.ticket:
        return ctx.ticket
    match = NUMBER_BEFORE_COLON.search(ctx.norm)
    return (match.group(1), match.span(1)) if match else None


def _put_ticket(ctx: Context) -> Span | None:
    found = _ticket(ctx)
    if found:
        ctx.put("ticket", found[0], found[1])
    return found[1] if found else None


def put_leading_owner(ctx: Context) -> None:
    """The complaint named by whose or where it is, said first: «la de Dichato ya la limpiaron», «el reclamo de
    la sra. Pérez pásalo a medio ambiente», «el de don Luis, ciérralo»."""
    norm = ctx.norm
    lead = max((m for m in ctx.vocabulary.slot("record_leads").finditer(norm)
                if _only_openers(ctx, norm[:m.start()]) or norm[:m.start()].rstrip().endswith((",", ":", " que"))),
               key=lambda m: m.end(), default=None)
    span = owner(ctx, lead.end()) if lead else None
    if span:
        ctx.put_text("reference", span, ())


def _only_openers(ctx: Context, before: str, more: Container[str] = frozenset()) -> bool:
    """Whether what comes before a lead only opens the clause («oye, el reclamo de…», «ya, la de Dichato…»), or
    `more` words that may open it too."""
    openers = set(ctx.vocabulary.words["clause_openers"]) | set(more)
    return all(word in openers for word in before.replace(",", " ").replace(".", " ").replace(":", " ").split())


def put_following_owner(ctx: Context, start: int) -> int:
    """The complaint named by whose or where it is right after what to do with it («ciérralo al de don Ramón, ya
    lo arreglaron», «pasa a resuelto el de calle Prat»): the reference, and where what follows it starts."""
    words = ctx.vocabulary
    return _put_owner_after(ctx, start, (words.slot("record_leads"), words.cues["complaint_note_owner"]))


def _put_owner_after(ctx: Context, start: int, leads: Sequence[Phrases]) -> int:
    """The complaint named by whose or where it is, when one of `leads` opens it at `start`, put as the reference;
    where what follows its name starts (`start` when nothing names it there)."""
    at = _word_at(ctx.norm, start)
    lead = next((found for phrases in leads if (found := phrases.at_start(ctx.norm, at)) is not None), None)
    span = owner(ctx, lead.end()) if lead else None
    if span is None:
        return start
    ctx.put_text("reference", span, ())
    return span[1]


def owner(ctx: Context, start: int) -> Span | None:
    """Whose or where the complaint is, read from `start`: a resident's title left out, then a few words up to a
    stop word, a punctuation mark or a verb that says what to do with it («márcalo», «pásalo», «ciérralo»)."""
    start = _past_title(ctx, start)
    stops = set(ctx.vocabulary.words["record_lead_stops"]) | _acting_forms()
    named: list[Span] = []
    for word in OWNER_WORD.finditer(ctx.norm, start):
        capitalised = ctx.text.source(word.start(), word.start() + 1).isupper()  # «Los Olmos», «La Chimba»
        if not word.group()[0].isalnum() or (word.group() in stops and not (named and capitalised)) \
                or len(named) == MAX_OWNER_WORDS:
            break
        named.append(word.span())
    return (named[0][0], named[-1][1]) if named else None


def _word_at(norm: str, start: int) -> int:
    """Where the next word starts, spaces skipped."""
    return len(norm) - len(norm[start:].lstrip())


def _acting_forms() -> frozenset[str]:
    return request_forms(CAPABILITY, "complaint_status", "complaint_move", "complaint_note")


def move(ctx: Context) -> None:
    if _put_ticket(ctx) is None:
        put_leading_owner(ctx)
    asked = _asks_to_move(ctx)
    found = _named_department(ctx, asked)
    if found:
        ctx.put("department", found[0], found[1])
        return
    said = DESTINATION.search(ctx.norm) if asked else None
    if said:  # "pásalo a salud": the words, which the handler reads against the configured departments
        span = trim(ctx.norm, said.span(1), frozenset({"el", "la", "departamento", "direccion", "de", "del"}))
        if span:
            ctx.put("department", ctx.said(span), span)


def note(ctx: Context) -> None:
    ticket = _put_ticket(ctx)
    target = cue(ctx, "complaint_note_target") or first_of(ctx, verb_forms(CAPABILITY, "complaint_note"))
    if target is None:
        return  # no adding verb nor «nota»: «pásala al jueves» read as a note says none
    start = max(target.end() if target else 0, ticket[1] if ticket else 0)
    start = _noted_one(ctx, start) if ticket is None else start
    opening = COMMENT_START.match(ctx.norm, start)
    start = opening.end() if opening else start
    span = trim(ctx.norm, (start, len(ctx.norm)), frozenset({"que", "de", ":"}), frozenset())
    span = span and without_closing(ctx, span)
    if span:
        ctx.put("comment", ctx.said(span), span)


def _owner_noted(ctx: Context, start: int) -> bool:
    """An adding verb followed by the complaint named by whose or where it is: «anota en el de calle Prat: …»."""
    return ctx.vocabulary.cues["complaint_note_owner"].at_start(ctx.norm, _word_at(ctx.norm, start)) is not None


def _noted_one(ctx: Context, start: int) -> int:
    """Where the note starts once the complaint it goes to is read: «agrégale una nota al de calle Prat: …» and
    «agrega al reclamo de la señora Margarita que …» name it by its street or resident (the reference), «una nota
    al reclamo: …» by its noun only (the one in focus)."""
    targets = ctx.vocabulary.cues["complaint_note_target"]
    while (more := targets.at_start(ctx.norm, _word_at(ctx.norm, start))) is not None:
        start = more.end()
    return _put_owner_after(ctx, start, [ctx.vocabulary.cues[name] for name in OWNER_LEADS])


def _surname(ctx: Context) -> Span | None:
    """Capitalised names right after "reclamos de" that are no department and no date: "reclamos de Pizarro"; a
    known surname typed in lower case too ("reclamos de mamani", "q reclamos hay de huenchullan")."""
    from nlu.gazetteer import load

    match = SURNAME.search(ctx.norm) or (ONE_SURNAME.search(ctx.norm) if cue(ctx, "status_query") else None)
    if match is None:
        return None
    words = [word for word in WORD.finditer(ctx.norm, match.start(1), match.end(1))]
    capitalised = []
    surnames = load().surnames
    for word in words:
        if not ctx.text.source(word.start(), word.start() + 1).isupper() and word.group() not in surnames:
            break
        capitalised.append(word)
    if not capitalised:
        return None
    span = capitalised[0].start(), capitalised[-1].end()
    if capitalised[0].group() in UNIT_HEADS:
        return None  # «reclamos del Departamento de Obras» name no resident
    named = _named_department(ctx)
    overlaps = [named[1]] if named else []
    overlaps += [(a.start, a.end) for a in ctx.atoms]
    return None if any(a < span[1] and span[0] < b for a, b in overlaps) else span


def _past_title(ctx: Context, start: int) -> int:
    """Where the name said from `start` begins: after a resident's title and its period («la sra. Pérez»), whether
    the title comes after `start` or closed the lead before it («del sr. Pérez»)."""
    start = TITLE_END.match(ctx.norm, start).end()
    title = ctx.vocabulary.slot("citizen_titles").at_start(ctx.norm, start)
    return TITLE_END.match(ctx.norm, title.end()).end() if title else start


def search(ctx: Context) -> None:
    if not cue(ctx, "complaint_citizen_lead") and not cue(ctx, "complaint_address_lead"):
        surname = _surname(ctx)
        if surname:
            ctx.put("citizen", ctx.said(surname), surname)
            return
        place = _place(ctx)
        if place:
            ctx.put("address", ctx.said(place), place)
        return
    for slot, name in (("citizen", "complaint_citizen_lead"), ("address", "complaint_address_lead")):
        lead = cue(ctx, name)
        if lead is None:
            continue
        start = _past_title(ctx, lead.end()) if slot == "citizen" else lead.end()
        stop = NAME_END.search(ctx.norm, start) or BREAK.search(ctx.norm, start)
        end = stop.start() if stop else len(ctx.norm)
        span = trim(ctx.norm, (start, end), frozenset({"de", "del", "la", "el", "en", "a", "nombre"}))
        if span:
            ctx.put(slot, ctx.said(span), span)
