"""«¿con qué dirección quedó?», «q fono le quedó?», «¿dónde quedó al final el acto?», «¿a qué hora quedó la reunión
con la junta?»: a question about a detail of a record just stored, shown, changed or brought back by «deshacer».

Such a question names no record of its own, or names one in focus by the words it is shown with; alone, its words
read as a contact search («fono … quedó») or as a change («quedó al final» taken for a new place). The answer is that
record shown again with all its details, so the detail asked for is there as stored. A question whose words after
the detail name nothing in focus is left to the rest of the conversation (a search, a look-up of another record).
"""

from __future__ import annotations

from bot.about_it import AboutIt
from bot.picking import pick
from handlers.focus import Focus, Ref
from handlers.pointing import POINTING
from handlers.reference_match import words
from nlu.vocabulary import Vocabulary
from storage.folding import fold


def asked_in_focus(about: AboutIt, vocabulary: Vocabulary, focus: Focus, text: str) -> Ref | None:
    """The record in focus a detail question asks about: the last one when nothing but framing words («al final»,
    «la vecina», «el reclamo») follows the question, else the one record in focus those words pick."""
    question = about.match(text)
    if question is None or not (focus.records or focus.listed):
        return None
    said = fold(text[question.end():])
    for framing in reversed(list(vocabulary.slot("about_afterwords").finditer(said))):
        said = said[:framing.start()] + " " + said[framing.end():]
    naming = [word for word in words(said) if word not in POINTING]
    if not naming:
        return focus.last()
    refs = tuple(dict.fromkeys((*focus.records, *focus.listed)))
    picked = pick(" ".join(naming), tuple(ref.label for ref in refs), len(refs))
    return refs[picked[0]] if len(picked) == 1 else None
