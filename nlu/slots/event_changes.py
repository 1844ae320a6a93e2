"""Cancelling or changing an activity on the agenda: which one (`reference`, and `on` for the day that names it)
and, for a change, its new `date`, `time`, `end`, `place` or `title`.

Evidence for the intents: a cancelling or changing verb (in any form: «suspéndela», «se suspende», «pásala»)
with an activity noun or a pronoun clitic; a change also needs what changes (a new day or time, a place).
A day said after "de" names the activity ("la reunión del jueves"); other days and times are its new moment.
"""

from __future__ import annotations

import re
from functools import cache

from nlu import lexicon
from nlu.dates import DAY, RANGE, TIME, Atom
from nlu.gazetteer import load
from nlu.moments import minutes_of
from nlu.slots.change_words import (
    REPORTING,
    clitic_forms,
    clock_text,
    cue,
    first_of,
    moments,
    other_register,
    put_naming_day,
    put_new_moment,
    put_reference,
    request_forms,
    spans_of,
    verb_forms,
)
from nlu.slots.common import BREAK, Context, Span, before_aside, trim, with_street_number
from nlu.slots.shifts import put_shift, shift_of

CAPABILITY = "event_changes"
OTHER_RECORDS = ("invitation", "complaint", "efemeride", "contact")
"""Cues of records with their own change intents: "cancela la invitación" is not about the agenda."""
MOVING_TYPOS = frozenset({"corre", "correo"})
"""«se corre al viernes», which the typo corrector may have read as «correo»: a moving verb kept out of the
reference."""
PLACE_OPENING = re.compile(r"\s*(?::|\ben\b|\ba\b|\bal\b|\bpara\b)?\s*")
NEW_VALUE = re.compile(r"[\s,;:]*(?:(?:el|la)\s+)?(?:lugar\s+)?(?:nuevo|nueva)\s+(?:lugar\s+)?(?:es|sera)\s+")
"""«cambió de lugar, el nuevo es el cuartel», «el lugar nuevo es la sede»: what says the new place follows."""
NAMED_BETWEEN = re.compile(r"(\s+(?:de|del)\s+.+?)(?:\s+(?:al|a|por|para)\s+|\s*:\s*)")
END_GAP = re.compile(r"\s*(?:a\s+)?(?:las?\s+)?")
"""What may stand between a verb of ending and its time: «termina a las», «termine la», «acaba 13:00»."""
AFTER_MOMENT = re.compile(r"\s*,?\s*(?:y\s+)?en\s+(?!vez\b|lugar\s+de\b)")
NEXT_WORD = re.compile(r"[\s,;:]*([a-z]+)")
PAUSE = re.compile(r"[\s,;]*")
MOVED_TO = re.compile(r"\s+(?:a|al|para|pa)\s+")
"""Between a verb that moves the activity and where to: «cámbiela al gimnasio», «pásala a la sede social», «se cambió
pa la plaza de armas»."""
"""A place said right after the new moment ("a las 11 en el frontis"), not a moment denied ("en vez de")."""
PLACE_LEAD_NOISE = frozenset({"el", "la", "los", "las", "en", "ahora", "es", "sera"})
PLACE_TAIL_NOISE = frozenset({"el", "la", "a", "de", "y", "para"})
REFERENCE_NOISE = frozenset(REPORTING) | {"el", "la", "los", "las", "lo", "de", "del", "a", "se", "para", "con",
                                          "y", "un", "una", "lugar", "hora", "horario", "fecha", "dia", "agenda",
                                          "cambio", "cambia", "cambiar", "esta", "este", "esa", "ese"}


