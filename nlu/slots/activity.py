"""What invitations and agenda entries share: when, where, and what the activity is called."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from itertools import islice

from nlu.gazetteer import load
from nlu.moments import event_when
from nlu.phrases import alternation
from nlu.slots.common import Context, Span, before_aside, clause_end, clean, trim, with_street_number

EN = re.compile(r"(?<![a-z])en\s+(?:(?:el|la|los|las|su|sus)\s+)?")
"""A place after "en", its article or possessive left out: "en su sede" is at the sede."""
PLACE_END = re.compile(
    r"\s+(?:a\s+las?|para|con|y\s+(?:el|la|luego)|que|desde|hasta|donde|el\s+(?:dia|proximo))\s+|[,;:.!?(]")
A_THE = re.compile(r"\s+(?:a\s+las?|al)\s+")
"""The boundary words that may sit inside a name: "Monumento a la Marina"."""
TOWARDS = re.compile(r"(?<![a-z])(?:a|al|a\s+l[ao]s?|en|hacia|en\s+la|en\s+el)\s+$")
SENTENCE_END = re.compile(r"[.!?\n](?!\d)")
COMMA = re.compile(r",\s*")
TITLE_CUT = re.compile(r"\s+en\s+(?:el|la|los|las)\s+"
                       r"|,?\s+(?:que|la\s+cual|el\s+cual)\s+se\s+(?:realizar|efectuar|llevar|desarrollar|celebrar|har)")
"""Where a title ends: at its place, or at the relative clause that tells when and where it is held («ceremonia de
titulación que se efectuará el día viernes…», «…, la cual se realizará en…»)."""
WITH_WHOM = re.compile(r"\s*con\s+")
VISIT_TOWARDS = re.compile(r"\s+(?:a|al|hacia)\s+")
"""What stands between a visit and the name of where it goes: «visita a terreno a San Félix»."""
SITE_OF = re.compile(r"(?P<noun>[a-z]+)\s+(?:de|del)\s+(?:(?:el|la|los|las)\s+)?(?:[a-z]+\s+)?$")
"""The works done at a place and what they are of, an adjective allowed: "a los trabajos del nuevo cesfam"."""
WORD = re.compile(r"[a-z0-9]{3,}")
MIN_TITLE_WORDS = 2
"""Words of three letters or more that a title cut before its place must keep ("visita a terreno")."""


def put_when(ctx: Context) -> None:
    """Start (and end) of the activity; a deadline goes to its own slot; a forwarded mail's date is when it was
    sent, not the activity's."""
    sent = ctx.mail().get("sent")
    atoms = [a for a in ctx.atoms if not (sent and sent[0] <= a.start < sent[1])]
    when = event_when(atoms, ctx.now)
    spans = when.spans
    start_span = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
    ctx.put("start", when.start, start_span)
    ctx.put("end", when.end, start_span)
    ctx.put("deadline", when.deadline)


def put_place(ctx: Context, taken: list[Span]) -> None:
    """"en el Hotel X", a last ", Club de la Unión", "a la población Los Aromos", or what trails the time.

    The words that begin the title are not also the place ("..., almuerzo de camaradería jueves 28 13:30 hrs
    Club Alemán": the comma clause is the title, the place trails the time).
    """
    noise = ctx.vocabulary.noise("frame_noise")
    title = ctx.spans.get("title")
    for finder in (_after_en, _after_comma, _place_noun, _visited, _after_time, _after_en_later):
        span = finder(ctx, taken)
        span = span and before_aside(ctx, span, noise)
        trimmed = span and trim(ctx.norm, span, noise)
        trimmed = trimmed and ctx.without_frame(trimmed, noise)
        if trimmed and title and ctx.text.span(*trimmed)[0] == title[0]:
            continue
        trimmed = trimmed and with_street_number(ctx, trimmed)
        if trimmed and ctx.put_text("place", trimmed):
            _cut_title_at_place(ctx, noise)
            return


