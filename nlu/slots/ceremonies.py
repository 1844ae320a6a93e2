"""Evidence and slots for the municipality's own ceremonies (declared in lexicon/capabilities/ceremonies.toml).

A ceremony is told apart from an activity the mayor attends by the municipality being its host («la
ceremonia de aniversario de la comuna», «organizamos», «nueva ceremonia»); the guests' answers by a
guest's post being the subject of an answer verb, never the mayor's.
"""

from __future__ import annotations

import re
from collections.abc import Container

from nlu.slots.common import Context, Span, clean, trim
from nlu.slots.events import book

CONNECTOR = re.compile(r"^(?:(?:de|del|para|a|al|en|sobre)\s+)?(?:(?:la|el|los|las)\s+)?")
REFERENCE_LEAD = re.compile(r"\s(?:al|a\s+la|para\s+el|para\s+la|del|de\s+la|en\s+el|en\s+la)\s")
LIST_JOINED = re.compile(r"(?:\s(?:y|e)(?:\s+tambien)?|,)$")
"""«a la diputada Vidal y al concejal Morales»: an «al» right after «y» or a comma goes on the guest list."""
LIST_WORDS = re.compile(r"^(?:lista\s+de\s+invitad[oa]s\s+|ceremonia\s+)(?:(?:de|del|de\s+la)\s+)?")
ANSWERS = (("represented", "ceremony_represented"), ("declined", "ceremony_declined"),
           ("attended", "ceremony_attended"), ("confirmed", "ceremony_confirmed"))
MAYOR = "alcald"
FOLLOW_UP = ("y",)
"""The «y» of a follow-up («¿y la diputada viene?») opens a guest's answer or question as courtesy does."""
OPENING_CHARS = 40
"""How far into the message a request verb still opens it (a few words)."""


def create(ctx: Context) -> None:
    """A ceremony is booked as an activity is; the words the office uses for organising its own («vamos a
    organizar», «realizaremos») are no part of its title."""
    book(ctx, "ceremony_own")


def recognize(ctx: Context) -> tuple[str, float] | None:
    """The ceremony intent the message's own words show, or None (then the shared rules decide).

    Each reading needs the shape of its request, not only its words: an activity being booked
    («agendar el saludo protocolar del comisario») or the mayor's own answer («va en representación
    el concejal») stays with the agenda and the invitations.
    """
    if _opens_with(ctx, "event_create"):
        return None
    for cue, intent in (("ceremony_precedence", "ceremony.precedence"), ("ceremony_greeting", "ceremony.greeting"),
                        ("ceremony_letters", "ceremony.letters")):
        if ctx.cue(cue):
            return intent, 0.9
    if _invites_guests(ctx) or _opens_with(ctx, "ceremony_invite_pointed"):
        return "ceremony.invite", 0.85
    if _answer(ctx) and _guest_is_subject(ctx) and not _names_mayor(ctx):
        return ("ceremony.query" if "?" in ctx.norm else "ceremony.answer"), 0.8  # «¿el comandante confirmó?» asks
    asks = ctx.cue("ceremony_guests_query")
    if asks and (ctx.cue("ceremony_noun") or asks.start() < OPENING_CHARS) and "invitacion" not in ctx.norm:
        return "ceremony.query", 0.8
    hosted = ctx.norm.startswith("ceremonia") or ctx.cue("ceremony_own")
    if hosted and any(a.kind in ("day", "time") for a in ctx.atoms) and not ctx.cue("invitation"):
        return "ceremony.create", 0.8
    return None


