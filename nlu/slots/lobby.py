"""The Lobby register: which intent a message about an audience, a trip or a gift is, and its fields.

Evidence of the capability is its own: «lobby», «lobbista», «gestor de intereses», the law's number,
or an «audiencia» asked of the mayor (not an «audiencia pública» or a court hearing); a trip only
with what the register asks of it (its cost, who paid); a gift by its words (donativo, obsequio).
"""

from __future__ import annotations

import re

from nlu.dates import DAYS
from nlu.moments import first_when
from nlu.slots.common import Context, Span, capitalised_run, first_phrase
from nlu.slots.legal import clause, is_question, past_day, put_past_period, text_of

CONFIDENCE = 0.9
EXPORT_FIRST = 0.95
HONORIFIC = r"(?:(?:don|dona|sr|sra|srta|senor|senora|senorita)\.?\s+)?"
"""«don Hernán Lagos», «Sra. Marta Gómez»: the courtesy before a name is not part of it."""
LAW = r"(?:de\s+lobby|(?:por|segun|conforme\s+a)?\s*\(?(?:la\s+)?ley\s+(?:del?\s+lobby|n?[°o]?\s*20\.?730)\)?)"
"""How a heading names the law it comes under: «de lobby», «por Ley del Lobby», «(Ley 20.730)»."""
KIND = r"(?:(?:empresa|compania|firma)\s+(?=\S))?"
"""«la empresa Constructora Andes SpA»: what kind of body asks, said before its name, is no part of it."""
APPLICANT_BEFORE = re.compile(r"^\s*(?:(?:oye|ojo|hola|buenos\s+dias|estimad[oa]s?)[\s,]+)?"
                              r"(?:(?:llego|ingreso|nueva)\s+(?:una\s+)?solicitud\s+de\s+audiencia\s+de\s+)?"
                              r"(?:la\s+|el\s+|los\s+|las\s+)?" + HONORIFIC + KIND)
APPLICANT_AFTER = re.compile(r"(?<![a-z])(?:audiencia|reunion)\s*,?\s*(?:" + LAW + r"\s*,?\s*)?"
                             r"(?:(?:de|del)\s+(?:la\s+|el\s+)?(?!lobby\b|ley\b)|:\s*)" + HONORIFIC + KIND)
"""«audiencia de la Fundación X», «Solicitud de audiencia de lobby: Juan Pérez, …», «solicitud de audiencia por
Ley del Lobby de don Hernán Lagos, …» (a heading, then who asks)."""
APPLICANT_AFTER_VERB = re.compile(r"(?<![a-z])(?:pide|pidio|piden|pidieron|solicita|solicito|solicitan|solicitaron)"
                                  r"\s+(?:una\s+)?audiencia\s+(?:" + LAW + r"\s+)?"
                                  r"(?:con\s+(?:el\s+alcalde|la\s+alcaldesa)\s+)?(?:la|el|los|las|don|dona)\s+" + KIND)
"""«pidió audiencia la Fundación Ciudad Verde por …»: who asks named after the verb and «audiencia»."""
APPLICANT_RELATIVE = re.compile(r"(?<![a-z])(?:audiencia|reunion|solicitud)\s+(?:de\s+lobby\s+)?que\s+"
                                r"(?:nos\s+|le\s+)?"
                                r"(?:pide|pidio|piden|pidieron|solicita|solicito|solicitan|solicitaron)\s+"
                                r"(?:con\s+(?:el\s+alcalde|la\s+alcaldesa)\s+)?(?:la\s+|el\s+|los\s+|las\s+)?"
                                + HONORIFIC + KIND)
"""«¿me puede ingresar la audiencia que pidió la Cámara de Turismo por …?»: who asks named in a relative clause."""
APPLICANT_AGENT = re.compile(r"(?<![a-z])audiencia\s+(?:de\s+lobby\s+)?(?:solicitada|pedida|requerida)\s+por\s+"
                             r"(?:la\s+|el\s+|los\s+|las\s+)?")
"""«audiencia solicitada por Salmones del Sur para …»: who asks as the agent of a passive."""
EXPLICIT_SUBJECT = re.compile(r"(?<![a-z])(?:materia|tema)\s*:\s*")
# «por» after a participle («representada por», «encabezado por») names an agent, never the matter.
SUBJECT = re.compile(r"(?<![a-z])(?:(?<!ad[ao]\s)(?<!ad[ao]s\s)por\s+(?!encargo|cuenta|(?:la\s+)?ley\s|lobby|medio\s|"
                     r"la\s+presente|este\s+medio)"
                     r"(?:el\s+tema\s+de(?:l)?\s+)?|"
                     r"sobre\s+|"
                     r"para\s+(?:tratar|hablar\s+(?:de|del|sobre)|ver|conversar\s+(?:de|del|sobre)|presentar)\s+|"
                     r"materia\s*:?\s+|tema\s*:?\s+)")
