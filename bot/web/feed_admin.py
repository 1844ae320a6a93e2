"""`/calendario`: an admin hands a staff member the secret address of the agenda feed, or closes it.

    /calendario                 who has a working address
    /calendario <id>            a new address for that person (the old one stops working)
    /calendario revocar <id>    close that person's address

The address is shown once, in the admin's chat, to be passed on; only its hash is kept. Each issue
and revocation leaves an audit row (without the secret).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from handlers.context import Actor
from handlers.reply import Reply
from settings import Role, Settings
from storage.calendar_feed import issue_token, live_tokens, revoke_tokens
from storage.database import transaction
from storage.models import AuditEntry

USAGE = ("Uso: /calendario <id de Telegram> entrega la dirección del calendario a esa persona; "
         "/calendario revocar <id> la cierra; /calendario solo, quién tiene una.")
ADMIN_ONLY = "Solo un administrador puede entregar o revocar calendarios."
ActorFor = Callable[[int], Actor | None]


def feed_url(settings: Settings, token: str) -> str:
    """Where the feed is reached: the public HTTPS address when configured, else the local listener."""
    base = settings.web.public_url.rstrip("/") or f"http://{settings.web.listen}:{settings.web.port}"
    return f"{base}/calendario/{token}.ics"


def calendar_command(engine: Engine, settings: Settings, now: datetime, admin: Actor, args: Sequence[str],
                     actor_for: ActorFor) -> Reply:
    if admin.role != Role.ADMIN:
        return Reply(ADMIN_ONLY)
    words = [word.strip() for word in args if word.strip()]
    if not words:
        return _listing(engine)
    revoking = words[0].lower() in ("revocar", "revoca", "cerrar", "quitar")
    rest = words[1:] if revoking else words
    if len(rest) != 1 or not rest[0].lstrip("-").isdigit():
        return Reply(USAGE)
    telegram_id = int(rest[0])
    if revoking:
        return _revoke(engine, now, admin, telegram_id)
    person = actor_for(telegram_id)
    if person is None:
        return Reply(f"El id {telegram_id} no es del equipo: autorícelo primero con /autorizar.")
    return _issue(engine, settings, now, admin, person)


def _issue(engine: Engine, settings: Settings, now: datetime, admin: Actor, person: Actor) -> Reply:
    with transaction(engine) as session:
        token = issue_token(session, person.telegram_id or 0, person.name, admin.telegram_id, now)
        _audit(session, admin, "issue", person.telegram_id, now)
    url = feed_url(settings, token)
    lines = [f"Calendario de la agenda para {person.name}:", url,
             "Para suscribirse desde el teléfono: " + url.replace("https://", "webcal://", 1),
             "Entréguesela solo a esa persona; la dirección anterior, si había, dejó de funcionar."]
    if not settings.web.public_url:
        lines.append("Ojo: falta web.public_url en la configuración; esta dirección solo sirve en este equipo.")
    if not settings.web.enabled:
        lines.append("Ojo: el servidor web está apagado (web.enabled = false).")
    return Reply("\n".join(lines), stored=True)


def _revoke(engine: Engine, now: datetime, admin: Actor, telegram_id: int) -> Reply:
    with transaction(engine) as session:
        closed = revoke_tokens(session, telegram_id, now)
        if closed:
            _audit(session, admin, "revoke", telegram_id, now)
    if not closed:
        return Reply(f"El id {telegram_id} no tenía un calendario activo.")
    return Reply(f"Calendario cerrado para el id {telegram_id}: su dirección ya no funciona.", stored=True)


def _listing(engine: Engine) -> Reply:
    with Session(engine) as session:
        tokens = live_tokens(session)
    if not tokens:
        return Reply("Nadie tiene un calendario activo.\n" + USAGE)
    lines = ["Calendarios activos:"] + [f"• {t.name} ({t.telegram_id}), desde el {t.created_at:%d/%m/%Y}"
                                        for t in tokens]
    return Reply("\n".join(lines))


def _audit(session: Session, admin: Actor, action: str, subject: int | None, now: datetime) -> None:
    session.add(AuditEntry(at=now, actor_id=admin.telegram_id, action=action, entity="calendar_feed",
                           entity_id=str(subject), after={"telegram_id": subject}))
