"""The one error an import raises for a file as a whole, worded for the person who sent it."""

from __future__ import annotations


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message tells the user why, in Spanish."""


def count_text(number: int) -> str:
    """20.000, as numbers are written in Chile."""
    return f"{number:,}".replace(",", ".")
