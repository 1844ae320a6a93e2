"""Changing or removing a contact: which one (`reference`) and, for a change, its new phone, e-mail or post.

Evidence: a contact field ("fono", "correo", "cargo") with a changing verb or "nuevo …" / "ahora es", and for a
phone or e-mail change the value itself; removal is a removing verb with the word "contacto" (or the
protocol list). The reference is what is left once verbs, fields, values and framing words are taken out.
"""

from __future__ import annotations

import re

from nlu.slots.change_words import REPORTING, cue, first_of, other_register, put_reference, spans_of, verb_forms
from nlu.slots.common import Context, Span, trim

CAPABILITY = "contact_changes"
STATED = re.compile(r"(?<![a-z])(?:es|son|:)(?![a-z])|:")
OF_SOMEONE = re.compile(r"\s+(?:de|del|de\s+la|de\s+los)\s+")
ROLE_FIELD = re.compile(r"(?<![a-z])cargo(?![a-z])")
ROLE_VALUE = re.compile(r"\s*:\s*|\s+(?:ahora\s+es|ahora\s+sera|es\s+ahora|es|por|a)\s+")
ARTICLE = re.compile(r"(?:el|la)\s+")
POST_AFTER_NAME = re.compile(r"[\s,]*(?:como\s+)?(?:(?:el|la|nuevo|nueva)\s+)*")
"""Between whom an appointment names and the post: «… a Carlos Mena delegado …», «… a Paula Núñez como seremi …»."""
HIS = re.compile(r"^\W*(?:(?:y|ah|ok|ya|oye|ademas|tambien|e)\W+){0,3}su\s+(?:nuevo\s+|nueva\s+)?$")
"""«su celular es …», «y su correo es …», «ah, y su mail es …» opening the message: the field of someone the
conversation already names (the record in focus), not of a person the message names first («el delegado Tomás
Oyarzún, su celular es …»)."""
CLAUSE_END = re.compile(r"[,;.]|$")
NOISE = frozenset(REPORTING) | {"el", "la", "los", "las", "lo", "de", "del", "a", "se", "su", "sus", "es", "y",
                                "contacto", "contactos", "datos", "dato", "lista", "protocolo", "directorio",
                                "autoridades", "nuevo", "nueva", "numero", "fono", "telefono", "celular", "cel",
                                "correo", "mail", "email", "cargo", "whatsapp", "movil", "electronico"}


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    if ctx.ticket or cue(ctx, "complaint") or cue(ctx, "invitation"):
        return None
    if first_of(ctx, verb_forms(CAPABILITY, "contact_remove")) and not cue(ctx, "event_cancelled") \
            and (cue(ctx, "contact_list_words") or cue(ctx, "contact_gone")):
        return "contact.delete", 0.9
    if _post_changed(ctx):
        return "contact.update", 0.85
    if _post_told(ctx) is not None or _appointed(ctx) is not None:
        return "contact.update", 0.9 if _ordered(ctx) else 0.8
    field = cue(ctx, "contact_fields")
    changing = first_of(ctx, verb_forms(CAPABILITY, "contact_change")) or cue(ctx, "contact_new_field")
    if field and changing and (ctx.phones or ctx.emails or first_of(ctx, verb_forms(CAPABILITY, "contact_change"))):
        return "contact.update", 0.9
    if field and (ctx.phones or ctx.emails) and _added_to_someone(ctx):
        return "contact.update", 0.85  # «agrégale el correo …», «pon el fono … en su ficha»
    if field and _set_on_focus(ctx, field) is not None:
        return "contact.update", 0.85  # «el cargo póngale director de obras»: the field of the contact in focus
    if field and OF_SOMEONE.match(ctx.norm, field.end()) and _value_stated(ctx, field.end()) \
            and not cue(ctx, "contact_create"):
        return "contact.update", 0.75  # "el correo de Juan Soto es jsoto@…": a value stated for someone known
    if field and HIS.match(ctx.norm[:field.start()]) and (ctx.phones or ctx.emails) \
            and STATED.search(ctx.norm, field.end()) and not cue(ctx, "contact_list_words"):
        return "contact.update", 0.75  # "su celular es el 9 …, anótalo": a value of the contact the chat is about
    return None