def put_title(ctx: Context, taken: list[Span], noise: Container[str]) -> Span | None:
    """The stretch of words that names the activity, cut before "en el/la ...", framing words trimmed from its
    start ("agenda la ...") but only small words from its end ("la ceremonia de año nuevo").

    That is the first free stretch with an event noun ("..., Regimiento Tucapel, para el cambio de mando"), else
    the first one, after the reason told before the request when there is one (`_requested_from`, `_named_before`);
    a "con ..." stretch right after the date still says with whom ("una reunión el martes a las 10 con la
    asociación de feriantes").
    """
    tail = ctx.vocabulary.noise("frame_noise")
    every = ctx.segments(taken)
    requested = _requested_from(ctx)
    segments = [s for s in every if s[0] >= requested] or every
    trimmed = ((s, t) for s, t in ((s, trim(ctx.norm, s, noise, tail)) for s in segments) if t)
    index = 0
    if ctx.cue("event_nouns") is None:
        pieces = list(islice(trimmed, 2))
    else:
        pieces = list(trimmed)
        nouns = ctx.vocabulary.cue("event_nouns")
        index = next((i for i, (_, t) in enumerate(pieces) if nouns.search(ctx.norm, *t)), 0)
        index += _kind_heading(ctx, pieces, index)
    if not pieces:
        return None
    span = _with_period_head(ctx, _purpose(ctx, pieces[index][1]))
    for cut in (TITLE_CUT.search(ctx.norm, span[0], span[1]), _instruction(ctx).search(ctx.norm, span[0], span[1])):
        if cut and cut.start() > span[0]:
            span = trim(ctx.norm, (span[0], cut.start()), noise, tail) or span
    if requested and span[0] >= requested:
        span = _named_before(ctx, span, requested, every, (noise, tail))
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    if following and span[1] == pieces[index][1][1] and WITH_WHOM.match(ctx.norm, following[0][0]):
        cut = TITLE_CUT.search(ctx.norm, following[0][0], following[1][1])  # «…, con el seremi en el club»
        end = cut.start() if cut else following[1][1]
        title = ctx.said(span) + " " + clean(ctx.text.source(following[0][0], end))
        ctx.put("title", title, (span[0], end))
        return span
    ctx.put_text("title", span, tail)
    return span


def _with_period_head(ctx: Context, span: Span) -> Span:
    """The title with the period said right before it that names the event («semana de la chilenidad», «mes del
    mar»): read as a date, the head was left out of the stretch."""
    head = _period_head(tuple(sorted(ctx.vocabulary.words["period_heads"]))).search(ctx.norm, 0, span[0])
    return (head.start(), span[1]) if head else span


@cache
def _period_head(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z]){alternation(heads)}\s+del?\s+(?:(?:el|la|los|las)\s+)?$")


def _instruction(ctx: Context) -> re.Pattern[str]:
    """Where an instruction about the activity begins («… para que le avise a la directora»)."""
    words = ctx.vocabulary.words
    return _instruction_pattern(tuple(sorted(words["instruction_leads"])), tuple(sorted(words["clitics"])),
                                tuple(sorted(load().posts.firsts)))


@cache
def _instruction_pattern(leads: tuple[str, ...], clitics: tuple[str, ...], posts: tuple[str, ...]) -> re.Pattern[str]:
    """An instruction lead before a clitic or an article and a post: «taller para que los niños aprendan» is the
    activity's own purpose."""
    return re.compile(rf",?\s+{alternation(leads)}\s+(?:{alternation(clitics)}|(?:el|la)\s+{alternation(posts)})"
                      r"(?![a-z])")


def _named_before(ctx: Context, span: Span, requested: int, segments: list[Span],
                  noise: tuple[Container[str], Container[str]]) -> Span:
    """The activity as the reason before the request named it in full, when the request names it short: «quiere
    estar en la corrida familiar de Pelluco, así que agéndale la corrida» is the «corrida familiar de Pelluco»."""
    said = re.search(r"(?<![a-z])" + re.escape(ctx.norm[span[0]:span[1]]) + r"(?![a-z])", ctx.norm[:requested])
    piece = said and next((s for s in segments if s[0] <= said.start() < s[1]), None)
    if not piece:
        return span
    cut = TITLE_CUT.search(ctx.norm, said.start(), piece[1])
    return trim(ctx.norm, (said.start(), cut.start() if cut else piece[1]), *noise) or span


