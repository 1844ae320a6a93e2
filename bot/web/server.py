"""The bot's own web server: the Mini App (page, API) and the iCalendar feed, in the bot's process.

aiohttp rather than tornado: aiohttp is already how the bot talks to the Bot API, its server runs
on any asyncio loop through `AppRunner` (so it starts in the Application's `post_init` on PTB's own
loop, the same way under long polling and under a webhook), and it has routing, JSON and static
files built in. Tornado is present only inside python-telegram-bot's webhook server, whose
application is private to PTB and cannot take extra routes; the web server therefore listens on
its own `[web]` port beside it.

Handlers call the dispatcher inline on the loop, as the Telegram callbacks do (see
`bot/telegram/updates.py`): calls never overlap, and each is a few milliseconds.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from importlib import resources
from typing import Any

from aiohttp import web
from sqlmodel import Session

from bot.dispatcher import Dispatcher
from bot.web import actions, views
from bot.web.ical import EntryCache, build_feed
from bot.web.init_data import InitDataError, validate
from handlers.context import Actor
from storage.calendar_feed import feed_owner

log = logging.getLogger(__name__)

DISPATCHER: web.AppKey[Dispatcher] = web.AppKey("dispatcher", Dispatcher)
TOKEN: web.AppKey[str] = web.AppKey("token", str)
FEED_CACHE: web.AppKey[EntryCache] = web.AppKey("feed_cache", EntryCache)
ACTOR: web.RequestKey[Actor] = web.RequestKey("actor", Actor)
STATIC = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"),
          "/app.css": ("app.css", "text/css")}
NOT_STAFF = "Esta aplicación es solo para el equipo del Gabinete. Pida acceso a un administrador."
READ_ONLY = "Su rol permite consultar, pero no registrar ni modificar."
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def build_app(dispatcher: Dispatcher, bot_token: str) -> web.Application:
    app = web.Application(middlewares=[_authenticated], client_max_size=64 * 1024)
    app[DISPATCHER] = dispatcher
    app[TOKEN] = bot_token
    app[FEED_CACHE] = EntryCache()
    for path in STATIC:
        app.router.add_get(path, _static)
    app.router.add_get("/calendario/{token}.ics", _feed)
    app.router.add_get("/api/yo", _me)
    app.router.add_get("/api/agenda", _agenda)
    app.router.add_get("/api/invitaciones", _invitations)
    app.router.add_post("/api/invitaciones/{id:\\d+}/respuesta", _answer_invitation)
    app.router.add_get("/api/reclamos", _board)
    app.router.add_post("/api/reclamos/{ticket}/estado", _change_complaint)
    app.router.add_post("/api/confirmar", _confirm)
    app.router.add_get("/api/contactos", _contacts)
    return app


class WebServer:
    """Started and stopped with the bot (`bot/web/telegram_hooks.py`), or by tests and `bench/`."""

    def __init__(self, dispatcher: Dispatcher, bot_token: str, host: str, port: int) -> None:
        self.runner = web.AppRunner(build_app(dispatcher, bot_token), access_log=None)
        self.host, self.port = host, port
        self.loop: asyncio.AbstractEventLoop | None = None
        """The loop it serves on, once started (the bot's own, under `gabinete run`)."""

    async def start(self) -> int:
        """Listen; returns the port (the one the system chose when `port` is 0)."""
        self.loop = asyncio.get_running_loop()
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.port)
        await site.start()
        addresses = self.runner.addresses
        self.port = addresses[0][1] if addresses else self.port
        log.info("web server on http://%s:%s", self.host, self.port)
        return self.port

    async def stop(self) -> None:
        await self.runner.cleanup()


# -- authentication ---------------------------------------------------------------------------------