REPRESENTED = re.compile(r"(?<![a-z])(?:en\s+representacion\s+de|por\s+encargo\s+de|a\s+nombre\s+de|en\s+nombre\s+de|"
                         r"representando\s+a|representa\s+a|por\s+cuenta\s+de|de\s+parte\s+de)\s+(?:la\s+|el\s+)?")
REFERENCE = re.compile(r"(?<![a-z])(?:audiencia|reunion|solicitud)\s+(?:de\s+lobby\s+)?(?:de|del|con)\s+"
                       r"(?:la\s+|el\s+)?|(?<![a-z])(?:la|el)\s+de\s+(?:la\s+|el\s+)?")
REFERENCE_STOPS = (re.compile(r"\s(?:para|el|la|a\s+las|a\s+la|al|en|por|porque|se|fue|que|duro|dura|con|y|"
                              r"hoy|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?=\s|$)"),)
PLACE = re.compile(r"(?<![a-z])en\s+(?=(?:el|la|los|las)?\s*[a-z])")
DURATION = re.compile(r"(?<![a-z0-9])(?:\d{1,3}(?:[.,]5)?\s*(?:min|minutos?|h|hrs?|horas?)(?![a-z])|"
                      r"(?:una\s+)?hora\s+y\s+media|media\s+hora|una\s+hora|dos\s+horas|tres\s+cuartos\s+de\s+hora)")
ATTENDEES = re.compile(r"(?<![a-z])(?:asistieron|asistentes\s*:?|participaron|estuvieron|"
                       r"con\s+la\s+presencia\s+de)\s+")
ATTENDEES_END = re.compile(r"[.;:]|,?\s+(?:por|en\s+representacion|representando|duro|dura|se\s+trato|se\s+hablo|"
                           r"materia|tema|fue|presencial|virtual|no\s+remunerad\w*|sin\s+remuneracion)(?![a-z])|"
                           r",\s*(?:se|gestor\w*|lobbista\w*|remunerad\w*)(?![a-z])")
MATTER = re.compile(r"(?<![a-z])(?:se\s+trato|se\s+hablo\s+de(?:l)?|se\s+converso\s+(?:de|sobre)|materia\s*:?|"
                    r"tema\s*:?|trataron)\s+")
DESTINATION = re.compile(r"(?<![a-z])(?:viaje|viajo|viajara|viajar|gira|comision\s+de\s+servicios?)\s+"
                         r"(?:del\s+alcalde\s+|de\s+la\s+alcaldesa\s+)?(?:a|al|hacia|en)\s+(?:la\s+|el\s+)?")
PURPOSE = re.compile(r"(?<![a-z])(?:para|por|motivo\s*:?|objeto\s*:?|con\s+el\s+objeto\s+de|a\s+la|al)\s+")
DESTINATION_STOPS = (re.compile(r"\s(?:para|por|el|del|a\s+la|al|con|costo|financi\w*|pagad\w*|motivo|objeto)"
                                r"(?=\s|$)"),)
COST = re.compile(r"\$\s*\d[\d.,]*(?:\s*(?:mil|millones?))?|\d[\d.,]*\s*(?:mil\s+)?(?:pesos|millones?|mil)\b")
PAYER = re.compile(r"(?<![a-z])(?:pagado\s+por|pagados\s+por|lo\s+paga|lo\s+pago|financiado\s+por|financia|"
                   r"costeado\s+por|a\s+cargo\s+de|paga|pago)\s+(?:la\s+|el\s+)?")
DONOR = re.compile(r"(?<![a-z])(?:de\s+parte\s+del?|donado\s+por|regalado\s+por|obsequiado\s+por|entregado\s+por|"
                   r"le\s+(?:regalo|regalaron|dio|dieron|obsequio|obsequiaron|entrego|entregaron)|"
                   r"(?:donativo|obsequio|regalo|presente)\s+(?:protocolar\s+)?(?:de|del))\s+(?:la\s+|el\s+)?")
OCCASION = re.compile(r"(?<![a-z])(?:con\s+motivo\s+de(?:l)?|en\s+(?:el|la)\s+(?=visita|ceremonia|aniversario|acto|"
                      r"cena|encuentro|reunion|inauguracion|celebracion)|por\s+(?:el|la)\s+(?=visita|aniversario|"
                      r"ceremonia|celebracion))\s*")
