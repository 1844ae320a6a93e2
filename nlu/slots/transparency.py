"""Transparency requests: which intent a message about one is, and its folio, requester, channel, what it
asks, the responsible unit, third parties; for a step, which request and what happens to it.

Evidence of the capability is its own: the word «transparencia» (or «acceso a la información», the
law's number), a Portal folio (MU042T0000815), or «prórroga», which no other register uses.
"""

from __future__ import annotations

import re

from nlu.moments import query_range
from nlu.slots.change_words import cue, request_due
from nlu.slots.common import Context, Span, capitalised_run
from nlu.slots.legal import QUESTION_OPENING, clause, is_question, past_day, put_past_period, text_of

PORTAL_FOLIO = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{3}t\d{5,8}(?![a-z0-9])")
"""The Portal de Transparencia's folio: organism code (MU042) + T + sequence."""
SAID_FOLIO = re.compile(r"(?<![a-z])(?:folio|n°|nro|numero)\s*(?:n[°o]?\.?\s*|numero\s+|:\s*)?"
                        r"(?P<folio>(?=[a-z0-9\-/]*\d)[a-z0-9][a-z0-9\-/]{2,39})")
STEPS = ("not_opposed", "opposed", "notify", "corrected", "ask_correction", "extend", "derive", "withdraw",
         "inadmissible", "assign", "answer", "analysis")
"""Most specific first: «no se opuso» before «se opuso», «subsanó» before «subsanar», any step before an answer."""
STEP_CUES = frozenset(f"step_{name}" for name in STEPS)
"""A message whose words could hold none of these and says nothing of transparency is none of its business."""
STEP_KEYS = {"extend": "prorrogar", "derive": "derivar", "notify": "notificar_terceros", "opposed": "oposicion",
             "not_opposed": "sin_oposicion", "ask_correction": "pedir_subsanacion", "corrected": "subsanada",
             "answer": "responder", "withdraw": "desistir", "inadmissible": "inadmisible", "analysis": "analizar",
             "assign": "asignar"}
OUTCOMES = (("partial", "entregada_parcialmente"), ("nonexistent", "inexistente"), ("denied", "denegada"),
            ("delivered", "entregada"))
CHANNELS = (("portal", "portal"), ("in_person", "presencial"), ("email", "correo"), ("letter", "carta"))
REQUESTER_FRAME = re.compile(r"(?<![a-z])(?:solicitante|requirente|peticionari[oa]|del?\s+(?:la\s+|el\s+)?"
                             r"(?:(?:sra|sr|senora|senor|don|dona|vecina|vecino|periodista|abogad[oa])(?![a-z])\.?)?"
                             r"|(?:la\s+|el\s+)?(?:sra|sr|senora|senor|don|dona)\.?(?=\s))\s*:?\s*")
"""«de la señora …», «solicitante: …», and an honorific on its own («la señora Marcela Ñancupil pide …»)."""
NOT_A_NAME = frozenset(("transparencia", "acceso", "informacion", "portal", "la", "el", "los", "las", "una", "un",
                        "hoy", "ayer", "folio", "ley", "correo", "carta", "oficina", "partes", "manera", "forma",
                        "plazo", "terceros", "tercero", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
                        "domingo", "solicitud", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                        "agosto", "septiembre", "octubre", "noviembre", "diciembre", "que", "para", "por"))
SUBJECT_STOPS = (re.compile(r"\s(?:la\s+)?(?:unidad|responde|le\s+toca|la\s+ve|lo\s+ve|corresponde\s+a|"
                            r"derivar\s+a|para\s+(?:la\s+)?unidad)\b"),
                 re.compile(r"\s(?:terceros?|afecta\s+a|afectaria\s+a)\b"),
                 re.compile(r"\s(?:folio|recibida|ingresada|llego)\b"))
BY_THE_LAW = re.compile(r"\s*(?:por|via|a\s+traves\s+de|mediante)\s+(?:la\s+ley\s+de\s+|(?:el\s+)?portal\s+de\s+)?"
                        r"(?:transparencia|la\s+ley\s+20\.?285)\s*,?")
"""«pide por transparencia los sueldos …»: how it is asked, between the verb and what is asked."""
CHANNEL_LEAD = re.compile(r"\s*,?\s*(?:por|via|a\s+traves\s+de|mediante|en)\s+(?:(?:el|la|un|una)\s+)?")
"""Before a channel named between the verb and what is asked: «pide por correo …», «solicita vía el portal …»."""
CHANNEL_TAIL = re.compile(r"(?:\s+(?:electronico|de\s+transparencia|municipal))?\s*,?")
REFERENCE = re.compile(r"(?<![a-z])(?:la|el|solicitud|pedido|requerimiento|sai|transparencia|informacion)\s+"
                       r"(?:de|del)\s+(?:la\s+|el\s+)?")
