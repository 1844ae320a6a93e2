"""One parser for the whole nlu test session, built from the default departments like the CLI does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from nlu import DepartmentRoute, Parser
from settings import Settings


@pytest.fixture(scope="session")
def parser() -> Parser:
    return Parser([DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments])


READ_AT = datetime(2027, 3, 8, 9, 30)
"""A Monday: the moment the slot tests read their sentences at."""


@pytest.fixture(scope="session")
def read(parser: Parser) -> Callable[[str], dict]:
    """A message read at `READ_AT` as the user sees it understood: its intent and its slots in one dict."""
    def reading(text: str) -> dict:
        result = parser.parse(text, READ_AT).as_json()
        return {"intent": result["intent"], **result["slots"]}

    return reading