WHAT = re.compile(r"(?<![a-z])(?:recibio|recibimos|regalo|regalaron|dio|dieron|obsequio|obsequiaron|donativo|"
                  r"entrego|entregaron|donaron)\s*:?\s+(?=un|una|unos|unas|el|la|los|las|\w)")
WHAT_STOPS = (re.compile(r"\s(?:de\s+parte|por\s+parte|con\s+motivo|en\s+la\s+visita|donado|"
                         r"regalado|obsequiado|entregado)(?=\s|$)"),)
ROLE_ONLY = re.compile(r"\s*(?:no\s+)?(?:es|son|era|fue|seria)?\s*(?:un|una)?\s*(?:lobbista|lobista|gestora?|"
                       r"gestora?\s+de\s+intereses)(?:\s+(?:remunerad[oa]|pagad[oa]))?\s*[.!]?\s*$")
"""«es lobbista» alone: a detail of the audience request being registered, not a new question."""
RECEIVED_THING = re.compile(r"(?<![a-z])(?:recibio|recibimos|recibieron)\s+(?:un|una|unos|unas)\s")
POST = (r"(?:lobbista|lobista|gestora?\s+de\s+intereses|abogad[oa]|asesora?|representante|gerent[ea]|vocer[oa]|"
        r"director[a]?|president[ea]|jef[ea]|encargad[oa]|apoderad[oa]|socio|socia|duen[oa])")
"""The posts an apposition gives the applicant, whose «de» names whom they work for."""
WORKING_FOR = re.compile(r"(?:\s*,\s*|\s+)(?:(?:el|la|su)\s+)?" + POST + r"(?:\s+[a-z]+){0,4}?\s+(?:de|del)\s+"
                         r"(?:la\s+|el\s+)?")
"""«Juan Pérez, lobbista de Constructora Andes», «Claudia Reyes, gerenta de asuntos corporativos de Minera X», «la sra
Patricia Rojas gerenta de Enel»: after the name, the post of an apposition names whom the applicant works for."""
AS_POST = re.compile(r"\s*(?:yo\s+)?como\s+(?:(?:el|la|su)\s+)?" + POST + r"(?![a-z])")
"""«como gerente de X solicito reunión con el alcalde …»: the writer's standing, not «¿cómo …?» asking."""
APPLICANT_LABEL = re.compile(r"(?<![a-z])(?:solicitante|requirente|interesad[oa]|quien\s+(?:la\s+)?solicita)\s*:\s*"
                             + HONORIFIC)
"""«Solicitante: Andrea Vidal, asesora legal de Aguas Andinas. Materia: …»: a form's field names who asks."""
APPOSITION_END = re.compile(r"\s(?:por|sobre|para|pide|pidio|solicita|solicito|quiere|desea|que)\s")
"""Where an apposition without punctuation ends: the verb that asks, or the matter («… gerenta de Enel para ver …»)."""
ORGANISATION = re.compile(r"(?<![a-z])(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?")
"""Inside an apposition, where the organisation's name may start: the first «de» before a capitalised word."""
SPOKEN_FOR = re.compile(r"\s*,\s*(?:(?:representad[oa]s?|encabezad[oa]s?|liderad[oa]s?)\s+por|"
                        r"a\s+traves\s+de|por\s+medio\s+de|mediante)\s")
"""«La Inmobiliaria X, representada por su gerente Y, pide …», «… de la Inmobiliaria X, a través de su gerente Y, para
tratar …»: an aside after the applicant that names who speaks for it; the applicant is what comes before."""
ROLE_BEFORE = re.compile(r"(?:(?:el|la|su)\s+)?" + POST + r"\s+(?!de\s|del\s)" + HONORIFIC)
"""«la gestora de intereses Valentina Opazo, de …, pide …»: the post said before the name of a person who asks."""
OF_BODY = re.compile(r"\s*,\s*(?:de|del)\s+(?:la\s+|el\s+)?(?=\S)")
"""«Valentina Opazo, de Constructora Andes Sur, pide …»: an aside that names only whom the person asks for."""
SPEAKER_POST = re.compile(r"\s*(?:(?:el|la|su|sus)\s+)?(?:" + POST + r"(?:\s+(?:legal|general|comercial))?\s+)?"
                          + HONORIFIC)
"""«representada por su gerente general Y», «por el abogado don Y»: the post and the courtesy before the name."""
THROUGH = re.compile(r"\s*,?\s*(?:a\s+traves\s+de|por\s+medio\s+de|mediante)\s+(?:su|sus|el|la|los|las)?\s*"
                     r"(?:(?:gestora?|gestores)\s+de\s+intereses|lobbistas?|lobistas?|abogad[oa]s?|representantes?|"
                     r"gerente|asesora?)?\s*" + HONORIFIC)
