"""A correction with no verb said right after storing an activity or an invitation («misma hora pero el viernes»,
«mejor a las 11», «no, en el salón») previews the change of the record just stored; «sí» applies it, audited,
and «deshacer» takes it back."""

from __future__ import annotations

import pytest

from storage.models import Event, Invitation
from tests.dialogue.talk import stored

MEETING = "agenda reunión con la junta de vecinos el jueves a las 10 en el gimnasio"
DINNER = "invitación del Club de Leones a su cena aniversario el sábado 28 a las 20 en el Hotel Diego de Almagro"


@pytest.mark.parametrize(("line", "day", "hour", "place"), [
    ("misma hora pero el viernes", 27, "10:00", "gimnasio"),
    ("mejor el viernes a la misma hora", 27, "10:00", "gimnasio"),
    ("mejor a las 11", 26, "11:00", "gimnasio"),
    ("ah no, era a las 11:30", 26, "11:30", "gimnasio"),
    ("no, en el salón", 26, "10:00", "salón"),
    ("mismo lugar pero a las 5 de la tarde", 26, "17:00", "gimnasio")])
def test_an_activity_just_stored_is_changed_as_said(chat, dispatcher, line: str, day: int, hour: str,
                                                     place: str) -> None:
    *_, preview, saved = chat(MEETING, "sí", line, "sí")
    assert "antes:" in preview.text and preview.pending is not None, preview.text
    [event] = stored(dispatcher, Event)
    assert (event.day.day, event.place) == (day, place) and hour in saved.text, saved.text
    chat("deshacer")
    [event] = stored(dispatcher, Event)
    assert (event.day.day, event.place) == (26, "gimnasio")


@pytest.mark.parametrize(("line", "day", "hour", "place"), [
    ("no, en el salón", 28, "20:00", "salón"),
    ("mejor a las 21 hrs", 28, "21:00", "Hotel Diego de Almagro"),
    ("misma hora pero el viernes 27", 27, "20:00", "Hotel Diego de Almagro")])
def test_an_invitation_just_stored_is_changed_as_said(chat, dispatcher, line: str, day: int, hour: str,
                                                      place: str) -> None:
    *_, preview, saved = chat(DINNER, "sí", line, "sí")
    assert "antes:" in preview.text, preview.text
    [invitation] = stored(dispatcher, Invitation)
    assert (invitation.day.day, invitation.place) == (day, place) and hour in saved.text, saved.text


def test_a_bare_correction_long_after_storing_is_not_a_change(chat, dispatcher, clock) -> None:
    chat(MEETING, "sí")
    clock.advance(hours=3)
    [answer] = chat("mejor a las 11")
    assert answer.pending is None or answer.pending.intent != "event.update", answer.text


@pytest.mark.parametrize("line", ["estuvo bonita la ceremonia en el salón", "uf el viernes tengo dentista a las 11",
                                  "el jefe anda en terreno hoy"])
def test_a_remark_with_a_day_or_a_place_changes_nothing(chat, dispatcher, line: str) -> None:
    *_, answer = chat(MEETING, "sí", line)
    assert answer.pending is None or answer.pending.intent != "event.update", answer.text


COMPLAINT = "reclamo de la vecina Rosa Díaz: un poste de luz apagado en calle Prat 120"


@pytest.mark.parametrize(("first", "line", "entity", "day", "hour", "place"), [
    (MEETING, "no, la reunión a las 12", Event, 26, "12:00", "gimnasio"),
    (MEETING, "ojo que la reu es en el salón", Event, 26, "10:00", "salón"),
    (DINNER, "perdón, la cena mejor el viernes 27", Invitation, 27, "20:00", "Hotel Diego de Almagro")])
def test_a_correction_naming_an_earlier_record_changes_it_not_the_one_stored_since(
        chat, dispatcher, first: str, line: str, entity: type, day: int, hour: str, place: str) -> None:
    *_, preview, saved = chat(first, "sí", COMPLAINT, "sí", line, "sí")
    assert "antes:" in preview.text and preview.pending is not None, preview.text
    [record] = stored(dispatcher, entity)
    assert (record.day.day, record.place) == (day, place) and hour in saved.text, saved.text


def test_an_email_told_after_a_complaint_never_makes_a_contact_named_by_the_label(chat, dispatcher) -> None:
    """«y su correo es …» after a complaint was stored names no one: no contact «correo» is proposed."""
    *_, answer = chat(COMPLAINT, "sí", "y su correo es rosa.diaz@gmail.com")
    assert "nombre: correo" not in answer.text.lower(), answer.text
    assert answer.pending is None or answer.pending.intent != "contact.create" \
        or answer.pending.slots.get("name") not in ("correo", "Correo"), answer.text
