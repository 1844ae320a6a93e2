"""A how-to question that carries the data: «Hola, ¿cómo agrego una efeméride? Sería el 16 de enero, aniversario
del Liceo de Illapel».

The question reads as help, but the user has already said what to store: the help text would make them type it
all again. The record the question names is proposed with what follows the question, to confirm as any other;
a question with nothing after it («¿cómo agrego una efeméride?») stays a question for help.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.meanwhile import CONTENT_SLOTS
from nlu import Parser
from nlu.understanding import Understanding

HOW_TO = re.compile(r"(?:^|[¿¡\s,.!])c[oó]mo\s+(?:(?:se|puedo|podr[ií]a|hago|hay\s+que|para|le|te|lo|la)\s+)*"
                    r"[^\W\d_]+\s+(?P<object>(?:una?|el|la|otr[oa])\s+[^?.!,:;]+?)\s*(?:\?+|[.!:;,]|$)",
                    re.IGNORECASE)
"""«¿cómo agrego una efeméride?», «como se agenda una reunion,», «¿cómo le pido un reclamo?»: the verb, then what."""
COPULA = re.compile(r"^(?:(?:ser[ií]an?|ser[aá]n?|es|son|fue|va\s+a\s+ser|queda|quedar[ií]a)\s+)", re.IGNORECASE)
"""«Sería el 16 de enero…», «es con el director…»: the data told as a continuation, its verb not part of it."""
EDGES = " \t\n,.;:!?¿¡-—"


def told_with_data(parser: Parser, text: str, now: datetime) -> Understanding | None:
    """The creation the how-to question names, read from what follows it; None when nothing follows, or when what
    follows names no day, hour, person or place (only a title could be a remark: «¿cómo agrego una efeméride?
    gracias»)."""
    found = HOW_TO.search(text)
    if found is None:
        return None
    data = COPULA.sub("", text[found.end():].strip(EDGES)).strip(EDGES)
    if not data:
        return None
    lead = f"{found.group('object')}: "
    reading = parser.parse(lead + data, now)
    if not reading.intent.endswith(".create"):
        return None
    told = [slot for slot, (start, _) in reading.spans.items() if start >= len(lead) and slot not in CONTENT_SLOTS]
    return reading if told else None
