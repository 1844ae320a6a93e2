"""Headers of messages copied from a chat app («[28/10 10:41] Jefa Gabinete: …», «[10:41, 28/10/2027] Ana: …»,
«28/10/27 10:41 - Ana: …») blanked before anything reads the message. Their day and hour are when the note was
written and the name is who wrote it: never the event's day, its hour, who invites or what is referred to.

The header becomes spaces of the same length, so every span still points at the same place in what was written.
Only the app's own shapes count (the stamp in brackets, or followed by « - »), at the start of a line, so a
message that begins «5/11 16:00 Sede: …» keeps its date. A bracketed hour alone followed by a writer («[10:32] Juan:
…», as an app copies a message of today) is a header too: «32] Juan» is no organizer.
"""

from __future__ import annotations

import re

DAY = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
HOUR = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
STAMP = rf"(?:{DAY},?\s+{HOUR}|{HOUR},?\s+{DAY})"
WRITER = r"[^\W\d][^:\n]{0,40}:"
FORWARD_MARK = r"\[\s*(?:reenviad[oa]|mensaje\s+reenviado|forwarded)\s*\]|(?:fwd?|rv|re|tr|reenv[ií]o|reenviad[oa])\s*:"
"""The mark an app puts on a message passed on («[Reenviado] Hola!! la Junta…», the «Fwd:», «RV:» before a mail's
subject): no title, no one's name."""
MAIL_MARK = r"-{3,}\s*(?:mensaje\s+(?:reenviado|original)|forwarded\s+message|original\s+message)\s*-{3,}"
"""A mail program's line before the mail it passes on («---------- Mensaje reenviado ---------»), wherever a chat
put it («Registra esto: ---------- Forwarded message --------- From: …»)."""
HEADER = re.compile(rf"^[ \t]*(?:(?:\[\s*(?:{STAMP}|{HOUR})\s*\]\s*|{STAMP}\s+-\s+){WRITER}|{FORWARD_MARK})"
                    rf"|{MAIL_MARK}", re.MULTILINE | re.IGNORECASE)


def blanked(text: str) -> str:
    """`text` with each chat-app header replaced by as many spaces."""
    if ":" not in text and "[" not in text and "---" not in text:
        return text
    return HEADER.sub(lambda match: " " * len(match.group()), text)


def without_headers(text: str) -> str:
    """`text` without its chat-app headers, for a reader that keeps no spans: the dialogue reads «[10:32] Juan: vive en
    pasaje Los Pinos 44» as the detail it passes on, never as a message whose first words are a stamp and a name."""
    return blanked(text).strip()