def recognize(ctx: Context) -> tuple[str, float] | None:
    if other_register(ctx):
        return None
    if any(cue(ctx, name) for name in OTHER_RECORDS) or ctx.ticket or _an_efemeride(ctx):
        return None
    noun = cue(ctx, "event_nouns") is not None
    cancelling = first_of(ctx, verb_forms(CAPABILITY, "event_cancel")) or cue(ctx, "event_cancelled")
    if cancelling and (noun or first_of(ctx, clitic_forms(CAPABILITY, "event_cancel"))):
        return "event.cancel", 0.9
    if first_of(ctx, clitic_forms(CAPABILITY, "event_remove")) and _named_by_weekday(ctx):
        return "event.cancel", 0.9  # «la del martes bórrala»: an efeméride is never named by a weekday
    moving = first_of(ctx, verb_forms(CAPABILITY, "event_move")) or cue(ctx, "event_move_words") \
        or cue(ctx, "change_now")
    clitic = first_of(ctx, clitic_forms(CAPABILITY, "event_move")) or _field_of_it(ctx)
    placed = noun and cue(ctx, "event_place_lead") and not cue(ctx, "event_create")
    will = noun and cue(ctx, "change_will_be") and not cue(ctx, "event_create")
    asked = noun and _asked_to_be(ctx) and not cue(ctx, "event_create")
    if _ends_it(ctx, noun or bool(clitic)):
        return "event.update", 0.85  # "que termine a las 11:30", "la reu del jueves dura hasta las 13"
    if not (placed or will or asked or ((moving or clitic) and (noun or clitic))):
        return None  # the moments, dearer than the words, are read only when they can decide
    naming, new = moments(ctx)
    if placed and naming:
        return "event.update", 0.8  # "la ceremonia del jueves se hace en el gimnasio"
    if asked and (new or placed or AFTER_MOMENT.match(ctx.norm, cue(ctx, "change_asked_be").end())):
        return "event.update", 0.8  # "el seremi pide que la visita sea a las 11:30": the record named, as asked
    if will and (new or placed) and not any(atom.kind in (DAY, RANGE) for atom in new):
        return "event.update", 0.75  # "el Te Deum será en el gimnasio y a las 10:30": no day, so none to create
    if not (moving or clitic) or not (noun or clitic):
        return None
    if new or place_lead(ctx) or (cue(ctx, "event_fields") and clitic) or shift_of(ctx) \
            or _moved_to(ctx) is not None:
        return "event.update", 0.85
    return None


def _ends_it(ctx: Context, named: bool) -> bool:
    """A new end for an activity named (or pointed at), or for the one in focus when nothing but framing comes
    before it; never with a new day, which books an activity ("operativo el sábado, termina a las 14")."""
    ending = _new_end(ctx)
    if ending is None or cue(ctx, "event_create") or not (named or _only_framing_before(ctx, ending)):
        return False
    return not any(atom.kind in (DAY, RANGE) for atom in moments(ctx)[1])


def _new_end(ctx: Context) -> Atom | None:
    """The time a change says the activity ends: one said with «hasta» («dura hasta las 13»), or right after a verb
    of ending («que termine a las 11:30», «termina a la 1»)."""
    for atom in ctx.atoms:
        if atom.kind != TIME:
            continue
        if atom.hour is None and atom.end_hour is not None:
            return atom
        lead = _end_lead_before(ctx, atom)
        if atom.hour is not None and lead is not None:
            return atom
    return None


def _end_lead_before(ctx: Context, atom: Atom) -> re.Match[str] | None:
    """The verb of ending right before `atom` («termina a las 12»), with at most «a las» between."""
    return next((m for m in ctx.vocabulary.cues["event_end_lead"].finditer(ctx.norm, 0, atom.start)
                 if not ctx.norm[m.end():atom.start].strip(" ,") or END_GAP.fullmatch(ctx.norm, m.end(), atom.start)),
                None)


def _only_framing_before(ctx: Context, end: Atom) -> bool:
    """Nothing but framing words before the end («y que termine a las 11:30»): the activity is the one in focus."""
    leads = ctx.vocabulary.cues["event_end_lead"].finditer(ctx.norm, 0, end.end)
    lead = next((m for m in leads if m.start() < end.start), None)  # «dura hasta» runs into «hasta las 12»
    before = ctx.norm[:lead.start() if lead else end.start].replace(",", " ").split()
    framing = ctx.vocabulary.noise("end_framing")
    return all(word in framing for word in before)