"""«la Inmobiliaria X, a través de su gestor de intereses Y, pide …»: the company is represented, Y asks."""
APPLICANT_NOISE = frozenset(("que", "le", "les", "se", "nos", "la", "el", "los", "las", "lobbista", "gestor",
                             "gestora", "informo", "informamos", "comunico", "comunicamos", "aviso", "avisamos",
                             "cuento", "indico", "senalo"))
"""Words around an applicant's name: the request's own, and the telling of a note («le informo que la X …»)."""
NOT_A_NAME = frozenset(("audiencia", "alcalde", "alcaldesa", "lobby", "solicitud", "reunion", "la", "el", "hoy",
                        "ayer", "manana", "que", "de", "con", "pide", "solicita"))


# --- which intent ----------------------------------------------------------------------------------

def recognize(ctx: Context) -> tuple[str, float] | None:
    """The capability's intent when the message carries its evidence; None leaves it to the shared rules."""
    audience = (ctx.cue("lobby_audience") is not None and ctx.cue("lobby_not_audience") is None) or _meeting_asked(ctx)
    lobby = ctx.cue("lobby") is not None
    gift = ctx.cue("lobby_gift") is not None or (RECEIVED_THING.search(ctx.norm) is not None
                                                 and DONOR.search(ctx.norm) is not None)
    travel = ctx.cue("lobby_travel") is not None and (ctx.cue("lobby_travel_cost") is not None
                                                      or COST.search(ctx.norm) is not None)
    if not (audience or lobby or gift or travel):
        return None
    if ROLE_ONLY.match(ctx.norm):
        return "lobby.create", CONFIDENCE  # «es lobbista»: a detail of the request being registered
    if ctx.cue("lobby_export") and (lobby or audience or ctx.cue("lobby_query")):
        return "lobby.export", EXPORT_FIRST
    asked = is_question(ctx) and not AS_POST.match(ctx.norm) and not _register_asked(ctx)
    if asked or (ctx.cue("lobby_query") and not ctx.cue("lobby_ask")):
        return ("lobby.query", CONFIDENCE) if (lobby or audience or gift or travel) else None
    if gift and not audience:
        return "lobby.gift", CONFIDENCE
    if travel and not audience:
        return "lobby.travel", CONFIDENCE
    if not (audience or lobby):
        return None
    answer = ctx.cue("lobby_decline") or ctx.cue("lobby_accept")
    if answer and _is_status(ctx, answer.start()):
        return "lobby.query", CONFIDENCE  # «audiencias rechazadas»: a list by its status, not an answer
    held = ctx.cue("lobby_held") or DURATION.search(ctx.norm)
    if not (lobby or answer or held) and any(atom.hour is not None for atom in ctx.atoms):
        return None  # «agendar audiencia con la presidenta … el martes a las 12»: an activity, for the agenda
    if answer:
        return "lobby.respond", CONFIDENCE
    if held:
        return "lobby.record", CONFIDENCE
    if ctx.cue("lobby_ask") or _described(ctx):
        return "lobby.create", CONFIDENCE
    return "lobby.query", CONFIDENCE


def _meeting_asked(ctx: Context) -> bool:
    """«pide reunirse con el alcalde», «solicita una reunión con la alcaldesa»: an audience asked in other words,
    known by a verb that asks, a meeting and the mayor together."""
    return all(ctx.cue(name) is not None for name in ("lobby_ask", "lobby_meeting", "lobby_with_mayor"))


def _register_asked(ctx: Context) -> bool:
    """«me la registrái?», «¿me puede ingresar la audiencia que pidió …?»: a request told, then its registering asked
    of the reader as a question, is a request to register, not a search for the applicant's audiences."""
    return ctx.cue("lobby_register") is not None and ctx.cue("lobby_ask") is not None


def _is_status(ctx: Context, at: int) -> bool:
    """Whether the word at `at` names an audience's status («rechazadas», «aceptadas»), which a list asks for."""
    status = first_phrase(ctx.vocabulary.statuses_of("lobby.query"), ctx.norm, ctx.words)
    return status is not None and status[1][0] <= at < status[1][1]


def _described(ctx: Context) -> bool:
    """A request told by its parts, with no verb that asks: «Solicitud de audiencia: Juan Pérez, lobbista de
    Constructora Andes, materia: …» names its matter, whom the applicant works for or who speaks for whom
    («…, representada por …», «en representación de …»): a listing names none of these."""
    return any(p.search(ctx.norm) is not None for p in (EXPLICIT_SUBJECT, WORKING_FOR, SPOKEN_FOR, REPRESENTED))


