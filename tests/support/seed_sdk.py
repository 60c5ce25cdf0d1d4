"""Helpers for the tests of the SDK generated from the tests' own copy of the seed page: the
page and its examples, a scripted mock KuCoin, clients wired to it, and wire assertions.

The tests check the generated code against the page (not against the SDK's own tables): the
expected path, query and body of a call are computed here from the IR."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import re
import typing
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pydantic

from generator.config import load_config
from generator.ir.model import Operation as IrOperation
from generator.read.parse import parse_file
from generator.sdk.examples import example_value, request_example
from tests.support.pages import SEED as SPEC
from tests.support.pages import SEED_CONFIG as SPEC_CONFIG

OPERATION_NAMES: list[str] = []  # filled below, once the page is parsed

API_KEY = "test-api-key-0001"
API_SECRET = "s3cr3t-VALUE-that-must-not-leak"
API_PASSPHRASE = "pass-PHRASE-that-must-not-leak"
NOW = 1700000000.0
NOW_MS = "1700000000000"
SUCCESS = "200000"
RATE_HEADERS = {
    "gw-ratelimit-limit": "2000",
    "gw-ratelimit-remaining": "0",
    "gw-ratelimit-reset": "3000",
}
ORDER = {"client_oid": "c1", "side": "buy", "symbol": "XBTUSDTM", "leverage": 3, "size": 1}
"""The inputs of a valid market order."""


# --------------------------------------------------------------------------------------------
# The page, its config and example values
# --------------------------------------------------------------------------------------------


@functools.cache
def ir_operations() -> dict[str, IrOperation]:
    return {op.slug: op for op in parse_file(SPEC).api.operations}


@functools.cache
def config():  # type: ignore[no-untyped-def]
    return load_config(SPEC_CONFIG)


def example_inputs(name: str) -> dict[str, Any]:
    """Inputs by wire name built from the page; a top-level array body is under "items"."""
    return request_example(ir_operations()[name], config())


def example_data(name: str) -> Any:
    """A minimal `data` for the 200 response of `name`, from the documented schema."""
    response = ir_operations()[name].response("200")
    assert response is not None and response.schema is not None
    data_schema = response.schema.find_property("data")
    assert data_schema is not None
    return example_value("", data_schema)


def wire_text(value: Any) -> str:
    """How a scalar value is written in a path or query: booleans as true/false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(wire_text(v) for v in value)
    return str(value)


def expected_wire(name: str, inputs: dict[str, Any]) -> tuple[str, list[tuple[str, str]], Any]:
    """Path (percent-encoded), query pairs and JSON body that `inputs` must produce, from the
    page (not from the SDK's own tables)."""
    op = ir_operations()[name]
    path = re.sub(r"\{([^{}]+)\}", lambda m: quote(wire_text(inputs[m.group(1)]), safe=""), op.path)
    query = [
        (p.name, wire_text(inputs[p.name]))
        for p in op.query_parameters
        if inputs.get(p.name) is not None
    ]
    body: Any = None
    if op.request_body is not None:
        schema = op.request_body.schema
        if schema.type == "array":
            body = inputs["items"]
        else:
            names = {prop.name for prop in schema.properties}
            body = {k: v for k, v in inputs.items() if k in names and v is not None}
    return path, query, body


# --------------------------------------------------------------------------------------------
# A mock KuCoin
# --------------------------------------------------------------------------------------------

Reply = Callable[[httpx.Request], httpx.Response]


def ok(data: Any, headers: dict[str, str] | None = None) -> Reply:
    return lambda request: httpx.Response(
        200, json={"code": SUCCESS, "data": data}, headers=headers
    )


def fail(
    status: int, code: str | None, msg: str = "failed", headers: dict[str, str] | None = None
) -> Reply:
    envelope: dict[str, Any] = {"msg": msg}
    if code is not None:
        envelope["code"] = code
    return lambda request: httpx.Response(status, json=envelope, headers=headers)


def raw(status: int, content: bytes, headers: dict[str, str] | None = None) -> Reply:
    return lambda request: httpx.Response(status, content=content, headers=headers)