def _requested_from(ctx: Context) -> int:
    """Where the request begins after the reason told before it: the end of the request's words opened by a
    consequence lead («…, así que agéndale la corrida», «por eso anótale…»); 0 when none does."""
    return max((end for _, end in _consequent_requests(ctx) if not _hands_on(ctx, end)), default=0)


def _hands_on(ctx: Context, end: int) -> bool:
    """Whether the request ending at `end` only names whom to pass the matter to («…, así que avísele a la
    directora»): it hands on what was told before it, whose name is there."""
    clause = CLAUSE_END.search(ctx.norm, end)
    stop = clause.start() if clause else len(ctx.norm)
    whom = WHOM.match(ctx.norm, end, stop)
    return whom is not None and whom.end() < stop and any(
        p.extent() == (whom.end(), stop) for p in ctx.constituents().people)


def _consequent_requests(ctx: Context) -> list[Span]:
    """The frame spans that a consequence lead opens: «así que agéndale»."""
    found = ctx.constituents()
    opened = {t.start: k for k, t in enumerate(found.tokens)}
    words = [t.word for t in found.tokens]
    leads = load().consequences
    return [(start, end) for start, end in found.frame if start in opened and leads.match(words, opened[start])]


CLAUSE_END = re.compile(r"\s*[,;:.!?]|\s*$")
WHOM = re.compile(r"\s*(?:al?\s+)?(?:(?:el|la|los|las)\s+)?")
"""Before whom a request passes the matter to: «(avísele) a la directora»."""
HEADING_COLON = re.compile(r"\s*:")
HEADING_QUALIFIERS = 1
"""The colon right after a heading («nueva ceremonia: …»), not one inside a time after it («a las 8:30»)."""

def _kind_heading(ctx: Context, pieces: list[tuple[Span, Span]], index: int) -> int:
    """1 when the chosen stretch is only the kind of activity as a heading before a colon («nueva ceremonia:
    aniversario de la comuna», «ceremonia municipal: …», «reunión: comité de seguridad»): the title is what the
    colon introduces. A heading is the noun and at most one word that qualifies it."""
    if index + 1 >= len(pieces):
        return 0
    span, end, following = pieces[index][1], pieces[index][0][1], pieces[index + 1][1]
    noun = ctx.vocabulary.cue("event_nouns").at_start(ctx.norm, span[0])
    qualified = noun is not None and len(ctx.norm[noun.end():end].split()) <= HEADING_QUALIFIERS
    return int(qualified and HEADING_COLON.match(ctx.norm, end) is not None and following[0] > span[1])


def _purpose(ctx: Context, span: Span) -> Span:
    """From the activity named after "para", "a" or "en" when what comes before only says that there is an
    invitation or names the mayor: "hace llegar su invitación al alcalde para la graduación", "piden la
    presencia de la alcaldesa en la misa de ..."; "Informe de gestión al concejo" is all the title."""
    first = ctx.vocabulary.cue("event_nouns").search(ctx.norm, *span)
    if first is None or first.start() == span[0]:
        return span
    vocabulary = ctx.vocabulary
    framed = vocabulary.cue("invitation").search(ctx.norm, span[0], first.start()) or vocabulary.slot(
        "mayor").search(ctx.norm, span[0], first.start())
    g = load()
    if framed and ctx.constituents().preceded_by(first.start(), g.purpose_words, g.determiners):
        return first.start(), span[1]
    return span


def _after_en_later(ctx: Context, taken: list[Span]) -> Span | None:
    """«… el lunes a las 10. Será en la sala de concejo»: a place said only after the sentence that says when."""
    return _after_en(ctx, taken, later=True)


def _after_en(ctx: Context, taken: list[Span], later: bool = False) -> Span | None:
    """The last place after «en» in the sentences up to the one that says when (`later`: in any sentence); a
    sentence after it is read only when nothing else says where («Nota: el alcalde se sienta en la mesa
    principal»)."""
    atom_starts = {a.start for a in ctx.atoms}
    found = None
    for match in EN.finditer(ctx.norm):
        if match.start() in atom_starts or match.end() in atom_starts or _inside(match.start(), taken):
            continue
        word = ctx.norm[match.end():].split(" ", 1)[0]
        inside_date = any(a.start <= match.end() < a.end for a in ctx.atoms)
        if not word or word in ctx.vocabulary.words["not_place"] or inside_date:
            continue
        if ((found or not later) and _after_the_when(ctx, match.start())) \
                or (found and _in_an_aside(ctx, match.start())):
            break
        if found and found[0] < match.start() < found[1]:
            continue  # «en las oficinas de ENAP en Hualpén»: where the place is, said within it
        span = _until_boundary(ctx, match.end())
        if found and span and _only_a_locality(ctx, span):
            continue  # «en la gobernación con el delegado … en Rancagua»: the town of the place found before
        found = span
    return found


def _only_a_locality(ctx: Context, span: Span) -> bool:
    """Whether `span` names a commune and nothing more ("Talca", "San José de Maipo"): said after a place, it is
    where that place is."""
    return " ".join(ctx.norm[span[0]:span[1]].split()) in load().localities


def _after_the_when(ctx: Context, position: int) -> bool:
    """Whether `position` is in a sentence after the one that says when: «… a las 10, en la Plaza de Armas. El
    alcalde preside; el concejo en segunda fila» is a note on protocol, no other place of the activity."""
    if not ctx.atoms:
        return False
    end = clause_end(ctx, SENTENCE_END, max(a.end for a in ctx.atoms))
    return end is not None and end.start() < position


def _in_an_aside(ctx: Context, position: int) -> bool:
    """Whether the clause holding `position` opens with a filler that sets it apart ("…, ojo q esa tarde se corta
    el agua en el centro"): a place said there is not the activity's."""
    found = ctx.constituents()
    opening = [t.start for t in found.tokens if t.opens and t.start <= position]
    return bool(opening) and opening[-1] > 0 and found.in_frame(opening[-1]) \
        and not any(a <= opening[-1] < b for a, b in _consequent_requests(ctx))  # «…, así que agéndale…»


def _after_comma(ctx: Context, taken: list[Span]) -> Span | None:
    if not ctx.atoms:
        return None
    first_atom = min(a.start for a in ctx.atoms)
    clauses = []
    for match in COMMA.finditer(ctx.norm):
        if ctx.without_frame((0, match.start())) is None:
            continue  # «hola, agenda…», «jefe, anota…»: the comma closes a greeting, what follows is the request
        if (match.start() > first_atom or any(a.start > match.start() for a in ctx.atoms)) \
                and not _after_the_when(ctx, match.start()):
            clauses.append(match.end())
    while clauses and _until_boundary(ctx, clauses[-1]) is None:
        clauses.pop()  # «…, plaza de Armas, mié 22, 18 hrs.»: a clause that is only the time says no place
    if not clauses or _inside(clauses[-1], taken):
        return None
    span = _until_boundary(ctx, clauses[-1])
    if span and len(clauses) > 1 and _only_a_locality(ctx, span):
        span = _until_boundary(ctx, clauses[-2])  # «…, CESFAM Las Américas, Talca»: the town of the place before
        if span is None or _inside(span[0], taken):
            return None
    if span is None or ctx.norm[span[0]:].split(" ", 1)[0] in ctx.vocabulary.words["connectors"]:
        return None
    if any(a < span[1] and span[0] < b for a, b in taken):
        return None  # «…, la organiza la parroquia San Roque»: a clause that holds another slot is no place
    if any(p.post and p.post[0] == span[0] for p in ctx.constituents().people):
        return None  # «con la Sra. Marcela Tapia, presidenta de la Unión Comunal»: who she is, not where
    if any(a.deadline and span[1] <= a.start <= span[1] + 1 for a in ctx.atoms):
        return None
    return span


def _place_noun(ctx: Context, taken: list[Span]) -> Span | None:
    """A place noun after "a la", "en" …, or after the works done there: "a las obras del parque Kaukari"."""
    nouns = ctx.vocabulary.slot("place_nouns")
    for match in nouns.finditer(ctx.norm):
        if not _inside(match.start(), taken) and (TOWARDS.search(ctx.norm, max(0, match.start() - 12), match.start())
                                                  or _site_lead(ctx, match.start()) is not None):
            return _until_boundary(ctx, match.start())
    return None


def _visited(ctx: Context, taken: list[Span]) -> Span | None:
    """«visita a terreno a San Félix», «gira al Valle del Huasco»: where a visit goes, named with capitals after its
    «a»; a person visited («visita a Juan Pérez») is no place."""
    for lead in ctx.vocabulary.slot("visit_leads").finditer(ctx.norm):
        towards = VISIT_TOWARDS.match(ctx.norm, lead.end())
        start = towards.end() if towards else None
        if start is None or _inside(start, taken) or not ctx.text.source(start, start + 1).isupper():
            continue
        if any(person.name and person.extent()[0] == start for person in ctx.constituents().people):
            continue
        return _until_boundary(ctx, start)
    return None


def _site_lead(ctx: Context, start: int) -> int | None:
    """Where "a las obras del" begins before a place at `start`: the works done at a place lead to it."""
    site = SITE_OF.search(ctx.norm, max(0, start - 40), start)
    if site is None or site.group("noun") not in ctx.vocabulary.words["site_nouns"]:
        return None
    towards = TOWARDS.search(ctx.norm, max(0, site.start() - 12), site.start())
    return towards.start() if towards else None


def _cut_title_at_place(ctx: Context, noise: Container[str]) -> None:
    """A title that runs on into the works at the place found after it ends before them, when it says something
    by itself: "visita a terreno a las obras del parque Kaukari" is a "visita a terreno" at the parque (a "visita
    al hogar de ancianos" names where it goes, and keeps it)."""
    title, place = ctx.spans.get("title"), ctx.spans.get("place")
    if not (title and place and title[0] < place[0] < title[1]):
        return
    lead = _site_lead(ctx, ctx.text.folded(place[0]))
    title_start = ctx.text.folded(title[0])
    if lead is None or lead <= title_start:
        return
    kept = trim(ctx.norm, (title_start, lead), noise)
    if kept and len(WORD.findall(ctx.norm, *kept)) >= MIN_TITLE_WORDS:
        ctx.put_text("title", kept, noise)


def _after_time(ctx: Context, taken: list[Span]) -> Span | None:
    """"pasado mañana 9:30 edificio del gobierno regional": a place with no preposition, after the time."""
    if not ctx.atoms:
        return None
    end = max(a.end for a in ctx.atoms)
    rest = ctx.norm[end:].lstrip(" ,")
    if not rest or rest.split(" ", 1)[0] in ctx.vocabulary.noise("connectors", extra=("en",)):
        return None
    start = len(ctx.norm) - len(rest)
    if ctx.vocabulary.slot("place_nouns").at_start(ctx.norm, start) or ctx.text.source(start, start + 1).isupper():
        return _until_boundary(ctx, start)
    return None


def _until_boundary(ctx: Context, start: int) -> Span | None:
    """To the next boundary; "a la" within a name written with capitals does not end it ("Monumento a la
    Marina", "Plaza al Roto Chileno")."""
    end = len(ctx.norm)
    boundary = clause_end(ctx, PLACE_END, start)
    while boundary and (_within_a_name(ctx, start, boundary) or _within_a_street(ctx, start, boundary)):
        boundary = clause_end(ctx, PLACE_END, boundary.end())
    if boundary:
        end = boundary.start()
    for atom in ctx.atoms:
        if start <= atom.start < end:
            end = atom.start
    return (start, end) if end > start else None


def _within_a_name(ctx: Context, start: int, boundary: re.Match[str]) -> bool:
    after = boundary.end()
    if after >= len(ctx.norm) or A_THE.fullmatch(boundary.group()) is None:
        return False
    return ctx.text.source(start, start + 1).isupper() and ctx.text.source(after, after + 1).isupper()


def _within_a_street(ctx: Context, start: int, boundary: re.Match[str]) -> bool:
    """Whether the boundary joins the two streets of a corner that the place begins with or holds («en Saavedra con
    Villagrán», «en la sede, Colón con Las Heras»)."""
    return any(start <= place.span[0] <= boundary.start() < place.span[1] for place in ctx.constituents().places
               if place.rank == 0)


def _inside(position: int, spans: list[Span]) -> bool:
    return any(a <= position < b for a, b in spans)