# --- slots -----------------------------------------------------------------------------------------

def create(ctx: Context) -> None:
    ask = ctx.cue("lobby_asker")
    told = ask or ctx.cue("lobby_ask")  # the matter follows the verb that asks, past a heading («Llegó …:»)
    agent = APPLICANT_AGENT.search(ctx.norm)
    start = agent.end() if agent else told.end() if told else 0
    subject = _after(ctx, EXPLICIT_SUBJECT, name="subject") or _matter_of_letter(ctx, start) or _after(
        ctx, SUBJECT, start=start, name="subject",
                     stops=(re.compile(r"\s(?:en\s+representacion|por\s+encargo|a\s+nombre|en\s+nombre|"
                                       r"representando|de\s+parte)\b"),))
    represented = _after(ctx, REPRESENTED, name="represented", stops=(re.compile(r"\s(?:pide|solicita|quiere|por|"
                                                                                 r"sobre|para)\b"),))
    _applicant(ctx, ask, [s for s in (subject, represented) if s])
    paid = _paid(ctx)
    if paid is not None:
        ctx.put("applicant_role", "lobbista" if paid else "gestor")
    received = past_day(ctx, [subject] if subject else [])
    if received:
        ctx.put("received", received[0], received[1])


def respond(ctx: Context) -> None:
    if ctx.cue("lobby_decline"):
        ctx.put("response", "declined")
    elif ctx.cue("lobby_accept"):
        ctx.put("response", "accepted")
    _reference(ctx)
    when = first_when(ctx.atoms, ctx.now)
    if when.start is not None:
        ctx.put("start", when.start)
    place = PLACE.search(ctx.norm, _last_atom_end(ctx))
    if place and ctx.slots.get("start") is not None:
        span = clause(ctx, place.end())
        if span:
            ctx.put_text("place", span)


def record(ctx: Context) -> None:
    _reference(ctx)
    duration = DURATION.search(ctx.norm)
    if duration:
        ctx.put("duration", text_of(ctx, duration.span()), duration.span())
    if ctx.cue("lobby_virtual"):
        ctx.put("modality", "videoconferencia")
    elif ctx.cue("lobby_in_person"):
        ctx.put("modality", "presencial")
    found = ATTENDEES.search(ctx.norm)
    if found:
        end = ATTENDEES_END.search(ctx.norm, found.end())
        ctx.put_text("attendees", (found.end(), end.start() if end else len(ctx.norm)))
    _after(ctx, MATTER, name="matter")
    paid = _paid(ctx)
    if paid is not None:
        ctx.put("paid", paid)
    held = past_day(ctx)
    if held:
        ctx.put("held", held[0], held[1])
    place = re.search(r"(?<![a-z])en\s+(?:el|la)\s+(?=despacho|oficina|sala|salon|edificio|municipalidad|alcaldia)",
                      ctx.norm)
    if place:
        span = clause(ctx, place.end(), (re.compile(r"\s(?:con|duro|por|y)\s"),))
        if span:
            ctx.put_text("place", span)


def travel(ctx: Context) -> None:
    destination = _after(ctx, DESTINATION, name="destination", stops=DESTINATION_STOPS)
    after = destination[1] if destination else 0
    purpose = PURPOSE.search(ctx.norm, after)
    if purpose:
        span = clause(ctx, purpose.end(), (re.compile(r"\s(?:costo|con\s+un\s+costo|financi\w*|pagad\w*|lo\s+pag\w*|"
                                                      r"por\s+\$|por\s+\d)"),))
        if span:
            ctx.put_text("purpose", span)
    cost = COST.search(ctx.norm)
    if cost:
        ctx.put("cost", text_of(ctx, cost.span()), cost.span())
    _after(ctx, PAYER, name="paid_by", stops=(re.compile(r"\s(?:por\s+\$|por\s+\d|costo)"),))
    day = next((a for a in ctx.atoms if a.kind == "day" and a.first is not None), None)
    if day:
        ctx.put("day", day.first, (day.start, day.end))


def gift(ctx: Context) -> None:
    what = WHAT.search(ctx.norm)
    if what:
        span = clause(ctx, what.end(), WHAT_STOPS)
        if span:
            ctx.put_text("what", span)
    donor = _after(ctx, DONOR, name="donor", stops=(re.compile(r"\s(?:con\s+motivo|en\s+(?:el|la)|por\s+(?:el|la)|"
                                                               r"durante)\b"),))
    if donor is None:
        run = _capitalised(ctx)
        if run:
            ctx.put_text("donor", run)
    _after(ctx, OCCASION, name="occasion")
    day = past_day(ctx)
    if day:
        ctx.put("day", day[0], day[1])


