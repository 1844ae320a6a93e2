"""Which transparency request a message means: its folio, the requester's name, words of what it asks,
or a pronoun («prorrógala») pointing at the one the conversation is about."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from handlers import pointing
from handlers.context import Context
from handlers.focus import Ref
from handlers.reference_match import FILLER, best_matches
from handlers.reply import Reply, ask, choose
from handlers.slot_values import text_slot
from storage.legal import Audience, TransparencyRequest, TransparencyStatus
from storage.queries.legal import request_by_folio, requests_listed

ENTITY = "transparency_request"
FOLIO_LIKE = re.compile(r"^(?=.*\d)[A-Za-z0-9\-/]{5,40}$")
WHOLE_FOLIO = re.compile(r"^(?=(?:[^\d]*\d){4})(?=.*[A-Za-z])[A-Za-z0-9\-/]{8,40}$")
"""A reference that is a whole folio (MU042T0000815, SAI-2026-0012): it names one request exactly, so a folio
that is not stored is not found, never taken for a neighbour one digit away."""
WORDS_FILLER = FILLER | {"solicitud", "solicitudes", "transparencia", "folio", "sai", "pedido", "requerimiento"}
ALL_STATUSES = tuple(TransparencyStatus)


def label(request: TransparencyRequest) -> str:
    """How a request reads in a list or a question: folio, requester, a few words of what it asks."""
    subject = request.subject if len(request.subject) <= 50 else request.subject[:47] + "…"
    return f"{request.folio} · {request.requester} · {subject}"


def request_ref(request: TransparencyRequest) -> Ref:
    """The request as the conversation remembers it («prorrógala», «la de Camila Rojas»)."""
    return Ref(ENTITY, request.id or 0, label(request))


Live = TypeVar("Live", TransparencyRequest, Audience)


def pinned(ctx: Context, slots: dict[str, Any], model: type[Live], key: str, entity: str,
           filler: frozenset[str]) -> Live | None:
    """The live record a button or a list pick chose (`slots[key]`), or the one a pronoun points at
    in the conversation's focus; None when the words must be looked up instead."""
    chosen = slots.get(key)
    pointed = pointing.point(ctx.focus, entity, text_slot(slots, "reference"), filler)
    for number in (chosen if isinstance(chosen, int) else None, pointed[0].id if pointed and len(pointed) == 1
                   else None):
        record = ctx.session.get(model, number) if number is not None else None
        if record is not None and record.deleted_at is None:
            return record
    return None


def find_request(ctx: Context, intent: str, slots: dict[str, Any]) -> tuple[TransparencyRequest | None,
                                                                              Reply | None]:
    """The one request the slots mean, or the reply that asks which (none named, several match, none does)."""
    request = pinned(ctx, slots, TransparencyRequest, "request_id", ENTITY, WORDS_FILLER)
    if request is not None:
        return request, None
    reference = text_slot(slots, "reference")
    if not reference:
        return None, ask(intent, slots, "reference", "¿Qué solicitud? (folio o nombre del solicitante)")
    if FOLIO_LIKE.match("".join(reference.split())):
        request = request_by_folio(ctx.session, reference)
        if request is not None:
            return request, None
        if WHOLE_FOLIO.match(reference.strip()):
            return None, Reply(f"No encuentro la solicitud folio {reference.strip().upper()}. No cambié nada.")
    candidates = requests_listed(ctx.session) or requests_listed(ctx.session, ALL_STATUSES)
    found = best_matches(reference, candidates, lambda r: f"{r.folio} {r.requester} {r.subject}", WORDS_FILLER)
    if not found:
        found = best_matches(reference, requests_listed(ctx.session, ALL_STATUSES),
                             lambda r: f"{r.folio} {r.requester} {r.subject}", WORDS_FILLER)
    if len(found) == 1:
        return found[0], None
    if not found:
        return None, Reply(f"No encuentro una solicitud de transparencia de «{reference}». No cambié nada.")
    options = [(label(request), {"request_id": request.id}) for request in found[:8]]
    return None, choose(intent, slots, "¿Cuál de estas solicitudes?", options)
