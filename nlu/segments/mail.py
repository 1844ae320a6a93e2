"""The header of a forwarded e-mail ("De: …", "Fecha: mié, 1 jul 2026, 8:12", "Asunto: Invitación …"): the mail's
own date is when it was sent, never the event's day, and its subject names the matter. Header lines are told by
their field names (data, `mail_fields` in nlu/gazetteers/commands.toml), two of them at least, each at the start
of a line of the original text (folding joins the lines), after a «|», or, in a header pasted on one line, after
the period that ends the field before."""

from __future__ import annotations

import re
from functools import cache

from nlu.gazetteer import load
from nlu.normalize import Text, fold

Span = tuple[int, int]
HEADER_LINE = re.compile(r"(?:^|\|)[ \t>*]*(?P<field>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)[ \t*]*:[ \t]*"
                         r"(?P<value>[^|\n]*?)[ \t]*(?=\||$)", re.MULTILINE)
"""A field at the start of a line, or after a «|» where a mail pasted into a chat keeps its header on one line
(«De: Club X | Asunto: invitación | …»)."""
HEADER_SENTENCE = re.compile(r"(?:^|(?<=\.)[ \t]+)(?P<field>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)[ \t*]*:[ \t]*"
                             r"(?P<value>[^\n]*?)[ \t]*(?=\.[ \t]|\.?$)")
"""A field opening the message or a sentence of it, its value ending at the period that ends the sentence: a
header pasted on one line with periods between its fields («De: Club X. Asunto: invitación. Junto con …»)."""
MIN_FIELDS = 2
MAX_VALUE_WORDS = 12
"""A subject or a date longer than this, in a header pasted as one line, has run into the body."""
MAX_FIELD_NAME = 16
"""Characters a field's name and its colon take at most («enviado el:»), looked for before its value."""
WORD = re.compile(r"[a-z0-9][a-z0-9@.\-]*")


def headers(text: Text) -> dict[str, Span]:
    """Each header field the message has (sender, sent, subject, recipient) → its value's span in the folded
    text; nothing unless two fields at least stand on lines (or «|»-separated pieces) of their own, as in a
    forwarded mail."""
    if ":" not in text.original:
        return {}
    lines = text.original.count("\n") + text.original.count("|")
    found = _fields(text, HEADER_LINE) if lines >= MIN_FIELDS - 1 else {}
    if not found and ". " in text.original:
        found = _fields(text, HEADER_SENTENCE)
    if not found:
        found = _inline(text)
    return found


def _inline(text: Text) -> dict[str, Span]:
    """A header pasted as one line with nothing between its fields («De: Club X <c@x.cl> Fecha: dom, 21 mar 2027
    20:11 Asunto: Invitación charla Estimado Sr. Alcalde: …», as a chat keeps a forwarded mail): each field's
    value runs to the next field's name, and the last one's to where the body begins (`_body_start`)."""
    g = load()
    norm = text.norm
    names = [m for m in _field_names(tuple(g.mail_fields)).finditer(norm)]
    found: dict[str, Span] = {}
    for i, name in enumerate(names):
        field = g.mail_fields[name.group("field")]
        end = names[i + 1].start() if i + 1 < len(names) else _body_start(text, name.end())
        value = name.end() + len(norm[name.end():end]) - len(norm[name.end():end].lstrip())
        value_end = value + len(norm[value:end].rstrip())
        if field not in found and value_end > value:
            found[field] = value, value_end
    return found if len(found) >= MIN_FIELDS and "sender" in found else {}


@cache
def _field_names(names: tuple[str, ...]) -> re.Pattern[str]:
    """A header field's name with its colon, as a word of its own («De:», «Enviado el:», «Subject:»)."""
    spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w@.])(?P<field>{spelled})\s*:(?!\d)")


def _body_start(text: Text, position: int) -> int:
    """Where the last field's value ends and the body begins, in a header pasted as one line: at a greeting or
    an addressee («Estimado», «Sr. Alcalde»), at a word written with a capital after one that was not (the body's
    first sentence: «Asunto: Convocatoria asamblea Se invita al…»), or after `MAX_VALUE_WORDS` words."""
    g = load()
    norm = text.norm
    words = list(WORD.finditer(norm, position))[:MAX_VALUE_WORDS + 1]
    folded = [w.group() for w in words]
    for i, word in enumerate(words):
        if i and (g.greetings.match(folded, i) or g.addressees.match(folded, i) or folded[i] in g.honorifics):
            return word.start()
        if i and _capital(text, word.start()) and not _capital(text, words[i - 1].start()) \
                and folded[i - 1] not in g.joiners:
            return word.start()
    return words[MAX_VALUE_WORDS].start() if len(words) > MAX_VALUE_WORDS else len(norm)


def _capital(text: Text, position: int) -> bool:
    return text.source(position, position + 1).isupper()


def block(text: Text, found: dict[str, Span]) -> Span | None:
    """The folded span of the whole header, from the first field's name to the end of the last field's value
    (the lines between included): the envelope of the mail, which tells nothing of the matter itself."""
    if not found:
        return None
    start = min(start for start, _ in found.values())
    named = _field_names(tuple(load().mail_fields)).finditer(text.norm, max(0, start - MAX_FIELD_NAME), start)
    opening = next((name.start() for name in named if not text.norm[name.end():start].strip()), start)
    return opening, max(end for _, end in found.values())


def _fields(text: Text, pattern: re.Pattern[str]) -> dict[str, Span]:
    fields = load().mail_fields
    found: dict[str, Span] = {}
    for line in pattern.finditer(text.original):
        field = fields.get(fold(line.group("field")))
        if field and field not in found and line.end("value") > line.start("value"):
            found[field] = text.folded(line.start("value")), text.folded(line.end("value"))
    return found if len(found) >= MIN_FIELDS else {}