def query(ctx: Context) -> None:
    if not re.search(r"(?<![a-z])registro\s+de", ctx.norm):
        _reference(ctx)
    status = first_phrase(ctx.vocabulary.statuses_of("lobby.query"), ctx.norm, ctx.words)
    if status:
        ctx.put("status", status[0], status[1])
    put_past_period(ctx)


def export(ctx: Context) -> None:
    put_past_period(ctx)


# --- pieces ----------------------------------------------------------------------------------------

def _after(ctx: Context, pattern: re.Pattern[str], name: str, start: int = 0,
           stops: tuple[re.Pattern[str], ...] = ()) -> Span | None:
    """The clause after the first match of `pattern` from `start`, stored as slot `name`."""
    found = pattern.search(ctx.norm, start)
    span = clause(ctx, found.end(), stops) if found else None
    if span and ctx.put_text(name, span):
        return span
    return None


def _applicant(ctx: Context, ask: re.Match[str] | None, taken: list[Span]) -> None:
    """Who asks: the agent of «audiencia solicitada por», what opens the message before «pide audiencia», else
    the name after «audiencia de»."""
    labelled = next((m for p in (APPLICANT_AGENT, APPLICANT_LABEL, APPLICANT_RELATIVE) if (m := p.search(ctx.norm))),
                    None)
    if ask is not None and not labelled and _written_in_standing(ctx, ask):
        return
    if ask is not None and ask.start() > 0 and not labelled:
        past_day = max(_after_opening_day(ctx), ctx.norm.rfind(":", 0, ask.start()) + 1,
                       _after_letter_opening(ctx, ask.start()))
        opening = APPLICANT_BEFORE.match(ctx.norm[past_day:])
        start = past_day + (opening.end() if opening else 0)
        end = ask.start()
        role = ROLE_BEFORE.match(ctx.norm, start)
        start = role.end() if role else start
        through = THROUGH.search(ctx.norm, start, end)
        if through:  # «la Inmobiliaria X, a través de su gestor de intereses Y, pide …»: Y asks for X
            ctx.put_text("represented", (start, through.start()), APPLICANT_NOISE)
            start = through.end()
        working_for = WORKING_FOR.search(ctx.norm, start, end)
        if working_for and working_for.start() > start:  # «Juan Pérez, lobbista de Constructora Andes, pide …»
            _put_represented(ctx, working_for, end)
            end = working_for.start()
        body = OF_BODY.search(ctx.norm, start, end)
        if body and body.start() > start and ctx.text.source(body.end(), body.end() + 1).isupper():
            ctx.put_text("represented", (body.end(), end), APPLICANT_NOISE)  # «Y, de Constructora X, pide …»
            end = body.start()
        aside = REPRESENTED.search(ctx.norm, start, end)
        end = aside.start() if aside and aside.start() > start else end  # «Y, en representación de X, pide …»
        spoken_for = SPOKEN_FOR.search(ctx.norm, start, end)
        if start < (spoken_for.start() if spoken_for else end) and not any(a <= start < b for a, b in taken):
            words = ctx.norm[start:spoken_for.start() if spoken_for else end].split()
            if words and words[0] not in NOT_A_NAME and len(words) <= 8 and ctx.put_text(
                    "applicant", (start, spoken_for.start() if spoken_for else end), APPLICANT_NOISE):
                _speaker(ctx, (start, spoken_for.start()), end) if spoken_for else _signed_for(ctx, (start, end), ask)
                return
    pattern = next((p for p in (APPLICANT_LABEL, APPLICANT_AGENT, APPLICANT_RELATIVE, APPLICANT_AFTER)
                    if p.search(ctx.norm)),
                   APPLICANT_AFTER_VERB)
    named = _after(ctx, pattern, name="applicant",
                   stops=(re.compile(r"\s(?:con\s+el\s+alcalde|con\s+la\s+alcaldesa|por|sobre|para|en\s+representacion|"
                                     r"a\s+nombre|pide|solicita|que)\b"),
                          re.compile(r"\s(?:(?:el|la|su)\s+)?" + POST + r"\s")))
    if named and SPOKEN_FOR.match(ctx.norm, named[1]):  # «… de la Pesquera X, representada por su gerente Y, …»
        _speaker(ctx, named)
        return
    working_for = WORKING_FOR.match(ctx.norm, named[1]) if named else None
    if working_for:  # «…: Juan Pérez, lobbista de Constructora Andes, materia: …»
        apposition = clause(ctx, working_for.end())
        _put_represented(ctx, working_for, apposition[1] if apposition else len(ctx.norm))


