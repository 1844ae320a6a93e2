"""What the conversation remembers, in the database: a proposal that expires, the focus that survives a
restart and expires too, elliptical follow-ups that ask the last question again, a «sí» repeated after
the write was stored."""

from __future__ import annotations

import pytest

from bot.conversation import NOTHING_PENDING
from bot.dispatcher import Dispatcher
from storage.models import Complaint, Event, Invitation
from tests.dialogue.talk import KEY, stored

ROTARY = "llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 20 en el Club de la Unión"


def test_a_late_yes_shows_what_was_dropped_and_stores_nothing(chat, dispatcher, clock) -> None:
    chat(ROTARY)
    clock.advance(minutes=31)
    [late] = chat("sí, gracias")
    assert "venció" in late.text and "cena aniversario" in late.text and "no guardé nada" in late.text
    assert stored(dispatcher, Invitation) == []
    [again] = chat("sí")
    assert again.text == NOTHING_PENDING


def test_a_yes_within_the_half_hour_stores(chat, dispatcher, clock) -> None:
    chat(ROTARY)
    clock.advance(minutes=29)
    [confirmed] = chat("sí")
    assert confirmed.stored
    assert len(stored(dispatcher, Invitation)) == 1


def test_a_yes_repeated_after_the_write_says_what_was_stored(chat, dispatcher) -> None:
    _, first, second = chat(ROTARY, "sí", "si")
    assert first.stored
    assert second.text.startswith("Ya quedó guardado:") and "cena aniversario" in second.text
    assert len(stored(dispatcher, Invitation)) == 1


def test_a_yes_after_something_else_is_not_taken_for_the_old_write(chat) -> None:
    chat(ROTARY, "sí", "agenda de hoy")
    [late] = chat("sí")
    assert late.text == NOTHING_PENDING


def test_the_focus_survives_a_restart(chat, dispatcher, parser, staff, clock) -> None:
    chat(ROTARY, "sí", "llegó invitación de la Cámara de Comercio al almuerzo anual el viernes 27 a las 13", "sí",
         "qué invitaciones hay pendientes")
    restarted = Dispatcher(dispatcher.engine, dispatcher.settings, parser, clock=clock)
    preview = restarted.handle_text(KEY, staff, "acepta la segunda")  # listed by date: the Friday lunch first
    assert "cena aniversario" in preview.text and "almuerzo" not in preview.text
    restarted.handle_text(KEY, staff, "sí")
    accepted = [invitation.title for invitation in stored(dispatcher, Invitation) if invitation.status == "accepted"]
    assert accepted == ["cena aniversario"]


def _two_weeks_of_agenda(chat) -> None:
    chat("agenda reunión con la directora de Dideco el viernes 27 a las 10", "sí",
         "agendar visita a la feria navideña el lunes 30 a las 5", "ya",
         "agenda punto de prensa el martes 1 de diciembre a las 9 de la mañana", "ok")


def test_elliptical_days_ask_the_agenda_again(chat, dispatcher) -> None:
    _two_weeks_of_agenda(chat)
    friday, monday, tomorrow, next_week = chat("q tiene el alcalde el viernes", "¿y el lunes?", "y mañana?",
                                               "¿y la otra semana?")
    assert "Dideco" in friday.text and "feria" not in friday.text
    assert "feria" in monday.text and "17:00" in monday.text and "Dideco" not in monday.text
    assert "Dideco" not in tomorrow.text and "feria" not in tomorrow.text and "24" in tomorrow.text
    assert "feria" in next_week.text and "prensa" in next_week.text and "Dideco" not in next_week.text
    assert len(stored(dispatcher, Event)) == 3


def test_an_elliptical_day_with_a_part_of_the_day(chat) -> None:
    _two_weeks_of_agenda(chat)
    _, morning = chat("agenda del lunes", "¿y el martes 1 en la mañana?")
    assert "prensa" in morning.text and "feria" not in morning.text


def test_elliptical_departments_ask_the_complaints_again(chat, dispatcher) -> None:
    chat("Reclamo de don Héctor Villalobos por un árbol caído en la plaza de la villa Los Héroes", "Sí",
         "Reclamo de la señora Marta Cáceres: construcción sin permiso al lado de su casa, Av. Pajaritos 2100", "Sí")
    environment, works, cleaning = chat("¿Qué reclamos tiene Medio Ambiente?", "¿Y los de obras?", "y los de aseo?")
    [tree, building] = sorted(stored(dispatcher, Complaint), key=lambda complaint: complaint.id)
    assert tree.ticket in environment.text and building.ticket not in environment.text
    assert building.ticket in works.text and tree.ticket not in works.text
    assert tree.ticket not in cleaning.text and building.ticket not in cleaning.text


def test_the_focus_expires(chat, clock) -> None:
    chat("agenda reunión con la directora de Dideco el martes 1 de diciembre a las 10", "sí", "agenda de la semana")
    [fresh] = chat("¿y la próxima?")
    chat("agenda de la semana")
    clock.advance(hours=5)
    [stale] = chat("¿y la próxima?")
    assert "Dideco" in fresh.text
    assert "Dideco" not in stale.text


