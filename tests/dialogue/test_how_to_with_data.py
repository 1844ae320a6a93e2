"""A how-to question that carries the data («¿cómo agrego una efeméride? Sería el 16 de enero, …») proposes the
record with what was said, to confirm; the question alone («¿cómo agrego una efeméride?») still gets help."""

from __future__ import annotations

import pytest

from storage.models import Complaint, Efemeride, Event, Invitation
from tests.dialogue.talk import stored


def _helps(text: str) -> bool:
    """The whole help, or the lines of the one thing asked about («Puede pedírmelo así: …»)."""
    return "Soy el asistente" in text or "Puede pedírmelo así" in text


@pytest.mark.parametrize("line", [
    "Hola, ¿cómo ingreso una efeméride? Sería el 16 de enero, el día del Liceo de Illapel",
    "como agrego una efemeride porfa, el 16 de enero es el aniversario del Liceo de Illapel",
    "Buenos días. ¿Cómo se registra una efeméride? El 16 de enero: aniversario del Liceo de Illapel."])
def test_an_efemeride_asked_how_is_proposed_with_its_day(chat, dispatcher, line: str) -> None:
    proposed, _ = chat(line, "sí")
    assert proposed.pending is not None and "16 de enero" in proposed.text, proposed.text
    [efemeride] = stored(dispatcher, Efemeride)
    assert "Liceo de Illapel" in efemeride.title


@pytest.mark.parametrize(("line", "model"), [
    ("¿cómo agendo una reunión? es con el director del DAEM el lunes a las 9", Event),
    ("hola q tal, como registro una invitacion? nos invita la Cámara de Comercio a su cena anual el viernes 4 a "
     "las 20", Invitation),
    ("¿Cómo se ingresa un reclamo? La vecina Rosa Muñoz informa un hoyo en calle Prat 340", Complaint)])
def test_other_records_asked_how_are_proposed(chat, dispatcher, line: str, model: type) -> None:
    proposed, _ = chat(line, "sí")
    assert proposed.pending is not None, proposed.text
    assert len(stored(dispatcher, model)) == 1


@pytest.mark.parametrize("line", ["¿cómo agrego una efeméride?", "Hola, ¿cómo registro una invitación? gracias",
                                  "como se ingresa un reclamo??"])
def test_the_question_alone_gets_help(chat, line: str) -> None:
    [helped] = chat(line)
    assert helped.pending is None and _helps(helped.text), helped.text


@pytest.mark.parametrize("line", ["¿cómo agendo una reunión?", "como agendo una reu", "¿Cómo se agenda una actividad?",
                                  "oiga como puedo agendar una reunion?", "¿Cómo cancelo una actividad?",
                                  "Disculpe, ¿cómo le agrego un contacto nuevo?"])
def test_a_how_to_whose_verb_leans_to_a_request_gets_help(chat, dispatcher, line: str) -> None:
    [helped] = chat(line)
    assert helped.pending is None and _helps(helped.text), helped.text
    assert not stored(dispatcher, Event)


def test_how_a_record_stands_is_no_how_to(chat) -> None:
    [answered] = chat("¿cómo va el reclamo 42?")
    assert not _helps(answered.text) and "R-2026-0042" in answered.text, answered.text


@pytest.mark.parametrize("line", ["¿cómo agendo una reunión?", "oye como se registra una invitacion",
                                  "como ingreso un reclamo?"])
def test_a_how_to_while_a_proposal_waits_stores_nothing(chat, dispatcher, line: str) -> None:
    _, helped, saved = chat("agenda reunión con el director del Cesfam el miércoles a las 9", line, "sí")
    assert _helps(helped.text) and "Cesfam" in helped.text and helped.pending is not None, helped.text
    assert "Actividad N° 1" not in helped.text
    assert len(stored(dispatcher, Event)) == 1, saved.text


@pytest.mark.parametrize("line", ["Por favor, póngale como lugar la Biblioteca Municipal",
                                  "anótelo como reunión de coordinación nomás"])
def test_como_after_a_verb_is_no_how_to(chat, line: str) -> None:
    *_, reply = chat("agenda reunión con el director del Cesfam el miércoles a las 9", "sí", line)
    assert not _helps(reply.text), reply.text