def _matter_of_letter(ctx: Context, start: int) -> Span | None:
    """The matter after a formal lead («para exponer el proyecto …», «a fin de tratar …», «con el objeto de exponer
    …»), past the verb of telling that may follow it, when no plainer lead («por», «sobre», «para tratar») comes
    first."""
    lead = ctx.cue("lobby_matter_leads") and ctx.vocabulary.cue("lobby_matter_leads").search(ctx.norm, start)
    plain = SUBJECT.search(ctx.norm, start)
    if lead is None or (plain is not None and plain.start() < lead.start()):
        return None
    told = ctx.vocabulary.cue("lobby_matter_verbs").at_start(ctx.norm, lead.end() + 1)
    span = clause(ctx, told.end() if told else lead.end())
    return span if span and ctx.put_text("subject", span) else None


def _written_in_standing(ctx: Context, ask: re.Match[str]) -> bool:
    """A letter whose writer opens with their standing («en mi calidad de representante legal de Salmonera Austral
    S.A., solicito …», «en representación de la empresa X, vengo en solicitar …», «como gerente de X solicito …»,
    «quien suscribe, en nombre de la Cooperativa Y, solicita …»): the standing names no one. Who asks is who signs
    the letter, for the body named in the standing; unsigned, the body itself asks. False when the words before the
    verb that asks are no standing."""
    opening = max(_after_opening_day(ctx), ctx.norm.rfind(":", 0, ask.start()) + 1)
    standing = next((m for m in (ctx.vocabulary.cue("lobby_standing").search(ctx.norm, opening, ask.start()),
                                 REPRESENTED.search(ctx.norm, opening, ask.start())) if m is not None), None)
    if standing is None or not _only_frame(ctx, opening, standing.start()):
        return False
    body = _standing_body(ctx, standing.start(), ask.start())
    if body is None:
        return False
    signer = _signer(ctx, ask.end())
    ctx.slots.pop("represented", None)
    ctx.spans.pop("represented", None)
    if signer is None:
        return ctx.put_text("applicant", body, APPLICANT_NOISE)
    return ctx.put_text("applicant", signer) and ctx.put_text("represented", body, APPLICANT_NOISE)


def _after_letter_opening(ctx: Context, end: int) -> int:
    """Where the body of a letter starts: past its last opening formula before `end` («Estimada Sra. Marcela, por
    intermedio de la presente, …», «De mi consideración: Junto con saludar, …»), so that the addressee greeted before
    it is never read as who asks; 0 when it has none."""
    openings = ctx.cue("lobby_letter_opening") and list(
        ctx.vocabulary.cue("lobby_letter_opening").finditer(ctx.norm, 0, end))
    if not openings:
        return 0
    last = openings[-1].end()
    return last + len(ctx.norm[last:end]) - len(ctx.norm[last:end].lstrip(" ,:;"))


def _signed_for(ctx: Context, body: Span, ask: re.Match[str]) -> None:
    """A body asking in a letter that a person signs («la empresa X solicita … Saluda atentamente, Juan Pérez, Gerente
    General»): the signer asks on the body's behalf, as the Lobby register has it (and as a letter opened with the
    writer's standing reads); a letter signed by whoever it names as asking is theirs alone."""
    signer = _signer(ctx, ask.end())
    applicant = ctx.slots.get("applicant")
    if signer is None or "represented" in ctx.slots or ctx.said(signer) == applicant:
        return
    if ctx.put_text("applicant", signer):
        ctx.put_text("represented", body, APPLICANT_NOISE)


def _only_frame(ctx: Context, start: int, end: int) -> bool:
    """Whether `start`–`end` holds only greetings, the addressee and punctuation («Señor Alcalde: Junto con
    saludar,»)."""
    frame = ctx.frame()
    return all(any(a <= word.start() and word.end() <= b for a, b in frame)
               for word in re.finditer(r"[a-z0-9]+", ctx.norm[:end]) if word.start() >= start)


def _standing_body(ctx: Context, start: int, end: int) -> Span | None:
    """The body a standing names: after «en representación de», else the first capitalised name after the post's
    «de» («representante legal de Salmonera Austral S.A.»), else all after that «de» (a message in lower case)."""
    aside = REPRESENTED.search(ctx.norm, start, end)
    post = WORKING_FOR.search(ctx.norm, start, end)
    if aside is not None:
        begin = aside.end()
    elif post is not None:
        begin = next((m.end() for m in ORGANISATION.finditer(ctx.norm, post.start(), end)
                      if ctx.text.source(m.end(), m.end() + 1).isupper()), post.end())
    else:
        return None
    kind = re.compile(KIND).match(ctx.norm, begin)
    span = clause(ctx, kind.end() if kind else begin, (APPOSITION_END,))
    return span and (span[0], min(span[1], end))


