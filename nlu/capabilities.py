"""The understanding side of every capability, read from its declaration file.

A capability (invitations, agenda, complaints, …) is declared once. Its understanding half lives in
`nlu/lexicon/capabilities/<name>.toml`: its intents, each intent's slots and which are required, the
slot extractor that fills them, and its words (cue phrases and verb lemmas). Its labelled examples
are `nlu/examples/<name>.jsonl`, in the corpus format of SPEC.md. Its doing half (handlers, help line,
slash commands) is `handlers/<name>.py`, which `handlers/registry.py` pairs with this file by name.

The parser, the training script, the registry, help and the tests all read these declarations, so
adding a capability touches its own files and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from nlu import datafiles

HERE = Path(__file__).parent
DECLARATIONS = HERE / "lexicon" / "capabilities"
EXAMPLES = HERE / "examples"
FALLBACK_INTENT = "unknown"


class DeclarationError(ValueError):
    """A declaration is inconsistent (an intent or a cue declared twice, a required slot not among its slots)."""


@dataclass(frozen=True)
class IntentSpec:
    name: str
    capability: str
    summary: str
    """What the person wants, in a line: the intent's documentation."""
    slots: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    """Slots without which the office cannot act; the dialogue asks for whichever is missing."""
    extractor: str | None = None
    """`module:function` in `nlu.slots`, imported when first needed."""
    from_text: bool = True
    """False for intents only a button, a command or a file reaches (an Excel import)."""


@dataclass(frozen=True)
class Needs:
    """What a message must hold for a capability's recognizer to be asked at all: one of these cues matching,
    one of these words (`*` for any ending), a form of one of the capability's verbs of these meanings, or a
    ticket. A recognizer that speaks only of such messages is spared the others, which are most of them; the
    tests check on every labelled example that it would have said nothing of the messages it is spared."""

    cues: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    ticket: bool = False


@dataclass(frozen=True)
class RecordKind:
    """A kind of record a capability stores, as staff read and say it: declared once, in `[records.<entity>]` of
    the capability's file, so undo, «¿qué cambió en el reclamo?» and the details of a record all say it alike."""

    entity: str
    """Its audit name (`storage.audit.UNDOABLE`)."""
    name: str
    """How a reply names one: «Deshecho el borrado de invitación n.º 5»."""
    words: tuple[str, ...] = ()
    """The words staff name one by: «deje la reunión de Vialidad como estaba», «¿qué cambió en el caso?»."""


@dataclass(frozen=True)
class CapabilitySpec:
    name: str
    intents: tuple[IntentSpec, ...]
    cues: Mapping[str, list[str]]
    """Named phrase lists (`*` marks any ending) the rules and features ask for by name."""
    verbs: Mapping[str, list[str]]
    """Request verbs by meaning, as lemmas ("cancelar"): their chat forms are generated, not listed."""
    order: int = 100
    """Where the capability stands in help and in the command menu."""
    recognizer: str | None = None
    """`module:function` in `nlu.slots` giving `(intent, confidence)` or None: evidence of the capability's
    own intents that its words alone cannot carry (a pronoun plus a change verb, say)."""
    needs: Needs | None = None
    """When the recognizer is worth asking (`[recognizer]` with `function` and what it needs); None: always."""
    records: tuple[RecordKind, ...] = ()
    """The kinds of record it stores, with their names."""
    answers: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    """Intent → {answer → its phrases}: what staff say to this capability's own waiting proposal of that intent
    («solo invitar» to a guest offered to the protocol list), each answer a function of `Capability.answers`."""

    @property
    def examples(self) -> Path:
        return EXAMPLES / f"{self.name}.jsonl"


@dataclass(frozen=True)
class Declarations:
    capabilities: tuple[CapabilitySpec, ...]

    @property
    def intents(self) -> dict[str, IntentSpec]:
        return {intent.name: intent for capability in self.capabilities for intent in capability.intents}

    def cues(self) -> dict[str, list[str]]:
        return {name: words for capability in self.capabilities for name, words in capability.cues.items()}

    def verbs(self) -> dict[str, list[str]]:
        return {name: words for capability in self.capabilities for name, words in capability.verbs.items()}

    def records(self) -> dict[str, RecordKind]:
        return {kind.entity: kind for capability in self.capabilities for kind in capability.records}


def load_declarations(directory: Path = DECLARATIONS, shared_cues: Mapping[str, Any] | None = None) -> Declarations:
    """Every `*.toml` in `directory`, checked: no intent or cue name is declared twice (also against the
    language's shared cues), and every required slot is one of the intent's slots."""
    capabilities = tuple(sorted((_capability(path) for path in sorted(directory.glob("*.toml"))),
                                key=lambda c: (c.order, c.name)))
    _check(capabilities, set(shared_cues or ()))
    return Declarations(capabilities)


@cache
def record_kinds() -> dict[str, RecordKind]:
    """Every declared kind of record by its audit name: read by whoever names a record without knowing whose it is
    (undo, the last change, a record's detail)."""
    return load_declarations().records()


def record_name(entity: str) -> str:
    """How a reply names a kind of record («invitación»); its audit name when no capability declares it."""
    kind = record_kinds().get(entity)
    return kind.name if kind else entity


def _capability(path: Path) -> CapabilitySpec:
    data = datafiles.read(path)
    name = path.stem
    intents = tuple(
        IntentSpec(name=intent, capability=name, summary=spec.get("summary", ""), slots=tuple(spec.get("slots", ())),
                   required=tuple(spec.get("required", ())), extractor=spec.get("extractor"),
                   from_text=spec.get("from_text", True))
        for intent, spec in data.get("intents", {}).items())
    recognizer, needs = _recognizer(path, data.get("recognizer"))
    records = tuple(RecordKind(entity, kind["name"], tuple(kind.get("words", ())))
                    for entity, kind in data.get("records", {}).items())
    answers = {intent: {answer: tuple(phrases) for answer, phrases in said.items()}
               for intent, said in data.get("answers", {}).items()}
    stray = set(answers) - {intent.name for intent in intents}
    if stray:
        raise DeclarationError(f"{path.name}: answers declared for intents it does not declare: {sorted(stray)}")
    return CapabilitySpec(name=name, intents=intents, cues=data.get("cues", {}), verbs=data.get("verbs", {}),
                          order=data.get("order", 100), recognizer=recognizer, needs=needs, records=records,
                          answers=answers)


def _recognizer(path: Path, raw: str | dict[str, Any] | None) -> tuple[str | None, Needs | None]:
    """`recognizer = "module:function"`, asked of every message, or a `[recognizer]` table naming the function
    and what a message needs for it to be asked (`Needs`)."""
    if not isinstance(raw, dict):
        return raw, None
    unknown = set(raw) - {"function", "cues", "words", "verbs", "ticket"}
    if unknown or "function" not in raw:
        raise DeclarationError(f"{path.name}: [recognizer] needs a function and takes cues, words, verbs, ticket "
                               f"(not {sorted(unknown)})")
    return raw["function"], Needs(tuple(raw.get("cues", ())), tuple(raw.get("words", ())),
                                  tuple(raw.get("verbs", ())), bool(raw.get("ticket", False)))


def _check(capabilities: tuple[CapabilitySpec, ...], shared_cues: set[str]) -> None:
    seen_intents: dict[str, str] = {}
    seen_cues = dict.fromkeys(shared_cues, "es.toml")
    seen_records: dict[str, str] = {}
    for capability in capabilities:
        for kind in capability.records:
            if kind.entity in seen_records:
                raise DeclarationError(f"record kind {kind.entity} declared by {seen_records[kind.entity]} and "
                                       f"{capability.name}")
            seen_records[kind.entity] = capability.name
        _check_needs(capability, shared_cues | {cue for c in capabilities for cue in c.cues})
        for intent in capability.intents:
            if intent.name in seen_intents:
                raise DeclarationError(f"intent {intent.name} declared by {seen_intents[intent.name]} and "
                                       f"{capability.name}")
            seen_intents[intent.name] = capability.name
            stray = set(intent.required) - set(intent.slots)
            if stray:
                raise DeclarationError(f"{intent.name}: required {sorted(stray)} not among its slots")
        for cue in capability.cues:
            if cue in seen_cues:
                raise DeclarationError(f"cue {cue} declared by {seen_cues[cue]} and {capability.name}")
            seen_cues[cue] = capability.name


def _check_needs(capability: CapabilitySpec, cues: set[str]) -> None:
    """A recognizer's needs name declared cues and the capability's own verb meanings."""
    needs = capability.needs
    if needs is None:
        return
    stray = sorted(set(needs.cues) - cues) + sorted(set(needs.verbs) - set(capability.verbs))
    if stray:
        raise DeclarationError(f"{capability.name}: the recognizer needs undeclared cues or verbs {stray}")