def _asked_to_be(ctx: Context) -> bool:
    """Who asks, then what the activity should be («el seremi pide que la visita sea a las 11:30», «la junta
    solicita que la once quede para el viernes»): a change of a record, not a new one titled with the request."""
    told = cue(ctx, "change_told_by")
    wanted = told and cue(ctx, "change_asked_be")
    return bool(wanted and wanted.start() > told.start())


def _field_of_it(ctx: Context) -> re.Match[str] | None:
    """«cámbiale el lugar», «córrele la hora»: a changing verb whose «le» is the record, with the field named."""
    if not (cue(ctx, "event_fields") or cue(ctx, "event_place_lead")):
        return None
    return first_of(ctx, _indirect_forms())


@cache
def _indirect_forms() -> frozenset[str]:
    """The moving verb's forms that ask with a «le» standing for the record."""
    return frozenset(w for w in request_forms(CAPABILITY, "event_move") if w.endswith(("le", "selo", "sela")))


def _named_by_weekday(ctx: Context) -> bool:
    """The record is named by a weekday alone («la del martes»): an activity on the agenda, never an efeméride,
    whose date is a day of the year."""
    weekdays = _weekdays()
    return any(atom.kind == DAY and not atom.day_given and weekdays.intersection(ctx.norm[atom.start:atom.end].split())
               for atom in moments(ctx)[0])


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(lexicon.load()["weekdays"])


def _an_efemeride(ctx: Context) -> bool:
    """"el aniversario de la junta es el 14, no el 15": a day without a time for a date to remember."""
    if cue(ctx, "efemeride_once") or cue(ctx, "efemeride_yearly") or cue(ctx, "efemeride_greeting"):
        return True  # a greeting is only an efeméride's: "cambia el saludo de fiestas patrias: …"
    return cue(ctx, "event_or_efemeride") is not None and not any(a.kind == TIME for a in ctx.atoms)


def cancel(ctx: Context) -> None:
    naming, new = moments(ctx)
    put_naming_day(ctx, naming or new)
    put_reference(ctx, _verbs(ctx), REFERENCE_NOISE)


def update(ctx: Context) -> None:
    shift = put_shift(ctx)
    naming, new = (_outside(atoms, shift) for atoms in moments(ctx))
    put_naming_day(ctx, naming)
    new = _put_end(ctx, new)
    put_new_moment(ctx, new)
    if shift and "time" in ctx.slots:  # «atrásala una hora, que quede a las 11»: the time said is where it lands
        ctx.slots.pop("shift")
        ctx.spans.pop("shift", None)
    place = _place(ctx) or _place_after(ctx, new) or _put_moved_to(ctx)
    taken = _verbs(ctx) + [(atom.start, atom.end) for atom in new] + ([shift] if shift else [])
    if place is None:
        put_reference(ctx, taken, REFERENCE_NOISE)
        return
    window, span = place
    if window[0] > 0:  # the record said before the change is its subject: «la invitación del Club X cambió de lugar…»
        put_reference(ctx, [*taken, span], REFERENCE_NOISE, window[0])
    if "reference" not in ctx.slots:
        put_reference(ctx, [*taken, span, (0, window[0])], REFERENCE_NOISE, window[1])


def _put_end(ctx: Context, new: list[Atom]) -> list[Atom]:
    """The new end as `end` («hasta las 13», «que termine a las 11:30», the 12 of «de 10 a 12»); the atoms left
    give the new start."""
    for atom in new:
        if atom.kind != TIME:
            continue
        if atom.end_hour is not None:
            minutes = minutes_of(atom.end_hour, atom.end_minute, atom.clock, atom.part)
        elif _end_lead_before(ctx, atom) is not None:
            minutes = minutes_of(atom.hour or 0, atom.minute, atom.clock, atom.part)
        else:
            continue
        ctx.put("end", clock_text(minutes), (atom.start, atom.end))
        return [a for a in new if a is not atom] + ([atom._replace(end_hour=None)] if atom.hour is not None
                                                   and atom.end_hour is not None else [])
    return new


def _outside(atoms: list[Atom], span: Span | None) -> list[Atom]:
    """The atoms that are not part of a length of time («2 horas» is no clock time when it moves a record)."""
    return atoms if span is None else [atom for atom in atoms if atom.end <= span[0] or atom.start >= span[1]]


