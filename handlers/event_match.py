"""Which activity "la reunión del jueves", "la de las 10" or "pásala" means.

By number (a choice), by the conversation (the activity in focus, one of the day's agenda just shown), or by
the words and the day or time that name it; several that fit are asked about, never picked silently. None
means nothing on the agenda fits, so the words may name an invitation instead.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import cache
from typing import Any

from handlers import reference_match
from handlers.agenda import event_label, event_ref
from handlers.agenda_slots import SlotError, checked_text, day_slot, id_slot
from handlers.context import Context
from handlers.format import day_text
from handlers.invitation_match import best_matches
from handlers.moment_change import time_slot
from handlers.pointing import about, point
from handlers.registry import declared
from handlers.reply import Reply, ask, choose
from storage.folding import fold
from storage.models import Event
from storage.queries.agenda import events_between, events_of_invitation, live_events_from
from storage.queries.invitations import recent_invitations

MAX_OPTIONS = 8
LOOKBACK = timedelta(days=7)
"""How far back a loose reference reaches: a change to last week's activity is rare but happens."""
FILLER = reference_match.FILLER | {"actividad", "actividades", "evento", "agenda", "alcalde", "alcaldesa", "ese",
                                   "esa", "este", "esta", "eso", "esto", "aquello"}
WHICH = "¿Qué actividad? Dígame su nombre o su día (por ejemplo «la reunión del jueves»)."


def live_event(ctx: Context, number: int) -> Event | None:
    event = ctx.session.get(Event, number)
    return event if event and event.deleted_at is None and event.cancelled_at is None else None


def _described(ctx: Context) -> Any:
    zone = ctx.settings.zone
    return lambda event: f"{event_label(event, zone)} {day_text(event.day)}"


def find_event(ctx: Context, intent: str, slots: dict[str, Any]) -> Event | Reply | None:
    """The one activity meant, the question that lists the candidates (or asks which), or None when nothing
    on the agenda fits (the words may name an invitation instead)."""
    try:
        number = id_slot(slots.get("event_id"), "actividad")
        on = day_slot(slots.get("on"))
        at = time_slot(slots.get("at"))
        reference = checked_text(slots, "reference", 300, "La referencia") or ""
    except SlotError as error:
        return Reply(str(error))
    if number is not None:
        return live_event(ctx, number) or Reply(f"No encontré la actividad N° {number} en la agenda.")
    pointed = point(ctx.focus, "event", reference, FILLER) if on is None and at is None else None
    found = [event for ref in pointed if (event := live_event(ctx, ref.id))] if pointed \
        else _in_list(ctx, reference, on, at) or _by_words(ctx, reference, on, at)
    if not found and not pointed and on is None and at is None and not reference_match.words(reference, FILLER):
        found = _of_invitation_in_focus(ctx)
    if len(found) == 1:
        return found[0]
    if not found:
        if not reference_match.words(reference, FILLER) and on is None and at is None:
            return ask(intent, slots, "reference", WHICH)
        return None
    options = [(f"N° {e.id} · {event_label(e, ctx.settings.zone, ctx.today)}", {"event_id": e.id})
               for e in found[:MAX_OPTIONS]]
    return about(choose(intent, slots, "¿Cuál de estas actividades?", options),
                 listed=[event_ref(e, ctx) for e in found[:MAX_OPTIONS]])


def not_found(slots: dict[str, Any]) -> Reply:
    """What was looked for, said as the user would: «reunión del jueves 26 de noviembre a las 10:00»."""
    try:
        on, at = day_slot(slots.get("on")), time_slot(slots.get("at"))
    except SlotError:
        on, at = None, None
    said = " ".join(filter(None, (str(slots.get("reference") or ""), f"del {day_text(on)}" if on else "",
                                  f"a las {at:%H:%M}" if at else ""))).strip()
    return Reply(f"No encontré en la agenda una actividad que calce con «{said}».")


def _of_invitation_in_focus(ctx: Context) -> list[Event]:
    """"suspéndela" right after accepting an invitation: the activity the acceptance put on the agenda."""
    last = ctx.focus.last("invitation")
    return events_of_invitation(ctx.session, last.id) if last else []


