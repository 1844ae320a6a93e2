"""One word list of places in a list (`list_places` in the lexicon), read by the handlers and the dialogue alike."""

from __future__ import annotations

import pytest

from bot.picking import pick
from handlers.pointing import ordinal

LABELS = ("almuerzo en Quilicura", "cena de gala", "cena aniversario", "desayuno")


@pytest.mark.parametrize(("said", "index"), [(["segunda"], 1), (["the", "second", "one"], 1), (["2da"], 1),
                                             (["penultima"], 2), (["ultimo"], 3), (["first"], 0), (["medio"], None)])
def test_reference_places(said: list[str], index: int | None) -> None:
    assert ordinal(said, 4) == index


@pytest.mark.parametrize(("answer", "index"), [("la segunda", 1), ("the third one", 2), ("la 2da", 1),
                                               ("la penúltima", 2), ("the last one", 3), ("la tercera xfa", 2)])
def test_answer_places(answer: str, index: int) -> None:
    assert pick(answer, LABELS, len(LABELS)) == [index]


def test_the_middle_of_three() -> None:
    assert pick("la del medio", LABELS[:3], 3) == [1] and ordinal(["medio"], 3) == 1


def test_english_words_are_not_rewritten_elsewhere() -> None:
    assert pick("Hotel The Singular", ("Hotel The Singular", "Hotel Cumbres"), 2) == [0]
