"""The words that steer a conversation rather than ask for something: yes, no, cancel, undo, thanks.

People answer a preview the way they talk («sí, gracias», «ya, dale», «perfecto, guárdalo», «no, mejor
lo dejamos»), so an answer is read word by word against small sets, never as one fixed phrase. The
sets are closed classes (answer particles, courtesy, the verbs that mean "store it"), kept as data in
`dialogue_words.toml` beside this module: new wording of the same kind is a new word there, not a new rule.
This module keeps what each class is for and the grammar that reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from rapidfuzz.distance import OSA

from handlers.reference_match import FILLER
from nlu import datafiles
from nlu.lexicon import request_forms
from nlu.vocabulary import Vocabulary
from storage.folding import fold

WORDS_FILE = Path(__file__).with_suffix(".toml")
"""The closed word classes below, as data: a new way of saying yes is a word in that file."""
_PHRASES: dict[str, list[str]] = datafiles.read(WORDS_FILE)
_WORDS = {name: frozenset(words) for name, words in _PHRASES.items()}


class Control(StrEnum):
    YES = "yes"
    NO = "no"
    CANCEL = "cancel"
    UNDO = "undo"


YES_WORDS = _WORDS["yes_words"]
"""Each of these alone, or beside courtesy, accepts a preview."""
NO_WORDS = _WORDS["no_words"]
EXPLICIT_YES = _WORDS["explicit_yes"]
YES_LEADS = _WORDS["yes_leads"]
"""Words that lead a yes without being one («ahora sí», «ahí sí»): an opening only when a yes follows them."""
COURTESY = _WORDS["courtesy"]
"""Words that add politeness or emphasis to an answer and nothing else (a vocative among them: «ya, gracias compa»)."""
RECONSIDERING = _WORDS["reconsidering"]
"""The verb of «pensándolo bien»: with its «bien» (a yes word) it only opens a change of mind, and names nothing."""
HESITATIONS = _WORDS["hesitations"]
"""Sounds of thinking before answering («mmm no», «ehh sí»), folded as `plain_word` squeezes them («mmm» is «m»)."""
INTERJECTIONS = _WORDS["interjections"] | HESITATIONS
"""Words that open a message without asking anything («jaja ya.», «pucha, ok», «mmm no»)."""
GREETINGS = _WORDS["greetings"]
"""Words that greet, or place the one greeted: with a courtesy question and nothing else, a message only greets."""
CORRECTION_LEADS = _WORDS["correction_leads"]
LEAD_WORDS = YES_WORDS | NO_WORDS | COURTESY | INTERJECTIONS | CORRECTION_LEADS
"""Words that may open a correction without being part of it («perdón, me equivoqué: es a las 11:30»)."""


def clause_openers(vocabulary: Vocabulary, *more: str) -> Container[str]:
    """Words that may open a clause before what it is about (the lexicon's `clause_openers`, the interjections, and
    the lexicon's lists named in `more`): «hola, ¿cómo agrego…?» asks how, «y la de los huasos, recházala» names its
    record after them."""
    return vocabulary.noise("clause_openers", *more, extra=INTERJECTIONS)


REPORTED_CHANGES = _WORDS["reported_changes"]
"""Verbs that tell, without ordering it, that a record moved («se atrasa, que sea 9:30», «pasó a las 21»): they frame a
correction of a record in focus."""


HOLDING_VERBS = _WORDS["holding_verbs"]
"""«hágalo», «hazla»: holding the activity, which in a correction only frames the new place or time."""
REASON_OPENERS = _PHRASES["reason_openers"]
"""Words that open a clause giving a reason («…, va a llover», «… porque el alcalde viaja»)."""
TOLD_COPULAS = tuple(_PHRASES["told_copulas"])
"""«…, es con la directiva»: a copula opening what an activity is with, in an answer."""
RELATIVE_OPENERS = tuple(_PHRASES["relative_openers"])
NAME_COPULAS = tuple(_PHRASES["name_copulas"])
"""«el vecino q reclama es …»: what opens and closes a relative clause that frames a person's name."""
SAME_PLACE = tuple(_PHRASES["same_place"])
DESTINATION_LEAD = re.compile(r"^\s*(?:" + "|".join(
    r"\s+".join(map(re.escape, lead.split())) for lead in sorted(_PHRASES["destination_leads"], key=len, reverse=True))
    + r")\s+(?=\w)", re.IGNORECASE)
"""«al Servicio de Salud Atacama» answering «¿A qué organismo se deriva?»: the preposition the question asked with."""
SAME_TIME = tuple(_PHRASES["same_time"])
SWAP_DENIALS = tuple(_PHRASES["swap_denials"])
SWAP_LEADS = tuple(_PHRASES["swap_leads"])
SWAP_ARTICLES = tuple(_PHRASES["swap_articles"])
"""A word of a record's name taken back and replaced: see `bot.swapped_names`."""
SAME_DATE = tuple(_PHRASES["same_date"])
"""«en la misma plaza», «a la misma hora», «el mismo día»: the value in focus (`bot.same_values`)."""
RENAME_VERBS = frozenset().union(*map(request_forms, _PHRASES["rename_lemmas"]))
RENAMING_VERBS = frozenset().union(*map(request_forms, _PHRASES["renaming_lemmas"]))
RENAME_FIELDS = _WORDS["rename_fields"]
RENAME_PHRASES = _WORDS["rename_phrases"]
RENAME_COPULAS = _WORDS["rename_copulas"]
RENAME_QUALIFIERS = _WORDS["rename_qualifiers"]
RENAME_WRONG = tuple(_PHRASES["rename_wrong"])
RENAME_MISTAKES = tuple(_PHRASES["rename_mistakes"])
RENAME_DENIALS = tuple(_PHRASES["rename_denials"])
RENAME_RECORD_OPENERS = _WORDS["rename_record_openers"]
RENAME_VALUE_LEADS = tuple(_PHRASES["rename_value_leads"])
RENAME_READING = str(_PHRASES["rename_reading"])
RENAME_REQUEST_FRAMING = _WORDS["rename_request_framing"]
INNER_COURTESY = tuple(_PHRASES["inner_courtesy"])
RELATIVE_PLACE = tuple(_PHRASES["relative_place"])
RELATIVE_PLACE_LEADS = tuple(_PHRASES["relative_place_leads"])
RELATIVE_PLACE_MOVES = tuple(_PHRASES["relative_place_moves"])
RELATIVE_NOT_PLACES = _WORDS["relative_not_places"]
HOLDER_COPULAS = tuple(_PHRASES["holder_copulas"])
HOLDER_NEW = tuple(_PHRASES["holder_new"])
HOLDER_TITLES = _WORDS["holder_titles"]
"""«la presidenta de la junta … ahora es la sra. Gloria Pérez»: a post's new holder (`bot.new_holder`)."""
"""«se pasó pal otro salón»: a move to a place named only against the stored one (`bot.relative_places`)."""
"""«invita xfa a …»: courtesy between a request's verb and what it takes (`bot.inner_courtesy`)."""
"""A new name for a record («cámbiele el nombre: …», «que se llame …», «el título de la reunión del jueves
cámbialo a …»): see `bot.renames`."""
CORRECTION_HEADS = _WORDS["correction_heads"]
"""Heads that say the message corrects something already said («Corrección: …», «ojo: …»)."""
HOSTING_CLITICS = _WORDS["hosting_clitics"]
HOSTING_VERBS = _WORDS["hosting_verbs"]
NOT_A_HOST = _WORDS["not_a_host"]
NOT_WHOM = _WORDS["not_whom"]
"""«la invita el Indap», «organiza la Cámara»: who invites, told as a correction (`bot.corrected_parties`)."""
DETAIL_ADDING = _WORDS["detail_adding"]
"""«súmale este cel: …», «ponle también el correo …»: words beside a resident's detail added to a complaint."""
ADDRESS_NOUNS = _WORDS["address_nouns"]
ADDRESS_OWNERS = _WORDS["address_owners"]
APPLICANT_LEADS = tuple(sorted(_PHRASES["applicant_leads"], key=len, reverse=True))
"""«la pide …», «el que solicita es …», «firma …»: the applicant of a waiting audience request follows, longest
first (`bot.corrected_applicants`)."""
"""«la dirección de la señora es …»: whose address, said between its noun and its value."""
ASKED_DETAILS = tuple((detail, _WORDS[f"asked_{detail}"]) for detail in
                      ("phone", "email", "address", "due", "time", "day", "derived", "department", "place", "when",
                       "status"))
"""The detail a question about a record asks for, by the words that name it, first named first (`bot.asked_detail`)."""
RESIDENT_CHANGED = _WORDS["resident_changed"]
"""«la señora Araya cambió de celular, ahora es …», «tiene nuevo número»: words that tell a person's detail changed."""
FIELD_QUALIFIERS = tuple(_PHRASES["field_qualifiers"])
"""«la dirección exacta es …», «el lugar correcto es …»: words between a field named and its value."""
WORKS_AT = tuple(_PHRASES["works_at"])
POST_CLAUSE_WORDS = _WORDS["post_clause_words"]
"""«trabaja en la seremi de salud», «es de la unión comunal»: where a contact waiting to be stored works
(`bot.corrected_posts`)."""
WRONG_AFTER_FIELD = tuple(_PHRASES["wrong_after_field"])
WRONG_BEFORE_FIELD = tuple(_PHRASES["wrong_before_field"])
"""«la dirección está mal», «se equivocaron en la dirección»: a field said to hold a wrong value, its new one next."""
WRONG_FIELD_WORDS = frozenset(word for phrase in (*WRONG_AFTER_FIELD, *WRONG_BEFORE_FIELD) for word in phrase.split())
APOLOGIES = _WORDS["apologies"]
"""«disculpe, me equivoqué: …», «perdón, …»: an opening that says what follows corrects something told before."""


RECORD_NUMBER = re.compile(rf"\b(?:{'|'.join(_WORDS['record_number_words'])})\W*\d+")
"""«número 1», «nro. 3»: a record's number said, whose «número» asks for no phone."""


def asked_detail(text: str) -> str | None:
    """The one detail a question asks for («¿q fono le quedó?» the phone, «¿dónde es …?» the place), or None when it
    names none («¿quedó bien?», «¿en qué va?», «¿cómo va el reclamo número 1?»): then the record is shown whole."""
    said = set(re.findall(r"\w+", RECORD_NUMBER.sub(" ", fold(text))))
    return next((detail for detail, named_by in ASKED_DETAILS if not said.isdisjoint(named_by)), None)


def reports_change(text: str) -> bool:
    """Whether the message tells with a verb of its own that a record moved («quedó para el jueves», «el desfile
    empieza a las 10:30»), or says under a head that it corrects one («Corrección: el desfile es a las 10:30»)."""
    return not (REPORTED_CHANGES | CORRECTION_HEADS).isdisjoint(re.findall(r"\w+", fold(text)))


THANKS = _WORDS["thanks"]
CHATTER_MARKS = _WORDS["chatter_marks"]
"""Words that close an exchange: with nothing pending they get a polite word back."""
DISMISS = _WORDS["dismiss"]
"""What may follow a «no» and still mean only «no» («no, mejor lo dejamos», «no, déjalo así»)."""
PROPOSING = _WORDS["proposing"]
"""What a question that proposes a new day is made of besides the day («¿y si lo dejamos para el viernes?»,
«¿se puede el jueves?»): one with other words («uf q calor hace hoy, no?») talks about the day, proposing nothing."""
SAVE_VERB = re.compile(r"(?:guard|registr|agend|anot|ingres|agreg|grab|confirm|apunt|sub)"
                       r"(?:a|e|ar|alo|ala|elo|ela|alos|alas|elos|elas|enlo|enla|ado|ada|o)")
"""«guárdalo», «regístrela», «agéndalo», «confírmalo»: said after a preview they mean yes."""
CANCEL_WORDS = _WORDS["cancel_words"]
CANCEL_IT = re.compile(r"cancel[ae]l[oa]s?")
"""«cancélala», «cancélelo»: the cancel verb with the record as its pronoun."""
UNDO_VERBS = _WORDS["undo_verbs"]
CLITICS = re.compile(r"(?:me|te|se|nos)?(?:lo|la|los|las|le|les)$")
"""The pronouns an imperative carries («deshazlo», «reviértanlo», «deshágamelo»): the verb is what stands before."""
REMOVE_VERBS = _WORDS["remove_verbs"]
UNDO_LEADS = _WORDS["undo_leads"]
"""«hazle undo a eso», «dale deshacer»: a light verb before an undo word said as a noun."""
UNDO_OBJECT = _WORDS["undo_object"]
REGRETS = _WORDS["regrets"]
"""Words that stop what was just done before taking it back («no espera, borra eso»)."""
DENIED = _WORDS["denied"]
"""What a «no» right after it denies is what was just done («eso no», «así no»): part of the regret."""
REMOVE_IT = re.compile(r"(?:borr|elimin|quit|sac|anul)[ae](?:lo|la)")
"""«bórralo», «elimínela», «sácalo»: a removal verb with the record as its pronoun."""
LAST_WORDS = _WORDS["last_words"]
"""A removal verb is an undo only when it points at what was just done («borra lo último»), not at a record."""


PROPOSAL_WORDS = _WORDS["proposal_words"]
"""What a clause that accepts a proposal may name besides its verb: the record, where it goes, and emphasis
(«guarda la invitación», «ahí sí, agéndala en el calendario nomás»)."""
ALL_OF_THEM = re.compile(r"\b(?:(?:las|los)\s+(?:dos|tres|cuatro)|ambas|ambos|todas|todos|todo\s+eso)\b")
"""A yes that covers every proposal waiting, not only the one shown («sí, guarde las dos», «ambas»)."""
REPEATS = re.compile(r"(.)\1+")
CLAUSES = re.compile(r"[,;.:!?]+")


MANNER = re.compile(r"\b(?:al\s+tiro|altiro)\b"
                    r"|(?:^|(?<=[,;.:!?¡¿]))\s*(?:de\s+una|ahora\s+ya)(?=\s*(?:[,;.:!?]|$|po\b|p[oa]h\b|nom[aá]s\b))"
                    r"|(?:^|(?<=[,;.:!?¡¿]))\s*de\s+una\b(?=\s+(?:p[aá]s|guard|g[uü][aá]rd|ag[eé]nd|an[oó]t|c[aá]mbi|mu[eé]v|"
                    r"c[oó]rr|d[eé]j|regístr|registr|b[oó]rr|elim[ií]n|confírm|confirm|ac[eé]pt|m[aá]nd|der[ií]v)\w*)"
                    r"|(?<=\s)de\s+una(?=\s*(?:[.!]|$|po\b|nom[aá]s\b))"
                    r"|\bnom[aá]s\s*$", re.IGNORECASE)
"""Chilean words that only say «now» or «just»: «guárdala al tiro», «altiro», «de una, agéndala», «ahora ya,
guárdala», «bórrala nomás». They never name a place or a title, in a yes or in a correction."""


def without_manner(text: str) -> str:
    """The message without the words that only say how soon; a message of nothing else agrees («al tiro»)."""
    rest = re.sub(r"\s{2,}", " ", MANNER.sub(" ", text)).strip(" ,")
    return rest if any(char.isalnum() for char in rest) else ("ya" if rest != text.strip() else text)


def without_destination_lead(text: str) -> str:
    """The body a record goes to as its name: «a la Seremi de Educación» is the Seremi de Educación."""
    return DESTINATION_LEAD.sub("", text, count=1)


def words(text: str) -> list[str]:
    """Folded words; a stretched one («siii», «nooo», «okk») as its plain form when that is a steering word."""
    return [plain_word(word) for word in fold(text.replace("/", " ")).replace(".", " ").split()]


def plain_word(word: str) -> str:
    if word in _KNOWN:
        return word
    squeezed = REPEATS.sub(r"\1", word)
    return squeezed if squeezed in _KNOWN else _polite_typo(word) or word


@lru_cache(maxsize=4096)
def _polite_typo(word: str) -> str | None:
    """«grasias», «garcias», «perfeto»: the one courtesy word of some length that a typed word misses by a letter
    (one added, dropped, changed or two swapped). Only courtesy: a typo never turns into a yes, a no or a cancel."""
    if len(word) < MIN_TYPO_LENGTH or not word.isalpha():
        return None
    near = [known for known in _POLITE if OSA.distance(word, known, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 else None


def is_save_verb(word: str) -> bool:
    return SAVE_VERB.fullmatch(word) is not None


PROMISE_TO = _WORDS["promise_to"]
PROMISE_VERBS = _WORDS["promise_verbs"]
"""«ya te confirmo», «después le aviso»: a verb of telling, said to the listener, promises an answer later."""


def promises_later(text: str) -> bool:
    """The message promises to answer later («ya te confirmo», «le aviso más rato»): it answers nothing now."""
    said = words(text)
    return any(first in PROMISE_TO and then in PROMISE_VERBS for first, then in pairwise(said))


def control_word(text: str) -> Control | None:
    """A message that is only a steering word: yes, no, cancel or undo (with courtesy around it).

    Whole-message: "no podrá asistir" is an answer to an invitation, not a "no".
    """
    said = words(text)
    if not said or promises_later(text):
        return None
    if _is_undo(said):
        return Control.UNDO
    if all(word in CANCEL_WORDS or word in COURTESY for word in said) and any(word in CANCEL_WORDS for word in said):
        return Control.CANCEL
    while len(said) > 1 and said[0] in HESITATIONS:
        said = said[1:]  # «mmm no, déjalo», «ehh no»: the answer is what the thinking sound leads to
    said = _past_acknowledgement(said)
    if said[0] in NO_WORDS or said[:2] == CHANGE_OF_MIND:
        return Control.NO if all(word in DISMISS or word in NO_WORDS or word in CANCEL_WORDS or is_save_verb(word)
                                 or word in COURTESY for word in said) else None
    if any(word in NO_WORDS for word in said):
        return None
    if all(_is_yes(word) or word in COURTESY for word in said) and any(_is_yes(word) for word in said):
        return Control.YES
    return None


CHANGE_OF_MIND = ["mejor", "no"]


def _past_acknowledgement(said: list[str]) -> list[str]:
    """«ok mejor no», «ya, pucha, mejor no»: the words that acknowledge the preview before a change of mind say
    nothing of their own; the answer is the «mejor no» they lead to, never a yes."""
    start = 0
    while start < len(said) and (said[start] in YES_WORDS or said[start] in INTERJECTIONS):
        start += 1
    return said[start:] if start > 0 and said[start:start + 2] == CHANGE_OF_MIND else said


def cancels_it(text: str) -> bool:
    """«cancélala», «cancélalo por favor»: the cancel verb carries a record as its pronoun (never «cancelar»,
    «olvídalo»), so with nothing pending it may cancel a record in focus."""
    return control_word(text) is Control.CANCEL and any(CANCEL_IT.fullmatch(word) for word in words(text))


def asks_undo(text: str) -> bool:
    """«deshaz lo último», also as one clause of a message that says why («chuta, ese ya lo habían ingresado ayer,
    deshaz lo último»): the reason around it changes nothing."""
    return control_word(text) is Control.UNDO or any(control_word(clause) is Control.UNDO
                                                      for clause in CLAUSES.split(text) if clause.strip())


def _is_yes(word: str) -> bool:
    return word in YES_WORDS or is_save_verb(word)


def removes_it(text: str) -> bool:
    """«uy bórralo», «no, espere, elimínelo», «pucha, sácalo por favor»: a removal of «it» and nothing else, which
    right after a record was stored takes that record back."""
    said = _regretted(words(text))
    return bool(said) and REMOVE_IT.fullmatch(said[0]) is not None and all(word in UNDO_OBJECT for word in said[1:])


def _regretted(said: list[str]) -> list[str]:
    """The words after an «uy, no, espera» that only regrets what was just done."""
    while len(said) > 1 and (said[0] in INTERJECTIONS or said[0] in NO_WORDS or said[0] in REGRETS or (
            said[0] in DENIED and said[1] in NO_WORDS)):  # «no, eso no, deshaz lo último»
        said = said[1:]
    return said


AS_BEFORE = tuple(_PHRASES["as_before"])
"""What a restoring verb leaves things as: the state before the last change («déjalo como estaba», «vuelve atrás»)."""
RESTORE_WORDS = _WORDS["restore_words"]
"""The words of a restoring clause besides the undo's own object words."""


def undo_verb(word: str) -> bool:
    """«deshaz», «deshazlo», «reviértanlo», «devuélvamelo»: an undo verb, bare or with the pronouns it carries."""
    return word in UNDO_VERBS or CLITICS.sub("", word) in UNDO_VERBS


def _is_undo(said: list[str]) -> bool:
    """«deshaz eso», «borra lo último», «déjalo como estaba», «vuelve atrás», and the same after an «uy, no,
    espera» that only regrets it."""
    said = _regretted(said)
    if len(said) > 1 and said[0] in UNDO_LEADS and undo_verb(said[1]):
        said = said[1:]
    if any(f" {phrase} " in f" {' '.join(said)} " for phrase in AS_BEFORE):
        return all(word in RESTORE_WORDS or word in UNDO_OBJECT or word in COURTESY or undo_verb(word) for word in said)
    if undo_verb(said[0]):
        return all(word in UNDO_OBJECT or undo_verb(word) for word in said[1:])
    if said[0] in REMOVE_VERBS and len(said) > 1:
        return all(word in UNDO_OBJECT for word in said[1:]) and any(word in LAST_WORDS for word in said[1:])
    return False


def restored_by_name(text: str) -> list[str]:
    """«deje la reunión de Vialidad como estaba», «revierte el cambio de la invitación del Rotary»: a clause that
    takes back a change naming its record, as the words that name it (empty when the clause is no such undo, or
    names nothing: then it is a plain undo of the last input). The reason around it («disculpe, me equivoqué»)
    changes nothing."""
    carried: list[str] = []  # «Deshaga, por favor, el cambio de lugar de …»: a bare verb goes on past its pause
    for clause in CLAUSES.split(text):
        own = _regretted(words(clause))
        if carried and all(word in COURTESY for word in own):
            continue  # «por favor» between the verb and what it takes back
        said = carried + own
        if not said:
            continue
        carried = said if len(said) == 1 and undo_verb(said[0]) else []
        joined = f" {' '.join(said)} "
        as_before = any(f" {phrase} " in joined for phrase in AS_BEFORE)
        if not (undo_verb(said[0]) or (as_before and any(word in RESTORE_VERBS for word in said))):
            continue
        naming = [word for word in said if not (word in RESTORE_WORDS or word in UNDO_OBJECT or word in COURTESY
                                                or word in FILLER or word in RESTORE_VERBS or undo_verb(word))]
        if 0 < len(naming) <= MAX_RESTORE_NAMING:
            return naming
    return []


MAX_RESTORE_NAMING = 4
"""Naming words a restoring clause holds at most; more tell something else («deja la reunión … y agenda …»)."""
RESTORE_VERBS = _WORDS["restore_verbs"]
"""The verbs that leave a record as it was («deje», «déjala», «vuelva a dejarla»): with an «as before» they undo."""


CLOSERS = _WORDS["closers"]
COMPLIMENTS = _WORDS["compliments"]
"""Praise after something was done («eres seco», «muy eficiente»): closes the exchange as thanks do."""
ASIDE_OPENERS = _PHRASES["aside_openers"]
"""Asides that open a message and ask for nothing («antes que se me olvide, …», «oye una cosa: …»)."""
"""Words that end an exchange along with thanks («gracias, eso sería todo», «muchas gracias, buen día»), in the
informal and the voseo forms too («jaja gracias, erís lo máximo», «feliz año pa ti tb», «felices fiestas patrias»)."""


HOW_AND_WHAT = _WORDS["how_and_what"]
"""Question words opening a clause: it asks, whatever verb of the proposal it holds («que», folded, also opens a
wish that accepts: «que quede así»)."""


def confirms(clause: str, does: Callable[[str], bool]) -> bool:
    """«guarda la invitación», «ahí sí, agéndala nomás», «sí bórralo» (to a removal, `does` telling the verbs of the
    proposal's own action): a clause that accepts a proposal in words, naming at most the record it stores."""
    said = words(clause)
    if (said and said[0] in HOW_AND_WHAT) or promises_later(clause):
        return False  # «¿cómo ingreso un reclamo?»: asks how, accepts nothing; «ya le confirmo» promises
    accepting = [word for word in said if _is_yes(word) or does(word)]
    return bool(accepting) and not any(word in NO_WORDS for word in said) and all(
        word in accepting or word in COURTESY or word in PROPOSAL_WORDS for word in said)


WISHES = _WORDS["wishes"]
"""Words of a wish or a goodbye («que tenga buen día», «que te vaya bien», «buen fin de semana, saludos»); «buen día»
alone greets."""


PICK_HEDGES = _WORDS["pick_hedges"]
"""Words that hedge a pick from a list without naming an item («la de yungay, puede ser?», «esa del liceo creo»)."""


BELONGING = _WORDS["belonging"]
"""Copulas before «de» that make the department the one a complaint belongs to («es de Operaciones»), not a source."""


PARTING = _WORDS["parting"]
"""The verb of a goodbye that says where or when the next meeting is («nos vemos en la fonda», «hablamos el lunes
después del concejo»): whatever follows it is that, not a request. («que vaya el concejal» delegates: not here.)"""


def is_thanks(text: str) -> bool:
    """«gracias», «perfecto, muchas gracias», «ok gracias», «jaja ya, gracias igual», «buena», praise («buena, eres
    seco», «excelente, muy eficiente»), and the wishes that close an exchange the same way («que tenga buen día»,
    «chao, saludos», «gracias, nos vemos en la fonda»)."""
    said = words(text)
    parting = next((index for index, word in enumerate(said) if word in PARTING), None)
    said = said if parting is None else said[:parting + 1]
    return bool(said) and any(word in THANKS or word in WISHES or word in COMPLIMENTS for word in said) and all(
        word in THANKS or word in COURTESY or word in YES_WORDS or word in NO_WORDS or word in CLOSERS
        or word in INTERJECTIONS or word in COMPLIMENTS for word in said)


def only_wishes(text: str) -> bool:
    """A closing that wishes well and thanks for nothing («que tenga buen día»): answered in kind, not «de nada»."""
    return not any(word in THANKS or word in COMPLIMENTS for word in words(text))


def is_chatter(text: str) -> bool:
    """«jajaja q semana más larga 😅», «uf, qué día»: laughter or a sigh, a remark rather than a request (asked only of
    a message the understanding found nothing in)."""
    return any(word in CHATTER_MARKS for word in words(text))


def only_praise(text: str) -> bool:
    """Praise that thanks for nothing («ya, eres un siete»): thanked for, not answered «de nada»."""
    said = words(text)
    return any(word in COMPLIMENTS for word in said) and not any(word in THANKS or word in WISHES for word in said)


def is_bare_yes(text: str) -> bool:
    """An explicit yes («sí», «confirmo», «guárdalo»), as opposed to a closing word like «perfecto» or «ok»."""
    said = words(text)
    return any(word in EXPLICIT_YES or is_save_verb(word) for word in said)


_KNOWN = YES_WORDS | NO_WORDS | COURTESY | THANKS | CANCEL_WORDS | EXPLICIT_YES | INTERJECTIONS
MIN_TYPO_LENGTH = 6
_POLITE = tuple(sorted(word for word in THANKS | COURTESY if len(word) >= MIN_TYPO_LENGTH))


ALSO_WORDS = _WORDS["also"]
KEEP_IT_TOO = _WORDS["keep_it_too"]
"""Words beside a verb that stores («regístrala igual») that add nothing to the record it stores."""
"""Words that add one more of what was said («también reclamó…», «además…», «asimismo…»): a new record, not a
correction of the one waiting."""
ADDING_JOINERS = _WORDS["adding_joiners"] | ALSO_WORDS | _WORDS["next_on_the_day"]
"""What opens one more record told whole right after one of its kind («y el 22 …», «tb el 12 …», «después a
las 16 …»)."""
SAME_RESIDENT = tuple(_PHRASES["same_resident"])
"""Words that name the resident of the complaint in focus («otro de la misma vecina: …»)."""
SAME_DAY = tuple(_PHRASES["same_day"])
"""Words that name the day of the record in focus («ese mismo día a las 4 hay reunión con el sindicato»)."""
GUEST_LISTS = tuple(_PHRASES["guest_lists"])
GUEST_NOUNS = _WORDS["guest_nouns"]
CONTACT_NOUNS = tuple(_PHRASES["contact_nouns"])
GUEST_ABSENT = tuple(_PHRASES["guest_absent"])
GUEST_FILLER = _WORDS["guest_filler"]
"""A guest taken off a ceremony's guest list in words: see `bot.guest_removed`."""
THAT_WEEK = tuple(_PHRASES["that_week"])
THAT_MONTH = tuple(_PHRASES["that_month"])
"""Words that name the week or the month of the last list shown («¿y la agenda de esa semana?»)."""
THAT_WEEKDAY = _WORDS["that_weekday"]
"""Words before a weekday that name the record in focus's day when it is that weekday («ese sábado»)."""


def says_also(text: str) -> bool:
    """Whether the message adds one more of something («también», «además», «otro»)."""
    return not ALSO_WORDS.isdisjoint(words(text))


def says_same_day(text: str) -> bool:
    """Whether the message places something on the day of what the conversation is about."""
    said = f" {' '.join(words(text))} "
    return any(f" {phrase} " in said for phrase in SAME_DAY)
SURNAME_FIELDS = _WORDS["surname_fields"]
NAME_FIELDS = _WORDS["name_fields"]
NAME_HOLDERS = _WORDS["name_holders"]
SPELLING_LEADS = _WORDS["spelling_leads"]
NAME_SEARCH_LEADS = tuple(_PHRASES["name_search_leads"])
NAME_SEARCH_VERBS = frozenset().union(*map(request_forms, _PHRASES["name_search_lemmas"]))
FIX_FRAMING = _WORDS["fix_framing"]
"""A resident's name, surname or house number corrected in words: see `bot.resident_fixes`."""
