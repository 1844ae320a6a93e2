"""A fake Telegram Bot API on 127.0.0.1, so the real python-telegram-bot can be driven over HTTP.

It serves queued updates through long-polling `getUpdates`, answers the methods the bot calls
with plausible objects, keeps every call (method, decoded parameters, arrival time), serves
uploaded files for `getFile`, can answer the next call of a method with a 429, and can turn a group
into a supergroup (service messages, then `ChatMigrated` for sends to the old id). Once the bot
calls `setWebhook`, updates are POSTed to its URL instead, one at a time and again until accepted,
with the secret token header, as Telegram does. Timestamps (`served_at` per update id, `Call.at`)
let the benchmark measure the bot without the server.
"""

from __future__ import annotations

import email.parser
import email.policy
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = "123:ABC"
BOT_USER = {"id": 123, "is_bot": True, "first_name": "Gabinete", "username": "gabinete_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
TEXT_FIELDS = {"text", "caption", "callback_query_id", "file_id", "parse_mode", "url", "secret_token"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    result: Any = None


class FakeBotApi:
    """Start with `with FakeBotApi() as api:`; point the bot at `api.base_url` / `api.file_url`."""

    def __init__(self, token: str = TOKEN, max_poll: float = 0.5) -> None:
        self.token = token
        self.max_poll = max_poll
        self.calls: list[Call] = []
        self.served_at: dict[int, float] = {}
        self.acked_at: dict[int, float] = {}
        self.commands: list[dict] = []
        self._updates: list[dict] = []
        self._history: dict[int, dict] = {}
        self._files: dict[str, bytes] = {}
        self._failures: dict[str, int] = {}
        self._passing: dict[str, int] = {}
        self._migrated: dict[int, int] = {}
        self._next_update = 1
        self._next_message = 1000
        self._changed = threading.Condition()
        self._closing = False
        self.webhook: tuple[str, str] | None = None
        """(url, secret token) from the bot's setWebhook; None while it long-polls."""
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._pusher = threading.Thread(target=self._push_to_webhook, daemon=True)

    # -- lifecycle ----------------------------------------------------------------------------------

    def __enter__(self) -> FakeBotApi:
        self._thread.start()
        self._pusher.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/file/bot"

    # -- what the test sends ------------------------------------------------------------------------

    def push_update(self, body: dict, update_id: int | None = None) -> int:
        """Queue an update; an explicit `update_id` already used queues a duplicate delivery."""
        with self._changed:
            if update_id is None:
                update_id = self._next_update
                self._next_update += 1
            self._history[update_id] = {"update_id": update_id, **body}
            self._updates.append(self._history[update_id])
            self._changed.notify_all()
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again, as Telegram may after a timeout or a restart."""
        with self._changed:
            self._updates.append(self._history[update_id])
            self._changed.notify_all()

    def push_text(self, user_id: int, text: str, chat_id: int | None = None, chat_type: str = "private",
                  reply_to_bot: bool = False) -> int:
        return self.push_update({"message": self.message(user_id, text, chat_id, chat_type, reply_to_bot)})

    def push_press(self, user_id: int, data: str, message: dict) -> int:
        """A press of an inline button on `message` (one the bot sent, as recorded in `calls`)."""
        query = {"id": f"q{time.monotonic_ns()}", "from": _user(user_id), "chat_instance": "1", "data": data,
                 "message": message}
        return self.push_update({"callback_query": query})

    def push_document(self, user_id: int, filename: str, content: bytes, caption: str = "") -> int:
        file_id = f"file{len(self._files) + 1}"
        self._files[file_id] = content
        message = self.message(user_id, None, None, "private")
        message["document"] = {"file_id": file_id, "file_unique_id": file_id, "file_name": filename,
                               "mime_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "file_size": len(content)}
        if caption:
            message["caption"] = caption
        return self.push_update({"message": message})

    def push_photo(self, user_id: int, content: bytes, caption: str = "", media_group: str | None = None) -> int:
        """A photo as Telegram sends it: several sizes of one picture, the largest last."""
        file_id = f"photo{len(self._files) + 1}"
        self._files[file_id] = content
        message = self.message(user_id, None, None, "private")
        message["photo"] = [{"file_id": f"{file_id}-small", "file_unique_id": f"{file_id}-s", "width": 90,
                             "height": 60},
                            {"file_id": file_id, "file_unique_id": f"u-{file_id}", "width": 1280, "height": 853,
                             "file_size": len(content)}]
        if caption:
            message["caption"] = caption
        if media_group:
            message["media_group_id"] = media_group
        return self.push_update({"message": message})

    def push_voice(self, user_id: int) -> int:
        message = self.message(user_id, None, None, "private")
        message["voice"] = {"file_id": "voice1", "file_unique_id": "voice1", "duration": 3}
        return self.push_update({"message": message})

    def message(self, user_id: int, text: str | None, chat_id: int | None, chat_type: str,
                reply_to_bot: bool = False) -> dict:
        chat_id = user_id if chat_id is None else chat_id
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Grupo"
        message = {"message_id": self._message_id(), "date": int(time.time()), "chat": chat, "from": _user(user_id)}
        if text is not None:
            message["text"] = text
            message["entities"] = _entities(text)
        if reply_to_bot:
            message["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "chat": chat,
                                           "from": BOT_USER, "text": "…"}
        return message

    def migrate_group(self, user_id: int, old: int, new: int, announce: bool = True) -> None:
        """Group `old` becomes supergroup `new`: Telegram says so in both chats (unless the bot missed it),
        and from then on refuses sends to `old`, naming `new`."""
        self._migrated[old] = new
        if announce:
            to = self.message(user_id, None, old, "group")
            to["migrate_to_chat_id"] = new
            from_ = self.message(user_id, None, new, "supergroup")
            from_["migrate_from_chat_id"] = old
            self.push_update({"message": to})
            self.push_update({"message": from_})

    def fail_next(self, method: str, times: int = 1, after: int = 0) -> None:
        """Answer `times` calls of `method` with 429 Too Many Requests (retry_after 1), once `after` more passed."""
        self._failures[method] = times
        self._passing[method] = after

    # -- what the test checks -----------------------------------------------------------------------

    def sent(self, method: str = "sendMessage") -> list[Call]:
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str = "sendMessage", count: int = 1, timeout: float = 10.0,
                 where: Callable[[Call], bool] = lambda _call: True) -> list[Call]:
        """The first `count` matching calls, waiting for them; fails the test when they do not come."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [call for call in self.calls if call.method == method and where(call)]
                if len(found) >= count:
                    return found[:count]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [(call.method, call.params.get("text", "")[:80]) for call in self.calls]
                    raise AssertionError(f"expected {count} {method} call(s); calls so far: {seen}")
                self._changed.wait(remaining)

    def as_message(self, call: Call) -> dict:
        """The message object that a send call produced, to press its buttons."""
        return call.result

    # -- the server side ----------------------------------------------------------------------------

    def answer(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]],
               arrived: float) -> tuple[int, dict]:
        call = Call(method, params, arrived, files)
        moved_to = self._migrated.get(params.get("chat_id"))
        if self._failures.get(method) and self._passing.get(method):
            self._passing[method] -= 1
            call.result = self._result(method, params, files, arrived)
            status, payload = 200, {"ok": True, "result": call.result}
        elif self._failures.get(method):
            self._failures[method] -= 1
            status, payload = 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                    "parameters": {"retry_after": 1}}
        elif method == "getUpdates" and self.webhook is not None:
            status, payload = 409, {"ok": False, "error_code": 409, "description": "Conflict: can't use getUpdates "
                                    "method while webhook is active; use deleteWebhook to delete the webhook first"}
        elif moved_to is not None:
            status, payload = 400, {"ok": False, "error_code": 400,
                                    "description": "Bad Request: group chat was upgraded to a supergroup chat",
                                    "parameters": {"migrate_to_chat_id": moved_to}}
        else:
            call.result = self._result(method, params, files, arrived)
            status, payload = 200, {"ok": True, "result": call.result}
        if method != "getUpdates":
            with self._changed:
                self.calls.append(call)
                self._changed.notify_all()
        return status, payload

    def _result(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]],
                arrived: float) -> Any:
        if method == "getUpdates":
            return self._poll(int(params.get("offset") or 0), float(params.get("timeout") or 0), arrived)
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "sendDocument", "sendPhoto"):
            return self._sent_message(params, files)
        if method == "sendMediaGroup":
            return [self._sent_message({"chat_id": params["chat_id"]}, {}) for _ in params.get("media", [])]
        if method == "editMessageText":
            chat = {"id": int(params["chat_id"]), "type": "private"}
            return {"message_id": int(params["message_id"]), "date": int(time.time()), "chat": chat,
                    "from": BOT_USER, "text": params.get("text", "")}
        if method == "getFile":
            file_id = params["file_id"]
            return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self._files[file_id]),
                    "file_path": f"documents/{file_id}.xlsx"}
        if method == "setMyCommands":
            self.commands = list(params.get("commands", []))
        if method == "getMyCommands":
            return self.commands
        if method in ("setWebhook", "deleteWebhook"):
            with self._changed:
                self.webhook = (params["url"], params.get("secret_token", "")) if method == "setWebhook" else None
                self._changed.notify_all()
        if method == "getWebhookInfo":
            return {"url": self.webhook[0] if self.webhook else "", "has_custom_certificate": False,
                    "pending_update_count": len(self._updates)}
        return True

    def _sent_message(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict:
        chat_id = int(params["chat_id"])
        message = {"message_id": self._message_id(), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"}, "from": BOT_USER}
        if "text" in params:
            message["text"] = params["text"]
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        if files:
            name, _content = next(iter(files.values()))
            message["document"] = {"file_id": "sent", "file_unique_id": "sent", "file_name": name}
        return message

    def _poll(self, offset: int, timeout: float, arrived: float) -> list[dict]:
        """Hand out what is queued from `offset` on, waiting up to the poll timeout for something to come.

        A poll with a higher offset acknowledges the updates before it: `acked_at` is when the bot
        came back for more, the round trip of an update it ignores.
        """
        deadline = time.monotonic() + min(timeout, self.max_poll)
        with self._changed:
            for update_id in self.served_at.keys() - self.acked_at.keys():
                if update_id < offset:
                    self.acked_at[update_id] = arrived
            self._updates = [update for update in self._updates if update["update_id"] >= offset]
            while not self._updates and not self._closing and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            handed_out = list(self._updates)
            now = time.perf_counter()
            for update in handed_out:
                self.served_at.setdefault(update["update_id"], now)
            return handed_out

    def post_to_webhook(self, update: dict, secret: str | None = None) -> int:
        """POST one update to the bot's webhook as Telegram would (its secret unless another is given); the status."""
        if self.webhook is None:
            raise AssertionError("the bot has not called setWebhook")
        url, token = self.webhook
        return _WebhookClient(url).post(update, token if secret is None else secret)

    def _push_to_webhook(self) -> None:
        """While a webhook is set, each queued update is POSTed in turn, again until the bot answers 2xx.

        `served_at` is when the accepted POST went out and `acked_at` when its answer came back: the
        round trip of an update the bot ignores, like a poll's.
        """
        client: _WebhookClient | None = None
        while True:
            with self._changed:
                while not self._closing and (self.webhook is None or not self._updates):
                    self._changed.wait()
                if self._closing:
                    return
                update, (url, secret) = self._updates[0], self.webhook
            if client is None or client.url != url:
                client = _WebhookClient(url)
            sent = time.perf_counter()
            status = client.post(update, secret)
            answered = time.perf_counter()
            with self._changed:
                if 200 <= status < 300:
                    self.served_at.setdefault(update["update_id"], sent)
                    self.acked_at.setdefault(update["update_id"], answered)
                    self._updates.remove(update)
                else:
                    self._changed.wait(0.05)

    def file(self, path: str) -> bytes | None:
        file_id = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return self._files.get(file_id)

    def _message_id(self) -> int:
        with self._changed:
            self._next_message += 1
            return self._next_message


class _WebhookClient:
    """One kept-alive connection to the bot's webhook listener, opened again after any failure."""

    def __init__(self, url: str) -> None:
        self.url = url
        parts = urllib.parse.urlsplit(url)
        self._host, self._port, self._path = parts.hostname or "", parts.port or 80, parts.path or "/"
        self._connection: http.client.HTTPConnection | None = None

    def post(self, update: dict, secret: str) -> int:
        """The HTTP status, or 0 when the listener could not be reached (not up yet, or gone)."""
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        try:
            if self._connection is None:
                self._connection = http.client.HTTPConnection(self._host, self._port, timeout=10)
            self._connection.request("POST", self._path, json.dumps(update).encode(), headers)
            response = self._connection.getresponse()
            response.read()
            return response.status
        except (OSError, http.client.HTTPException):
            if self._connection is not None:
                self._connection.close()
            self._connection = None
            return 0


def _entities(text: str) -> list[dict]:
    """Commands and @mentions, as Telegram marks them (offsets in UTF-16 code units)."""
    entities = []
    for match in re.finditer(r"(?<!\S)(/\w+(?:@\w+)?|@\w+)", text):
        kind = "bot_command" if match.group().startswith("/") else "mention"
        offset = len(text[:match.start()].encode("utf-16-le")) // 2
        entities.append({"type": kind, "offset": offset, "length": len(match.group().encode("utf-16-le")) // 2})
    return entities


def _user(user_id: int) -> dict:
    return {"id": user_id, "is_bot": False, "first_name": f"Usuario {user_id}", "language_code": "es"}


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    bot_prefix = f"/bot{api.token}/"
    file_prefix = f"/file/bot{api.token}/"

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go as separate writes; no 40 ms delayed-ACK stall

        def do_POST(self) -> None:
            arrived = time.perf_counter()
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if not self.path.startswith(bot_prefix):
                self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            method = self.path[len(bot_prefix):]
            params, files = _decode(self.headers.get("Content-Type", ""), body)
            self._send(*api.answer(method, params, files, arrived))

        def do_GET(self) -> None:
            path = urllib.parse.unquote(self.path)
            content = api.file(path[len(file_prefix):]) if path.startswith(file_prefix) else None
            if content is None:
                self._reply(404, b"not found", "text/plain")
            else:
                self._reply(200, content, "application/octet-stream")

        def _send(self, status: int, payload: dict) -> None:
            self._reply(status, json.dumps(payload).encode(), "application/json")

        def _reply(self, status: int, content: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *_args: object) -> None:
            """Quiet: the calls are recorded in `api.calls`."""

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up on a long poll (the bot stopping) is normal; anything else is reported."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _decode(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """PTB sends url-encoded forms (non-string values JSON-encoded) or multipart with files."""
    if content_type.startswith("multipart/form-data"):
        return _decode_multipart(content_type, body)
    if content_type.startswith("application/json"):
        return json.loads(body or b"{}"), {}
    form = urllib.parse.parse_qs(body.decode(), keep_blank_values=True)
    return {key: _value(key, values[0]) for key, values in form.items()}, {}


def _decode_multipart(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    header = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename:
            files[name] = (filename, content)
        else:
            params[name] = _value(name, content.decode())
    return params, files


def _value(key: str, raw: str) -> Any:
    if key in TEXT_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw
