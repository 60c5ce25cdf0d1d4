"""A fake futures server for your tests: an httpx transport serving every operation.

    from kucoin_futures.testing import FakeKucoin

    fake = FakeKucoin()
    client = fake.client()            # a Client wired to the fake, with test credentials
    client.add_order(...)           # answered with the operation's fixture
    fake.respond("add_order", {...}) # or your own data
    fake.fail("add_order", code="400100", msg="...")
    fake.rate_limit("add_order")

Requests are checked as the real API would: the route, the KC-API-* headers and the signature
(for the test credentials), required parameters, types, enum values and bounds. A request that
fails a check gets a KuCoin-style error envelope naming the problem.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

import httpx
from pydantic import ValidationError

from kucoin_futures.async_client import AsyncClient
from kucoin_futures.client import Client
from kucoin_futures.operations import OPERATIONS, Operation

TEST_API_KEY = "test-api-key"
TEST_API_SECRET = "test-api-secret"
TEST_API_PASSPHRASE = "test-api-passphrase"

_SUCCESS = "200000"
_CODE = "code"
_DATA = "data"
_MESSAGE = "msg"
_PARAMETER_ERROR = "400100"
_RATE_LIMIT_ERROR = "429000"
_RATE_LIMIT_HEADERS = {
    "limit": "gw-ratelimit-limit",
    "remaining": "gw-ratelimit-remaining",
    "reset_ms": "gw-ratelimit-reset",
}
_NOT_FOUND = "404000"
_MISSING_HEADER = "400001"
_UNKNOWN_KEY = "400003"
_WRONG_PASSPHRASE = "400004"
_WRONG_SIGNATURE = "400005"

Reply = Callable[[httpx.Request], httpx.Response]


def load_fixture(operation: str) -> dict[str, Any]:
    """The example request and response shipped for `operation`."""
    path = resources.files("kucoin_futures").joinpath("fixtures", f"{operation}.json")
    text = path.read_text("utf-8")
    fixture: dict[str, Any] = json.loads(text)
    return fixture


@dataclass(frozen=True)
class RecordedCall:
    """A request the fake received, with the operation it was routed to."""

    operation: str
    request: httpx.Request


class FakeKucoin:
    """An in-process futures API; pass `fake.transport()` to a client, or use
    `fake.client()` / `fake.async_client()`."""

    def __init__(
        self,
        *,
        api_key: str = TEST_API_KEY,
        api_secret: str = TEST_API_SECRET,
        api_passphrase: str = TEST_API_PASSPHRASE,
        require_signature: bool = True,
    ) -> None:
        self.api_key = api_key
        self._secret = api_secret
        self._passphrase = api_passphrase
        self.require_signature = require_signature
        self.calls: list[RecordedCall] = []
        self._replies: dict[str, Reply] = {}
        # Literal paths before templates, so /orders/multi-cancel never routes to /orders/{id}.
        ordered = sorted(OPERATIONS.values(), key=lambda op: (op.path.count("{"), -len(op.path)))
        self._routes = [(op, _route_pattern(op.path)) for op in ordered]

    def __repr__(self) -> str:
        return f"FakeKucoin(api_key={self.api_key!r}, calls={len(self.calls)})"

    # Steering ------------------------------------------------------------------------------

    def respond(
        self, operation: str, data: Any, *, headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer `operation` with `data` (the envelope's data) from now on."""
        self._replies[_known(operation)] = lambda request: _envelope(
            200, _SUCCESS, data, None, headers
        )

    def fail(
        self,
        operation: str,
        *,
        code: str = _PARAMETER_ERROR,
        msg: str = "error",
        http_status: int = 400,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer `operation` with an error envelope from now on."""
        self._replies[_known(operation)] = lambda request: _envelope(
            http_status, code, None, msg, headers
        )

    def rate_limit(self, operation: str, *, reset_ms: int = 1000) -> None:
        """Answer `operation` with HTTP 429 and a rate-limit error from now on."""
        headers = {
            _RATE_LIMIT_HEADERS["remaining"]: "0",
            _RATE_LIMIT_HEADERS["reset_ms"]: str(reset_ms),
        }
        self.fail(
            operation,
            code=_RATE_LIMIT_ERROR,
            msg="Too many requests",
            http_status=429,
            headers=headers,
        )

    def reset(self, operation: str | None = None) -> None:
        """Back to the fixture answer, for `operation` or for all."""
        if operation is None:
            self._replies.clear()
        else:
            self._replies.pop(_known(operation), None)

    # Wiring --------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """A transport for httpx.Client and httpx.AsyncClient alike."""
        return httpx.MockTransport(self.handle)

    def client(self, **options: Any) -> Client:
        """A Client with the fake's credentials and transport."""
        return Client(
            self.api_key, self._secret, self._passphrase, transport=self.transport(), **options
        )

    def async_client(self, **options: Any) -> AsyncClient:
        """An AsyncClient with the fake's credentials and transport."""
        return AsyncClient(
            self.api_key, self._secret, self._passphrase, transport=self.transport(), **options
        )

    # The server ----------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        routed = self._route(request)
        if routed is None:
            return _envelope(
                404, _NOT_FOUND, None, f"no operation {request.method} {request.url.path}"
            )
        operation, path_values = routed
        self.calls.append(RecordedCall(operation.name, request))
        problem = self._check_signature(request)
        if problem is not None:
            return _envelope(401, problem[0], None, problem[1])
        problem_text = _check_inputs(operation, path_values, request)
        if problem_text is not None:
            return _envelope(400, _PARAMETER_ERROR, None, problem_text)
        reply = self._replies.get(operation.name)
        if reply is not None:
            return reply(request)
        return _envelope(200, _SUCCESS, load_fixture(operation.name)["response"][_DATA], None)

    def _route(self, request: httpx.Request) -> tuple[Operation, dict[str, str]] | None:
        # Match the path as sent: a value holding an encoded "/" stays one segment.
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        for operation, pattern in self._routes:
            match = pattern.fullmatch(raw_path)
            if operation.method == request.method and match is not None:
                return operation, {_unmangle(k): unquote(v) for k, v in match.groupdict().items()}
        return None

    def _check_signature(self, request: httpx.Request) -> tuple[str, str] | None:
        headers = request.headers
        names = (
            "KC-API-KEY",
            "KC-API-SIGN",
            "KC-API-TIMESTAMP",
            "KC-API-PASSPHRASE",
            "KC-API-KEY-VERSION",
        )
        missing = [name for name in names if name not in headers]
        if len(missing) == len(names) and not self.require_signature:
            return None
        if missing:
            return _MISSING_HEADER, f"missing header {missing[0]}"
        if headers["KC-API-KEY"] != self.api_key:
            return _UNKNOWN_KEY, "KC-API-KEY does not exist"
        if headers["KC-API-PASSPHRASE"] != _sign(self._secret, self._passphrase):
            return _WRONG_PASSPHRASE, "KC-API-PASSPHRASE is wrong"
        body = request.content.decode("utf-8")
        prehash = (
            f"{headers['KC-API-TIMESTAMP']}{request.method}{request.url.raw_path.decode()}{body}"
        )
        if not hmac.compare_digest(headers["KC-API-SIGN"], _sign(self._secret, prehash)):
            return _WRONG_SIGNATURE, "signature is wrong"
        return None


def _known(operation: str) -> str:
    if operation not in OPERATIONS:
        raise KeyError(f"no operation named {operation!r}")
    return operation


def _sign(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _route_pattern(path: str) -> re.Pattern[str]:
    pieces = re.split(r"(\{[^{}]+\})", path)
    regex = "".join(
        f"(?P<{_mangle(piece[1:-1])}>[^/]+)" if piece.startswith("{") else re.escape(piece)
        for piece in pieces
    )
    return re.compile(regex)


def _mangle(name: str) -> str:
    # Group names must be identifiers; path parameters may hold dashes (`order-id`).
    return "p_" + name.encode().hex()


def _unmangle(group: str) -> str:
    return bytes.fromhex(group[2:]).decode()


def _check_inputs(
    operation: Operation, path_values: dict[str, str], request: httpx.Request
) -> str | None:
    """None when the inputs are what the documentation allows, else the problem."""
    model = operation.request_model
    query = dict(request.url.params.multi_items())
    if model is None:
        if query or request.content:
            return f"{operation.name} takes no parameters"
        return None
    try:
        body = json.loads(request.content) if request.content else None
    except ValueError:
        return "the body is not JSON"
    if operation.body == "array":
        inputs: Any = body if body is not None else []
    else:
        inputs = {**path_values, **_query_values(operation, query), **(body or {})}
    try:
        model.model_validate(inputs)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or operation.name
        return f"{where}: {first['msg']}"
    return None


def _query_values(operation: Operation, query: dict[str, str]) -> dict[str, Any]:
    """Query text as the model expects it: lists were sent comma-separated."""
    model = operation.request_model
    assert model is not None
    values: dict[str, Any] = {}
    fields = {info.alias or name: info for name, info in model.model_fields.items()}
    for name, text in query.items():
        info = fields.get(name)
        is_list = info is not None and "list[" in str(info.annotation)
        values[name] = text.split(",") if is_list else text
    return values


def _envelope(
    status: int,
    code: str,
    data: Any,
    message: str | None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    body: dict[str, Any] = {_CODE: code}
    if data is not None or code == _SUCCESS:
        body[_DATA] = data
    if message is not None:
        body[_MESSAGE] = message
    all_headers = {
        _RATE_LIMIT_HEADERS["limit"]: "2000",
        _RATE_LIMIT_HEADERS["remaining"]: "1999",
        _RATE_LIMIT_HEADERS["reset_ms"]: "30000",
        **(headers or {}),
    }
    return httpx.Response(status, json=body, headers=all_headers)
