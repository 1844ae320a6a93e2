"""Evidence and slots for the photo archive (declared in lexicon/capabilities/photos.toml)."""

from __future__ import annotations

import re

from nlu.slots.common import Context, clean

LEAD = re.compile(r"\s(?:de\s+las|de\s+los|de\s+la|del|de|en\s+la|en\s+el|en)\s")


def recognize(ctx: Context) -> tuple[str, float] | None:
    """«fotos de la inauguración de la plaza»: the photos noun and the activity after «de»."""
    noun = ctx.cue("photo_noun")
    if noun is None or LEAD.search(ctx.norm, noun.end() - 1) is None:
        return None
    return ("photo.export", 0.85) if ctx.cue("photo_export") else ("photo.query", 0.85)


def reference(ctx: Context) -> None:
    noun = ctx.cue("photo_noun")
    if noun is None:
        return
    lead = LEAD.search(ctx.norm, noun.end() - 1)
    if lead is None:
        return
    end = len(ctx.norm)
    tail = re.search(r"\s(?:en\s+(?:un\s+)?zip|comprimid\w*|por\s+favor|porfa)\b|[?.!]", ctx.norm[lead.end():])
    if tail:
        end = lead.end() + tail.start()
    value = clean(ctx.text.source(lead.end(), end))
    if value:
        ctx.put("reference", value, (lead.end(), end))