def invitation_meant(ctx: Context, slots: dict[str, Any]) -> bool:
    """"pásala al lunes" about a pending invitation just shown, or words that name an invitation and no
    activity ("la ceremonia de Bomberos cambió de lugar"): the change is the invitation's."""
    reference = str(slots.get("reference") or "")
    if slots.get("event_id") or slots.get("on") or slots.get("at"):
        return False
    if reference_match.words(reference, FILLER):
        return bool(best_matches(reference, recent_invitations(ctx.session, ctx.today - LOOKBACK)))
    latest = next((ref for ref in reversed(ctx.focus.records) if ref.entity in ("event", "invitation")), None)
    return latest is not None and latest.entity == "invitation"


def _in_list(ctx: Context, reference: str, on: date | None, at: time | None) -> list[Event]:
    """"la de las 10" right after a day's agenda was shown: among the activities listed, not the whole agenda."""
    if on is None and at is None:
        return []
    listed = [event for ref in ctx.focus.of_list("event") if (event := live_event(ctx, ref.id))]
    return _matching(ctx, listed, reference, on, at) if listed else []


def _by_words(ctx: Context, reference: str, on: date | None, at: time | None = None) -> list[Event]:
    """Among the live activities of the day named, else of the last week and the future."""
    candidates = events_between(ctx.session, on, on) if on else live_events_from(ctx.session, ctx.today - LOOKBACK)
    return _matching(ctx, candidates, reference, on, at)


def _matching(ctx: Context, candidates: list[Event], reference: str, on: date | None,
              at: time | None) -> list[Event]:
    """Those on the day and at the time named whose description holds every word said; failing that, those
    holding most of them (at least half), so that a word of chatter does not hide the activity. The preview
    names it before any change."""
    zone = ctx.settings.zone
    candidates = [e for e in candidates if (on is None or e.day == on)
                  and (at is None or (e.start_at is not None and e.start_at.astimezone(zone).time() == at))]
    if not reference_match.words(reference, FILLER):
        return candidates if on or at else []
    wanted, scores = reference_match.scores(reference, candidates, _described(ctx), FILLER)
    full = [event for event, score in zip(candidates, scores, strict=True) if score == wanted]
    if full:
        return full
    best = max(scores, default=0)
    if not best or (best * 2 < wanted and on is None and at is None) or _names_none(reference, candidates, ctx):
        return []
    return [event for event, score in zip(candidates, scores, strict=True) if score == best]


def _names_none(reference: str, candidates: list[Event], ctx: Context) -> bool:
    """The words after a kind of activity say which one, and none of them holds them: «la reunión con el Rotary»
    is not the «reunión con Bomberos», although «reunión» matches. Words before the kind («quita el saludo») are
    the request's own, so only what follows it counts; with no kind word the half rule of `_matching` decides."""
    said = reference_match.words(reference, FILLER)
    kinds = _kind_words()
    first = next((index for index, word in enumerate(said) if word in kinds), None)
    naming = [word for word in said[first + 1:] if word not in kinds] if first is not None else []
    if not naming:
        return False
    _, found = reference_match.scores(" ".join(naming), candidates, _described(ctx), FILLER)
    return not any(found)


@cache
def _kind_words() -> frozenset[str]:
    """The agenda's own nouns for a kind of activity (`event_nouns` in its lexicon), folded word by word: from the
    declarations the registry loaded at start-up, not read again."""
    declarations, _ = declared()
    return frozenset(word for phrase in declarations.cues()["event_nouns"] for word in fold(phrase).split())


@cache
def _kind_phrases() -> tuple[tuple[str, ...], ...]:
    """The agenda's nouns for a kind of activity as whole phrases, folded («cambio de mando», «almuerzo»)."""
    declarations, _ = declared()
    return tuple(tuple(fold(phrase).split()) for phrase in declarations.cues()["event_nouns"])


def opens_with_activity(said: list[str]) -> bool:
    """Whether the words open with a whole kind of activity: «almuerzo de camaradería» does, «cambio» alone (of
    «en cambio») does not."""
    return any(tuple(said[:len(phrase)]) == phrase for phrase in _kind_phrases())
