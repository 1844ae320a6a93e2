"""The shared rules: an ordered cascade over cue phrases whose decision is one vote among the evidence.

The rules run from the most specific family to the least: complaints (a ticket or the word
"reclamo" settles it), invitations, contacts, efemérides (a change or removal first), the briefing,
the agenda; greetings come last so that "hola, agenda de hoy" is an agenda query. Each family then
picks its member (create, query, update, respond) from the shape of the message, not from its exact words.
"""

from __future__ import annotations

import re

from nlu.dates import DAY, PART, RANGE, TIME
from nlu.slots.common import Context

ELLIPSIS = re.compile(r"(?<![a-z])(?:la|las|lo)\s+(?:de|del|de\s+la|de\s+los|que)(?![a-z])")
"""An answer that leaves the invitation implied: "acepta la del Rotary", "rechaza la de la Cámara"."""
PLURAL_COMPLAINTS = re.compile(r"(?<![a-z])(?:reclamos|quejas|denuncias|requerimientos|solicitudes)(?![a-z])")
SINGULAR_COMPLAINT = re.compile(r"(?<![a-z])(?:el|ese|este|del|al)\s+(?:reclamo|caso|ticket)(?![a-z])")
EFEMERIDE_WORD = re.compile(r"(?<![a-z])efemerides?(?![a-z])")
FRAMED_AS_NEW = re.compile(r"(?<![a-z])(?:reclam\w*|quejas?|se\s+quej\w*|denuncia\w*)\s+(?:por|de\s+que|sobre|:)")
"""A complaint told as new ("reclamo por ...", "se quejan de que ..."), even with a ticket or a plural."""
PLURAL_INVITATIONS = re.compile(r"(?<![a-z])invitaciones(?![a-z])")
UPCOMING = re.compile(r"(?<![a-z])(?:proxim|siguient)")
AGENDA_WORD = re.compile(r"(?<![a-z])agenda(?![a-z])")
AGENDA_LEAD = re.compile(r"(?:de|del|para|entre|de\s+la|para\s+el|para\s+la)\s+")
RESIDENTS = re.compile(r"(?<![a-z])vecin[oa]s")
OPENING_WORDS = 4
ANSWERS = ("accept", "decline", "delegate")


def classify(ctx: Context) -> tuple[str, float]:
    """The intent and a rough confidence (1.0 for an unmistakable cue, lower for a guess)."""
    for rule in (_complaint, _invitation, _contact, _efemeride_change, _efemeride_strong, _briefing, _efemeride_weak,
                 _agenda, _resident_request, _help):
        found = rule(ctx)
        if found:
            return found
    return "unknown", 0.0


def _cue(ctx: Context, name: str) -> bool:
    return ctx.cue(name) is not None


def _opening(ctx: Context, name: str, words: int = OPENING_WORDS) -> bool:
    """The cue appears among the first words, where Spanish chat puts the verb of a request."""
    match = ctx.cue(name)
    return match is not None and len(ctx.norm[:match.start()].split()) < words


def _is_question(ctx: Context) -> bool:
    return "?" in ctx.norm or ctx.vocabulary.cue("question").at_start(ctx.norm.lstrip(" ¿")) is not None


def _has_day(ctx: Context, deadline: bool = False) -> bool:
    return any(a.kind in (DAY, RANGE) and (deadline or not a.deadline) for a in ctx.atoms)


def _complaint(ctx: Context) -> tuple[str, float] | None:
    ticket = ctx.ticket
    strict_ticket = ticket is not None and ticket[0].startswith("R-")
    if not (_cue(ctx, "complaint") or strict_ticket):
        return None
    statuses = ctx.vocabulary.statuses
    sets_status = any(ctx.finds(statuses[k]) for k in ("resolved", "in_progress", "rejected", "new"))
    singular = ticket is not None or SINGULAR_COMPLAINT.search(ctx.norm) is not None
    plural = PLURAL_COMPLAINTS.search(ctx.norm) is not None
    question = _is_question(ctx) or _cue(ctx, "status_query")
    if sets_status and singular and not question and not plural:
        return "complaint.update", 0.9
    framed_as_new = FRAMED_AS_NEW.search(ctx.norm)
    if question or (ticket and not framed_as_new) or (plural and not framed_as_new):
        return "complaint.query", 0.9
    if any(ctx.finds(statuses[k]) for k in ("pending", "overdue")) and not framed_as_new:
        return "complaint.query", 0.8
    return "complaint.create", 0.95


