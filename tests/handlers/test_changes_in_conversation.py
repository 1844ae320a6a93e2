"""Changes in words as people write them, through the real parser and dispatcher on a SQLite file: what was
stored is changed only after «sí», and «it» is the record the conversation is about."""

from __future__ import annotations

from datetime import date

from storage.models import Complaint, Contact, Event, Invitation
from tests.handlers.talk import live


def test_formal_cancellation_of_the_thursday_meeting(chat):
    chat("Agende reunión con el director de Obras el jueves a las 10 en la sala de concejo", "sí, gracias")
    preview = chat("Se suspende la reunión del jueves")
    assert "Cancelar la actividad" in preview.text and [e.cancelled_at for e in live(chat, Event)] == [None]
    chat("sí")
    assert "No hay actividades" in chat("¿qué tiene el alcalde el jueves?").text
    [event] = live(chat, Event)
    assert event.cancelled_at is not None and event.sequence == 1


def test_chat_style_reschedule_by_pronoun_keeps_the_title(chat):
    chat("agenda almuerzo con los concejales el viernes a las 13 hrs", "si")
    preview = chat("pasala al lunes a las 14")
    assert "almuerzo" in preview.text.lower() and "lunes 30 de noviembre, 14:00" in preview.text
    chat("si")
    [event] = live(chat, Event)
    assert event.day == date(2026, 11, 30)
    assert "No hay actividades" in chat("agenda del viernes").text


def test_invitation_place_changed_in_words(chat):
    chat("llegó invitación del Rotary Club a la cena aniversario el sábado 28 a las 19 hrs en el Club de la Unión",
         "sí")
    preview = chat("la invitación del Rotary cambió de lugar: ahora es en el Hotel Dreams")
    assert "Hotel Dreams" in preview.text and "Club de la Unión" in preview.text
    chat("sí")
    [invitation] = live(chat, Invitation)
    assert invitation.place == "Hotel Dreams"


def test_declining_the_invitation_just_stored_by_pronoun(chat):
    chat("Ingresó invitación de la Universidad de La Frontera a la ceremonia de inicio del año académico el lunes 30 "
         "a las 10:30 en el Aula Magna", "Sí, regístrela por favor")
    preview = chat("El alcalde tiene concejo ese día, recházala")
    assert "Frontera" in preview.text or "académico" in preview.text
    chat("sí")
    [invitation] = live(chat, Invitation)
    assert invitation.status == "declined"


def test_dictated_contact_phone_update(chat):
    chat("nuevo contacto Jorge Valenzuela Soto, comandante del Cuerpo de Bomberos, 9 6543 2109", "sí")
    preview = chat("Cambió el celular del comandante Valenzuela, ahora es 9 7788 9900")
    assert "+56965432109 → +56977889900" in preview.text
    chat("sí")
    [contact] = live(chat, Contact)
    assert contact.phone == "+56977889900"


def test_complaint_moved_by_pronoun_then_found_by_the_residents_name(chat):
    chat("reclamo de la vecina Carmen Gallardo: perros sueltos atacan a los niños en la plaza", "si")
    preview = chat("pásalo a seguridad")
    assert "R-2026-0001" in preview.text and "Seguridad" in preview.text
    chat("si")
    [complaint] = live(chat, Complaint)
    assert complaint.department == "seguridad"
    assert "R-2026-0001" in chat("reclamos de la señora Gallardo").text


def test_export_in_words_sends_the_file(chat):
    chat("reclamo por basura acumulada en calle Prat 1234", "si")
    reply = chat("exporta los reclamos a excel")
    assert reply.attachments and reply.attachments[0].filename.endswith(".xlsx")


def test_a_detail_about_the_contact_just_shown_updates_it_not_a_new_one(chat):
    chat("nuevo contacto Manuel Tapia, capitán de puerto de San Antonio, 9 1111 2233", "sí")
    preview = chat("agrega su correo mtapia@directemar.cl")
    assert "Actualizar el contacto" in preview.text and "mtapia@directemar.cl" in preview.text
    chat("sí")
    [contact] = live(chat, Contact)
    assert contact.email == "mtapia@directemar.cl" and contact.name == "Manuel Tapia"


def test_a_new_post_said_before_the_word_cargo_updates_the_contact_in_focus(chat):
    chat("nuevo contacto Marcela Oyarzún, jefa de enfermería del CESFAM, 9 2222 3344", "sí")
    preview = chat("Ahora es directora de salud municipal, actualice su cargo por favor")
    assert "Actualizar el contacto" in preview.text and "directora de salud municipal" in preview.text
    chat("sí")
    [contact] = live(chat, Contact)
    assert contact.role == "directora de salud municipal"
