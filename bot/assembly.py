"""Build the transport-free core once: database (upgraded), parser, dispatcher. Every entry point uses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.dispatcher import Dispatcher
from nlu import DepartmentRoute, Parser
from settings import Settings
from storage.database import open_database


def build_parser(settings: Settings) -> Parser:
    return Parser([DepartmentRoute(d.code, tuple(d.words)) for d in settings.departments])


def build_dispatcher(settings: Settings, clock: Callable[[], datetime] | None = None) -> Dispatcher:
    engine = open_database(settings.database_url)
    return Dispatcher(engine, settings, build_parser(settings), clock)