def connect_error(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def read_timeout(request: httpx.Request) -> httpx.Response:
    """The request went out; no answer came in time."""
    raise httpx.ReadTimeout("timed out", request=request)


def dropped(request: httpx.Request) -> httpx.Response:
    """The request went out; the connection closed before an answer."""
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.")


class Server:
    """Answers with the given replies in turn (the last one repeats) and records requests."""

    def __init__(self, *replies: Reply) -> None:
        assert replies
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


def make_client(sdk: Any, server: Server, **options: Any) -> tuple[Any, list[float]]:
    options.setdefault("api_key", API_KEY)
    options.setdefault("api_secret", API_SECRET)
    options.setdefault("api_passphrase", API_PASSPHRASE)
    client = sdk.Client(transport=httpx.MockTransport(server), **options)
    sleeps: list[float] = []
    client._sleep = sleeps.append
    client._time = lambda: NOW
    return client, sleeps


def make_async_client(sdk: Any, server: Server, **options: Any) -> tuple[Any, list[float]]:
    options.setdefault("api_key", API_KEY)
    options.setdefault("api_secret", API_SECRET)
    options.setdefault("api_passphrase", API_PASSPHRASE)
    client = sdk.AsyncClient(transport=httpx.MockTransport(server), **options)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client._sleep = sleep
    client._time = lambda: NOW
    return client, sleeps


def hmac_b64(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def assert_signed(
    request: httpx.Request,
    *,
    secret: str = API_SECRET,
    passphrase: str = API_PASSPHRASE,
    key: str = API_KEY,
    timestamp: str = NOW_MS,
) -> None:
    """The KC-API-* headers of `request` are a valid version-3 signature of the bytes sent."""
    headers = request.headers
    assert headers["KC-API-KEY"] == key
    assert headers["KC-API-TIMESTAMP"] == timestamp
    assert headers["KC-API-KEY-VERSION"] == "3"
    assert headers["KC-API-PASSPHRASE"] == hmac_b64(secret, passphrase)
    prehash = (
        timestamp + request.method + request.url.raw_path.decode("ascii") + request.content.decode()
    )
    assert headers["KC-API-SIGN"] == hmac_b64(secret, prehash)


def sent_query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


def sent_body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def assert_wire(request: httpx.Request, name: str, inputs: dict[str, Any]) -> None:
    op = ir_operations()[name]
    path, query, body = expected_wire(name, inputs)
    assert request.method == op.method
    assert request.url.raw_path.split(b"?")[0].decode("ascii") == path
    assert sorted(sent_query(request)) == sorted(query)
    if body is None:
        assert request.content == b""
    else:
        assert sent_body(request) == body
        assert request.headers["Content-Type"] == "application/json"
    assert_signed(request)


def assert_documented_result(sdk: Any, name: str, result: Any, data: Any) -> None:
    """`result` is the documented response type, and every field of `data` landed in a
    documented attribute (none in model_extra)."""
    expected = sdk.OPERATIONS[name].response_type
    if typing.get_origin(expected) is list:
        (item_type,) = typing.get_args(expected)
        assert isinstance(result, list)
        assert len(result) == len(data)
        pairs = list(zip(result, data, strict=True))
    else:
        assert isinstance(result, expected)
        pairs = [(result, data)]
    for model, sent in pairs:
        if typing.get_origin(expected) is list:
            assert isinstance(model, item_type)
        assert isinstance(model, pydantic.BaseModel)
        assert not model.model_extra
        fields = type(model).model_fields
        set_aliases = {fields[attr].alias or attr for attr in model.model_fields_set}
        assert set_aliases == set(sent)


def keyword_arguments(sdk: Any, name: str, inputs: dict[str, Any]) -> dict[str, Any]:
    """The typed method's keyword arguments for inputs given by wire name."""
    attribute = {item.wire: item.attr for item in sdk.OPERATIONS[name].inputs}
    return {attribute[wire]: value for wire, value in inputs.items()}


def call_typed(client: Any, sdk: Any, name: str, inputs: dict[str, Any]) -> Any:
    method = getattr(client, name)
    if sdk.OPERATIONS[name].body == "array":
        return method(inputs["items"])
    return method(**keyword_arguments(sdk, name, inputs))


def call_generic(client: Any, sdk: Any, name: str, inputs: dict[str, Any]) -> Any:
    operation = sdk.OPERATIONS[name]
    if operation.body == "array":
        return client.call(operation, {}, inputs["items"])
    return client.call(operation, keyword_arguments(sdk, name, inputs))


OPERATION_NAMES[:] = sorted(ir_operations())
