"""A short question that names nothing asks about the record just stored or shown: whether it was stored as meant
(«¿quedó bien?», «¿se guardó?») or one of its details said with a chat lead («pa cuándo tiene plazo?»). The record
is shown with all its details; nothing is searched for the question's words, nothing is changed."""

from __future__ import annotations

import pytest

COMPLAINT = "reclamo de la vecina Rosa Muñoz por basura acumulada en Prat 1234"
CONTACT = "nuevo contacto: Carlos Méndez Soto, seremi de Educación, cel 9 8123 4567"


@pytest.mark.parametrize("question", ["¿quedó bien?", "se guardó?", "oye y lo guardaste?", "¿Quedó registrado?",
                                      "pa cuándo tiene plazo?", "y hasta cuándo tiene plazo"])
def test_the_complaint_just_stored_is_shown(chat, question: str) -> None:
    *_, shown = chat(COMPLAINT, "sí", question)
    assert "R-2026-0001" in shown.text and "vence" in shown.text, shown.text
    assert shown.pending is None


@pytest.mark.parametrize("question", ["¿quedó bien?", "¿se guardó?"])
def test_the_contact_just_stored_is_shown_not_searched_by_the_question(chat, question: str) -> None:
    *_, shown = chat(CONTACT, "sí", question)
    assert "Méndez" in shown.text and "8123" in shown.text, shown.text
    assert "No encontré" not in shown.text


def test_with_nothing_in_focus_the_question_finds_no_record(chat) -> None:
    [reply] = chat("¿quedó bien?")
    assert "R-2026" not in reply.text and reply.pending is None


def test_a_record_named_after_its_lead_is_asked_about_not_the_last_one(chat) -> None:
    """«¿Y la del desayuno a qué hora era?» after answering another invitation: the one it names, then it stays in
    focus for «¿y cuándo era?»."""
    breakfast = "llegó invitación de la Cámara de Comercio a un desayuno el jueves 26 a las 8:30 en el Hotel Gavina"
    rodeo = "invitación del club de huasos a la trilla el sábado 28 a las 11 en la medialuna"
    *_, named, again = chat(breakfast, "sí", rodeo, "sí", "recházala", "sí", "¿Y la del desayuno a qué hora era?",
                            "¿y cuándo era?")
    for reply in (named, again):
        assert "desayuno" in reply.text and "08:30" in reply.text and "trilla" not in reply.text, reply.text


def test_a_question_about_the_record_just_stored_is_no_follow_up_of_an_older_search(chat) -> None:
    """A contact looked for before the request was stored leaves its question behind; «¿cuándo vence?» asks about
    the request just stored, not for a contact called «cuándo vence»."""
    *_, shown = chat("fono de la seremi de salud", "llegó solicitud de transparencia de don Mario Fuentes, pide copia "
                     "de los contratos de aseo 2026, ingresó ayer por el portal", "ok", "¿cuándo vence?")
    assert "Mario Fuentes" in shown.text and "vence" in shown.text and "contacto" not in shown.text, shown.text


@pytest.mark.parametrize("said", ["y el correo es jp.henriquez@carabineros.cl",
                                  "el mail es jp.henriquez@carabineros.cl"])
def test_a_detail_said_with_its_article_goes_on_the_contact_just_stored(chat, said: str) -> None:
    *_, proposed, saved = chat(CONTACT, "sí", said, "sí")
    assert "jp.henriquez@carabineros.cl" in proposed.text and proposed.pending is not None, proposed.text
    assert "Carlos Méndez" in saved.text and "jp.henriquez@carabineros.cl" in saved.text, saved.text
