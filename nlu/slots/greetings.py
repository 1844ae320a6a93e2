"""Greetings: whether a greeting only asks how the assistant is, to be greeted back rather than shown the help."""

from __future__ import annotations

from nlu.slots.common import Context


def small_talk(ctx: Context) -> None:
    """«buenas! cómo estai»: small talk, answered in kind; «hola, ¿cómo estás? ¿qué puedes hacer?» asks for help."""
    chat = ctx.cue("small_talk")
    if chat is not None and ctx.cue("asked_for_help") is None:
        ctx.put("small_talk", True, chat.span())
