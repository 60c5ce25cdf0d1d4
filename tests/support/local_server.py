"""A scripted KuCoin on 127.0.0.1 for the tests that need real sockets, and calls of the
generated SDK against it, sync or async.

The server (an ephemeral port, a thread, started by the `server` fixture of
tests/client/conftest.py) counts the requests it receives and answers each one as the test
scripted it: a normal answer, an HTTP error, a slow answer, raw bytes followed by a closed
connection, a body sent a byte at a time. The clients are pointed at it with `base_url` (plain
HTTP, so `allow_insecure_http=True`); `_sleep` records the backoff instead of waiting and
`_time` gives a fixed timestamp. Every wait on the server side is bounded and woken when the
test ends.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import ssl
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

API_KEY = "key-0001"
API_SECRET = "secret-0001"
API_PASSPHRASE = "passphrase-0001"
FIXED_SECONDS = 1_700_000_000.0
FIXED_MS = str(int(FIXED_SECONDS * 1000))
GET_PATH = "/api/v1/openOrderStatistics"
POST_PATH = "/api/v1/orders"
KINDS = ["sync", "async"]

# --------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    raw_target: str

    def signature_ok(self) -> bool:
        """The KC-API-SIGN header is the v3 signature of exactly what arrived."""
        stamp = self.headers.get("kc-api-timestamp", "")
        prehash = f"{stamp}{self.method}{self.raw_target}{self.body.decode()}"
        expected = base64.b64encode(
            hmac.new(API_SECRET.encode(), prehash.encode(), hashlib.sha256).digest()
        ).decode()
        return self.headers.get("kc-api-sign") == expected


Action = Callable[["_Handler", Received], None]


def envelope(data: Any) -> bytes:
    return json.dumps({"code": "200000", "data": data}).encode()


def echo(handler: _Handler, request: Received) -> None:
    """The default answer: a success whose data names the request it answers."""
    if request.method == "GET":
        symbol = request.query.get("symbol", [""])[0]
        data: Any = {"settleCurrency": symbol, "openOrderBuySize": len(symbol)}
    else:
        client_oid = json.loads(request.body or b"{}").get("clientOid", "")
        data = {"orderId": f"order-{client_oid}", "clientOid": client_oid}
    handler.answer(200, envelope(data))


def reply(
    status: int, body: bytes | dict[str, Any], headers: tuple[tuple[str, str], ...] = ()
) -> Action:
    payload = body if isinstance(body, bytes) else json.dumps(body).encode()

    def action(handler: _Handler, request: Received) -> None:
        handler.answer(status, payload, headers)

    return action


def raw_then_close(data: bytes) -> Action:
    """Write `data` as it is (headers and part of a body, say), then close the connection."""

    def action(handler: _Handler, request: Received) -> None:
        handler.close_connection = True
        try:
            handler.wfile.write(data)
            handler.wfile.flush()
            handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    return action


def delayed(seconds: float, then: Action = echo) -> Action:
    """Answer after `seconds` (woken early when the server stops)."""

    def action(handler: _Handler, request: Received) -> None:
        handler.server.stopping.wait(seconds)  # type: ignore[attr-defined]
        then(handler, request)

    return action


def drip(body: bytes, every: float, *, chunked: bool) -> Action:
    """Answer 200 with `body`, one byte every `every` seconds (each byte its own chunk when
    `chunked`, else after a Content-Length); stops when the client hangs up."""

    def action(handler: _Handler, request: Received) -> None:
        handler.close_connection = True
        framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"
        pieces = [
            (b"1\r\n" + bytes([byte]) + b"\r\n") if chunked else bytes([byte]) for byte in body
        ]
        if chunked:
            pieces.append(b"0\r\n\r\n")
        _trickle(handler, [head.encode(), *pieces], every)

    return action


def drip_head(every: float) -> Action:
    """Send the status line and headers of an answer one byte every `every` seconds."""

    def action(handler: _Handler, request: Received) -> None:
        handler.close_connection = True
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
        _trickle(handler, [bytes([byte]) for byte in head + b"X-Padding: " + b"a" * 200], every)

    return action


def endless(chunk: bytes, headers: tuple[tuple[str, str], ...] = ()) -> Action:
    """A chunked 200 answer of `chunk` again and again, until the client hangs up (or 1 GiB)."""

    def action(handler: _Handler, request: Received) -> None:
        handler.close_connection = True
        lines = ["HTTP/1.1 200 OK", "Transfer-Encoding: chunked"]
        lines += [f"{name}: {value}" for name, value in headers]
        framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        pieces = [("\r\n".join(lines) + "\r\n\r\n").encode()]
        pieces += [framed] * ((1 << 30) // max(len(chunk), 1))
        _trickle(handler, pieces, 0.0)

    return action


def _trickle(handler: _Handler, pieces: list[bytes], every: float) -> None:
    stopping: threading.Event = handler.server.stopping  # type: ignore[attr-defined]
    try:
        for piece in pieces:
            handler.wfile.write(piece)
            handler.wfile.flush()
            if (every and stopping.wait(every)) or stopping.is_set():
                return
    except OSError:  # the client gave up, as it should
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the clients' pools are exercised

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def answer(self, status: int, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:  # the client gave up (a timeout test): nothing to answer
            self.close_connection = True

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        request = Received(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            raw_target=self.path,
        )
        server: FakeKucoin = self.server.fake  # type: ignore[attr-defined]
        action = server.record(request)
        action(self, request)

    do_GET = do_POST = do_DELETE = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # 200 concurrent connections must not overflow the backlog

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up mid-answer is what these tests do on purpose


@dataclass
class FakeKucoin:
    """A scripted KuCoin on 127.0.0.1: `script` answers the next requests in order, then
    every request is echoed."""

    requests: list[Received] = field(default_factory=list)
    script: deque[Action] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)
    httpd: _Server | None = None
    scheme: str = "http"

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.requests)

    @property
    def url(self) -> str:
        assert self.httpd is not None
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def client(self, sdk: Any, *, asynchronous: bool = False, **options: Any) -> Any:
        """A Client (or AsyncClient) of `sdk` with the test credentials, pointed here."""
        client_class = sdk.AsyncClient if asynchronous else sdk.Client
        # The server speaks plain HTTP on 127.0.0.1: signed requests there must be allowed.
        return client_class(
            API_KEY,
            API_SECRET,
            API_PASSPHRASE,
            base_url=self.url,
            allow_insecure_http=True,
            **options,
        )

    def then(self, *actions: Action) -> FakeKucoin:
        self.script.extend(actions)
        return self

    def record(self, request: Received) -> Action:
        with self.lock:
            self.requests.append(request)
            return self.script.popleft() if self.script else echo


@contextmanager
def serving(*, tls: bool = False) -> Iterator[FakeKucoin]:
    """A FakeKucoin listening on 127.0.0.1 until the block ends; over HTTPS with `tls` (see
    `trusting_transport` for a client that trusts it)."""
    fake = FakeKucoin()
    httpd = _Server(("127.0.0.1", 0), _Handler)
    if tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        fake.scheme = "https"
    httpd.fake = fake  # type: ignore[attr-defined]
    httpd.stopping = threading.Event()  # type: ignore[attr-defined]
    fake.httpd = httpd
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield fake
    finally:
        httpd.stopping.set()  # type: ignore[attr-defined]
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


TLS = Path(__file__).resolve().parents[1] / "data" / "tls"
"""A self-signed certificate for 127.0.0.1 and its key, valid for a century, made with
`openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 36500
-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1`."""


def trusting_transport(asynchronous: bool = False) -> Any:
    """An httpx transport that trusts the certificate of `serving(tls=True)` only."""
    context = ssl.create_default_context(cafile=str(TLS / "cert.pem"))
    if asynchronous:
        return httpx.AsyncHTTPTransport(verify=context)
    return httpx.HTTPTransport(verify=context)


def refused_url() -> str:
    """A loopback port nothing listens on: bound, then freed."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# --------------------------------------------------------------------------------------
