"""Invitations: who invites to what, when and where; an answer to one; the list awaiting answers."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cache

from nlu.gazetteer import load
from nlu.moments import query_range
from nlu.normalize import fold
from nlu.phrases import alternation
from nlu.slots.activity import put_place, put_title, put_when
from nlu.slots.common import Context, Span, capitalised_run, clause_end, first_phrase, trim
from nlu.slots.typed_names import capitalised_after_honorific

WORD = re.compile(r"[a-z0-9]+")

ARTICLE = r"(?:(?:la|el|los|las)\s+)?"
ORGANIZER_END = re.compile(
    r"\s+(?:a|al|a\s+la|para|para\s+la|para\s+el|que|con\s+motivo|en|invita\w*|nos|le|les)\s+|[,;:.!?(]|\s+-\s+")
FROM_INVITATION = (r"(?<![a-z])invit(?:aci\w+|an|aron|es?)\s*,?\s+(?:{qualifiers}\s+)*"
                   r"(?:(?:por|via)\s+(?:correo|mail|email|whatsapp|carta|oficio)\s+)?"
                   r"(?:de\s+parte\s+de|de|del|desde)\s+" + ARTICLE)
"""Who invites, after the invitation, what the office says of it (`invitation_qualifiers`) and how it came:
"invitación (formal) (por correo) de la Asociación de Municipios", "invitan de la Cámara de Turismo", «llegó
invite de la SOFO»; a pictograph after the word folds to a comma («invi 📩 de la U»)."""
INVITED_BY = re.compile(r"(?<![a-z])invitad[oa]s?\s+(?:por|de\s+parte\s+de)\s+" + ARTICLE)
"""Who invites, after the invited one: "el alcalde está invitado por la Cámara de Comercio a …"."""
ORGANIZED_BY = re.compile(r"(?<![a-z])(?:lo|la|los|las)\s+organiza(?:n)?\s+" + ARTICLE)
"""Who invites, said after the activity: «…, lo organiza la Cámara de Turismo, el 5 de noviembre…»."""
ON_BEHALF = re.compile(r"(?<![a-z])de\s*parte\s+del?\s+" + ARTICLE)
"""Who invites, named apart: "invitación a la alcaldesa de parte de la Universidad Austral"."""
BARE_INVITATION = (r"(?<![a-z])invitacion\.?(?>(?:\s+[a-z]+[ai]d[ao](?![a-z]))?)\s*[:\-]?\s+"
                   r"(?!(?:de|del|a|al|para|la|el|por|que|con|en|{qualifiers})(?:\s|$))(?=[a-z])")
"""Who invites, right after the word, as a heading may write it: «invitación escuela X, …», «Invit. Liceo X:
acto…», «Invitación: Liceo X, licenciatura…», «Invitación recibida: Gobernación X — …» (a participle says how it
came, not who sent it), nor a qualifier of it («invitación formal al alcalde»). The participle is taken whole
once said: «invitación dirigida al señor alcalde» names whom it is addressed to, never who invites."""
AFTER_VERB = re.compile(r"(?<![a-z])(?:nos|le|les|lo|la)\s+invita(?:n|ron)?\s+(?!(?:a|al|para)\s)" + ARTICLE)
SUBJECT = re.compile(r"\s*" + ARTICLE
                     + r"(?P<who>[a-z0-9].*?)\s+(?:nos\s+|le\s+|lo\s+|la\s+)?invit(?:a|an|aron|o)(?![a-z])")
"""Who invites as the subject, at the start of the message or of a sentence (`_sentence_starts`): «invitación!! la
Asoc. X invita», «Invitación. El Club de Leones invita…»."""
INVITES = re.compile(r"(?<![a-z])invit(?:a|an|aron|o)(?![a-z])")
"""The verb of the one who invites: the clause it opens («…, Coronel Ramírez, invita al alcalde a …») says who is
invited, never where."""
TOLD_THAT = re.compile(r"(?<![a-z])(?:que|q)(?:\s+|$)" + ARTICLE)
"""The «que» after a verb of telling, and the article of the subject it opens."""
INVITED_TO = re.compile(r"\s+(?:a|al|a\s+la|a\s+las|a\s+los|para|para\s+el|para\s+la)\s+")
SENTENCE_START = re.compile(r"[.!?:;]+")
SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
OBJECT_BEFORE = re.compile(r"(?<![a-z])(?:a|al|a\s+la|con|para|en|por)\s+$")
"""A name after one of these is no subject: "reunión con la Junta …", "invita al Concejo"."""
SUBJECT_AFTER = re.compile(r"\s+(?:(?:la|el|los|las)\s+)?")
WITH = re.compile(r"(?<![a-z])(?:con|organiza(?:do|da)?\s+por|organiza)\s+" + ARTICLE)
APPOSITION = re.compile(r"\s*,\s*" + ARTICLE)
NOT_A_PERSON = re.compile(r"(?:en|a|al|para)\s")
"""What follows "lo representa" when the person was named before it: "el concejal Rojas lo representa en la cena"."""


WHO_NOISE = ("a", "al", "en", "el", "la", "los", "las", "de", "del", "para", "por", "va", "ir", "ira", "asiste",
             "finalmente", "final", "entonces", "y", "e", "o", "nos", "lo", "le", "que", "se", "representa",
             "representara", "invitacion")
"""Words around the invitation's name in a question about who goes: "¿y a la cena del Rotary al final quién va?"."""