REFERENCE_STOPS = (re.compile(r"\s(?:a|al|a\s+la|hacia|por|con|porque|ya\s+que|causal|y|se|le|ya|que|fue|es|era|esta|"
                              r"hay|quedo|queda|paso|pasa|vence|vencio)(?=\s|$)"),)
NOT_A_REFERENCE = frozenset(("este", "esta", "ese", "esa", "hoy", "ayer", "manana", "la", "el", "las", "los",
                             "semana", "mes", "pendientes", "vencidas", "noviembre", "diciembre", "enero"))
UNIT_FRAME = re.compile(r"(?<![a-z])(?:la\s+responde|lo\s+responde|responde|la\s+ve|lo\s+ve|le\s+tocan?\s+a|"
                        r"corresponde\s+a|(?<!que\s)(?<!q\s)(?<!cual\s)unidad(?:\s+responsable)?|a\s+cargo\s+de)\s*:?\s+")
"""What names the unit that answers a request; «¿qué unidad …?» asks which one, and names none."""
CAUSAL_WORD = re.compile(r"causal\s+(?:(?:del|de\s+la|de)\s+)?")
"""«causal del artículo 21»: the word the preview says itself («causal artículo 21 …»)."""
BODY = re.compile(r"\s(?:a|al|hacia)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?=\S)")
CAUSAL = re.compile(r"(?<![a-z])(?:causal|art\.?\s*21|articulo\s+21|por\s+el\s+21)")
OTHER_REGISTERS = ("invitation", "complaint", "lobby", "lobby_audience", "event_nouns")
"""Records answered or delivered in words of their own: «la invitación ya se respondió», «entregada la donación»."""
OWN_STEPS = frozenset(("extend", "ask_correction", "corrected", "inadmissible"))
"""Steps no other register speaks of: «prorroga la de Camila Rojas», «recházala por inadmisible» need no
«transparencia»."""
ROUTING_STEPS = frozenset(("derive", "assign"))
"""Steps that send a request to a unit: said of a request told arriving, they name its unit («derívela a la DOM»)."""
THIRD_PARTY_STEPS = frozenset(("notify", "opposed", "not_opposed"))
"""Steps of art. 20, which no other register speaks of when third parties are named: «notifique a los terceros»,
«los terceros se opusieron» (a neighbour who «se opuso» to a tree felling is a complaint's)."""
EXPORT_FIRST = 0.95
CONFIDENCE = 0.9


# --- which intent ----------------------------------------------------------------------------------

def recognize(ctx: Context) -> tuple[str, float] | None:
    """The capability's intent when the message carries its evidence; None leaves it to the shared rules."""
    about = ctx.cue("transparency") is not None or PORTAL_FOLIO.search(ctx.norm) is not None or request_due(ctx) \
        or _requests_of_unit(ctx)
    if not about and ctx.possible_cues().isdisjoint(STEP_CUES):
        return None
    step = _step(ctx)
    answered_by = step == "assign" and _answered_by(ctx)
    answered = step == "answer" and (CAUSAL.search(ctx.norm) is not None or _answered(ctx) or (
        ctx.cue("transparency_answered") is not None and not is_question(ctx)))
    third_party = step in THIRD_PARTY_STEPS and ctx.cue("transparency_third") is not None
    part_derived = step == "derive" and ctx.cue("derive_partial") is not None  # art. 13: only a request's part
    if not about and step not in OWN_STEPS and not (third_party or part_derived or answered_by or answered):
        return None
    if about and _told_arriving(ctx, step):
        return "transparency.create", CONFIDENCE
    if answered_by and "?" not in ctx.text.original:
        return "transparency.update", CONFIDENCE  # «que la vea la DOM» opens with «que» and asks nothing
    if ctx.cue("transparency_export"):
        return "transparency.export", EXPORT_FIRST
    if is_question(ctx) and not _asked_politely(ctx, step):
        return "transparency.query", CONFIDENCE
    received = ctx.cue("transparency_received") is not None
    if received and (step in (None, "answer", "analysis", "ask_correction", "assign") or _step_asked(ctx, step)):
        return "transparency.create", CONFIDENCE
    if step:
        return "transparency.update", CONFIDENCE
    asks = ctx.cue("transparency_asks")
    query = ctx.cue("transparency_query")
    if received or (asks and (query is None or asks.start() < query.start())):
        return "transparency.create", CONFIDENCE
    return "transparency.query", CONFIDENCE


