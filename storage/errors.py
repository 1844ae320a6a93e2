"""Errors the storage layer raises for the commands to word; kept light so any command may import it."""

from __future__ import annotations


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened; `url` is shown without its password."""

    def __init__(self, url: str, cause: str) -> None:
        super().__init__(f"{url}: {cause}")
        self.url = url
        self.cause = cause
