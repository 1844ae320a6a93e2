"""The header of a forwarded e-mail ("De: …", "Fecha: mié, 1 jul 2026, 8:12", "Asunto: Invitación …"): the mail's
own date is when it was sent, never the event's day, and its subject names the matter. Header lines are told by
their field names (data, `mail_fields` in nlu/gazetteers/commands.toml), two of them at least, each at the start
of a line of the original text (folding joins the lines), after a «|», or, in a header pasted on one line, after
the period that ends the field before."""

from __future__ import annotations

import re

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
    return found


def block(text: Text, found: dict[str, Span]) -> Span | None:
    """The folded span of the whole header, from the first field's name to the end of the last field's value
    (the lines between included): the envelope of the mail, which tells nothing of the matter itself."""
    if not found:
        return None
    names = {fold(name) for name in load().mail_fields}
    start = min(start for start, _ in found.values())
    opening = start
    for line in HEADER_LINE.finditer(text.original):
        if fold(line.group("field")) in names and text.folded(line.start("value")) <= start:
            opening = min(opening, text.folded(line.start("field")))
    return opening, max(end for _, end in found.values())


def _fields(text: Text, pattern: re.Pattern[str]) -> dict[str, Span]:
    fields = load().mail_fields
    found: dict[str, Span] = {}
    for line in pattern.finditer(text.original):
        field = fields.get(fold(line.group("field")))
        if field and field not in found and line.end("value") > line.start("value"):
            found[field] = text.folded(line.start("value")), text.folded(line.end("value"))
    return found if len(found) >= MIN_FIELDS else {}