VALUE_LEAD = re.compile(r"[\s:]*(?:(?:el|la|al|un|el\s+numero|el\s+n)\s+)?")


def _value_stated(ctx: Context, start: int) -> bool:
    """A phone or e-mail stated right after the first «es» or colon past `start` («el correo de Juan Soto es
    jsoto@…», «el fono del seremi: 9 …»); a colon that opens what someone wrote («Reenvío correo de la vecina X:
    "…". Su teléfono es …») states no value of the field named before it."""
    stated = STATED.search(ctx.norm, start)
    if stated is None:
        return False
    at = VALUE_LEAD.match(ctx.norm, stated.end()).end()
    return any(stated.end() <= value[0] <= at for value in [*ctx.phones, *ctx.emails])


def _added_to_someone(ctx: Context) -> bool:
    """A field added to a contact already stored: an adding verb whose «le» is that contact («agrégale», «ponle»),
    or one that says where the value goes («a su ficha», «a sus datos»)."""
    adding = first_of(ctx, verb_forms(CAPABILITY, "contact_add"))
    return adding is not None and (adding.group().endswith("le") or cue(ctx, "contact_own_record") is not None)


FIELD_FIRST = re.compile(r"\W*(?:(?:el|la|y|ya|oye|ah|ok|a|al)\W+){0,3}$")
"""Only an article or a filler before the field: «el cargo póngale …», «y al cargo ponle …»."""


def _set_on_focus(ctx: Context, field: re.Match[str]) -> re.Match[str] | None:
    """«el cargo póngale director de obras», «el correo ponle …»: the field named first, then an adding verb whose
    «le» is the contact the chat is about, then the value; the verb, so the value starts after it. A field named
    after someone («el cargo de Soto póngale …») is not this: the record is named."""
    if not FIELD_FIRST.match(ctx.norm[:field.start()]):
        return None
    adding = first_of(ctx, verb_forms(CAPABILITY, "contact_add"))
    if adding is None or not adding.group().endswith("le"):
        return None
    return adding if re.fullmatch(r"[\s,:]*", ctx.norm[field.end():adding.start()]) else None


def update(ctx: Context) -> None:
    if ctx.phones:
        ctx.put("phone", ctx.phones[0][2], ctx.phones[0][:2])
    if ctx.emails:
        ctx.put("email", ctx.text.source(*ctx.emails[0]), ctx.emails[0])
    role = _role(ctx)
    put_reference(ctx, _taken(ctx) + ([(role[0], len(ctx.norm))] if role else []), NOISE)


def _post_changed(ctx: Context) -> re.Match[str] | None:
    """«X ya no es director, ahora es seremi de Vivienda»: a post left and the new one, with no field named."""
    former = cue(ctx, "contact_former_post")
    return _new_post_said(ctx, former.end()) if former else None


