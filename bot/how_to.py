"""A how-to question that carries the data: «Hola, ¿cómo agrego una efeméride? Sería el 16 de enero, aniversario
del Liceo de Illapel».

The question reads as help, but the user has already said what to store: the help text would make them type it
all again. The record the question names is proposed with what follows the question, to confirm as any other;
a question with nothing after it («¿cómo agrego una efeméride?», «¿cómo agendo una reunión?») is a question for
help, whatever its request verb leans the parser to (an activity to create, an agenda to show).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.dialogue_words import clause_openers
from bot.meanwhile import CONTENT_SLOTS, LOOK_UPS
from nlu import Parser
from nlu.gazetteer import load as gazetteer
from nlu.understanding import Understanding
from storage.folding import fold

HOW_TO = re.compile(r"(?:^|(?<=[¿¡\s,.!]))c[oó]mo\s+(?:(?:se|puedo|podr[ií]a|hago|hay\s+que|para|le|te|lo|la)\s+)*"
                    r"(?P<verb>[^\W\d_]+)\s+(?P<object>(?:(?:una?|el|la|los|las|otr[oa]s?)\s+)?[^\W\d_][^?.!,:;]*?)"
                    r"\s*(?:\?+|[.!:;,]|$)",
                    re.IGNORECASE)
"""«¿cómo agrego una efeméride?», «como se agenda una reunion,», «¿cómo le pido un reclamo?», «como agendo reuniones?»:
the verb, then what."""
COPULA = re.compile(r"^(?:(?:ser[ií]an?|ser[aá]n?|es|son|fue|va\s+a\s+ser|queda|quedar[ií]a)\s+)", re.IGNORECASE)
"""«Sería el 16 de enero…», «es con el director…»: the data told as a continuation, its verb not part of it."""
CLAUSE = re.compile(r"que\s", re.IGNORECASE)
"""What a how-to's verb asks for as a clause of its own («…pido que me recuerde algo»)."""
EDGES = " \t\n,.;:!?¿¡-—"
FRAGMENT_FLOOR = 0.1
"""The least score a request needs for a how-to's verb and object to be read as asking about it."""


def how_to(parser: Parser, text: str) -> re.Match[str] | None:
    """The how-to question in `text`: «cómo» opening its clause, after nothing but the words that open one or lead
    in to a question («hola, ¿cómo…», «oye y como…», «me puede decir cómo…»); after any other word «como» is not
    asking how («póngale como lugar la Biblioteca»), nor before a post («como gerente de X solicito audiencia…»
    says in what standing one writes)."""
    openers = clause_openers(parser.vocabulary, "question_leads")
    posts = gazetteer().posts
    for found in HOW_TO.finditer(text):
        if fold(found.group("verb")) in posts:
            continue
        clause = re.split(r"[¿¡,.!;:]", text[:found.start()])[-1]
        if all(word in openers for word in fold(clause).split()):
            return found
    return None


def asks_how(parser: Parser, text: str, now: datetime) -> bool:
    """«¿cómo agendo una reunión?», «como registro una invitacion»: how to do something the office does, asked with
    no data after it; «¿cómo va el reclamo 42?» asks how a record stands, a look-up, not how to do anything."""
    topic = asked_topic(parser, text, now)
    if topic is None or topic.endswith(LOOK_UPS):
        return False
    whole = parser.parse(text, now)  # «cómo va el reclamo de Fuentealba»: it finds a record, whatever «va …» scores
    return not (whole.intent.endswith(LOOK_UPS) and whole.slots)


def asked_topic(parser: Parser, text: str, now: datetime) -> str | None:
    """The intent a how-to question asks about, so that help shows that capability's lines only; None when the
    message asks no how-to or names nothing the office does. A clause after the verb («cómo le pido que me recuerde
    algo») is read alone first: the asking verb is not what it asks about."""
    found = how_to(parser, text)
    if found is None or text[found.end():].strip(EDGES):
        return None
    matter = found.group("object")
    if CLAUSE.match(matter):
        reading = parser.parse(matter, now)
        if reading.intent not in ("unknown", "help"):
            return reading.intent
    reading = parser.parse(f"{found.group('verb')} {matter}", now)
    # the verb and its object alone are a fragment («ingreso un reclamo»): the likeliest request it may be says
    # what is asked about, even where chatter scores higher
    intent = next((name for name, score in reading.alternatives if name not in ("unknown", "help")
                   and score >= FRAGMENT_FLOOR), reading.intent)
    return None if intent in ("unknown", "help") else intent


def told_with_data(parser: Parser, text: str, now: datetime) -> Understanding | None:
    """The creation the how-to question names, read from what follows it; None when nothing follows, or when what
    follows names no day, hour, person or place (only a title could be a remark: «¿cómo agrego una efeméride?
    gracias»)."""
    found = how_to(parser, text)
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