def _told_arriving(ctx: Context, step: str | None) -> bool:
    """«Llegó solicitud … de Ana Reyes, pide los permisos …; derívela a la DOM»: a request told arriving, who asks
    and what, then where it goes, is a new one; the routing clause is its unit, not the derivation of a stored one.
    An arrival told in a relative clause («la solicitud que llegó ayer sobre …, derívela») names a stored one."""
    said = ctx.cue(f"step_{step}") if step in ROUTING_STEPS else None
    received = ctx.cue("transparency_received")
    asks = ctx.cue("transparency_asks") or ctx.vocabulary.slot("transparency_about").search(ctx.norm)
    if not (said and received and asks and received.start() < asks.start() < said.start()):
        return False
    return ctx.norm[:received.start()].split()[-1:] != ["que"]  # «la que llegó ayer …» is one already stored


def _requests_of_unit(ctx: Context) -> bool:
    """«q solicitudes tiene la DOM», «solicitudes de la DOM»: «solicitudes» asked for (or opening the message, as a
    list is named) by a unit called by its name, with no other kind named, are the requests the law routes to a unit
    to answer; the residents' are «reclamos», the Lobby's «audiencias»."""
    noun = ctx.cue("requests_noun")
    asked = is_question(ctx) or ctx.cue("transparency_query") is not None or (noun is not None and noun.start() == 0)
    if not asked or noun is None or not ctx.router.names_one(ctx.norm, ctx.words) or any(
            cue(ctx, name) for name in OTHER_REGISTERS):
        return False
    named = ctx.router.named(ctx.text, ctx.words)
    routed = ctx.router.route(ctx.norm, words=ctx.words)  # «solicitudes de poda de Medio Ambiente»: a complaint's
    return named is not None and (routed is None or named[1][0] <= routed[1][0] < named[1][1])


def _step_asked(ctx: Context, step: str | None) -> bool:
    """«Ingresó una solicitud…, hay que derivarla a Salud»: a request that came in with the step still to be taken
    is registered; the step is what to do with it next."""
    said = ctx.cue(f"step_{step}") if step else None
    lead = said and ctx.vocabulary.cue("request_lead").ending_at(ctx.norm, said.start())
    return bool(lead)


def _asked_politely(ctx: Context, step: str | None) -> bool:
    """«¿sería posible prorrogar la de X?», «¿me ayuda a entregarla?»: a question that opens with no interrogative and
    puts a request lead before the step asks for the step («¿hasta cuándo tenemos pa responder …?» asks a date)."""
    return QUESTION_OPENING.match(ctx.norm) is None and _step_asked(ctx, step)


def _answered(ctx: Context) -> bool:
    """«respondida, entregada», «ya se respondió, se entregó todo»: an answer said with how it went, each in words
    of its own, is a transparency request's («la entrega de subsidios» is one word for both, an activity's), unless
    another register is named."""
    said = ctx.cue("step_answer")
    how = next((match for name, _ in OUTCOMES if (match := ctx.cue(f"outcome_{name}")) is not None), None)
    if said is None or how is None or (how.start() < said.end() and said.start() < how.end()):
        return False
    return not any(cue(ctx, name) for name in OTHER_REGISTERS)


def _answered_by(ctx: Context) -> bool:
    """«la debe responder Secretaría Municipal», «que la vea la DOM», «corresponde a la Dirección de Obras»: who
    answers a request, said of the one in focus; a unit told with «corresponde a» must be named, and the dialogue
    reads it as a complaint's department when a complaint is in focus."""
    if ctx.cue("transparency_answered_by") is not None:
        return True
    return ctx.cue("transparency_unit_told") is not None and ctx.router.named(ctx.text, ctx.words) is not None


def _step(ctx: Context) -> str | None:
    found = [(match.start(), STEPS.index(name), name) for name in STEPS
             if (match := ctx.cue(f"step_{name}")) is not None]
    if not found:
        return None
    names = {name for _, _, name in found}
    for specific, general in (("not_opposed", "opposed"), ("corrected", "ask_correction")):
        if specific in names:
            names.discard(general)
    step = min((STEPS.index(name), name) for name in names)[1]
    return "assign" if step == "answer" and _unit_answers(ctx) else step