def _invites_guests(ctx: Context) -> bool:
    """«invita a los concejales (al aniversario)»; «agrega/suma/incluye a …» only when a ceremony or its
    guest list is named, since «agrega a la concejala Ríos, fono …» adds a contact. One more guest of the
    ceremony in focus («súmale al comandante», «y a la diputada Vidal») needs no ceremony named."""
    invite = _invite_verb(ctx)
    guest = ctx.cue("ceremony_guest_group") or ctx.cue("ceremony_guest_post")
    if not (invite and guest and guest.start() >= invite.start()):
        return False
    if _names_mayor(ctx) or ctx.phones or ctx.emails:
        return False
    return invite.group().startswith("invit") or bool(ctx.cue("ceremony_noun")) or "invitad" in ctx.norm or \
        _opens_with(ctx, "ceremony_invite_more")


def _invite_verb(ctx: Context) -> re.Match[str] | None:
    """The request that opens the message: «invita (también) a …», or one more guest («súmale al …», «y a la …»)."""
    for cue in ("ceremony_invite_more", "ceremony_invite"):
        if _opens_with(ctx, cue):
            return ctx.cue(cue)
    return None


def _opens_with(ctx: Context, cue: str) -> bool:
    """The cue stands first in the message, past courtesy words only (a request's verb)."""
    found = ctx.cue(cue)
    if found is None:
        return False
    before = ctx.norm[:found.start()].strip(" ,¿¡").split()
    courtesy = ctx.vocabulary.cue_words["request_courtesy"]
    return all(word in courtesy for word in before)


def _guest_is_subject(ctx: Context) -> bool:
    """«el senador Pérez confirmó…»: a guest's post opens the message, before the answer verb."""
    post = ctx.cue("ceremony_guest_post")
    answer = _answer(ctx)
    verb = ctx.cue(dict(ANSWERS)[answer]) if answer else None
    if post is None or verb is None:
        return False
    if post.start() > verb.start():  # «confirmó el senador Pérez»: the verb opens, its subject right after it
        return answer != "represented" and _said_words(ctx, 0, verb.start()) == 0 and \
            _said_words(ctx, verb.end(), post.start()) <= 1  # «manda a la concejala …»: who goes, not who answers
    return _said_words(ctx, 0, post.start()) <= 1


def _said_words(ctx: Context, start: int, end: int) -> int:
    """The words between two places that are not courtesy («oye», «porfa») nor the «y» of a follow-up («¿y la
    diputada viene?»)."""
    opening = _opening_words(ctx)
    return len([word for word in ctx.norm[start:end].split() if word.strip(",.¿") not in opening])


def _opening_words(ctx: Context) -> Container[str]:
    return ctx.vocabulary.noise("request_courtesy", extra=FOLLOW_UP)

def _names_mayor(ctx: Context) -> bool:
    return MAYOR in ctx.norm


def _answer(ctx: Context) -> str | None:
    return next((answer for answer, cue in ANSWERS if ctx.cue(cue)), None)


def _tail(ctx: Context, start: int) -> tuple[int, int] | None:
    """The words after `start` up to the end of the clause, past a leading connector."""
    rest = ctx.norm[start:]
    end = start + len(re.split(r"[.;?!\n]", rest, maxsplit=1)[0])
    lead = CONNECTOR.match(ctx.norm[start:end].lstrip())
    begin = start + (len(ctx.norm[start:end]) - len(ctx.norm[start:end].lstrip())) + (lead.end() if lead else 0)
    return (begin, end) if ctx.norm[begin:end].strip() else None


def _put_reference(ctx: Context, span: tuple[int, int] | None) -> None:
    if span is None:
        return
    words = LIST_WORDS.sub("", ctx.norm[span[0]:span[1]])
    begin = span[1] - len(words)
    value = clean(ctx.text.source(begin, span[1]))
    if value:
        ctx.put("reference", value, (begin, span[1]))