def _signer(ctx: Context, start: int) -> Span | None:
    """The name that signs the letter after a closing formula («… Saluda atte., Rodrigo Fuentes»)."""
    people = [person.name for person in ctx.constituents().people if person.name and person.name[0] >= start]
    for closing in ctx.vocabulary.cue("lobby_closing").finditer(ctx.norm, start):
        for name in people:
            if name[0] >= closing.end() and not ctx.norm[closing.end():name[0]].strip(" ,.:;-"):
                return name
    return None


def _speaker(ctx: Context, body: Span, end: int | None = None) -> None:
    """«<body>, representada por su gerente Y»: Y is who asks, on behalf of the body (the represented), as the Lobby
    register has it; the aside ends at its clause or at `end` (the verb that asks)."""
    spoken_for = SPOKEN_FOR.match(ctx.norm, body[1])
    person = clause(ctx, SPEAKER_POST.match(ctx.norm, spoken_for.end()).end(), (APPOSITION_END,)) \
        if spoken_for else None
    person = person and (person[0], min(person[1], end or person[1]))
    if person and person[0] < person[1] and ctx.put_text("applicant", person, APPLICANT_NOISE):
        ctx.put_text("represented", body, APPLICANT_NOISE)


def _put_represented(ctx: Context, working_for: re.Match[str], end: int) -> None:
    """Whom the applicant works for, from the post of an apposition to `end`: the first capitalised name after
    a «de» («gerenta de asuntos corporativos de Minera Los Pelambres»), else all that follows the post's «de»
    (a message in lower case capitalises nothing)."""
    if "represented" in ctx.slots:
        return
    apposition = clause(ctx, working_for.end(), (APPOSITION_END,))
    end = min(end, apposition[1]) if apposition else end
    for found in ORGANISATION.finditer(ctx.norm, working_for.start(), end):
        if ctx.text.source(found.end(), found.end() + 1).isupper():
            ctx.put_text("represented", (found.end(), end), APPLICANT_NOISE)
            return
    ctx.put_text("represented", (working_for.end(), end), APPLICANT_NOISE)


def _after_opening_day(ctx: Context) -> int:
    """Where the message goes on after a day it opens with («el 16 de junio la Asociación X pidió audiencia»)."""
    first = min(ctx.atoms, key=lambda atom: atom.start, default=None)
    if first is None or ctx.norm[:first.start].strip(" ,") not in ("", "el", "ayer", "hoy"):
        return 0
    return first.end + len(ctx.norm[first.end:]) - len(ctx.norm[first.end:].lstrip(" ,"))


def _paid(ctx: Context) -> bool | None:
    if ctx.cue("lobby_paid_no"):
        return False
    if ctx.cue("lobby_paid_yes"):
        return True
    return None


def _reference(ctx: Context) -> None:
    for match in REFERENCE.finditer(ctx.norm):
        span = _before_day(ctx, clause(ctx, match.end(), REFERENCE_STOPS))
        if span and ctx.norm[span[0]:span[1]].split()[0] not in NOT_A_NAME and ctx.put_text("reference", span):
            return
    run = _capitalised(ctx)
    if run:
        ctx.put_text("reference", run)


def _before_day(ctx: Context, span: Span | None) -> Span | None:
    """«se hizo la audiencia con Constructora Andes ayer»: a day said after whom the audience was with is when it was
    held, not part of the name."""
    if span is None:
        return None
    end = min((atom.start for atom in ctx.atoms if atom.kind in DAYS and span[0] < atom.start < span[1]),
              default=span[1])
    return (span[0], end) if ctx.norm[span[0]:end].strip() else None


def _capitalised(ctx: Context) -> Span | None:
    """The first run of capitalised words past the message's first word: a person or a company."""
    for match in re.finditer(r"(?<![a-z0-9])[a-z]", ctx.norm):
        if match.start() == 0 or not ctx.text.source(match.start(), match.start() + 1).isupper():
            continue
        run = capitalised_run(ctx, match.start(), max_words=4, stop=NOT_A_NAME)
        if run and ctx.norm[run[0]:run[1]].split()[0] not in NOT_A_NAME:
            return run
    return None


def _last_atom_end(ctx: Context) -> int:
    return max((atom.end for atom in ctx.atoms), default=len(ctx.norm))
