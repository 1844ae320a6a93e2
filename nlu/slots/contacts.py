"""Contacts: who is asked for, and a new contact's name, post, institution, phone and e-mail."""

from __future__ import annotations

import re

from nlu.gazetteer import load
from nlu.normalize import fold
from nlu.slots.common import (
    BREAK,
    WORDS,
    Context,
    Span,
    capitalised_run,
    clean,
    take_email,
    take_phone,
    trim,
)
from nlu.slots.roman_numerals import numerals_in_capitals

CREATE_FRAME = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:el\s+|un\s+|una\s+|nuevo\s+|nueva\s+)?contactos?\b\s*(?:de\s+|del\s+|:)?\s*")


POST_LEAD = re.compile(r"\s*(?:[,:(-]\s*)?(?:(?:que\s+)?es\s+(?:el\s+|la\s+)?|como\s+)?")
"""What may stand between a name and the post said after it: "Ana Soto, es la …", "Luis Paredes como …"."""
APPOSITION_GAP = ("", "el", "la", "don", "dona")
"""What may stand between a post and the name said in apposition to it."""
OF = re.compile(r"\s+(?:de|del)\s+(?:(?:la|las|los|el)\s+)?")
ABBREVIATED = re.compile(r"(?<![\w@.])([^\W\d_]+)\.?(?![\w@])")
"""A word with the period an abbreviation may carry: «dir.», «Coord»."""


def query(ctx: Context) -> None:
    """The person, post or institution asked for: the first clause's words less the framing ones (a clause that
    only says who writes is passed over), the clause read on past an honorific's period ("¿me podría facilitar el
    correo del Sr. Gobernador Regional?"); asked by what the post does («¿quién dirige…?»), the head of it."""
    head = ctx.cue("contact_head")
    if head:  # «¿quién dirige el hospital?»: the hospital's head; the words of the asking are no part of it
        ctx.put("head", True, head.span())
    noise = ctx.vocabulary.noise("contact_query_noise", *(("contact_head",) if head else ()))
    introduction = ctx.vocabulary.slot("self_introductions")
    segments = ctx.segments(ctx.frame())
    for index, segment in enumerate(segments):
        span = trim(ctx.norm, segment, noise)
        if span and introduction.at_start(ctx.norm, span[0]) and index + 1 < len(segments):
            continue  # «soy Marcela de Dideco, ¿tienes el fono de…?»: who asks, not whom
        if span and ctx.put_text("query", _named_in_apposition(ctx, _to_clause_end(ctx, span)), noise):
            ctx.slots["query"] = spelled_post(ctx.slots["query"])  # «fono dir. obras»: the director's, in words
            return


def _named_in_apposition(ctx: Context, span: Span) -> Span:
    """The name said after a post in apposition, which finds the one person ("el párroco de Pichidegua, el Pbro.
    Luis Cáceres", "la directora del Daem, Verónica Salas"); else `span`."""
    for person in ctx.constituents().people:
        start = (person.title or person.name or span)[0]
        if person.name and start > span[1] \
                and ctx.norm[span[1]:start].strip(" ,") in APPOSITION_GAP:
            return person.name
    return span


def _to_clause_end(ctx: Context, span: Span) -> Span:
    """`span` widened to the end of its clause as the constituents read it, when it was cut at a period that
    ends an abbreviation, not the clause ("del Sr. Gobernador")."""
    end = span[1]
    if not ctx.norm.startswith(".", end):
        return span
    for token in ctx.constituents().tokens:
        if token.start < span[1]:
            continue
        if token.opens or token.atom or ctx.constituents().in_frame(token.start):
            break
        end = token.end
    return span[0], end


def recognize(ctx: Context) -> tuple[str, float] | None:
    """«anótelo: mayor Claudio Paredes, comisario de la Cuarta Comisaría, fono …»: an adding verb bringing a contact's
    card adds the contact, whatever record its pronoun seems to point at."""
    return ("contact.create", 0.9) if ctx.cue("contact_card") and contact_card(ctx) else None


def contact_card(ctx: Context) -> bool:
    """A person named with a post or rank, and a phone or e-mail: a contact's card. A resident is named without a post
    («la vecina Marisol Figueroa, fono …»), so a complaint's detail is no card."""
    return bool(ctx.phones or ctx.emails) and any(
        person.name and (person.post or person.more) for person in ctx.constituents().people)


def create(ctx: Context) -> None:
    """The contact's fields, the post in words («dir.» → «director»): a record keeps words, not shorthand."""
    _read_contact(ctx)
    if isinstance(ctx.slots.get("role"), str):
        ctx.slots["role"] = spelled_post(ctx.slots["role"])


def spelled_post(role: str) -> str:
    """«dir. del Liceo» → «director del Liceo», «Subdir. DAEM» → «Subdirector DAEM»."""
    spellings = load().post_spellings

    def spelled(match: re.Match[str]) -> str:
        said = spellings.get(fold(match.group(1)))
        if said is None:
            return match.group()
        return said[0].upper() + said[1:] if match.group(1)[0].isupper() else said

    return ABBREVIATED.sub(spelled, role)