def _invitation(ctx: Context) -> tuple[str, float] | None:
    invitation = _cue(ctx, "invitation")
    responds = any(_cue(ctx, name) for name in ANSWERS)
    if invitation and _cue(ctx, "invitation_list") and not any(_opening(ctx, name, 2) for name in ANSWERS) \
            and (PLURAL_INVITATIONS.search(ctx.norm) or _is_question(ctx)):
        return "invitation.query", 0.9
    if responds:
        opening = any(_opening(ctx, name) for name in ANSWERS)
        strong = _cue(ctx, "delegate") or _cue(ctx, "decline")
        creates = invitation and _invitation_opens(ctx) and _has_day(ctx)
        mentions_event = invitation or _cue(ctx, "event_nouns") or "alcald" in ctx.norm or "asistencia" in ctx.norm
        mentions_event = mentions_event or _cue(ctx, "delegate") or (opening and ELLIPSIS.search(ctx.norm) is not None)
        if not creates and mentions_event and (opening or strong or not _has_day(ctx)):
            return "invitation.respond", 0.85
    if invitation:
        return "invitation.create", 0.9
    return None


def _invitation_opens(ctx: Context) -> bool:
    """The message announces an invitation ("Invitación de...", "Llegó invitación", "X invita al alcalde")."""
    match = ctx.cue("invitation")
    return match is not None and (len(ctx.norm[:match.start()].split()) < OPENING_WORDS
                                  or match.group().startswith("invita"))


def _contact(ctx: Context) -> tuple[str, float] | None:
    has_details = bool(ctx.phones) or bool(ctx.emails)
    if not _cue(ctx, "contact"):
        adds = _opening(ctx, "contact_create", 2) and has_details and not ctx.atoms
        return ("contact.create", 0.7) if adds else None
    if _opening(ctx, "contact_create", 3) and (has_details or "contacto" in ctx.norm) and not _is_question(ctx):
        return "contact.create", 0.9
    return "contact.query", 0.85


def _efemeride_change(ctx: Context) -> tuple[str, float] | None:
    """"borra la efeméride del ...", "cambia el saludo del Día del Bombero: ...", "... es el 12, no el 11".

    A change or removal verb opens the request and an efeméride is named (or its greeting, which only
    efemérides have); a date corrected in passing changes one without any verb. A question, or an
    activity at a time, is not a change to an efeméride.
    """
    deletes = ctx.cue("efemeride_delete") if _opening(ctx, "efemeride_delete") else None
    updates = ctx.cue("efemeride_update") if _opening(ctx, "efemeride_update") else None
    corrects = _cue(ctx, "efemeride_correction") and any(a.kind == DAY for a in ctx.atoms)
    if not (deletes or updates or corrects) or _is_question(ctx) or _books_a_time(ctx):
        return None
    named = EFEMERIDE_WORD.search(ctx.norm) is not None or any(
        _cue(ctx, name) for name in ("efemeride", "efemeride_yearly", "efemeride_once"))
    if not (named or (updates and _cue(ctx, "efemeride_greeting"))):
        return None
    if deletes and not (updates and updates.start() < deletes.start()):
        return "efemeride.delete", 0.9
    return "efemeride.update", 0.9 if updates else 0.8


def _efemeride_strong(ctx: Context) -> tuple[str, float] | None:
    once = _cue(ctx, "efemeride_once") and any(a.kind == DAY and a.month_given for a in ctx.atoms)
    if not (EFEMERIDE_WORD.search(ctx.norm) or _cue(ctx, "efemeride_yearly") or once):
        return None
    return _efemeride_member(ctx), 0.9