# Calling the SDK, sync or async, with recorded sleeps and a fixed clock
# --------------------------------------------------------------------------------------


def _client_options(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    # The server speaks plain HTTP on 127.0.0.1: signed requests there must be allowed.
    return {
        "base_url": base_url,
        "allow_insecure_http": True,
        "timeout": 2.0,
        "max_retries": 2,
        **options,
    }


def invoke(
    sdk: Any,
    kind: str,
    base_url: str,
    operation: str,
    arguments: dict[str, Any],
    sleeps: list[float],
    **options: Any,
) -> Any:
    """Call `operation` once through a fresh Client or AsyncClient (or its
    `with_options(**per_call)` copy); sleeps are recorded."""
    per_call = options.pop("per_call", {})
    settings = _client_options(base_url, options)
    if kind == "sync":
        with sdk.Client(API_KEY, API_SECRET, API_PASSPHRASE, **settings) as client:
            client._sleep = sleeps.append
            client._time = lambda: FIXED_SECONDS
            return getattr(client.with_options(**per_call), operation)(**arguments)

    async def main() -> Any:
        async def record_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async with sdk.AsyncClient(API_KEY, API_SECRET, API_PASSPHRASE, **settings) as client:
            client._sleep = record_sleep
            client._time = lambda: FIXED_SECONDS
            return await getattr(client.with_options(**per_call), operation)(**arguments)

    return asyncio.run(main())


def get_call(sdk: Any, kind: str, url: str, sleeps: list[float], **options: Any) -> Any:
    return invoke(sdk, kind, url, "get_open_order_value", {"symbol": "XBTUSDTM"}, sleeps, **options)


ORDER = {
    "client_oid": "oid-0001",
    "side": "buy",
    "symbol": "XBTUSDTM",
    "leverage": 3,
    "type": "limit",
    "price": "30000",
    "size": 1,
}


def post_call(sdk: Any, kind: str, url: str, sleeps: list[float], **options: Any) -> Any:
    return invoke(sdk, kind, url, "add_order", ORDER, sleeps, **options)
