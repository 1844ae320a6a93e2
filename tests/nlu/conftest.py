"""One parser for the whole nlu test session, built from the default departments like the CLI does."""

from __future__ import annotations

import pytest

from nlu import DepartmentRoute, Parser
from settings import Settings


@pytest.fixture(scope="session")
def parser() -> Parser:
    return Parser([DepartmentRoute(d.code, d.words, d.name) for d in Settings().departments])