def _new_post_said(ctx: Context, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Where a new post is told, between `start` and `end`: «ahora es», «fue nombrada», «asumió como»."""
    return ctx.vocabulary.cue("contact_new_post").search(ctx.norm, start, end)


def _post_told(ctx: Context) -> re.Match[str] | None:
    """«María Pérez fue nombrada seremi de Economía», «Juan Díaz ahora es director del CESFAM»: someone named, then a
    new post told as news, a post the gazetteer knows right after it («la reunión ahora es el jueves» tells none)."""
    told = _new_post_said(ctx)
    if told is None or not ctx.norm[:told.start()].strip():
        return None
    article = ARTICLE.match(ctx.norm, told.end() + 1)
    start = article.end() if article else told.end() + 1
    posts = (person.post for person in ctx.constituents().people if person.post)
    return told if any(post[0] == start for post in posts) else None


def _appointed(ctx: Context) -> tuple[Span, int] | None:
    """«nombraron a Carlos Mena delegado provincial», «designaron a la sra Paula Núñez como seremi de Salud»: the
    appointment told before whom, then the post; (the name, where the post starts)."""
    told = cue(ctx, "contact_appointed")
    if told is None:
        return None
    for person in ctx.constituents().people:
        if person.name is None or person.post is None:
            continue
        before = ctx.norm[told.end():(person.title or person.name)[0]].split()
        if before in ([], ["el"], ["la"]) and POST_AFTER_NAME.fullmatch(ctx.norm, person.name[1], person.post[0]):
            return person.name, person.post[0]
    return None


def _ordered(ctx: Context) -> bool:
    """The news comes with an order to change the record: «actualice su cargo», «cámbialo», «actualiza su ficha»."""
    return bool(first_of(ctx, verb_forms(CAPABILITY, "contact_change")) or cue(ctx, "contact_own_record")
                or ROLE_FIELD.search(ctx.norm))


def _role(ctx: Context) -> Span | None:
    """The new post: what follows "cargo" after a colon, "ahora es" or "por" ("el cargo de Rojas: director …"),
    or "ahora es" after the post left ("ya no es director, ahora es seremi")."""
    field = ROLE_FIELD.search(ctx.norm)
    if field is None:
        return _new_post(ctx)
    keep = NOISE - {"director", "directora"}
    value = _set_on_focus(ctx, field) or ROLE_VALUE.search(ctx.norm, field.end())
    # «el nuevo cargo de Rojas es administrador municipal, cámbialo»: the post ends with its clause
    span = trim(ctx.norm, (value.end(), CLAUSE_END.search(ctx.norm, value.end()).start()), keep) if value else None
    if span is None:  # «ahora es directora de salud, actualice su cargo (por favor)»: said before the field
        before = _new_post_said(ctx, 0, field.start())
        if before is not None:
            value = before
            span = trim(ctx.norm, (before.end(), CLAUSE_END.search(ctx.norm, before.end()).start()), keep)
    if value is None:  # «designaron a la sra Núñez como seremi de Salud, actualiza su cargo»
        return _appointed_post(ctx)
    if span:
        _put_role(ctx, span)
    return value.start(), span[1] if span else len(ctx.norm)


def _new_post(ctx: Context) -> Span | None:
    """The post after "ahora es" when the message says which post was left, or told as news of someone («fue
    nombrada seremi de Economía»): from the post left, or the news, to the end is taken (the reference is who,
    before it)."""
    new = _post_changed(ctx)
    former = cue(ctx, "contact_former_post")
    if new is None or former is None:
        new = former = _post_told(ctx)
    if new is None or former is None:
        return _appointed_post(ctx)
    span = trim(ctx.norm, (new.end(), CLAUSE_END.search(ctx.norm, new.end()).start()), NOISE)
    if span:
        _put_role(ctx, span)
    return former.start(), len(ctx.norm)


def _appointed_post(ctx: Context) -> Span | None:
    """The post after the name of whom an appointment is told («nombraron a Carlos Mena delegado provincial»): from
    the name's end on is taken (the reference is the name)."""
    appointed = _appointed(ctx)
    if appointed is None:
        return None
    name, start = appointed
    span = trim(ctx.norm, (start, CLAUSE_END.search(ctx.norm, start).start()), NOISE)
    if span:
        _put_role(ctx, span)
    return name[1], len(ctx.norm)


def _put_role(ctx: Context, span: Span) -> None:
    """The new post, and the institution it names («director del CESFAM»), read as a new contact's are: the
    institution stored beside the post left would be wrong beside the new one."""
    ctx.put("role", ctx.said(span), span)
    named = next((person.institution for person in ctx.constituents().people
                  if person.post and person.institution and span[0] <= person.post[0] < span[1]), None)
    if named is not None and named[1] <= span[1]:
        ctx.put("institution", ctx.said(named), named)


def delete(ctx: Context) -> None:
    put_reference(ctx, _taken(ctx), NOISE)


def _taken(ctx: Context) -> list[Span]:
    found = spans_of(ctx, verb_forms(CAPABILITY, "contact_change", "contact_remove", "contact_add"))
    said = (cue(ctx, name) for name in ("contact_new_field", "contact_gone", "contact_own_record", "contact_appointed",
                                        "contact_moved"))
    return found + [match.span() for match in said if match]
