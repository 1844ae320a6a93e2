"""Right after an export, an elliptical follow-up that names another list («¿y las efemérides?», «lo mismo con los
contactos») exports that list too, as a file, instead of showing it in the chat; a question of its own is still
answered as one."""

from __future__ import annotations

import pytest

EXPORT = "exporta la agenda de esta semana a excel"


@pytest.mark.parametrize(("follow", "title"), [
    ("y las efemérides también", "Efemérides"),
    ("¿Y los reclamos?", "Reclamos"),
    ("lo mismo con los contactos", "Contactos"),
    ("ok y las invitaciones porfa", "Invitaciones"),
])
def test_another_list_named_after_an_export_is_exported(chat, follow: str, title: str) -> None:
    _, exported = chat(EXPORT, follow)
    assert exported.attachments, exported.text
    assert exported.text.startswith(title), exported.text


def test_the_exported_week_is_kept_for_the_other_list(chat) -> None:
    first, exported = chat(EXPORT, "y las efemérides también")
    assert first.text.split(":")[0].removeprefix("Agenda") in exported.text, (first.text, exported.text)


def test_a_directory_exported_after_a_week_says_no_week(chat) -> None:
    _, exported = chat(EXPORT, "haz lo mismo con los contactos")
    assert exported.attachments and exported.text.startswith("Contactos:"), exported.text


def test_a_question_of_its_own_after_an_export_is_answered(chat) -> None:
    _, answered = chat(EXPORT, "ok y qué tiene el alcalde mañana?")
    assert not answered.attachments, answered.text