@web.middleware
async def _authenticated(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every /api/ call carries the Mini App's initData (`Authorization: tma <initData>`), checked each time."""
    if not request.path.startswith("/api/"):
        return await handler(request)
    dispatcher = request.app[DISPATCHER]
    header = request.headers.get("Authorization", "")
    init_data = header[4:].strip() if header[:4].lower() == "tma " else ""
    try:
        user = validate(init_data, request.app[TOKEN], dispatcher.clock(), dispatcher.settings.web.init_data_max_age)
    except InitDataError as error:
        return _error(401, "La sesión no es válida o venció: cierre y vuelva a abrir la aplicación.", str(error))
    actor = dispatcher.actor_for(user.telegram_id)
    if actor is None:
        return _error(403, NOT_STAFF, "not staff")
    request[ACTOR] = actor
    return await handler(request)


def _error(status: int, message: str, reason: str) -> web.Response:
    log.info("web api refused (%s): %s", status, reason)
    return web.json_response({"error": message}, status=status)


def _actor(request: web.Request) -> Actor:
    return request[ACTOR]


def _today(request: web.Request) -> date:
    dispatcher = request.app[DISPATCHER]
    return dispatcher.clock().astimezone(dispatcher.settings.zone).date()


def _session(request: web.Request) -> Session:
    return Session(request.app[DISPATCHER].engine)


# -- reads -------------------------------------------------------------------------------------------

async def _me(request: web.Request) -> web.Response:
    actor, settings = _actor(request), request.app[DISPATCHER].settings
    return web.json_response({"name": actor.name, "role": actor.role.value, "can_write": actor.can_write,
                              "can_answer": actor.can_answer_invitations, "municipality": settings.municipality,
                              "today": _today(request).isoformat(), "departments": views.departments(settings)})


async def _agenda(request: web.Request) -> web.Response:
    view = "mes" if request.query.get("vista") == "mes" else "semana"
    today = _today(request)
    try:
        around = date.fromisoformat(request.query["fecha"]) if request.query.get("fecha") else today
    except ValueError:
        return web.json_response({"error": "Fecha no válida (use AAAA-MM-DD)."}, status=400)
    with _session(request) as session:
        return web.json_response(views.agenda(session, request.app[DISPATCHER].settings, view, around, today))


async def _invitations(request: web.Request) -> web.Response:
    with _session(request) as session:
        return web.json_response(views.invitations(session, request.app[DISPATCHER].settings, _today(request)))


async def _board(request: web.Request) -> web.Response:
    settings = request.app[DISPATCHER].settings
    code = request.query.get("departamento")
    if code and code != "-" and settings.department(code) is None:
        return web.json_response({"error": "Departamento desconocido."}, status=400)
    department = "" if code == "-" else code
    state = request.query.get("estado", "abiertos")
    with _session(request) as session:
        return web.json_response(views.board(session, settings, department, state, _today(request)))


async def _contacts(request: web.Request) -> web.Response:
    with _session(request) as session:
        return web.json_response(views.contacts(session, request.query.get("q", "")[:200]))


# -- changes: through the dispatcher ---------------------------------------------------------------

async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text='{"error": "JSON no válido"}', content_type="application/json") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text='{"error": "JSON no válido"}', content_type="application/json")
    return body


def _once(body: dict[str, Any]) -> str | None:
    """The page names each click with a random id, so a repeated request (a retry) applies once."""
    raw = str(body.get("once") or "")
    try:
        return f"web:{uuid.UUID(raw).hex}" if raw else None
    except ValueError:
        return None


Act = Callable[[Dispatcher, Actor, dict[str, Any], str | None], actions.Outcome]


async def _change(request: web.Request, may: Callable[[Actor], bool], act: Act) -> web.Response:
    """A change: refused here when the role may not make it (the handlers would refuse it too), else
    handed to the dispatcher with the request's body and its once-key."""
    actor = _actor(request)
    if not may(actor):
        return _error(403, READ_ONLY, f"{actor.role.value} refused at {request.path}")
    body = await _body(request)
    return web.json_response(act(request.app[DISPATCHER], actor, body, _once(body)).as_json())


def _text(body: dict[str, Any], name: str) -> str:
    return str(body.get(name) or "")


async def _change_complaint(request: web.Request) -> web.Response:
    ticket = request.match_info["ticket"]
    return await _change(request, lambda actor: actor.can_write, lambda dispatcher, actor, body, once:
                         actions.change_complaint(dispatcher, actor, ticket, _text(body, "status"),
                                                  _text(body, "comment"), once))


async def _answer_invitation(request: web.Request) -> web.Response:
    number = int(request.match_info["id"])
    return await _change(request, lambda actor: actor.can_answer_invitations, lambda dispatcher, actor, body, once:
                         actions.answer_invitation(dispatcher, actor, number, _text(body, "response"),
                                                   _text(body, "delegate"), once))


async def _confirm(request: web.Request) -> web.Response:
    return await _change(request, lambda actor: actor.can_answer_invitations, lambda dispatcher, actor, body, once:
                         actions.confirm(dispatcher, actor, bool(body.get("yes")), once))


# -- the feed and the page --------------------------------------------------------------------------

async def _feed(request: web.Request) -> web.Response:
    """The secret address works while its token is live and its person is still staff."""
    dispatcher = request.app[DISPATCHER]
    with _session(request) as session:
        owner = feed_owner(session, request.match_info["token"])
        if owner is None or dispatcher.actor_for(owner.telegram_id) is None:
            raise web.HTTPNotFound(text="Calendario no encontrado.")
        feed = build_feed(session, dispatcher.settings, dispatcher.clock(), request.app[FEED_CACHE])
    etag = '"' + hashlib.sha256(feed.content).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, max-age=300"}
    if feed.last_modified is not None:
        headers["Last-Modified"] = feed.last_modified.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if request.headers.get("If-None-Match") == etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=feed.content, headers=headers, content_type="text/calendar", charset="utf-8")


async def _static(request: web.Request) -> web.Response:
    name, kind = STATIC[request.path]
    content = resources.files("bot.web").joinpath("static", name).read_bytes()
    return web.Response(body=content, content_type=kind, charset="utf-8", headers={"Cache-Control": "no-cache"})