def _verbs(ctx: Context) -> list[Span]:
    """What only frames the change: its verbs and leads, the future it is told in, and who tells it (from the
    start: "el regimiento avisa que la ceremonia …" names the ceremony, not the regiment)."""
    found = spans_of(ctx, verb_forms(CAPABILITY, "event_cancel", "event_move", "event_remove") | MOVING_TYPOS)
    for name in ("event_cancelled", "event_place_lead", "change_will_be", "change_asked_be", "event_end_lead"):
        match = cue(ctx, name)
        if match:
            found.append(match.span())
    told = cue(ctx, "change_told_by")
    return found + ([(0, told.end())] if told else [])


def place_lead(ctx: Context) -> re.Match[str] | None:
    """Where a new place starts: a lead that says so («ahora es en», «cambió de lugar»), or one that says where the
    record is («es en», «queda en») after a verb that changes it («corrige la invitación del Rotary, es en …»)."""
    lead = cue(ctx, "event_place_lead")
    if lead is not None:
        return lead
    verb = first_of(ctx, verb_forms(CAPABILITY, "event_move"))
    said = cue(ctx, "corrected_place_lead")
    return said if verb is not None and said is not None and verb.start() < said.start() else None


def _place(ctx: Context) -> tuple[Span, Span] | None:
    """(where the reference stands, the new place's span). The place runs from its lead to the clause's end
    or the next date or time; "el lugar de la cena al Club Social" names the record between the two."""
    lead = place_lead(ctx)
    if lead is None:
        return None
    window = (0, lead.start())
    start = lead.end()
    value = _value_lead(ctx, lead)
    named = NAMED_BETWEEN.match(ctx.norm, start) if lead.group().endswith("lugar") and value is None else None
    if value is not None:
        window, start = (start, value.start()), value.end()
    elif named:
        window, start = (start, named.end(1)), named.end()
    start = _past_verb(ctx, start)
    after = PLACE_OPENING.match(ctx.norm, start)
    start = after.end() if after else start
    told = NEW_VALUE.match(ctx.norm, start)
    start = told.end() if told else start
    stop = BREAK.search(ctx.norm, start)
    end = stop.start() if stop and ctx.norm[start:stop.start()].strip() else len(ctx.norm)
    end = min([end] + [a.start for a in ctx.atoms if a.start >= start])
    span = trim(ctx.norm, (start, end), PLACE_LEAD_NOISE, PLACE_TAIL_NOISE)
    span = span and before_aside(ctx, span, PLACE_TAIL_NOISE)
    if span is None:
        return None
    span = with_street_number(ctx, span)
    span = _put_place(ctx, span)
    return window, span


def _past_verb(ctx: Context, start: int) -> int:
    """Where the new place starts when the field was named before the verb that changes it («el lugar cámbialo a la
    sede vecinal», «el lugar, por favor déjelo en la biblioteca»): past that verb (a changing verb, or a request or
    courtesy the frame holds), which is no part of the place."""
    moving = request_forms(CAPABILITY, "event_move")
    while (word := NEXT_WORD.match(ctx.norm, start)) is not None:
        framed = next((b for a, b in ctx.frame() if a == word.start(1)), None)
        if word.group(1) not in moving and framed is None:
            break
        start = word.end() if word.group(1) in moving else framed
    return PAUSE.match(ctx.norm, start).end()


VENUE_AFTER = re.compile(r"\s*,\s*(?:(?:es\s+)?en\s+)?(?:(?:el|la|los|las)\s+)?")
"""«en Angol, en la sala de concejo»: what leads the venue said after the town it stands in."""


def _put_place(ctx: Context, span: Span) -> Span:
    """Store the new place; a town said first, with the venue after a comma («es en Angol, en la sala de
    concejo»), is where the venue stands: the place is the venue and its town («sala de concejo, Angol»)."""
    venue = _venue_after_town(ctx, span)
    if venue is None:
        ctx.put("place", ctx.said(span), span)
        return span
    ctx.put("place", f"{ctx.said(venue)}, {ctx.said(span)}", (span[0], venue[1]))
    return span[0], venue[1]