def _read_contact(ctx: Context) -> None:
    """Phone and e-mail first; then the person as the constituents read them (honorific, name, post or
    rank, institution); the clauses left, in order, when no person is recognised."""
    words = ctx.vocabulary
    taken: list[Span] = []
    take_phone(ctx, taken)
    take_email(ctx, taken)
    if _put_person(ctx):
        return
    frame = CREATE_FRAME.match(ctx.norm)
    start = frame.end() if frame else 0
    noise = words.noise("frame_noise", "contact_create", extra=("contacto", "contactos"))
    segments = [s for s in (trim(ctx.norm, seg, noise) for seg in ctx.segments(taken, start)) if s]
    if not segments:
        return
    if len(segments) > 1 and _opens_with_post(ctx, segments[0]) and not _opens_with_post(ctx, segments[1]) \
            and _capitalised(ctx, segments[1]):
        segments[0], segments[1] = segments[1], segments[0]
    name = segments[0]
    if len(segments) == 1:
        run = capitalised_run(ctx, name[0], max_words=4)
        if run and run[1] < name[1]:
            segments.append((run[1], name[1]))
            name = run
    ctx.put_name("name", name, noise)
    if len(segments) > 1:
        role = trim(ctx.norm, segments[1], words.noise("frame_noise"))
        ctx.put_text("role", role)
        institution = segments[2] if len(segments) > 2 else _institution_in(ctx, role)
        ctx.put_text("institution", institution, words.noise("frame_noise"))


def _put_person(ctx: Context) -> bool:
    """The named person and their post; a post said apart, before the name ("el nuevo comisario de la
    1ra comisaría, mayor Claudio Fuentes"), goes with the rank."""
    people = ctx.constituents().people
    named = next((p for p in people if p.name), None)
    if named is None:
        return False
    said = ctx.norm[named.name[0]:named.name[1]]  # «De: Ana Ríos … Ana Ríos, Jefa de Área X»: the signature tells more
    named = next((p for p in people if p.name and p.post and ctx.norm[p.name[0]:p.name[1]] == said), named)
    if not ctx.put_name("name", named.name):
        return False
    posts = [p for p in people if p.post and (p is named or p.name is None)]
    roles = [ctx.text.source(*p.post) for p in posts] + [ctx.text.source(*more) for more in named.more]
    if roles:
        ctx.put("role", ", ".join(dict.fromkeys(numerals_in_capitals(clean(r)) for r in roles)), posts[0].post)
    institution = named.institution or next((p.institution for p in posts if p.institution), None)
    if not roles and institution is None:
        post, institution = _post_after(ctx, named.name)
        ctx.put_text("role", post, ctx.vocabulary.noise("frame_noise"))
    ctx.put_text("institution", institution, ctx.vocabulary.noise("frame_noise"))
    return True


def _tells_news(ctx: Context, start: int) -> bool:
    """Whether the words after a name tell how the person got in touch («don Ramón Espinoza llamó, cambió su
    número …», «la señora Rojas avisa que …»): news of them, never their post."""
    return any(ctx.vocabulary.slot(name).at_start(ctx.norm, start) for name in ("complaint_tellings", "reporter_leads"))


def _post_after(ctx: Context, name: Span) -> tuple[Span | None, Span | None]:
    """A post the gazetteer does not know, said right after the name up to the phone or the clause's end
    ("Marcela Oyarzún, capitana de puerto de Castro, 9 1111 2233"); the institution is what follows its last
    "de" when that is capitalised or a known institution ("… de Castro", "… de la Cooperativa Lechera")."""
    norm = ctx.norm
    lead = POST_LEAD.match(norm, name[1])
    start = lead.end() if lead else name[1]
    stop = BREAK.search(norm, start)
    end = stop.start() if stop else len(norm)
    blocked = [(a, b) for a, b, _ in ctx.phones] + list(ctx.emails) + ctx.atom_spans()
    end = min([end] + [a for a, _ in blocked if a >= start])
    labels = ctx.vocabulary.noise("frame_noise", "phone_labels", "email_labels")
    post = trim(norm, (start, end), labels)
    post = post and ctx.without_frame(post, labels)
    if post is None or _tells_news(ctx, post[0]):
        return None, None
    split = None
    for joint in OF.finditer(norm, post[0], post[1]):
        head = joint.end()
        if head < post[1] and joint.start() > post[0] and (
                ctx.text.source(head, head + 1).isupper() or ctx.vocabulary.slot("place_nouns").at_start(norm, head)):
            split = joint
    if split is None:
        return post, None
    return (post[0], split.start()), (split.end(), post[1])


def _institution_in(ctx: Context, role: Span | None) -> Span | None:
    """The institution named inside the post: "presidente de la junta de vecinos X", "jefa Cámara de Turismo"."""
    if role is None:
        return None
    noun = ctx.vocabulary.slot("place_nouns").search(ctx.norm, role[0], role[1])
    if noun and noun.start() > role[0]:
        return noun.start(), role[1]
    words = list(WORDS.finditer(ctx.norm, role[0], role[1]))[1:]
    named = next((w for w in words if ctx.text.source(w.start(), w.start() + 1).isupper()), None)
    return (named.start(), role[1]) if named else None


def _opens_with_post(ctx: Context, span: Span) -> bool:
    """"directora del Daem, Verónica Salas": the post said before the name ("Director Pedro Pérez" is a name)."""
    words = list(WORDS.finditer(ctx.norm, *span))
    if not words or words[0].group() not in ctx.vocabulary.words["post_words"]:
        return False
    return len(words) == 1 or not ctx.text.source(words[1].start(), words[1].start() + 1).isupper()


def _capitalised(ctx: Context, span: Span) -> bool:
    """Every word but the joiners starts with a capital, as a person's name does."""
    joiners = ctx.vocabulary.words["name_joiners"]
    words = [w for w in WORDS.finditer(ctx.norm, *span) if w.group() not in joiners]
    return bool(words) and all(ctx.text.source(w.start(), w.start() + 1).isupper() for w in words)