def _unit_answers(ctx: Context) -> bool:
    """«la responde la DOM», «la unidad que responde es Secretaría Municipal», «que la conteste Secplan»: a unit of
    the municipality named as the one that answers, with the verb not told as done and no outcome or causal said,
    assigns the request; «¿cómo se respondió?» is for an answer told («la DOM ya respondió», «respondida, entregada»).
    """
    if ctx.cue("transparency_answered_by") is None or CAUSAL.search(ctx.norm) is not None:
        return False
    if any(ctx.cue(f"outcome_{name}") is not None for name, _ in OUTCOMES):
        return False
    return ctx.router.names_one(ctx.norm, ctx.words) and not any(cue(ctx, name) for name in OTHER_REGISTERS)


# --- slots -----------------------------------------------------------------------------------------

def create(ctx: Context) -> None:
    taken: list[Span] = []
    folio = _folio(ctx)
    if folio:
        taken.append(folio)
    subject = _subject(ctx)
    if subject:
        taken.append(subject)
    third = _third_parties(ctx)
    if third:
        taken.append(third)
    requester = _requester(ctx, taken)
    if requester:
        ctx.put_text("requester", requester)
        taken.append(requester)
    _channel(ctx)
    if not _routed_unit(ctx):
        _named_unit(ctx, taken)
    received = past_day(ctx, [subject] if subject else [])
    if received:
        ctx.put("received", received[0], received[1])


def update(ctx: Context) -> None:
    step = _step(ctx)
    if step:
        ctx.put("step", STEP_KEYS[step])
    if step == "answer":
        outcome = next((key for name, key in OUTCOMES if ctx.cue(f"outcome_{name}")), None)
        ctx.put("outcome", outcome)
        causal = CAUSAL.search(ctx.norm)
        if causal:
            span = clause(ctx, causal.end())
            start = CAUSAL_WORD.match(ctx.norm, causal.start())
            start = start.end() if start and start.end() < (span[1] if span else 0) else causal.start()
            if span:
                ctx.put("causal", text_of(ctx, (start, span[1])), (start, span[1]))
    if step == "assign":
        _named_unit(ctx, [])
    if step == "derive":
        verb = ctx.cue("step_derive")
        body = BODY.search(ctx.norm, verb.end()) if verb else None
        span = clause(ctx, body.end()) if body else None
        if span:
            ctx.put_text("body", span)
        if ctx.cue("derive_partial"):
            ctx.put("partial", True)
    if step == "assign":  # «asígnala a jurídica»: the unit named, though its name is also a routing word
        named = ctx.router.named(ctx.text, ctx.words)
        if named is not None:
            ctx.put("department", named[0], named[1])
    if step == "notify":
        _third_parties(ctx)
    day = past_day(ctx)
    if day:
        ctx.put("day", day[0], day[1])
    _reference(ctx)  # last: the body a request goes to or its third parties are not whose request it is


def query(ctx: Context) -> None:
    _named_unit(ctx, [])  # first: «¿qué solicitudes tiene Medio Ambiente?» names a unit, not a requester
    _reference(ctx)
    for status, name in (("overdue", "transparency_status_overdue"), ("due_soon", "transparency_status_soon"),
                         ("closed", "transparency_status_closed")):
        if ctx.cue(name):
            ctx.put("status", status)
            break
    if re.search(r"(?<![a-z])vence", ctx.norm):
        ctx.put("due", True)
        first, last, span = query_range(ctx.atoms, ctx.now)
        ctx.put("date_from", first, span)
        ctx.put("date_to", last, span)
    else:
        put_past_period(ctx)


def export(ctx: Context) -> None:
    put_past_period(ctx)


# --- pieces ----------------------------------------------------------------------------------------

def _folio(ctx: Context) -> Span | None:
    found = PORTAL_FOLIO.search(ctx.norm)
    span = found.span() if found else None
    if span is None:
        said = SAID_FOLIO.search(ctx.norm)
        span = said.span("folio") if said else None
    if span:
        ctx.put("folio", ctx.text.source(*span).upper(), span)
    return span


def _subject(ctx: Context) -> Span | None:
    """What is asked: after the verb that asks («pide los permisos …»), else after what the request is about
    («una solicitud sobre las horas extra …»)."""
    words = ctx.vocabulary
    said = [*words.cue("transparency_asks").finditer(ctx.norm), *words.slot("transparency_about").finditer(ctx.norm)]
    for match in said:
        span = clause(ctx, _past_how_asked(ctx, match.end()), SUBJECT_STOPS)
        if span and ctx.put_text("subject", span, frozenset(("que", "le", "les", "se", "informacion", "sobre"))):
            return span
    return None


def _past_how_asked(ctx: Context, position: int) -> int:
    """Past how a request was made, said between the verb and what is asked: the law («pide por transparencia
    los sueldos…») or the channel («pide por correo las horas extra…», «solicita vía portal copia de…»)."""
    for _ in range(2):  # «por el portal, por transparencia»
        through = BY_THE_LAW.match(ctx.norm, position)
        lead = CHANNEL_LEAD.match(ctx.norm, position) if through is None else None
        channel = lead and next((found for name, _ in CHANNELS
                                 if (found := ctx.vocabulary.cue(f"channel_{name}").at_start(ctx.norm, lead.end()))),
                                None)
        if through:
            position = through.end()
        elif channel:
            position = CHANNEL_TAIL.match(ctx.norm, channel.end()).end()
        else:
            break
    return position


def _requester(ctx: Context, taken: list[Span]) -> Span | None:
    """The name after «de», «solicitante», «de la señora»…, outside the folio and what is asked."""
    for match in REQUESTER_FRAME.finditer(ctx.norm):
        if any(a <= match.start() < b for a, b in taken):
            continue
        run = capitalised_run(ctx, match.end(), max_words=5, stop=NOT_A_NAME)
        if run and run[0] == match.end() and ctx.norm[run[0]:run[1]].split()[0] not in NOT_A_NAME:
            return run
    return _named_asker(ctx) or _opening_asker(ctx)


def _named_asker(ctx: Context) -> Span | None:
    """«la periodista Daniela Rivas pide por correo…», «el vecino juan soto solicita…»: the person the segmenter
    names right before the verb that asks is who asks, wherever the clause begins."""
    asks = ctx.vocabulary.cue("transparency_asks").search(ctx.norm)
    if asks is None:
        return None
    return next((p.name for p in ctx.constituents().people
                 if p.name and p.extent()[1] <= asks.start() and not ctx.norm[p.extent()[1]:asks.start()].strip(" ,")),
                None)


def _opening_asker(ctx: Context) -> Span | None:
    """«Pedro Soto solicita por el portal …»: a capitalised name that opens the message right before the verb that
    asks is who asks."""
    asks = ctx.vocabulary.cue("transparency_asks").search(ctx.norm)
    run = capitalised_run(ctx, 0, max_words=5, stop=NOT_A_NAME) if asks else None
    if run is None or asks is None or ctx.norm[run[1]:asks.start()].strip(" ,") or run[0] != 0:
        return None
    return run if ctx.norm[run[0]:run[1]].split()[0] not in NOT_A_NAME else None


def _third_parties(ctx: Context) -> Span | None:
    """Who is notified: the first party named after a third-party word or a notifying verb («afecta a Transportes
    Litoral S.A.», «hay que notificar a Aseo Melipilla SpA», «el tercero es don Jorge Pérez»), or after a colon
    further on («notificamos a los terceros de la solicitud de Camila Rojas: Empresa Aseo Sur»); the words that only
    say there are third parties («afecta a terceros») never are one."""
    thirds = list(ctx.vocabulary.cue("transparency_third").finditer(ctx.norm))
    said = sorted([*thirds, *ctx.vocabulary.slot("transparency_third_named").finditer(ctx.norm)],
                  key=lambda match: (match.start(), -match.end()))
    for third in said:
        colon = ctx.norm.find(":", third.end())
        for start in (_after_article(ctx, third.end()), colon + 1 if colon >= 0 else None):
            span = _put_third_parties(ctx, start) if start is not None else None
            if span:
                return span
    aside = re.compile(r"\s*,\s*").match(ctx.norm, thirds[0].end()) if thirds else None
    if aside:  # «avísele a los terceros afectados, los inspectores de tránsito»
        return _put_third_parties(ctx, _after_article(ctx, aside.end()))
    return None


def _put_third_parties(ctx: Context, start: int) -> Span | None:
    """The clause from `start` as the third parties, unless it names whose request it is («a los terceros de la
    solicitud de Barrera», «en la de Soto») or only says there are some («terceros»)."""
    span = clause(ctx, _after_article(ctx, start))
    first = ctx.norm[span[0]:span[1]].split()[0] if span else ""
    unnamed = ctx.vocabulary.slot("transparency_third_unnamed").at_start(ctx.norm, span[0]) if span else None
    if span is None or first in ("de", "del", "en") or unnamed:
        return None
    return span if ctx.put_text("third_parties", span) else None


def _routed_unit(ctx: Context) -> bool:
    """The unit a clause sends the request to («derívela a la DOM», «que la vea Obras», «para SECPLAN»), which
    beats a unit the request's own words name («los permisos de Obras»); whether one was found."""
    words = ctx.vocabulary
    lists = (words.cue("step_derive"), words.cue("step_assign"), words.slot("transparency_routed_to"))
    sends = sorted((match for phrases in lists for match in phrases.finditer(ctx.norm)),
                   key=lambda match: match.start())
    named = next((unit for match in sends if (unit := ctx.router.named_at(ctx.text, ctx.words, match.end()))), None)
    if named:
        ctx.put("department", named[0], named[1])
    return named is not None


def _named_unit(ctx: Context, taken: list[Span]) -> None:
    """A unit called by its name or acronym («la responde Obras», «para la DOM»), outside the request's own
    words: routing words say what a complaint is about, not who answers a request («transparencia»
    would send every request to the Secretaría Municipal)."""
    framed = UNIT_FRAME.search(ctx.norm)
    span = clause(ctx, framed.end()) if framed else None
    if span and ctx.put_text("department", span, frozenset(("la", "el", "a", "unidad", "departamento", "direccion"))):
        return
    named = ctx.router.named(ctx.text, ctx.words)
    if named is None or (named == ctx.router.route(ctx.norm, words=ctx.words)
                         and not ctx.router.names_one(ctx.norm, ctx.words)):
        return  # a routing word says what a complaint is about; a unit's name («secplan») says who answers
    if any(a <= named[1][0] < b for a, b in taken):
        return
    ctx.put("department", named[0], named[1])


def _channel(ctx: Context) -> None:
    for name, key in CHANNELS:
        if ctx.cue(f"channel_{name}"):
            ctx.put("channel", key)
            return


def _after_article(ctx: Context, position: int) -> int:
    found = re.compile(r"\s*(?::\s*)?(?:(?:a\s+)?(?:la|el|los|las)\s+)?").match(ctx.norm, position)
    return found.end() if found else position


def _reference(ctx: Context) -> None:
    """The folio, else the requester after «la de», «solicitud de»…, else a person's name said on its own."""
    folio = _folio(ctx)
    if folio:
        ctx.put("reference", ctx.slots.pop("folio"), folio)
        return
    dated = [(atom.start, atom.end) for atom in ctx.atoms] + list(ctx.spans.values())
    for match in REFERENCE.finditer(ctx.norm):
        span = _before_third(ctx, clause(ctx, match.end(), REFERENCE_STOPS))
        if span is None or any(a <= span[0] < b for a, b in dated):
            continue
        if ctx.norm[span[0]:span[1]].split()[0] in NOT_A_NAME | NOT_A_REFERENCE:
            continue
        if _is_unit(ctx, span):
            continue
        if ctx.put_text("reference", span, frozenset(("la", "el", "de", "del"))):
            return
    for match in re.finditer(r"(?<![a-z0-9])[a-z]", ctx.norm):
        if not ctx.text.source(match.start(), match.start() + 1).isupper():
            continue
        run = capitalised_run(ctx, match.start(), max_words=4, stop=NOT_A_NAME)
        if run and any(a < run[1] and run[0] < b for a, b in dated):
            continue
        if run and len(ctx.norm[run[0]:run[1]].split()) >= 2 and ctx.norm[run[0]:run[1]].split()[0] not in NOT_A_NAME:
            ctx.put_text("reference", run)
            return


def _before_third(ctx: Context, span: Span | None) -> Span | None:
    """Whose request, up to what it affects: «la de Núñez afecta a terceros» is Núñez's."""
    third = ctx.vocabulary.cue("transparency_third").search(ctx.norm, span[0]) if span else None
    if span is None or third is None or third.start() >= span[1]:
        return span
    end = third.start()
    while end > span[0] and ctx.norm[end - 1] == " ":
        end -= 1
    return (span[0], end) if end > span[0] else None


def _is_unit(ctx: Context, span: Span) -> bool:
    """«las de Obras»: a unit called by its name, not a requester."""
    named = ctx.router.named(ctx.text, ctx.words)
    return (named is not None and named != ctx.router.route(ctx.norm, words=ctx.words)
            and span[0] <= named[1][0] < span[1])