def _venue_after_town(ctx: Context, town: Span) -> Span | None:
    if " ".join(ctx.norm[town[0]:town[1]].split()) not in load().localities:
        return None
    lead = VENUE_AFTER.match(ctx.norm, town[1])
    if lead is None or lead.end() == town[1] or not ctx.vocabulary.slot("place_nouns").at_start(ctx.norm, lead.end()):
        return None
    stop = BREAK.search(ctx.norm, lead.end())
    end = min([stop.start() if stop else len(ctx.norm)] + [a.start for a in ctx.atoms if a.start >= lead.end()])
    return trim(ctx.norm, (lead.end(), end), PLACE_LEAD_NOISE, PLACE_TAIL_NOISE)


def _place_after(ctx: Context, new: list[Atom]) -> tuple[Span, Span] | None:
    """(the whole message, the new place) for a place said with "en" right after the new moment or what who asks
    wants the activity to be: "será a las 11 en el frontis del regimiento", "pásala al lunes a las 10 en la sala
    de concejo", "el gobernador pide que el almuerzo sea en el Club de la Unión"."""
    asked = cue(ctx, "change_asked_be") if _asked_to_be(ctx) else None
    if not new and asked is None:
        return None
    opening = AFTER_MOMENT.match(ctx.norm, new[-1].end if new else asked.end())
    if opening is None:
        return None
    stop = BREAK.search(ctx.norm, opening.end())
    end = min([stop.start() if stop else len(ctx.norm)] + [a.start for a in ctx.atoms if a.start >= opening.end()])
    span = trim(ctx.norm, (opening.end(), end), PLACE_LEAD_NOISE, PLACE_TAIL_NOISE)
    span = span and before_aside(ctx, span, PLACE_TAIL_NOISE)
    if span is None:
        return None
    span = with_street_number(ctx, span)
    span = _put_place(ctx, span)
    return (0, len(ctx.norm)), span


def _moved_to(ctx: Context) -> Span | None:
    """The new place said with «al»/«a la»/«para» right after a verb that moves the activity it holds as a pronoun
    («cámbiela al gimnasio», «pásala a la sede social», «muévanla al salón de honor») or that tells it moved («se
    cambió pa la plaza de armas»): a place noun or a name in
    capitals, up to the clause's end or a new moment, never a moment itself («pásala al lunes»)."""
    verb = first_of(ctx, clitic_forms(CAPABILITY, "event_move")) or cue(ctx, "moved_itself")
    to = MOVED_TO.match(ctx.norm, verb.end()) if verb is not None else None
    if to is None or any(to.start() <= atom.start <= to.end() for atom in ctx.atoms):
        return None
    stop = BREAK.search(ctx.norm, to.end())
    end = min([stop.start() if stop else len(ctx.norm)] + [a.start for a in ctx.atoms if a.start >= to.end()])
    span = trim(ctx.norm, (to.end(), end), PLACE_LEAD_NOISE, PLACE_TAIL_NOISE)
    span = span and ctx.without_frame(span, PLACE_TAIL_NOISE)  # «pásala a la sede social xfa»
    if span is None or not (ctx.vocabulary.slot("place_nouns").at_start(ctx.norm, span[0])
                            or ctx.text.source(span[0], span[0] + 1).isupper()):
        return None
    return with_street_number(ctx, span)


def _put_moved_to(ctx: Context) -> tuple[Span, Span] | None:
    """(the whole message, the new place) for a place said as where the verb moves the activity."""
    span = _moved_to(ctx)
    if span is None:
        return None
    span = _put_place(ctx, span)
    return (0, len(ctx.norm)), span


def _value_lead(ctx: Context, lead: re.Match[str]) -> re.Match[str] | None:
    """"cambió el lugar del almuerzo, ahora es en el Club de Campo": after a lead that only names the field
    ("el lugar"), a later lead that gives the value ("ahora es en") starts the new place; what stands between
    names the record."""
    if not lead.group().endswith("lugar"):
        return None
    phrases = ctx.vocabulary.cues["event_place_lead"]
    return next((m for m in phrases.finditer(ctx.norm, lead.end()) if not m.group().endswith("lugar")), None)
