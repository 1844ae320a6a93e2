"""Who goes first: a guest's rank from their post, the order of a guest list, and the protocol greeting.

The ranks are configuration (`[ceremonies] precedence`, default `settings/precedence.toml`). A post is
matched by the longest phrase it contains, so «presidente del senado» is not read as «senador».

Representatives (documented in the README): a guest who sends someone keeps the rank of the post
represented but comes after every authority of that rank who attends in person, since a representative
never takes precedence over a titular of equal rank; only the representative of the President of the
Republic (rank 1) keeps the President's place. Unknown posts go last, in the order they were listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from settings.model import PrecedenceRank
from storage.ceremonies import CeremonyGuest, GuestStatus
from storage.folding import fold

HEAD_OF_STATE_RANK = 1
COLLECTIVE_FROM = 3
"""A rank with this many guests present is greeted as a group («Señoras y señores concejales»)."""
FEMININE_POSTS = ("alcaldesa", "diputada", "senadora", "ministra", "concejala", "gobernadora", "delegada",
                  "subsecretaria", "directora", "presidenta", "consejera", "rectora", "jueza", "fiscal regional",
                  "jefa", "secretaria", "dirigenta", "coordinadora", "encargada")


@dataclass(frozen=True)
class Placed:
    guest: CeremonyGuest
    rank: int
    title: str


class Precedence:
    """The configured table, indexed by phrase, longest first."""

    def __init__(self, table: Sequence[PrecedenceRank]) -> None:
        phrases = [(fold(post), row) for row in table for post in row.posts]
        self.phrases = sorted(phrases, key=lambda item: -len(item[0]))
        self.last = max((row.rank for row in table), default=0) + 1

    def rank_of(self, post: str | None) -> tuple[int, str]:
        """(rank, its title) of the post, or (after the last rank, "") when none of its phrases appear."""
        words = f" {fold(post or '')} "
        for phrase, row in self.phrases:
            if f" {phrase} " in words:
                return row.rank, row.title
        return self.last, ""

    def ordered(self, guests: Sequence[CeremonyGuest]) -> list[Placed]:
        """Guests in order of precedence; ties keep the order they were listed in."""
        placed = []
        for index, guest in enumerate(guests):
            rank, title = self.rank_of(guest.post)
            behind = guest.status == GuestStatus.REPRESENTED and rank != HEAD_OF_STATE_RANK
            placed.append(((rank, behind, index), Placed(guest, rank, title)))
        return [item for _, item in sorted(placed, key=lambda pair: pair[0])]


def treatment(guest: CeremonyGuest) -> str:
    """«Señora» or «Señor»: the stored treatment, else the post's grammatical gender («concejala»), else the
    first given name (Spanish given names ending in -a are women's: Marta, Ana, Rosa)."""
    told = fold(guest.treatment or "")
    if told.startswith(("sra", "senora", "dona", "srta")):
        return "Señora"
    if told.startswith(("sr", "senor", "don")):
        return "Señor"
    post = fold(guest.post or "")
    if any(f" {word} " in f" {post} " for word in FEMININE_POSTS):
        return "Señora"
    given = fold(guest.name).split()[:1]
    return "Señora" if given and given[0].endswith("a") else "Señor"


def greeting_line(guest: CeremonyGuest) -> str:
    """«Señor Senador, don Juan Pérez» or «don Juan Soto, en representación del Seremi de Salud»."""
    honorific = "doña" if treatment(guest) == "Señora" else "don"
    if guest.status == GuestStatus.REPRESENTED and guest.representative:
        return f"{guest.representative}, en representación {_of_post(guest)}"
    post = (guest.post or "").strip()
    return f"{treatment(guest)} {post[:1].upper()}{post[1:]}, {honorific} {guest.name}" if post else \
        f"{treatment(guest)} {guest.name}"


def _of_post(guest: CeremonyGuest) -> str:
    """«de la seremi de salud», «del senador»."""
    post = (guest.post or guest.name).strip()
    return f"de la {post}" if treatment(guest) == "Señora" else f"del {post}"


def protocol_greeting(placed: Sequence[Placed]) -> list[str]:
    """The master of ceremonies' opening: the authorities present, in order, large ranks as a group."""
    present = [item for item in placed if GuestStatus(item.guest.status).present]
    lines: list[str] = []
    index = 0
    while index < len(present):
        rank = present[index].rank
        same = [item for item in present[index:] if item.rank == rank]
        in_person = [item for item in same if item.guest.status != GuestStatus.REPRESENTED]
        if len(in_person) >= COLLECTIVE_FROM and same[0].title:
            lines.append(f"Señoras y señores {same[0].title.lower()}")
            lines += [greeting_line(item.guest) for item in same if item not in in_person]
        else:
            lines += [greeting_line(item.guest) for item in same]
        index += len(same)
    return lines
