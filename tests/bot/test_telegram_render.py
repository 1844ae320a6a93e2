"""How a reply looks on Telegram: escaped text, 4,096-character parts, buttons on the last part."""

from __future__ import annotations

from bot.telegram.render import MAX_LENGTH, keyboard, render, split
from handlers.reply import Choice, Reply, propose


def test_user_text_is_escaped_so_telegram_never_parses_it_as_html() -> None:
    parts = render(Reply("Reunión <b>Junta</b> de Vecinos & Cía"))
    assert parts[0].text == "Reunión &lt;b&gt;Junta&lt;/b&gt; de Vecinos &amp; Cía"


def test_a_6000_character_reply_is_split_in_two_on_a_line_boundary_with_buttons_on_the_last() -> None:
    lines = [f"{n:04d} " + "x" * 95 for n in range(60)]
    parts = render(Reply("\n".join(lines), choices=(Choice("Confirmar", "si"),)))
    assert len(parts) == 2
    assert all(len(part.text) <= MAX_LENGTH for part in parts)
    assert parts[0].text.split("\n") + parts[1].text.split("\n") == lines
    assert parts[0].markup is None
    assert parts[1].markup.inline_keyboard[0][0].callback_data == "si"


def test_a_line_longer_than_a_message_is_cut_but_never_inside_an_escape() -> None:
    text = "a" * 4094 + "&" + "b" * 10
    parts = split(text.replace("&", "&amp;"))
    assert parts[0] == "a" * 4094
    assert parts[1].startswith("&amp;")


def test_escaping_counts_towards_the_limit() -> None:
    parts = render(Reply("<" * 2000))
    assert len(parts) == 2
    assert "".join(part.text for part in parts) == "&lt;" * 2000


def test_confirm_and_cancel_share_a_row_and_options_get_one_row_each() -> None:
    confirm = keyboard(propose("invitation.create", {}, "Invitación").choices)
    assert [[button.text for button in row] for row in confirm.inline_keyboard] == [["Confirmar", "Cancelar"]]
    options = keyboard((Choice("1. Cena aniversario Rotary Club", "1"), Choice("2. Tedeum Catedral", "2")))
    assert [len(row) for row in options.inline_keyboard] == [1, 1]


def test_a_value_too_long_for_telegram_gets_no_button() -> None:
    markup = keyboard((Choice("Largo", "x" * 65), Choice("Corto", "2")))
    assert [row[0].callback_data for row in markup.inline_keyboard] == ["2"]
    assert keyboard((Choice("Largo", "x" * 65),)) is None
