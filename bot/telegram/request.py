"""Bot API requests over aiohttp instead of PTB's default httpx client.

Each update costs the bot two requests (the getUpdates that brings it and the sendMessage that
answers it). Through httpx each took about 1.5 ms of CPU on the office's two-core machine, most of
the bot's time per update; aiohttp (C-accelerated HTTP parsing, one pooled connector) takes about
0.35 ms. PTB's `BaseRequest` is the documented hook for another HTTP library: status codes, JSON
and Telegram's error parameters stay with PTB, this class only moves bytes.

Like httpx, TLS trusts certifi's certificates (not only the system's, absent from slim images) and
proxies come from the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY), read once per server:
aiohttp's own `trust_env` reads them, and ~/.netrc in a worker thread, on every request.

Redirects are not followed: the Bot API never answers with one, and following it would send the
request (and the token in its path) wherever the redirect points; PTB reports it as an error.
"""

from __future__ import annotations

import re
import ssl
import urllib.request
from urllib.parse import urlencode, urlsplit

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

READ_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_SIZE = 256
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class UnansweredRequest(TimedOut):
    """The request was sent and no answer came within the read timeout: Telegram may well have done it.

    Kept apart from a connect timeout (nothing was sent), because sending a message again after this
    is how a user got the same reply twice; `retry.py` retries only what is safe to repeat.
    """

    def __init__(self) -> None:
        super().__init__("Timed out waiting for Telegram's answer; the request may have been carried out")


class AiohttpRequest(BaseRequest):
    """One connection pool per instance: PTB uses one for getUpdates and another for everything else."""

    def __init__(self, pool_size: int = POOL_SIZE, read_timeout: float | None = READ_TIMEOUT,
                 connect_timeout: float | None = CONNECT_TIMEOUT) -> None:
        self.pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size,
                                               ssl=ssl.create_default_context(cafile=certifi.where())),
                headers={"User-Agent": self.USER_AGENT}, cookie_jar=aiohttp.DummyCookieJar())

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: object = BaseRequest.DEFAULT_NONE,
                         write_timeout: object = BaseRequest.DEFAULT_NONE,
                         connect_timeout: object = BaseRequest.DEFAULT_NONE,
                         pool_timeout: object = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        """`write_timeout` has no counterpart in aiohttp: the read timeout starts once the body is sent."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        timeout = aiohttp.ClientTimeout(sock_read=_given(read_timeout, self._read_timeout),
                                        connect=_given(connect_timeout, self._connect_timeout))
        data, headers = _body(request_data)
        try:
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout,
                                             proxy=self._proxy(url), allow_redirects=False) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:
            raise TimedOut("connect timeout") from error
        except TimeoutError as error:
            raise UnansweredRequest from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy(self, url: str) -> str | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._proxies:
            self._proxies[origin] = _environment_proxy(parts.scheme, parts.hostname or "")
        return self._proxies[origin]


def _environment_proxy(scheme: str, host: str) -> str | None:
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(scheme) or proxies.get("all")


def _given(value: object, default: float | None) -> float | None:
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value  # type: ignore[return-value]


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, dict[str, str] | None]:
    """Plain parameters as a url-encoded form, like PTB's default (encoded here: aiohttp's FormData
    costs more than the rest of the request); files as multipart."""
    if request_data is None:
        return None, None
    parameters = _sendable(request_data.json_parameters)
    if not request_data.contains_files:
        return urlencode(parameters).encode(), FORM
    form = aiohttp.FormData(parameters)
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _sendable(parameters: dict[str, str]) -> dict[str, str]:
    """Parameters UTF-8 can encode: a lone surrogate (a reply quoting what a user's client sent)
    becomes U+FFFD, where it made the whole reply fail to encode, again on every retry."""
    if all(value.isascii() or not _SURROGATE.search(value) for value in parameters.values()):
        return parameters
    return {name: _SURROGATE.sub("\ufffd", value) for name, value in parameters.items()}