def create(ctx: Context) -> None:
    """A forwarded mail says who sent it in its body ("El Comandante … tiene el agrado de invitar"), not in
    its «De:» (an office that forwards), and what it is in its «Asunto:»."""
    put_when(ctx)
    taken = ctx.atom_spans() + [(a, b) for a, b, _ in ctx.phones] + ctx.frame()
    mail = ctx.mail()
    organizer = (mail and _mail_organizer(ctx, mail)) or _organizer(ctx)
    if organizer and ctx.put_text("organizer", organizer, ctx.vocabulary.noise("frame_noise")):
        taken.append(organizer)
    elif organizer is None:
        ctx.put_text("organizer", _activity_of(ctx))
    taken += [m.span() for m in ctx.vocabulary.slot("host_first_person").finditer(ctx.norm)]  # «tenemos el agrado»
    taken += [m.span() for m in INVITES.finditer(ctx.norm)]
    came = arrival(ctx)
    if came:  # «pasó la presidenta del club y dejó una invitación para el té»: the story, then what it is to
        taken.append((max(ctx.norm.rfind(stop, 0, came[0]) for stop in ",.;:") + 1, came[1]))
    _put_title(ctx, mail, taken)
    taken += list(mail.values())
    put_place(ctx, taken)


def arrival(ctx: Context) -> Span | None:
    """Where the message tells the invitation coming in: how it came, then what came («dejó una invitación», «nos
    trajeron la cartita», «llegó invitación»), a determiner between them or none. What is told up to there is the
    story of its coming, never its title."""
    words = ctx.vocabulary
    if not (words.cue("invitation_arrival").may_occur(ctx.words)
            and words.cue("invitation_arrived_thing").may_occur(ctx.words)):
        return None
    determiners, things = load().determiners, words.cue("invitation_arrived_thing")
    for came in words.cue("invitation_arrival").finditer(ctx.norm):
        following = WORD.match(ctx.norm, came.end() + 1)
        if following and following.group() in determiners:
            following = WORD.match(ctx.norm, following.end() + 1)
        thing = following and things.at_start(ctx.norm, following.start())
        if thing:
            return came.start(), thing.end()
    return None


def respond(ctx: Context) -> None:
    """The answer, the delegate, and the reference: the first clause naming the invitation ("la invitación del
    Rotary", "la cena de ..."), before any reason given ("..., tiene concejo ese día"); else one pointing back at
    it ("lo del diario X"); else the longest clause."""
    words = ctx.vocabulary
    taken: list[Span] = []
    response = None
    for key, cue in (("delegated", "delegate"), ("declined", "decline"), ("accepted", "accept")):
        for match in words.cue(cue).finditer(ctx.norm):
            response = response or key
            taken.append(match.span())
    if response is None:  # «Carnaval de Putre: no»: a bare yes or no, as an answer to «¿acepta?» says it
        said = first_phrase(words.answers, ctx.norm, ctx.words)
        if said:
            response = said[0]
            taken.append(said[1])
    instead = _goes_instead(ctx) if response != "delegated" else None
    if instead is not None:  # «dígale que no, que va el concejal Rivas», «a lo de la U va el administrador»
        response = "delegated"
    ctx.put("response", response)
    delegate = instead or ((_delegate(ctx) or _delegated_person(ctx)) if response == "delegated" else None)
    delegate = delegate and _with_apposition(ctx, delegate)
    if delegate and ctx.put_text("delegate", delegate, words.noise("frame_noise")):
        taken.append(delegate)
        ctx.slots["delegate"] = capitalised_after_honorific(ctx.slots["delegate"])  # «don tomás rojas»
    noise = words.noise("reference_noise", "frame_noise")
    arranging = ctx.vocabulary.slot("arrangement_leads")
    segments = [(s, said) for s in ctx.segments(taken) if (said := _said(ctx, s, noise))
                and not arranging.at_start(ctx.norm[s[0]:s[1]].lstrip(" ;,:."))]
    segments = [(s, said) for s, said in ((s, _before_the_reason(ctx, s, said, noise)) for s, said in segments)
                if said]
    naming = [said for s, said in segments if _names_an_invitation(ctx, s)]
    pointed = [said for s, said in segments if _points_back(ctx, s)]
    best = (naming or pointed or [max((said for _, said in segments), key=lambda s: s[1] - s[0], default=None)])[0]
    best = best and _invited_to(ctx, best)
    if ctx.put_text("reference", best, noise):
        _add_whose(ctx, best, taken)


LEADING_QUE = re.compile(r"[\s,;:.]*(?:que\s+|q\s+)?")


def _before_the_reason(ctx: Context, segment: Span, said: Span, noise: Container[str]) -> Span | None:
    """What a clause says before the reason for the answer starts («lo de la parroquia porque coincide con el
    gore» names the parroquia's); None for a clause that is all reason («…, el alcalde tiene concejo ese día»,
    «que el jefe anda en Santiago»), which names no invitation."""
    words, norm = ctx.vocabulary, ctx.norm
    opening = LEADING_QUE.match(norm, segment[0]).end()
    subject = words.slot("answer_reason_subjects").at_start(norm, opening)
    if subject and words.slot("answer_reason_states").at_start(norm, subject.end() + 1):
        return None
    reason = words.slot("answer_reason_leads").search(norm, *said)
    if reason is None:
        return said
    return _said(ctx, (said[0], reason.start()), noise) if reason.start() > said[0] else None


def _invited_to(ctx: Context, span: Span) -> Span:
    """The activity an invitation inside `span` is to («…que la alcaldesa agradece la invitación al té solidario»
    names the té), from that activity on; `span` itself when no invitation in it names its activity after it."""
    for match in ctx.vocabulary.cue("invitation").finditer(ctx.norm, *span):
        to = INVITED_TO.match(ctx.norm, match.end())
        if match.start() > span[0] and to and to.end() < span[1] \
                and not ctx.vocabulary.slot("mayor").at_start(ctx.norm, to.start() + 1):
            return to.end(), span[1]  # not «la invitación al alcalde»
    return span


def _said(ctx: Context, segment: Span, noise: Container[str]) -> Span | None:
    """What a segment says once framing words, greetings and fillers are off its ends ("cachai que hay que")."""
    trimmed = trim(ctx.norm, segment, noise)
    return trimmed and ctx.without_frame(trimmed, noise)


def _add_whose(ctx: Context, reference: Span, taken: list[Span]) -> None:
    """An institution named before the reference says whose invitation it is: "dile a la cámara de comercio
    que el alcalde no podrá asistir a la cena" refers to the Cámara's cena (one named after it gives a reason:
    "…, tiene concejo ese día")."""
    outside = [s for s in ctx.constituents().institutions
               if s[1] <= reference[0] and not any(a < s[1] and s[0] < b for a, b in taken)]
    if outside:
        whose = outside[0]
        ctx.put("reference", f"{ctx.said(whose)}, {ctx.slots['reference']}",
                (min(whose[0], reference[0]), max(whose[1], reference[1])))


def _points_back(ctx: Context, segment: Span) -> bool:
    """A clause that opens pointing back at something known ("lo del diario Chañarcillo", "la de los pescadores")
    names it; the others give a reason ("el alcalde anda en Santiago ese día")."""
    start = len(ctx.norm) - len(ctx.norm[segment[0]:].lstrip())
    return any(ctx.vocabulary.slot(leads).at_start(ctx.norm, start) is not None
               for leads in ("reference_leads", "record_leads"))


def _names_an_invitation(ctx: Context, segment: Span) -> bool:
    """A segment with an invitation or an activity in it, or one that points at a matter («lo de la radio Sago
    dile que no»)."""
    vocabulary = ctx.vocabulary
    return any(vocabulary.cue(name).search(ctx.norm, *segment) for name in ("invitation", "event_nouns")) \
        or vocabulary.cue("matter").search(ctx.norm, *segment) is not None


def query(ctx: Context) -> None:
    """The list asked for (a status, some days); or, asked who goes to one ("¿quién va al lanzamiento del plan
    de lectura?"), whether the mayor goes ("¿asistirá la alcaldesa al Te Deum?") or whether it was answered ("¿se
    rechazó la invitación de la Cámara?"), the words that name it."""
    who = ctx.cue("invitation_who") or ctx.cue("invitation_attend") or ctx.cue("invitation_answered")
    if who is not None:
        noise = ctx.vocabulary.noise("reference_noise", "frame_noise", "mayor", extra=WHO_NOISE)
        segments = [said for s in ctx.segments([who.span(), *ctx.atom_spans()]) if (said := _said(ctx, s, noise))]
        if ctx.put_text("reference", max(segments, key=lambda s: s[1] - s[0], default=None), noise):
            return
    status = first_phrase(ctx.vocabulary.statuses_of("invitation.query"), ctx.norm, ctx.words)
    if status:
        ctx.put("status", status[0], status[1])
    first, last, span = query_range(ctx.atoms, ctx.now)
    ctx.put("date_from", first, span)
    ctx.put("date_to", last, span)


def _organizer(ctx: Context) -> Span | None:
    """Who invites: the first reading whose words are not only «de nuevo», «otra vez» — words that say the
    invitation came again, never who sends it («la Junta nos manda invitación de nuevo»)."""
    again = ctx.vocabulary.slot("again_words")
    for found in _organizers(ctx):
        if found is None:
            return None
        start = found[0]
        for match in again.finditer(ctx.norm):
            if match.start() <= start < match.end():
                start = match.end()
        left = trim(ctx.norm, _without_story(ctx, (start, found[1])), ctx.vocabulary.noise("frame_noise"))
        if left:
            return left
    return None


def _without_story(ctx: Context, span: Span) -> Span:
    """`span` less the story of how the invitation came: a visit or a call told before who («llamó la secretaria
    del gobernador»), and how it came told after («el club deportivo y dejaron invitación»)."""
    start, end = span
    told = ctx.vocabulary.slot("complaint_tellings").at_start(ctx.norm, start)
    if told and told.end() < end:
        start = told.end()
    came = ctx.vocabulary.cue("invitation_arrival").search(ctx.norm, start, end)
    if came and came.start() > start:
        end = came.start()
        before = ctx.norm[start:end].rstrip()
        end = start + len(before[:-2] if before.endswith(" y") else before)
    return start, end


def _organizers(ctx: Context) -> Iterator[Span | None]:
    """Who invites, in the order the readings are trusted: "Invitación de X", "X invita al alcalde",
    "invitación X reunión...", "con la X"; None when the first reading that applies finds nobody."""
    norm = ctx.norm
    match = _with_qualifiers(ctx, FROM_INVITATION).search(norm)
    if match:
        yield _named_at(ctx, match.end()) or _until(ctx, match.end(), ORGANIZER_END)
    match = ON_BEHALF.search(norm) or INVITED_BY.search(norm) or ORGANIZED_BY.search(norm)
    if match:
        yield _named_at(ctx, match.end()) or _until(ctx, match.end(), ORGANIZER_END)
    subject = _subject(ctx)
    if subject:
        yield _ending_constituent(ctx, subject)
    match = AFTER_VERB.search(norm)
    if match:
        yield _until(ctx, match.end(), ORGANIZER_END)
    match = _with_qualifiers(ctx, BARE_INVITATION).search(norm)
    if match and not ctx.vocabulary.slot("mayor").at_start(norm, match.end()):
        if not ctx.vocabulary.cue("event_nouns").at_start(norm, match.end()):
            yield _until(ctx, match.end(), ORGANIZER_END)
        headed = _headed(ctx, match.end())
        if headed:
            yield headed
    subject = _host(ctx) or _subject_institution(ctx)
    if subject:
        yield subject
    mayor = ctx.vocabulary.slot("mayor")
    for match in WITH.finditer(norm):
        if not mayor.at_start(norm, match.end()):  # «contar con el alcalde» names who is invited
            yield _named_at(ctx, match.end()) or _until(ctx, match.end(), ORGANIZER_END)
            break
    yield _institution_of(ctx)


def _with_qualifiers(ctx: Context, template: str) -> re.Pattern[str]:
    return _compiled(template, ctx.vocabulary.slot("invitation_qualifiers").phrases)


@cache
def _compiled(template: str, qualifiers: tuple[str, ...]) -> re.Pattern[str]:
    """`template` with the lexicon's qualifiers of an invitation in it, compiled once."""
    return re.compile(template.replace("{qualifiers}", alternation(qualifiers)))


IMPERSONAL = (" se", " se les", " se le")
"""What stands right before «invita» when it has no subject."""


def _subject(ctx: Context) -> Span | None:
    """Who invites as the subject of «invita», in the first sentence that has one: a heading before it
    («Invitación. El Club X invita…») is no subject. A message that tells the invitation («les cuento que…», «le
    aviso al alcalde que…») has its subject after the «que» that opens what is told."""
    not_organizer = ctx.vocabulary.words["not_organizer"]
    for start in [0, *(m.end() for m in SENTENCE_START.finditer(ctx.norm))]:
        subject = SUBJECT.match(ctx.norm, start)
        if subject is None:
            continue
        who = subject.span("who")
        told = [m.end() for m in TOLD_THAT.finditer(ctx.norm, *who)]
        if told:
            who = (told[-1], who[1])
        hosting = ctx.vocabulary.slot("host_verbs").search(ctx.norm, *who)
        if hosting and hosting.start() > who[0]:  # «El Club X saluda atentamente al Sr. Alcalde y lo invita»
            who = (who[0], who[0] + len(ctx.norm[who[0]:hosting.start()].rstrip()))
        if ctx.norm[who[0]:who[1]].endswith(IMPERSONAL):
            continue  # «Se invita al Sr. Alcalde a…»: nobody is named as who invites
        if _called_out(ctx, who):
            continue  # «Alcalde, lo invita la Cruz Roja a…»: whom the message speaks to; who invites comes after
        if who[0] < who[1] and ctx.norm[who[0]:who[1]].split(" ", 1)[0] not in not_organizer \
                and not _sentences(ctx, who):
            return who
    return None


def _called_out(ctx: Context, who: Span) -> bool:
    """Whether `who` is whom the message speaks to or only opens it, when the subject is named after «lo invita»:
    set off by a comma («Alcalde, lo invitan los Bomberos de la Primera Compañía a…», «don Pedro, la invita la
    Junta…») or only words that open a clause («oiga lo invita la Asociación…»)."""
    said = ctx.norm[who[0]:who[1]]
    verb = len(ctx.norm) - len(ctx.norm[who[1]:].lstrip())
    opening = set(ctx.vocabulary.words["clause_openers"]) | set(ctx.vocabulary.words["not_organizer"])
    return AFTER_VERB.match(ctx.norm, verb) is not None and (
        said.endswith(",") or set(re.findall(r"[a-z]+", said)) <= opening)


def _sentences(ctx: Context, span: Span) -> bool:
    """Whether a sentence ends inside `span`: a subject is in the same sentence as its verb ("invitación liceo
    X, muestra …, gimnasio del liceo. tb invitaron a los concejales" has none)."""
    return clause_end(ctx, SENTENCE_END, *span) is not None


def _institution_of(ctx: Context) -> Span | None:
    """Said in passing before the activity, an institution or an office named by its post after "de"/"del" is who
    invites: "invit. de la Cámara: cena ...", "oficio de la Seremi de Educación invitando …"; after it, it is part
    of the activity's name ("aniversario de Bomberos")."""
    activity = ctx.cue("event_nouns")
    found, g = ctx.constituents(), load()
    offices = [p.extent() for p in found.people if p.post and not p.name]
    named = sorted(found.institutions + offices)
    for span in named:
        if activity and span[0] > activity.start():
            break
        if found.preceded_by(span[0], g.of_words, g.articles):
            return span
    return next((span for span in named if _a_heading_field(ctx, span)), None)


def _a_heading_field(ctx: Context, span: Span) -> bool:
    """An institution that fills a comma clause of its own before the date, as a heading lists the invitation's
    fields («Inv. Te Deum, Obispado de X, sáb 18, 9:30, Catedral»): who invites (after the date it is where)."""
    before = ctx.norm[:span[0]].rstrip()
    after = ctx.norm[span[1]:].lstrip()
    first_atom = min((a.start for a in ctx.atoms), default=len(ctx.norm))
    return before.endswith(",") and after.startswith(",") and span[1] < first_atom


def _activity_of(ctx: Context) -> Span | None:
    """Whose activity it is, when only the activity's name says it: "invitación al aniversario de la Junta de
    Vecinos Villa Sur" is the Junta's. The institution stays in the title too."""
    nouns = ctx.vocabulary.cue("event_nouns")
    if ctx.cue("event_nouns") is None:
        return None
    found, g = ctx.constituents(), load()
    for span in found.institutions:
        if found.preceded_by(span[0], g.of_words, g.articles) and nouns.search(ctx.norm, max(0, span[0] - 30),
                                                                                span[0]):
            return span
    return None


def _ending_constituent(ctx: Context, span: Span) -> Span:
    """The institution or post that ends `span`, when one does: "informo a usted que la Asociación de
    Municipios invita" is the Asociación's invitation. When another one opens `span`, the two are one
    organizer in apposition ("la Armada de Chile, Capitanía de Puerto de Valparaíso, invita …")."""
    found = ctx.constituents()
    named = [s for s in found.institutions + [p.extent() for p in found.people if p.post]]
    inside = [s for s in named if span[0] <= s[0] and s[1] == span[1]]
    if not inside:
        return span
    opening = any(s[0] == span[0] for s in named)
    return span if opening else _with_named_lead(ctx, span[0], min(inside))


NAMED_LEAD = re.compile(r"([^\W\d_]+)\s+(?:de|del)\s+$")
"""A word and «de» right before an institution («Brigada de | Bomberos de Collipulli», «Compañía de | Teatro X»)."""


def _with_named_lead(ctx: Context, start: int, span: Span) -> Span:
    """`span` widened over the capitalised words joined to it by «de» that open its name: «la Brigada de Bomberos
    de Collipulli» is the Brigada's, not the Bomberos'; a lower-case word («que la Asociación…») stays out."""
    begin = span[0]
    while (lead := NAMED_LEAD.search(ctx.norm, start, begin)) and ctx.text.source(*lead.span(1))[:1].isupper():
        begin = lead.start()
    return begin, span[1]


def _named_at(ctx: Context, start: int) -> Span | None:
    """The institution or the post (and whose it is) that the constituents found right at `start`:
    "del Club de Rodeo Los Ángeles", "del Cónsul General del Perú"."""
    found = ctx.constituents()
    for person in found.people:
        if person.extent()[0] == start and person.post:
            return person.extent()
    return next((span for span in found.institutions if span[0] == start), None)


def _host(ctx: Context) -> Span | None:
    """Who hosts or sends, as the subject of a verb that says so in the same sentence: an institution or a post
    before it ("la Junta de Vecinos X celebra su aniversario", "el Sr. Gobernador Marítimo, …, ha tenido la
    gentileza de invitar"), else right after it ("la invitación que nos hace llegar la Asociación X")."""
    found = ctx.constituents()
    named = sorted(found.institutions + [p.extent() for p in found.people if p.post])
    mayor = ctx.vocabulary.slot("mayor")
    for verb in ctx.vocabulary.slot("host_verbs").finditer(ctx.norm):
        sentence = max(ctx.norm.rfind(".", 0, verb.start()), ctx.norm.rfind(":", 0, verb.start())) + 1
        before = [s for s in named if sentence <= s[0] and s[1] <= verb.start()
                  and not OBJECT_BEFORE.search(ctx.norm, max(0, s[0] - 6), s[0]) and not mayor.at_start(ctx.norm, s[0])]
        if before:
            return min(before)
        named_first = _capitalised_subject(ctx, sentence, verb.start())
        if named_first:
            return named_first
        after = SUBJECT_AFTER.match(ctx.norm, verb.end())
        following = next((s for s in named if after and s[0] == after.end()), None)
        if following and not mayor.at_start(ctx.norm, following[0]):
            return following
    return None


def _capitalised_subject(ctx: Context, sentence: int, verb: int) -> Span | None:
    """A name no gazetteer knows, written with capitals, that is the whole subject of a host verb opening its
    sentence, right before it or before a lead of it (`host_leads`: «…Estimado Alcalde: Guacolda Energía tiene el
    agrado de invitarle»): a company, a band, a club."""
    start = sentence + len(ctx.norm[sentence:verb]) - len(ctx.norm[sentence:verb].lstrip())
    run = capitalised_run(ctx, start, max_words=5) if start < verb else None
    if run is None or run[0] != start or ctx.vocabulary.slot("mayor").at_start(ctx.norm, start):
        return None
    gap = ctx.norm[run[1]:verb].strip()
    lead = ctx.vocabulary.slot("host_leads").at_start(gap) if gap else None
    return run if not gap or (lead and lead.end() == len(gap)) else None


def _put_title(ctx: Context, mail: dict[str, Span], taken: list[Span]) -> None:
    """A forwarded mail's subject names the matter («Asunto: Invitación Juramento a la Bandera»), unless the body
    names the same thing more fully («Asunto: Invitación licenciatura» … «a la ceremonia de licenciatura»)."""
    noise = _title_noise(ctx)
    if not ("subject" in mail and ctx.put_text("title", mail["subject"], noise)):
        _body_title(ctx, taken, noise)
        return
    subject = ctx.slots["title"], ctx.spans["title"]
    _body_title(ctx, taken + list(mail.values()), noise)
    if not set(fold(subject[0]).split()) < set(fold(ctx.slots["title"]).split()):
        ctx.slots["title"], ctx.spans["title"] = subject


def _mail_organizer(ctx: Context, mail: dict[str, Span]) -> Span | None:
    """Who invites in a forwarded mail: the host its body names («El Cuerpo de Bomberos X … la invita»), else its
    sender when the body invites in the first person, else an institution the mail is from when the body invites
    with no subject («De: Asociación de Municipalidades X <…> … Se invita al Sr. Alcalde a la asamblea»). A person
    who sends says nothing of whom they write for."""
    named = _host(ctx) or _writer(ctx, mail)
    if named:
        return named
    found = ctx.constituents()
    subject = _subject(ctx)
    named = subject and _ending_constituent(ctx, subject)
    if named and named in found.institutions + [p.extent() for p in found.people]:
        return named
    sender = mail.get("sender")
    if sender is None:
        return None
    return next((span for span in found.institutions if sender[0] <= span[0] < sender[1]), None)


def _body_title(ctx: Context, taken: list[Span], noise: Container[str]) -> None:
    """The activity's name in the text, from what the invitation is to when the stretch holds the invitation
    itself («… saluda atentamente a la Sra. Alcaldesa y la invita al tradicional saludo de año nuevo»)."""
    span = put_title(ctx, taken, noise)
    invited_to = span and _invited_to(ctx, span)
    if invited_to and invited_to != span:
        ctx.put_text("title", invited_to, ctx.vocabulary.noise("frame_noise"))


def _writer(ctx: Context, mail: dict[str, Span]) -> Span | None:
    """The sender of a forwarded mail whose body invites in the first person («De: Club Deportivo X | …
    Tenemos el agrado de invitarlo …»): who writes is who invites."""
    sender = mail.get("sender")
    if sender is None or ctx.vocabulary.slot("host_first_person").search(ctx.norm, sender[1]) is None:
        return None
    return sender


def _subject_institution(ctx: Context) -> Span | None:
    """An institution that opens a clause, before the invitation is named: "El Liceo X hace llegar su
    invitación ... para la graduación", "Sr. Alcalde: el Club de Leones tiene el agrado de invitarlo"."""
    found = ctx.constituents()
    named = ctx.cue("invitation") or ctx.cue("event_nouns")
    articles = load().place_articles
    for span in found.institutions:
        if named and span[0] > named.start():
            return None
        first = next(i for i, t in enumerate(found.tokens) if t.start == span[0])
        while first > 0 and found.tokens[first - 1].word in articles and not found.tokens[first].opens:
            first -= 1
        if found.tokens[first].opens or found.in_frame(found.tokens[first - 1].start):
            return span
    return None


def _headed(ctx: Context, start: int) -> Span | None:
    """"invitación concejo municipal de Quellón: sesión extraordinaria ...": a heading before a colon is who
    invites, even if it starts like an activity, when the activity is named after the colon."""
    colon = ctx.norm.find(":", start)
    if colon < 0 or re.search(r"[,;.]", ctx.norm[start:colon]):
        return None
    if not ctx.vocabulary.cue("event_nouns").search(ctx.norm, colon):
        return None
    return start, colon


def _until(ctx: Context, start: int, end_pattern: re.Pattern[str]) -> Span | None:
    """From `start` to the next boundary, date or event noun (an organizer ends where the event begins)."""
    end = len(ctx.norm)
    boundary = clause_end(ctx, end_pattern, start)
    if boundary:
        end = boundary.start()
    for atom in ctx.atoms:
        if start <= atom.start < end:
            end = atom.start
    for noun in ctx.vocabulary.cue("event_nouns").finditer(ctx.norm, start, end):
        if noun.start() > start and not _names_the_organizer(ctx, start, noun):
            end = noun.start()
            break
    return (start, end) if end > start else None


def _names_the_organizer(ctx: Context, start: int, noun: re.Match[str]) -> bool:
    """Whether an event noun is part of who invites, not the event: inside a known institution's head («CLUB DE
    RODEO DE AYSEN A LA INAUGURACION»), or its own name, capitalised after an article in lower-case words («club
    de huasos el Rodeo pa la ramada…»)."""
    before = ctx.norm[start:noun.start()].split()
    through = before + ctx.norm[noun.start():noun.end()].split()
    heads = load().institution_heads
    if any(k + heads.match(through, k) >= len(through) for k in range(len(before))):
        return True
    said = ctx.text.source(start, noun.start())
    return len(before) >= 2 and before[-1] in load().articles and said == said.lower() \
        and ctx.text.source(noun.start(), noun.start() + 1).isupper()


@dataclass(frozen=True)
class Delegation:
    """Where a message names who goes on the mayor's behalf, from the capability's `delegate_*` words (its
    declaration file): a new way of saying it is a word there, and the grammar that joins them stays here."""

    after: re.Pattern[str]
    """What names the delegate after it («en su lugar va…», «lo ve la concejala Vera», «me pide que vaya en su
    representación el concejal Araya»: who asks is not who goes); «en representación del alcalde» closing the clause
    names who is represented, and the delegate was named before it («va el concejal Muñoz en representación del
    alcalde», «va la concejala Vera en su lugar»)."""
    before: re.Pattern[str]
    """The delegate between going and «en su lugar»: «va la concejala Vera en su lugar»."""
    goes: re.Pattern[str]
    """Someone said to go, after a no: «…, que va el concejal Rivas», «…, va la concejala Soto»."""
    verb: re.Pattern[str]
    """«delega … en la administradora»."""
    end: re.Pattern[str]
    """Where the delegate's name ends."""
    aside: re.Pattern[str]
    """«en representación (del alcalde)» said between a post and the name after it: «va la directora de Dideco en
    su representación, la Sra. X»."""


def delegation(ctx: Context) -> Delegation:
    cues = ctx.vocabulary.cues
    return _delegation(*(cues[f"delegate_{name}"].phrases for name in
                         ("behalf", "whose", "goes", "takes", "sends", "represents", "verb")),
                       ctx.vocabulary.slot("mayor").phrases, tuple(sorted(load().honorifics)))


RATHER = r"(?:(?:en\s+cambio|entonces|mejor|mas\s+bien)\s+)?"
"""Words between going and who goes that only say it is instead: «que vaya mejor don Pedro Lagos»."""


@cache
def _delegation(behalf: tuple[str, ...], whose: tuple[str, ...], goes: tuple[str, ...], takes: tuple[str, ...],
                sends: tuple[str, ...], represents: tuple[str, ...], verb: tuple[str, ...], mayor: tuple[str, ...],
                titles: tuple[str, ...]) -> Delegation:
    """The patterns of `Delegation`, compiled once for the lexicon's words. «en representación del Sr. Alcalde»
    names who is represented, titled or not; «en representación de» anyone else never leads to who goes. Someone sent
    may be named after «en su representación» with the «a» of a person sent («envíe en su representación al jefe de
    gabinete»)."""
    instead = rf"en\s+(?:{alternation(whose)}\s+)?{alternation(behalf)}"
    of_mayor = rf"(?:\s+del?\s+(?:el\s+|la\s+)?(?:{alternation(titles)}\.?\s+)?{alternation(mayor)})?"
    going = alternation(goes)
    after = (rf"(?<![a-z])(?:{instead}{of_mayor}(?!\s+del?\s)|que\s+vaya(?:\s+{instead}{of_mayor}(?![a-z]))?"
             rf"|(?:que\s+)?(?:lo|la)\s+{alternation(takes)}|{alternation(sends)}(?:\s+{instead}{of_mayor})?\s+al?(?=\s)"
             rf"|(?<!en\s)(?:(?:lo|la)\s+(?:va\s+a\s+)?)?{alternation(represents)}(?:\s+al?\s+{alternation(mayor)})?)"
             rf"(?:\s+(?:(?:que\s+)?{going}\s+)?{RATHER}|(?=[,;:.!?]|$)){ARTICLE}")
    return Delegation(
        after=re.compile(after),
        before=re.compile(rf"(?<![a-z]){going}\s+{ARTICLE}(?P<who>[a-z][^,;:.!?]*?)\s+{instead}(?![a-z])"),
        goes=re.compile(rf"(?<![a-z])(?<!no\s)(?:que\s+)?{going}\s+{RATHER}{ARTICLE}"),
        verb=re.compile(rf"(?<![a-z]){alternation(verb)}\s+"),
        end=re.compile(rf"(?<![a-z])(?:(?:a\s+la|al|a|para|{going})\s+|{instead}(?![a-z])"
                       rf"|por\s+(?:el\s+|la\s+)?{alternation(mayor)}(?![a-z]))|[,;:.!?(]"),
        aside=re.compile(rf"\s*{instead}{of_mayor}(?![a-z])"))