def invite(ctx: Context) -> None:
    """«invita a los concejales al aniversario de la comuna»: guests, then the ceremony after «al»/«a la»."""
    pointed = ctx.cue("ceremony_invite_pointed") if _opens_with(ctx, "ceremony_invite_pointed") else None
    if pointed:  # «ahora invítelo al izamiento»: the guest is whom the conversation is about; the rest, the ceremony
        ctx.put("pointed", True, pointed.span())
        _put_reference(ctx, _tail(ctx, pointed.end()))
        return
    verb = _invite_verb(ctx) or ctx.cue("ceremony_invite")
    if verb is None:
        return
    rest = _tail(ctx, verb.end())
    if rest is None:
        return
    lead = next((m for m in REFERENCE_LEAD.finditer(ctx.norm, rest[0], rest[1])
                 if not LIST_JOINED.search(ctx.norm, 0, m.start()) and _leads_to_ceremony(ctx, m)), None)
    guests = trim(ctx.norm, (rest[0], lead.start() if lead else rest[1]),
                  ctx.vocabulary.cue_words["request_courtesy"])
    if guests is None:
        return
    ctx.put("guests", clean(ctx.text.source(*guests)), guests)
    ctx.put("people", _people_in(ctx, guests) or None)
    if lead:
        _put_reference(ctx, (lead.end(), rest[1]))


def _people_in(ctx: Context, span: tuple[int, int]) -> list[dict[str, str]]:
    """Each guest told by name and post («la rectora Marcela Soto de la Universidad de Valparaíso»), as the
    constituents read them: one who is not on the protocol list is still invited, and may be added to it."""
    people = []
    for person in ctx.constituents().people:
        if person.name is None or person.post is None or not span[0] <= person.name[0] < span[1]:
            continue
        parts = {"name": person.name, "post": person.post, "institution": person.institution}
        people.append({key: clean(ctx.text.source(*part)) for key, part in parts.items() if part})
    return people


def _leads_to_ceremony(ctx: Context, lead: re.Match[str]) -> bool:
    """«al aniversario», «a la ceremonia»; «del»/«de la» only before a ceremony's noun, since after a guest they
    name what the post heads («el comandante del regimiento», «la rectora de la Universidad de Valparaíso»)."""
    if not lead.group().strip().startswith("de"):
        return True
    noun = ctx.cue("ceremony_noun")
    return noun is not None and noun.start() >= lead.end()


ALSO = re.compile(r"\s*,?\s+(?:y|e)\s+((?:el|la|los|las)\s+\S.*?)\s+(?:tambien|igual|tb|tbn)(?![a-z])")
"""«… confirmó y el senador también»: one more guest who gave the same answer, named after the verb."""

REPRESENTATIVE_END = re.compile(r"\s(?:en\s+su\s+representacion|en\s+representacion|en\s+su\s+nombre|"
                                r"en\s+nombre\s+suyo|en\s+su\s+lugar|en\s+su\s+reemplazo|al|a\s+la|para)(?=\s|$)|[,.;]")
"""Where who goes in a guest's place ends: «envía a Juan Soto en su representación al aniversario»."""

def answer(ctx: Context) -> None:
    """«el senador Pérez confirmó su asistencia al aniversario», «la seremi envía a Juan Soto en su representación»."""
    found = _answer(ctx)
    if found is None:
        return
    cue = dict((a, c) for a, c in ANSWERS)[found]
    verb = ctx.cue(cue)
    ctx.put("answer", found, verb.span())
    said = trim(ctx.norm, (0, verb.start()), _opening_words(ctx)) or _after_verb(ctx, verb)
    guest = clean(ctx.text.source(*said)) if said else ""
    also = ALSO.match(ctx.norm, verb.end())
    if also:  # «la seremi Pérez confirmó y el senador también»: both answered the same
        guest = f"{guest} y {clean(ctx.text.source(*also.span(1)))}"
    span = (said[0], also.end()) if said and also else said
    ctx.put("guest", re.sub(r"^(?:el|la|los|las)\s+", "", guest, flags=re.IGNORECASE), span)
    if found == "represented":
        _put_representative(ctx, verb.end())
    lead = REFERENCE_LEAD.search(ctx.norm, verb.end())
    if lead:
        _put_reference(ctx, _tail(ctx, lead.start()))


def _after_verb(ctx: Context, verb: re.Match[str]) -> tuple[int, int] | None:
    """The guest named after an opening verb («confirmó el senador Pérez (para el aniversario)»)."""
    rest = _tail(ctx, verb.end())
    if rest is None:
        return None
    lead = REFERENCE_LEAD.search(ctx.norm, rest[0], rest[1])
    return rest[0], lead.start() if lead else rest[1]


def _put_representative(ctx: Context, start: int) -> None:
    rest = ctx.norm[start:]
    stop = REPRESENTATIVE_END.search(rest)
    end = start + (stop.start() if stop else len(rest))
    if stop and rest[stop.start()] == ",":  # «manda a su jefe de gabinete, don Tomás Rojas, en su representación»
        after = REPRESENTATIVE_END.search(ctx.norm, end + 1)
        if _named_in(ctx, (end, after.start() if after else len(ctx.norm))):
            end = after.start() if after else len(ctx.norm)
    person = _representative(ctx, (start, end))
    if person:
        ctx.put("representative", person, (start, end))
    elif stop is not None:
        earlier = ctx.norm[:start].rfind(" a ")
        if earlier > 0:
            ctx.put("representative", clean(ctx.text.source(earlier + 3, start).split(" en ")[0]))


def _named_in(ctx: Context, span: tuple[int, int]) -> list[Span]:
    """The names of people told within the span («don Tomás Rojas»), as the constituents read them."""
    return [p.name for p in ctx.constituents().people if p.name and span[0] <= p.name[0] < span[1]]


def _representative(ctx: Context, span: tuple[int, int]) -> str:
    """Who goes in a guest's place: «Tomás Rojas, jefe de gabinete» when a name is told (the post without «su»,
    the name without «don»), else the words as said («su jefe de gabinete»)."""
    names = _named_in(ctx, span)
    if not names:
        return re.sub(r"^(?:a|al)\s+", "", clean(ctx.text.source(*span)))
    posts = [p.post for p in ctx.constituents().people if p.post and span[0] <= p.post[0] < span[1]]
    name = clean(ctx.text.source(*names[0]))
    if posts:
        return f"{name}, {clean(ctx.text.source(*posts[0]))}"
    title = _title_before(ctx, span[0], names[0][0])
    return f"{title} {name}" if title else name


def _title_before(ctx: Context, start: int, name: int) -> str:
    """A title said before the name that no post reads («al padre Luis», «a monseñor Ruiz»): the protocol greeting
    names the representative with it; a courtesy («a don Tomás») it drops."""
    said = re.sub(r"^\s*(?:a|al)\s+", " ", ctx.norm[start:name])
    courtesy = ctx.vocabulary.words["representative_courtesy"]
    if not said.strip() or all(word in courtesy for word in said.split()):
        return ""
    return clean(ctx.text.source(name - len(said.lstrip()), name))


def query(ctx: Context) -> None:
    """Who is invited, who comes or is missing; or how one guest stands («¿confirmó el senador Pérez?»)."""
    if _answer(ctx) and _guest_is_subject(ctx):
        answer(ctx)
        for told in ("answer", "representative"):
            ctx.slots.pop(told, None)
            ctx.spans.pop(told, None)
        return
    for value, cue in (("pending", "ceremony_pending"), ("declined", "ceremony_excused"),
                       ("confirmed", "ceremony_coming")):
        found = ctx.cue(cue)
        if found:
            ctx.put("filter", value, found.span())
            break
    output(ctx)


def output(ctx: Context) -> None:
    """The ceremony a list, greeting or letters are for: the words after its connector («del aniversario»)."""
    anchor = ctx.cue("ceremony_noun")
    lead = REFERENCE_LEAD.search(ctx.norm, max(0, (anchor.start() if anchor else 0) - 8))
    if anchor:
        _put_reference(ctx, _tail(ctx, anchor.start()))
    elif lead:
        _put_reference(ctx, _tail(ctx, lead.start()))