def test_a_number_after_a_list_shows_that_item_and_a_name_asks_again(chat) -> None:
    chat("Nuevo contacto: Andrés Bravo Olivares, concejal, celular 9 8123 4567", "sí",
         "Agrega también a la concejala Ximena Zúñiga Vera, fono 9 5544 3322", "perfecto, guárdalo")
    listing, second, bravo = chat("¿Me das los teléfonos de los concejales?", "el 2", "¿y el de Bravo?")
    assert "Bravo" in listing.text and "Zúñiga" in listing.text
    assert "5544" in second.text.replace(" ", "") and "8123" not in second.text.replace(" ", "")
    assert "8123" in bravo.text.replace(" ", "") and "5544" not in bravo.text.replace(" ", "")


@pytest.mark.parametrize("question", ["y cuando vence?", "¿Cuándo vence?", "cuando vence el plazo",
                                      "pa cuando tiene plazo?", "¿Hasta cuándo tiene plazo?"])
def test_an_elliptical_question_right_after_a_stored_complaint_shows_it(chat, dispatcher, question: str) -> None:
    chat("reclamo de la sra Juana Pizarro x basura en el pasaje Los Aromos 1520", "si gracias")
    [due] = chat(question)
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.ticket in due.text and "vence" in due.text.lower()


def test_the_next_and_previous_range_follow_the_one_just_shown(chat) -> None:
    chat("agenda reunión con la directora de Dideco el martes 1 de diciembre a las 10", "sí")
    this_week, following, previous = chat("agenda de la semana", "¿y la próxima?", "y la anterior?")
    assert "Dideco" not in this_week.text
    assert "Dideco" in following.text and "30 de noviembre" in following.text
    assert "Dideco" not in previous.text and "23 de noviembre" in previous.text


def test_a_late_correction_shows_the_proposal_again_to_be_confirmed_anew(chat, dispatcher, clock) -> None:
    chat(ROTARY)
    clock.advance(hours=1)
    [again] = chat("no, a las 21")
    assert "vencido" in again.text and "21:00" in again.text and "sábado 28" in again.text
    assert stored(dispatcher, Invitation) == []
    chat("sí")
    [invitation] = stored(dispatcher, Invitation)
    assert invitation.start_at.astimezone(dispatcher.settings.zone).hour == 21


@pytest.mark.parametrize("another", ["Llegó otra, del Club de Leones: cena de aniversario el viernes 27 a las 21 hrs",
                                     "otra d la Escuela Los Tamarugos pa la muestra artistica el viernes 27 a las 10",
                                     "y otra más: la Cámara de Comercio invita a su cena anual el viernes 27 a las 20"])
def test_one_more_right_after_an_invitation_is_another_invitation(chat, dispatcher, another: str) -> None:
    chat("llegó invitación del Rotary para la cena aniversario el sábado 28 a las 19 hrs", "sí")
    [proposal] = chat(another)
    assert proposal.pending is not None and proposal.pending.intent == "invitation.create", proposal.text
    assert "viernes 27" in proposal.text and "otra" not in proposal.text.lower()
    chat("sí")
    assert len(stored(dispatcher, Invitation)) == 2


def test_complaints_are_found_by_a_street_named_anywhere_and_asked_again_in_short(chat) -> None:
    chat("reclamo de don Pedro Quezada por un hoyo en la vereda de avenida Vicuña Mackenna 4500", "sí",
         "reclamo: semáforo apagado en Vicuña Mackenna con Departamental, lo reporta la sra Ana Rojas", "sí")
    by_street, by_name, again = chat("reclamos de Vicuña Mackenna", "reclamos de Quezada", "¿y los de Rojas?")
    assert "R-2026-0001" in by_street.text and "R-2026-0002" in by_street.text
    assert "R-2026-0001" in by_name.text and "R-2026-0002" not in by_name.text
    assert "R-2026-0002" in again.text and "R-2026-0001" not in again.text and "Rojas" in again.text


def test_a_department_asked_after_a_search_by_street_lists_that_department(chat) -> None:
    chat("reclamo de la vecina Teresa Huenchullán: no pasa el camión de la basura por calle Garibaldi 320", "sí",
         "reclamo de la sra Luisa Painemal por perros sueltos en el pasaje Los Notros 88", "sí")
    by_street, animals, cleaning = chat("q reclamos hay de calle Garibaldi", "¿Y los de medio ambiente?",
                                        "y los de aseo")
    assert "R-2026-0001" in by_street.text and "R-2026-0002" not in by_street.text
    assert "R-2026-0002" in animals.text and "R-2026-0001" not in animals.text, animals.text
    assert "R-2026-0001" in cleaning.text and "R-2026-0002" not in cleaning.text, cleaning.text
