"""Contacts: who is asked for, and a new contact's name, post, institution, phone and e-mail."""

from __future__ import annotations

import re

from nlu.slots.common import EMAIL, WORDS, Context, Span, capitalised_run, free_segments, trim, with_label

CREATE_FRAME = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:el\s+|un\s+|una\s+|nuevo\s+|nueva\s+)?contactos?\b\s*(?:de\s+|del\s+|:)?\s*")


def query(ctx: Context) -> None:
    noise = ctx.vocabulary.noise("contact_query_noise")
    for segment in free_segments(ctx.norm, []):
        if ctx.put_text("query", segment, noise):
            return


def create(ctx: Context) -> None:
    words = ctx.vocabulary
    taken: list[Span] = []
    if ctx.phones:
        start, end, phone = ctx.phones[0]
        ctx.put("phone", phone, (start, end))
        taken.append(with_label(ctx, (start, end), "phone_labels"))
    email = EMAIL.search(ctx.norm)
    if email:
        ctx.put("email", ctx.text.source(*email.span()), email.span())
        taken.append(with_label(ctx, email.span(), "email_labels"))
    frame = CREATE_FRAME.match(ctx.norm)
    start = frame.end() if frame else 0
    noise = words.noise("frame_noise", "contact_create", extra=("contacto", "contactos"))
    segments = [s for s in (trim(ctx.norm, seg, noise) for seg in free_segments(ctx.norm, taken, start)) if s]
    if not segments:
        return
    name = segments[0]
    if len(segments) == 1:
        run = capitalised_run(ctx, name[0], max_words=4)
        if run and run[1] < name[1]:
            segments.append((run[1], name[1]))
            name = run
    ctx.put_text("name", name, noise)
    if len(segments) > 1:
        role = trim(ctx.norm, segments[1], words.noise("frame_noise"))
        ctx.put_text("role", role)
        institution = segments[2] if len(segments) > 2 else _institution_in(ctx, role)
        ctx.put_text("institution", institution, words.noise("frame_noise"))


def _institution_in(ctx: Context, role: Span | None) -> Span | None:
    """"presidente de la junta de vecinos Las Rocas": the institution is named inside the post."""
    if role is None:
        return None
    for match in re.finditer(r"(?<![a-z])(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?", ctx.norm[:role[1]]):
        if match.start() < role[0]:
            continue
        rest = (match.end(), role[1])
        first_word = WORDS.search(ctx.norm, rest[0], rest[1])
        if first_word and (ctx.vocabulary.slot("place_nouns").at_start(ctx.norm, rest[0])
                           or ctx.text.source(rest[0], rest[0] + 1).isupper()):
            return rest
    return None