def _delegate(ctx: Context) -> Span | None:
    """"va en representación el concejal X", "va X en representación", "delega ... en la administradora"."""
    said = delegation(ctx)
    match = said.after.search(ctx.norm)
    span = _until_delegate_end(ctx, match.end()) if match else None
    if span and not NOT_A_PERSON.match(ctx.norm, span[0]):
        return span
    subject = match and _person_before(ctx, match.start())
    if subject:
        return subject
    named_before = said.before.search(ctx.norm)
    if named_before:
        return named_before.span("who")
    if match:
        before = ctx.norm[:match.start()]
        cut = max(before.rfind(","), before.rfind(":"))
        return trim(ctx.norm, (cut + 1, match.start()), ctx.vocabulary.noise("frame_noise", extra=("va", "ira")))
    verb = said.verb.search(ctx.norm)
    if verb:
        places = [m for m in re.finditer(r"(?<![a-z])en\s+" + ARTICLE, ctx.norm) if m.start() >= verb.end()]
        if places:
            return _until_delegate_end(ctx, places[-1].end())
    return None


def _person_before(ctx: Context, position: int) -> Span | None:
    """The last person other than the mayor named in the clause before `position`: «me dijo la concejala Soto que
    ella va a ir en representación del alcalde» (the subject of going, however the going is said)."""
    clause = max(ctx.norm.rfind(mark, 0, position) for mark in ",;:.") + 1
    mayor = ctx.vocabulary.slot("mayor")
    named = [p.extent() for p in ctx.constituents().people
             if clause <= p.extent()[0] and p.extent()[1] <= position
             and not (p.post and mayor.at_start(ctx.norm, p.post[0]))]
    return named[-1] if named else None


def _with_apposition(ctx: Context, span: Span) -> Span:
    """The delegate with the name said after a comma: «el administrador municipal, don Luis Cofré» is one
    person, named by post and then by name. With «en su representación» between them («la directora de Dideco en
    representación, la Sra. Ximena Rojas») the name alone says who goes."""
    aside = delegation(ctx).aside.match(ctx.norm, span[1])
    after = APPOSITION.match(ctx.norm, aside.end() if aside else span[1])
    if after is None:
        return span
    named = next((p for p in ctx.constituents().people if p.name and after.end() in (p.extent()[0], p.name[0])), None)
    if named is None or named.name is None:
        return span
    return named.name if aside else (span[0], named.extent()[1])


def _goes_instead(ctx: Context) -> Span | None:
    """Who goes when a no is followed by someone else going («que no, que va el concejal Rivas», «no puede, va la
    concejala Soto»): a delegation to that person. The mayor going («que va el alcalde») delegates nothing."""
    mayor = ctx.vocabulary.slot("mayor")
    for going in delegation(ctx).goes.finditer(ctx.norm):
        person = _until_delegate_end(ctx, going.end()) or _after_where_going(ctx, going.end())
        if person and not mayor.at_start(ctx.norm, person[0]) and not NOT_A_PERSON.match(ctx.norm, person[0]) \
                and any(p.extent()[0] <= person[0] < p.extent()[1] for p in ctx.constituents().people):
            return person
    return None


def _after_where_going(ctx: Context, start: int) -> Span | None:
    """Who goes, said after where to («asistirá a la once de la junta de vecinos el concejal Muñoz»): the person
    whose post follows the institution of that clause with only an article between them."""
    found = ctx.constituents()
    clause = clause_end(ctx, re.compile(r"[;:.!?]"), start)
    end = clause.start() if clause else len(ctx.norm)
    for institution in found.institutions:
        if not start <= institution[0] < end:
            continue
        person = next((p for p in found.people if p.post and institution[1] < p.post[0] < end), None)
        between = person and ctx.norm[institution[1]:person.post[0]].split()
        if person and len(between) == 1 and between[0] in load().articles:
            return _until_delegate_end(ctx, person.post[0])
    return None


def _delegated_person(ctx: Context) -> Span | None:
    """The first person the constituents name who is not the mayor: "que vaya en representación la concejala
    María Paz Ibáñez a la ceremonia"."""
    mayor = ctx.vocabulary.slot("mayor")
    for person in ctx.constituents().people:
        start = person.extent()[0]
        if person.post and mayor.at_start(ctx.norm, person.post[0]):
            continue
        return start, person.extent()[1]
    return None


def _until_delegate_end(ctx: Context, start: int) -> Span | None:
    """The delegate ends at a boundary word or where the invitation is named ("... la invitación de X")."""
    boundary = clause_end(ctx, delegation(ctx).end, start)  # «el Concejal Sr. Rodrigo Fuenzalida»
    end = boundary.start() if boundary else len(ctx.norm)
    for name in ("invitation", "event_nouns"):
        named = ctx.vocabulary.cue(name).search(ctx.norm, start, end)
        if named and named.start() > start:
            end = named.start()
    return (start, end) if end > start else None


def _title_noise(ctx: Context) -> Container[str]:
    words = ctx.vocabulary
    return words.noise("frame_noise", "invitation", "invitation_create", "mayor", "host_verbs", "invitation_qualifiers",
                       "invitation_holders",
                       extra=("nos", "llego", "una", "invitan", "usted", "ud", "ustedes", "uds", *load().honorifics))