def _efemeride_weak(ctx: Context) -> tuple[str, float] | None:
    """"cumpleaños", "día del ..." are efemérides unless the message books an activity at a time.

    A verb both share ("anota", "registra", "agrega") leaves it an efeméride; an agenda verb does not.
    """
    books = _opening(ctx, "event_create") and not _opening(ctx, "efemeride_create")
    if not _cue(ctx, "efemeride") or books or _agenda_as_noun(ctx):
        return None
    if _books_a_time(ctx):
        return None
    dated = any(a.kind == DAY and a.month_given for a in ctx.atoms)
    if dated or _cue(ctx, "efemeride_query") or _has_day(ctx):
        return _efemeride_member(ctx), 0.7
    return None


def _efemeride_member(ctx: Context) -> str:
    creates = _opening(ctx, "efemeride_create") or _cue(ctx, "efemeride_yearly") or _cue(ctx, "efemeride_once")
    dated = any(a.kind == DAY and a.month_given for a in ctx.atoms)
    if (creates or dated) and not _is_question(ctx) and not UPCOMING.search(ctx.norm):
        return "efemeride.create"
    return "efemeride.query"


def _briefing(ctx: Context) -> tuple[str, float] | None:
    """"resumen del día", but not an activity booked at a time ("entrevista con el diario X a las 12")."""
    if not _cue(ctx, "briefing") or _books_a_time(ctx):
        return None
    return "briefing.request", 0.9


def _books_a_time(ctx: Context) -> bool:
    return any(a.kind == TIME and not a.deadline for a in ctx.atoms)


def _agenda(ctx: Context) -> tuple[str, float] | None:
    has_time = _books_a_time(ctx)
    dated = has_time or _has_day(ctx)
    event_noun = _cue(ctx, "event_nouns")
    if _opening(ctx, "event_create") and not _is_question(ctx):
        return "event.create", 0.9
    if _agenda_as_noun(ctx) and not (has_time and event_noun and not _is_question(ctx)):
        return "agenda.query", 0.9
    if event_noun and dated and not _is_question(ctx) and (_opening(ctx, "event_nouns", 3) or has_time):
        return "event.create", 0.8
    asks_when = _is_question(ctx) and (_has_day(ctx) or event_noun or any(a.kind == PART for a in ctx.atoms))
    if _cue(ctx, "agenda") or asks_when:
        return "agenda.query", 0.8
    if event_noun and dated:
        return "event.create", 0.6
    return None


def _agenda_as_noun(ctx: Context) -> bool:
    """"agenda de hoy", "agenda del viernes", "agenda" alone: the agenda shown, not an activity added."""
    match = AGENDA_WORD.search(ctx.norm)
    if match is None:
        return False
    rest = ctx.norm[match.end():].lstrip(" ,")
    if not rest or rest.startswith("?"):
        return True
    after = match.end() + (len(ctx.norm) - match.end() - len(rest))
    starts = {a.start for a in ctx.atoms}
    lead = AGENDA_LEAD.match(rest)
    position = after + (lead.end() if lead else 0)
    return position in starts or (lead is not None and any(abs(s - position) <= 4 for s in starts)) or \
        _is_question(ctx) or ctx.norm[:match.start()].strip() not in ("", "la")


def _resident_request(ctx: Context) -> tuple[str, float] | None:
    """A complaint told without the word "reclamo": a resident asking, or a problem with a routed word."""
    resident = ctx.vocabulary.slot("citizen_titles").found(ctx.norm) or RESIDENTS.search(ctx.norm)
    problem = _cue(ctx, "complaint_problem")
    if not (resident or problem):
        return None
    if (resident and (problem or _cue(ctx, "complaint_verbs"))) or ctx.router.route(ctx.norm) is not None:
        return "complaint.create", 0.7
    return None


def _help(ctx: Context) -> tuple[str, float] | None:
    if not _cue(ctx, "help") or _cue(ctx, "help_not"):
        return None
    if len(ctx.norm.split()) <= 8 or _opening(ctx, "help", 2):
        return "help", 0.8
    return None
