"""The committed SDK (generated/kucoin_futures) against a mock KuCoin: every operation, sync and
async, on the wire (method, path, query, body, signature) and back (typed results, errors,
retries, rate limits, pagination, secrets, validation, lenient responses)."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import importlib
import json
import re
import sys
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote

import httpx
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import load_config
from generator.ir.model import Operation as IrOperation
from generator.read.parse import parse_file
from generator.sdk.examples import example_value, request_example

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "spec" / "futures-order.md"
SPEC_CONFIG = REPO / "spec" / "futures-order.yaml"
GENERATED = REPO / "generated"

# The operation names are needed at collection time to parametrize; the `sdk` fixture imports
# the same module from the same place.
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
OPERATION_NAMES = sorted(importlib.import_module("kucoin_futures.operations").OPERATIONS)

API_KEY = "test-api-key-0001"
API_SECRET = "s3cr3t-VALUE-that-must-not-leak"
API_PASSPHRASE = "pass-PHRASE-that-must-not-leak"
NOW = 1700000000.0
NOW_MS = "1700000000000"
SUCCESS = "200000"


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
    client._clock = lambda: NOW
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
    client._clock = lambda: NOW
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
    expected = sdk.OPERATIONS[name].response_model
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
    model = sdk.OPERATIONS[name].request_model
    attribute = {(field.alias or attr): attr for attr, field in model.model_fields.items()}
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
    return client.call(operation, inputs)


# --------------------------------------------------------------------------------------------
# 1. Every operation, sync and async, generic and typed
# --------------------------------------------------------------------------------------------


def test_sdk_has_exactly_the_operations_of_the_page(sdk: Any) -> None:
    assert set(sdk.OPERATIONS) == set(ir_operations())
    for name, op in ir_operations().items():
        assert sdk.OPERATIONS[name].method == op.method
        assert sdk.OPERATIONS[name].path == op.path
        assert callable(getattr(sdk.Client, name))
        assert asyncio.iscoroutinefunction(getattr(sdk.AsyncClient, name))


@pytest.mark.parametrize("via", ["typed", "generic"])
@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_sync_operation_sends_signed_documented_request_and_parses_documented_type(
    sdk: Any, name: str, via: str
) -> None:
    inputs = example_inputs(name)
    data = example_data(name)
    server = Server(ok(data))
    client, sleeps = make_client(sdk, server)
    call = call_typed if via == "typed" else call_generic
    result = call(client, sdk, name, inputs)
    assert len(server.requests) == 1 and sleeps == []
    assert_wire(server.last, name, inputs)
    assert_documented_result(sdk, name, result, data)


@pytest.mark.parametrize("via", ["typed", "generic"])
@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_async_operation_sends_signed_documented_request_and_parses_documented_type(
    sdk: Any, name: str, via: str
) -> None:
    inputs = example_inputs(name)
    data = example_data(name)
    server = Server(ok(data))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            operation = sdk.OPERATIONS[name]
            if via == "generic":
                if operation.body == "array":
                    return await client.call(operation, {}, inputs["items"])
                return await client.call(operation, inputs)
            method = getattr(client, name)
            if operation.body == "array":
                return await method(inputs["items"])
            return await method(**keyword_arguments(sdk, name, inputs))

    result = asyncio.run(run())
    assert len(server.requests) == 1
    assert_wire(server.last, name, inputs)
    assert_documented_result(sdk, name, result, data)


def _operations_with_query() -> list[str]:
    return [name for name, op in sorted(ir_operations().items()) if op.query_parameters]


@pytest.mark.parametrize("name", _operations_with_query())
def test_every_query_parameter_is_sent_by_wire_name_with_its_value(sdk: Any, name: str) -> None:
    op = ir_operations()[name]
    inputs = example_inputs(name)
    for parameter in op.parameters:
        inputs.setdefault(parameter.name, example_value(parameter.name, parameter.schema))
    server = Server(ok(example_data(name)))
    client, _ = make_client(sdk, server)
    call_typed(client, sdk, name, inputs)
    assert {n for n, _ in sent_query(server.last)} == {p.name for p in op.query_parameters}
    assert_wire(server.last, name, inputs)


# --------------------------------------------------------------------------------------------
# 2. Wire details
# --------------------------------------------------------------------------------------------


def test_path_parameter_with_slash_and_space_is_percent_encoded_and_signed(sdk: Any) -> None:
    server = Server(ok(example_data("get_order_by_order_id")))
    client, _ = make_client(sdk, server)
    client.get_order_by_order_id(order_id="a/b c")
    assert server.last.url.raw_path == b"/api/v1/orders/a%2Fb%20c"
    assert_signed(server.last)


def test_path_and_query_parameters_together_are_encoded_and_signed(sdk: Any) -> None:
    server = Server(ok({"clientOid": "x/y z"}))
    client, _ = make_client(sdk, server)
    client.cancel_order_by_client_oid(client_oid="x/y z", symbol="XBT USDTM")
    request = server.last
    assert request.method == "DELETE"
    assert request.url.raw_path.split(b"?")[0] == b"/api/v1/orders/client-order/x%2Fy%20z"
    assert sent_query(request) == [("symbol", "XBT USDTM")]
    assert_signed(request)


@pytest.mark.parametrize("order_id", [".", ".."])
def test_dot_segment_order_id_cannot_escape_its_path(sdk: Any, order_id: str) -> None:
    server = Server(ok({"cancelledOrderIds": []}))
    client, _ = make_client(sdk, server)
    client.cancel_order_by_order_id(order_id=order_id)
    raw_path = server.last.url.raw_path.decode("ascii")
    assert raw_path.startswith("/api/v1/orders/")
    assert unquote(raw_path.removeprefix("/api/v1/orders/")) == order_id


@pytest.mark.parametrize(
    "value", ["a&b=c", "ü€ 中文", "x+y/z?#%", "100%", "semi;colon,comma", "tab\tnew\nline"]
)
def test_query_value_with_reserved_or_non_ascii_chars_is_signed_exactly_as_sent(
    sdk: Any, value: str
) -> None:
    server = Server(ok(example_data("get_order_by_client_oid")))
    client, _ = make_client(sdk, server)
    client.get_order_by_client_oid(client_oid=value)
    request = server.last
    assert request.url.params["clientOid"] == value
    assert list(request.url.params.keys()) == ["clientOid"]
    raw_path = request.url.raw_path.decode("ascii")
    unencoded = f"/api/v1/orders/byClientOid?clientOid={value}"
    assert raw_path != unencoded  # KuCoin's own SDK signs this and gets 400005
    assert_signed(request)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    order_id=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
        lambda s: s not in {".", ".."}
    ),
    symbol=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
)
def test_any_text_in_path_and_query_round_trips_and_is_signed(
    sdk: Any, order_id: str, symbol: str
) -> None:
    server = Server(ok({"clientOid": "x"}))
    client, _ = make_client(sdk, server)
    client.cancel_order_by_client_oid(client_oid=order_id, symbol=symbol)
    request = server.last
    prefix = b"/api/v1/orders/client-order/"
    path = request.url.raw_path.split(b"?")[0]
    assert path.startswith(prefix)
    segment = path.removeprefix(prefix).decode("ascii")
    assert "/" not in segment
    assert unquote(segment) == order_id
    assert request.url.params["symbol"] == symbol
    assert_signed(request)


def test_batch_cancel_is_a_delete_with_a_json_body(sdk: Any) -> None:
    server = Server(ok([{"orderId": "o1", "code": "200", "msg": "ok"}]))
    client, _ = make_client(sdk, server)
    result = client.batch_cancel_orders(
        order_ids_list=["o1", "o2"],
        client_oids_list=[{"symbol": "XBTUSDTM", "clientOid": "c1"}],
    )
    request = server.last
    assert request.method == "DELETE"
    assert request.url.raw_path == b"/api/v1/orders/multi-cancel"
    assert sent_body(request) == {
        "orderIdsList": ["o1", "o2"],
        "clientOidsList": [{"symbol": "XBTUSDTM", "clientOid": "c1"}],
    }
    assert_signed(request)
    assert result[0].order_id == "o1"


def test_batch_add_orders_sends_a_json_array_of_exactly_the_given_fields(sdk: Any) -> None:
    from kucoin_futures.models import BatchAddOrdersItem

    server = Server(ok([{"orderId": "1"}, {"orderId": "2"}]))
    client, _ = make_client(sdk, server)
    items = [
        BatchAddOrdersItem(
            client_oid="c1",
            side="buy",
            symbol="XBTUSDTM",
            leverage=3,
            type="limit",
            price="0.1",
            size=1,
        ),
        {"clientOid": "c2", "side": "sell", "symbol": "XBTUSDTM", "leverage": 5, "valueQty": "10"},
    ]
    result = client.batch_add_orders(items)
    request = server.last
    assert request.method == "POST"
    assert request.url.raw_path == b"/api/v1/orders/multi"
    assert request.content.startswith(b"[")
    assert sent_body(request) == [
        {
            "clientOid": "c1",
            "side": "buy",
            "symbol": "XBTUSDTM",
            "leverage": 3,
            "type": "limit",
            "price": "0.1",
            "size": 1,
        },
        {"clientOid": "c2", "side": "sell", "symbol": "XBTUSDTM", "leverage": 5, "valueQty": "10"},
    ]
    assert_signed(request)
    assert [r.order_id for r in result] == ["1", "2"]


def test_none_arguments_are_not_sent(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}), ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    client.add_order(
        client_oid="c1",
        side="buy",
        symbol="XBTUSDTM",
        leverage=3,
        type="market",
        size=1,
        remark=None,
        price=None,
        stop=None,
        reduce_only=None,
        margin_mode=None,
    )
    assert sent_body(server.last) == {
        "clientOid": "c1",
        "side": "buy",
        "symbol": "XBTUSDTM",
        "leverage": 3,
        "type": "market",
        "size": 1,
    }
    client.call(sdk.OPERATIONS["get_order_list"], {"status": "done", "symbol": None})
    assert sent_query(server.last) == [("status", "done")]
    assert_signed(server.last)


def test_none_fields_of_batch_items_are_not_sent(sdk: Any) -> None:
    from kucoin_futures.models import BatchAddOrdersItem

    server = Server(ok([{"orderId": "1"}]))
    client, _ = make_client(sdk, server)
    item = BatchAddOrdersItem(
        client_oid="c1",
        side="buy",
        symbol="XBTUSDTM",
        leverage=3,
        type="market",
        size=1,
        price=None,
        remark=None,
    )
    client.batch_add_orders([item])
    assert sent_body(server.last) == [
        {
            "clientOid": "c1",
            "side": "buy",
            "symbol": "XBTUSDTM",
            "leverage": 3,
            "type": "market",
            "size": 1,
        },
    ]


def test_no_documented_default_is_sent_when_the_caller_did_not_set_it(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.add_order(client_oid="c1", side="buy", symbol="XBTUSDTM", leverage=3, qty="0.01")
    body = sent_body(server.last)
    assert body == {
        "clientOid": "c1",
        "side": "buy",
        "symbol": "XBTUSDTM",
        "leverage": 3,
        "qty": "0.01",
    }
    for defaulted in (
        "type",
        "reduceOnly",
        "closeOrder",
        "forceHold",
        "marginMode",
        "timeInForce",
        "postOnly",
        "hidden",
        "iceberg",
    ):
        assert defaulted not in body


def test_false_and_enum_arguments_the_caller_set_are_sent(sdk: Any) -> None:
    from kucoin_futures.enums import MarginMode, TimeInForce

    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.add_order(
        client_oid="c1",
        side="sell",
        symbol="XBTUSDTM",
        leverage=3,
        type="limit",
        price="1",
        size=2,
        reduce_only=False,
        margin_mode=MarginMode.CROSS,
        time_in_force=TimeInForce.IOC,
        remark="ünïcode ✓",
    )
    assert sent_body(server.last) == {
        "clientOid": "c1",
        "side": "sell",
        "symbol": "XBTUSDTM",
        "leverage": 3,
        "type": "limit",
        "price": "1",
        "size": 2,
        "reduceOnly": False,
        "marginMode": "CROSS",
        "timeInForce": "IOC",
        "remark": "ünïcode ✓",
    }
    assert_signed(server.last)  # the signature covers the UTF-8 body as sent


def test_boolean_query_values_are_sent_as_true_and_false(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page has no boolean query parameter: probe the generic path with one.
    from kucoin_futures import models

    class ProbeRequest(models.RequestModel):  # type: ignore[name-defined,misc]
        flag: bool | None = None
        other_flag: bool | None = pydantic.Field(default=None, alias="otherFlag")

    monkeypatch.setitem(models.REQUEST_MODELS, "probe", ProbeRequest)  # type: ignore[index]
    monkeypatch.setitem(models.RESPONSE_TYPES, "probe", models.AddOrderData)  # type: ignore[index]
    probe = sdk.Operation(
        name="probe",
        method="GET",
        path="/api/v1/probe",
        summary="Probe",
        query_params=("flag", "otherFlag"),
    )
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.call(probe, {"flag": True, "otherFlag": False})
    assert server.last.url.raw_path == b"/api/v1/probe?flag=true&otherFlag=false"
    assert_signed(server.last)


def test_get_without_arguments_sends_no_query_and_no_body(sdk: Any) -> None:
    server = Server(ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    client.get_order_list()
    assert server.last.url.raw_path == b"/api/v1/orders"
    assert server.last.content == b""
    assert_signed(server.last)


# --------------------------------------------------------------------------------------------
# 3. Errors
# --------------------------------------------------------------------------------------------


def test_code_400100_raises_invalid_parameters_error_with_details(sdk: Any) -> None:
    server = Server(fail(400, "400100", "Parameter error", {"X-Trace": "t-1"}))
    client, sleeps = make_client(sdk, server)
    with pytest.raises(sdk.InvalidParametersError) as caught:
        client.get_open_order_value(symbol="XBTUSDTM")
    error = caught.value
    assert isinstance(error, sdk.KucoinAPIError) and isinstance(error, sdk.KucoinError)
    assert error.code == "400100"
    assert error.msg == "Parameter error"
    assert error.http_status == 400
    assert error.headers["x-trace"] == "t-1"
    assert "400100" in str(error) and "Parameter error" in str(error)
    assert len(server.requests) == 1 and sleeps == []


def test_error_code_in_an_http_200_envelope_is_raised(sdk: Any) -> None:
    server = Server(fail(200, "400100", "bad symbol"))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.InvalidParametersError) as caught:
        client.get_open_order_value(symbol="NOPE")
    assert caught.value.http_status == 200


@pytest.mark.parametrize(
    "code", ["400001", "400002", "400003", "400004", "400005", "400006", "400007"]
)
def test_authentication_codes_raise_authentication_error(sdk: Any, code: str) -> None:
    server = Server(fail(401, code, "Invalid signature"))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.add_order(client_oid="c1", side="buy", symbol="XBTUSDTM", leverage=3, size=1)
    assert caught.value.code == code
    assert caught.value.msg == "Invalid signature"
    assert caught.value.http_status == 401


RATE_HEADERS = {
    "gw-ratelimit-limit": "2000",
    "gw-ratelimit-remaining": "0",
    "gw-ratelimit-reset": "3000",
}


@pytest.mark.parametrize(
    ("status", "code"),
    [(429, "429000"), (200, "429000"), (429, None)],
    ids=["http429-code429000", "http200-code429000", "http429-no-code"],
)
def test_rate_limiting_raises_rate_limit_error_with_parsed_headers(
    sdk: Any, status: int, code: str | None
) -> None:
    server = Server(fail(status, code, "Too many requests", RATE_HEADERS))
    client, _ = make_client(sdk, server, max_retries=0)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.get_order_list()
    error = caught.value
    assert error.code == code
    assert error.http_status == status
    assert error.rate_limit == sdk.RateLimit(limit=2000, remaining=0, reset_ms=3000)


def test_unknown_code_raises_plain_kucoin_api_error(sdk: Any) -> None:
    server = Server(fail(400, "123456", "Something new"))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinAPIError) as caught:
        client.get_order_list()
    assert type(caught.value) is sdk.KucoinAPIError
    assert caught.value.code == "123456"
    assert caught.value.msg == "Something new"


@pytest.mark.parametrize(
    "reply",
    [raw(200, b""), raw(200, b"   \n"), raw(200, b"<html>gateway</html>"), raw(400, b"oops{")],
    ids=["empty", "blank", "html", "broken-json"],
)
def test_empty_or_non_json_body_raises_transport_error(sdk: Any, reply: Reply) -> None:
    server = Server(reply)
    client, sleeps = make_client(sdk, server)
    with pytest.raises(sdk.KucoinTransportError) as caught:
        client.get_order_list()
    assert caught.value.http_status in (200, 400)
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize(
    ("name", "kwargs", "data"),
    [
        ("get_order_by_order_id", {"order_id": "1"}, [{"id": "1"}]),
        ("get_order_by_order_id", {"order_id": "1"}, "not an object"),
        ("get_order_by_order_id", {"order_id": "1"}, None),
        ("get_recent_closed_orders", {}, {"id": "1"}),
        ("get_recent_closed_orders", {}, ["not an object"]),
        ("get_order_list", {}, {"items": {"id": "1"}}),
    ],
    ids=[
        "list-for-object",
        "string-for-object",
        "null-for-object",
        "object-for-list",
        "string-item",
        "object-for-items",
    ],
)
def test_data_of_the_wrong_shape_raises_response_error(
    sdk: Any, name: str, kwargs: dict[str, Any], data: Any
) -> None:
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinResponseError) as caught:
        getattr(client, name)(**kwargs)
    assert name in str(caught.value)
    assert len(server.requests) == 1


def test_connect_error_raises_transport_error(sdk: Any) -> None:
    server = Server(connect_error)
    client, sleeps = make_client(sdk, server, max_retries=0)
    with pytest.raises(sdk.KucoinTransportError) as caught:
        client.get_order_list()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.http_status is None
    assert len(server.requests) == 1 and sleeps == []


def test_async_errors_are_the_same_types(sdk: Any) -> None:
    async def run() -> None:
        for reply, error_type in [
            (fail(400, "400100"), sdk.InvalidParametersError),
            (fail(401, "400005"), sdk.AuthenticationError),
            (raw(200, b""), sdk.KucoinTransportError),
            (ok("text"), sdk.KucoinResponseError),
            (connect_error, sdk.KucoinTransportError),
        ]:
            server = Server(reply)
            client, _ = make_async_client(sdk, server, max_retries=0)
            async with client:
                with pytest.raises(error_type):
                    await client.get_order_by_order_id(order_id="1")
            assert len(server.requests) == 1

    asyncio.run(run())


# --------------------------------------------------------------------------------------------
# 4. Retries
# --------------------------------------------------------------------------------------------


def test_get_is_retried_after_503_with_growing_backoff(sdk: Any) -> None:
    data = example_data("get_order_list")
    server = Server(fail(503, "500000"), raw(503, b""), ok(data))
    client, sleeps = make_client(sdk, server, max_retries=2)
    result = client.get_order_list(status="active")
    assert isinstance(result, sdk.OPERATIONS["get_order_list"].response_model)
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    assert 0 < sleeps[0] < sleeps[1]
    for request in server.requests:
        assert request.url.raw_path == b"/api/v1/orders?status=active"
        assert_signed(request)


def test_get_that_exhausts_max_retries_raises_the_last_error(sdk: Any) -> None:
    server = Server(fail(503, "500000", "busy"))
    client, sleeps = make_client(sdk, server, max_retries=3)
    with pytest.raises(sdk.KucoinAPIError) as caught:
        client.get_order_list()
    assert caught.value.http_status == 503
    assert len(server.requests) == 4
    assert len(sleeps) == 3
    assert sleeps == sorted(sleeps)


def test_max_retries_zero_sends_once(sdk: Any) -> None:
    server = Server(fail(502, "500000"))
    client, sleeps = make_client(sdk, server, max_retries=0)
    with pytest.raises(sdk.KucoinAPIError):
        client.get_order_list()
    assert len(server.requests) == 1 and sleeps == []


def test_get_is_retried_after_connect_error(sdk: Any) -> None:
    server = Server(connect_error, ok(example_data("get_order_list")))
    client, sleeps = make_client(sdk, server)
    client.get_order_list()
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_rate_limited_get_waits_until_the_quota_resets(sdk: Any) -> None:
    server = Server(
        fail(429, "429000", "Too many requests", RATE_HEADERS), ok(example_data("get_order_list"))
    )
    client, sleeps = make_client(sdk, server)
    client.get_order_list()
    assert len(server.requests) == 2
    assert len(sleeps) == 1
    assert sleeps[0] >= 3.0


def test_client_errors_are_not_retried(sdk: Any) -> None:
    server = Server(fail(400, "400100"))
    client, sleeps = make_client(sdk, server)
    with pytest.raises(sdk.InvalidParametersError):
        client.cancel_all_orders(symbol="XBTUSDTM")
    assert len(server.requests) == 1 and sleeps == []


ORDER = {"client_oid": "c1", "side": "buy", "symbol": "XBTUSDTM", "leverage": 3, "size": 1}


def test_post_order_hit_by_503_is_sent_exactly_once(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinAPIError) as caught:
        client.add_order(**ORDER)
    assert caught.value.http_status == 503
    assert len(server.requests) == 1 and sleeps == []


def test_post_order_hit_by_rate_limit_is_sent_exactly_once(sdk: Any) -> None:
    server = Server(fail(429, "429000", "slow down", RATE_HEADERS), ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server)
    with pytest.raises(sdk.RateLimitError):
        client.add_order(**ORDER)
    assert len(server.requests) == 1 and sleeps == []


def test_post_order_is_retried_when_retry_all_methods(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, retry_all_methods=True)
    result = client.add_order(**ORDER)
    assert result.order_id == "1"
    assert len(server.requests) == 2 and len(sleeps) == 1
    assert server.requests[0].content == server.requests[1].content
    for request in server.requests:
        assert_signed(request)


def test_post_order_hit_by_connect_error_is_not_retried(sdk: Any) -> None:
    server = Server(connect_error, ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinTransportError) as caught:
        client.add_order(**ORDER)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(server.requests) == 1 and sleeps == []


def test_every_retry_is_signed_again_with_a_fresh_timestamp(sdk: Any) -> None:
    server = Server(fail(503, "500000"), fail(500, "500000"), ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    clock = iter([NOW, NOW + 1.5, NOW + 3.25])
    client._clock = lambda: next(clock)
    client.get_order_list(symbol="XBTUSDTM")
    assert len(server.requests) == 3
    stamps = [r.headers["KC-API-TIMESTAMP"] for r in server.requests]
    assert stamps == ["1700000000000", "1700000001500", "1700000003250"]
    for request, stamp in zip(server.requests, stamps, strict=True):
        assert_signed(request, timestamp=stamp)


def test_every_retry_is_signed_even_with_the_same_timestamp(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    client.get_order_list()
    assert len(server.requests) == 2
    for request in server.requests:
        assert "KC-API-SIGN" in request.headers
        assert_signed(request)


def test_async_get_is_retried_with_async_sleep(sdk: Any) -> None:
    server = Server(fail(503, "500000"), connect_error, ok(example_data("get_order_list")))

    async def run() -> tuple[Any, list[float]]:
        client, sleeps = make_async_client(sdk, server)
        async with client:
            return await client.get_order_list(), sleeps

    result, sleeps = asyncio.run(run())
    assert isinstance(result, sdk.OPERATIONS["get_order_list"].response_model)
    assert len(server.requests) == 3
    assert len(sleeps) == 2 and sleeps[0] < sleeps[1]
    for request in server.requests:
        assert_signed(request)


def test_async_post_is_not_retried(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok({"orderId": "1"}))

    async def run() -> list[float]:
        client, sleeps = make_async_client(sdk, server)
        async with client:
            with pytest.raises(sdk.KucoinAPIError):
                await client.add_order(**ORDER)
        return sleeps

    assert asyncio.run(run()) == []
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------------
# 5. Rate limit
# --------------------------------------------------------------------------------------------


def test_rate_limit_reflects_the_last_response(sdk: Any) -> None:
    data = example_data("get_open_order_value")
    server = Server(
        ok(
            data,
            {
                "gw-ratelimit-limit": "2000",
                "gw-ratelimit-remaining": "1999",
                "gw-ratelimit-reset": "29000",
            },
        ),
        ok(
            data,
            {
                "gw-ratelimit-limit": "2000",
                "gw-ratelimit-remaining": "1990",
                "gw-ratelimit-reset": "12000",
            },
        ),
        fail(400, "400100", headers={"gw-ratelimit-remaining": "1989"}),
        ok(data),
    )
    client, _ = make_client(sdk, server)
    assert client.rate_limit == sdk.RateLimit()
    client.get_open_order_value(symbol="XBTUSDTM")
    assert client.rate_limit == sdk.RateLimit(limit=2000, remaining=1999, reset_ms=29000)
    client.get_open_order_value(symbol="XBTUSDTM")
    assert client.rate_limit == sdk.RateLimit(limit=2000, remaining=1990, reset_ms=12000)
    with pytest.raises(sdk.InvalidParametersError):
        client.get_open_order_value(symbol="XBTUSDTM")
    assert client.rate_limit == sdk.RateLimit(remaining=1989)
    client.get_open_order_value(symbol="XBTUSDTM")
    assert client.rate_limit == sdk.RateLimit()


def test_async_rate_limit_reflects_the_last_response(sdk: Any) -> None:
    server = Server(ok(example_data("get_open_order_value"), RATE_HEADERS))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            await client.get_open_order_value(symbol="XBTUSDTM")
            return client.rate_limit

    assert asyncio.run(run()) == sdk.RateLimit(limit=2000, remaining=0, reset_ms=3000)


# --------------------------------------------------------------------------------------------
# 6. Pagination
# --------------------------------------------------------------------------------------------


def paged_orders(pages: dict[int, list[str]], total_page: int | None) -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["currentPage"])
        items = [{"id": order_id, "symbol": "XBTUSDTM"} for order_id in pages.get(page, [])]
        data = {
            "currentPage": page,
            "pageSize": 2,
            "totalNum": 5,
            "totalPage": total_page,
            "items": items,
        }
        return httpx.Response(200, json={"code": SUCCESS, "data": data})

    return reply


THREE_PAGES = {1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}


def test_iter_get_order_list_walks_every_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    items = list(client.iter_get_order_list(status="done", page_size=2))
    assert [item.id for item in items] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(item, pydantic.BaseModel) for item in items)
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2", "3"]
    for request in server.requests:
        assert request.url.params["status"] == "done"
        assert request.url.params["pageSize"] == "2"
        assert_signed(request)


def test_iter_get_order_list_is_lazy(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    iterator: Iterator[Any] = client.iter_get_order_list()
    assert server.requests == []
    assert next(iterator).id == "a"
    assert len(server.requests) == 1


def test_iter_get_order_list_stops_at_an_empty_page(sdk: Any) -> None:
    server = Server(paged_orders({1: ["a", "b"], 2: [], 3: ["never"]}, total_page=9))
    client, _ = make_client(sdk, server)
    assert [item.id for item in client.iter_get_order_list()] == ["a", "b"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2"]


def test_iter_get_order_list_starts_at_the_given_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))
    client, _ = make_client(sdk, server)
    assert [item.id for item in client.iter_get_order_list(current_page=2)] == ["c", "d", "e"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["2", "3"]


def test_async_iter_get_order_list_walks_every_page(sdk: Any) -> None:
    server = Server(paged_orders(THREE_PAGES, total_page=3))

    async def run() -> list[str]:
        client, _ = make_async_client(sdk, server)
        async with client:
            return [item.id async for item in client.iter_get_order_list()]

    assert asyncio.run(run()) == ["a", "b", "c", "d", "e"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2", "3"]


def test_async_iter_get_order_list_stops_at_an_empty_page(sdk: Any) -> None:
    server = Server(paged_orders({1: ["a"], 2: []}, total_page=50))

    async def run() -> list[str]:
        client, _ = make_async_client(sdk, server)
        async with client:
            return [item.id async for item in client.iter_get_order_list()]

    assert asyncio.run(run()) == ["a"]
    assert [r.url.params["currentPage"] for r in server.requests] == ["1", "2"]


# --------------------------------------------------------------------------------------------
# 7. Secrets and credentials
# --------------------------------------------------------------------------------------------


def assert_no_secret(text: str) -> None:
    assert API_SECRET not in text
    assert API_PASSPHRASE not in text


def test_secrets_never_appear_in_reprs(sdk: Any) -> None:
    server = Server(ok({}))
    client, _ = make_client(sdk, server)
    assert_no_secret(repr(client))
    assert_no_secret(repr(client._credentials))
    assert_no_secret(str(client._credentials))
    assert_no_secret(repr(vars(client)))
    async_client, _ = make_async_client(sdk, server)
    assert_no_secret(repr(async_client))
    assert_no_secret(repr(async_client._credentials))


@pytest.mark.parametrize(
    "reply",
    [
        fail(400, "400100"),
        fail(401, "400005"),
        fail(429, "429000", headers=RATE_HEADERS),
        fail(418, "999999"),
        raw(200, b""),
        raw(200, b"nope"),
        ok([1, 2]),
        connect_error,
    ],
    ids=["params", "auth", "ratelimit", "unknown", "empty", "non-json", "shape", "connect"],
)
def test_secrets_never_appear_in_raised_errors(sdk: Any, reply: Reply) -> None:
    server = Server(reply)
    client, _ = make_client(sdk, server, max_retries=0)
    with pytest.raises(sdk.KucoinError) as caught:
        client.get_order_by_order_id(order_id="1")
    assert_no_secret(str(caught.value))
    assert_no_secret(repr(caught.value))
    assert_no_secret(repr(getattr(caught.value, "headers", "")))


def test_secrets_are_never_sent_in_clear(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.add_order(**ORDER)
    request = server.last
    everything = str(request.url) + repr(dict(request.headers)) + request.content.decode()
    assert_no_secret(everything)


def test_credentials_come_from_the_environment(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUCOIN_API_KEY", "env-key")
    monkeypatch.setenv("KUCOIN_API_SECRET", "env-secret")
    monkeypatch.setenv("KUCOIN_API_PASSPHRASE", "env-pass")
    server = Server(ok(example_data("get_order_list")))
    client = sdk.Client(transport=httpx.MockTransport(server))
    client._clock = lambda: NOW
    client.get_order_list()
    assert_signed(server.last, key="env-key", secret="env-secret", passphrase="env-pass")
    assert "env-secret" not in repr(client._credentials)


def test_async_credentials_come_from_the_environment(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KUCOIN_API_KEY", "env-key")
    monkeypatch.setenv("KUCOIN_API_SECRET", "env-secret")
    monkeypatch.setenv("KUCOIN_API_PASSPHRASE", "env-pass")
    server = Server(ok(example_data("get_order_list")))

    async def run() -> None:
        async with sdk.AsyncClient(transport=httpx.MockTransport(server)) as client:
            client._clock = lambda: NOW
            await client.get_order_list()

    asyncio.run(run())
    assert_signed(server.last, key="env-key", secret="env-secret", passphrase="env-pass")


def test_explicit_credentials_win_over_the_environment(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KUCOIN_API_KEY", "env-key")
    monkeypatch.setenv("KUCOIN_API_SECRET", "env-secret")
    monkeypatch.setenv("KUCOIN_API_PASSPHRASE", "env-pass")
    server = Server(ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    client.get_order_list()
    assert_signed(server.last)


def test_without_credentials_no_kc_api_headers_are_sent(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("KUCOIN_API_KEY", "KUCOIN_API_SECRET", "KUCOIN_API_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    server = Server(ok(example_data("get_order_list")))
    client = sdk.Client(transport=httpx.MockTransport(server))
    client.get_order_list()
    assert not [h for h in server.last.headers if h.lower().startswith("kc-api-")]

    async def run() -> None:
        async with sdk.AsyncClient(transport=httpx.MockTransport(server)) as async_client:
            await async_client.get_order_list()

    asyncio.run(run())
    assert len(server.requests) == 2
    assert not [h for h in server.last.headers if h.lower().startswith("kc-api-")]


# --------------------------------------------------------------------------------------------
# 8. Request validation
# --------------------------------------------------------------------------------------------


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should be sent, got {request.method} {request.url}")


def test_unknown_keyword_is_a_type_error(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    with pytest.raises(TypeError):
        client.add_order(**ORDER, not_a_field=1)
    with pytest.raises(TypeError):
        client.get_order_list(clientOid="wire names are not keywords")
    assert server.requests == []


def test_unknown_wire_name_on_the_generic_path_is_rejected(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    with pytest.raises(pydantic.ValidationError):
        client.call(sdk.OPERATIONS["get_order_list"], {"status": "done", "bogus": 1})
    assert server.requests == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"type": "limit"}, "price must be set when type is limit"),
        ({"qty": "0.1"}, "set exactly one of size, qty, valueQty"),
        ({"size": None}, "set exactly one of size, qty, valueQty"),
        (
            {"type": "limit", "price": "1", "post_only": True, "hidden": True},
            "hidden or iceberg cannot be used when postOnly is true",
        ),
        (
            {"type": "limit", "price": "1", "post_only": True, "iceberg": True},
            "hidden or iceberg cannot be used when postOnly is true",
        ),
        ({"stop": "up"}, "stopPrice and stopPriceType must be set when stop is set"),
        ({"side": None}, "side is required unless closeOrder is true"),
        ({"leverage": None}, "leverage is required unless closeOrder is true"),
    ],
    ids=[
        "limit-without-price",
        "size-and-qty",
        "no-size",
        "postonly-hidden",
        "postonly-iceberg",
        "stop-without-price",
        "no-side",
        "no-leverage",
    ],
)
@pytest.mark.parametrize("operation", ["add_order", "add_order_test"])
def test_documented_rule_violation_is_rejected_before_sending(
    sdk: Any, operation: str, changes: dict[str, Any], message: str
) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    arguments = {**ORDER, "type": "market", **changes}
    with pytest.raises(pydantic.ValidationError) as caught:
        getattr(client, operation)(**arguments)
    assert message in str(caught.value)
    assert server.requests == []


def test_rule_violation_in_a_batch_item_is_rejected_before_sending(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    item = {
        "clientOid": "c1",
        "side": "buy",
        "symbol": "XBTUSDTM",
        "leverage": 3,
        "type": "limit",
        "size": 1,
    }
    with pytest.raises(pydantic.ValidationError) as caught:
        client.batch_add_orders([item])
    assert "price must be set when type is limit" in str(caught.value)
    assert server.requests == []


def test_postonly_with_hidden_false_is_allowed(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.add_order(**ORDER, type="limit", price="1", post_only=True, hidden=False)
    assert sent_body(server.last)["postOnly"] is True
    assert sent_body(server.last)["hidden"] is False


def test_close_order_needs_no_side_size_or_leverage(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.add_order(client_oid="close-1", symbol="XBTUSDTM", close_order=True, type="market")
    assert sent_body(server.last) == {
        "clientOid": "close-1",
        "symbol": "XBTUSDTM",
        "closeOrder": True,
        "type": "market",
    }
    assert b'"closeOrder":true' in server.last.content
    assert_signed(server.last)


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("add_order", {**ORDER, "client_oid": "x" * 41}),
        ("get_order_by_client_oid", {"client_oid": "x" * 41}),
        ("cancel_order_by_client_oid", {"client_oid": "x" * 41, "symbol": "XBTUSDTM"}),
        ("get_order_list", {"page_size": 1001}),
        ("get_order_list", {"page_size": 0}),
        ("get_trade_history", {"page_size": 1001}),
        ("add_order", {**ORDER, "remark": "r" * 101}),
        ("get_order_list", {"status": "not-a-status"}),
        ("add_order", {**ORDER, "side": "sideways"}),
        ("add_order", {**ORDER, "size": "one"}),
    ],
    ids=[
        "clientOid-41",
        "get-clientOid-41",
        "cancel-clientOid-41",
        "pageSize-1001",
        "pageSize-0",
        "fills-pageSize-1001",
        "remark-101",
        "bad-enum-query",
        "bad-enum-body",
        "size-not-int",
    ],
)
def test_out_of_bounds_input_is_rejected_before_sending(
    sdk: Any, name: str, kwargs: dict[str, Any]
) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    with pytest.raises(pydantic.ValidationError):
        getattr(client, name)(**kwargs)
    assert server.requests == []


def test_bounds_are_inclusive(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}), ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    client.add_order(**{**ORDER, "client_oid": "x" * 40})
    assert sent_body(server.last)["clientOid"] == "x" * 40
    client.get_order_list(page_size=1000)
    assert server.last.url.params["pageSize"] == "1000"


def test_async_validation_failure_sends_nothing(sdk: Any) -> None:
    server = Server(never_called)

    async def run() -> None:
        client, _ = make_async_client(sdk, server)
        async with client:
            with pytest.raises(pydantic.ValidationError, match="price must be set"):
                await client.add_order(**ORDER, type="limit")
            with pytest.raises(pydantic.ValidationError):
                await client.get_order_list(page_size=1001)
            with pytest.raises(TypeError):
                await client.get_order_list(bogus=1)

    asyncio.run(run())
    assert server.requests == []


# --------------------------------------------------------------------------------------------
# 9. Response tolerance
# --------------------------------------------------------------------------------------------


def get_order(sdk: Any, data: Any) -> Any:
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    return client.get_order_by_order_id(order_id="1")


def get_order_from_json(sdk: Any, data_json: str) -> Any:
    """The order parsed from `data` given as exact JSON text (Python floats would be
    re-serialised and lose the digits under test)."""
    envelope = '{"code": "200000", "data": ' + data_json + "}"
    server = Server(raw(200, envelope.encode(), {"Content-Type": "application/json"}))
    client, _ = make_client(sdk, server)
    return client.get_order_by_order_id(order_id="1")


def test_unknown_response_field_is_kept(sdk: Any) -> None:
    order = get_order(sdk, {"id": "1", "brandNewField": {"nested": [1, 2]}})
    assert order.id == "1"
    assert order.model_extra == {"brandNewField": {"nested": [1, 2]}}


def test_unknown_enum_value_is_kept_as_text(sdk: Any) -> None:
    from kucoin_futures.enums import AddOrderType, Side

    order = get_order(sdk, {"type": "brand_new", "side": "buy", "marginMode": "PORTFOLIO"})
    assert order.type == "brand_new"
    assert type(order.type) is str
    assert order.margin_mode == "PORTFOLIO"
    assert order.side is Side.BUY
    assert get_order(sdk, {"type": "limit"}).type is AddOrderType.LIMIT


def test_unknown_enum_value_is_kept_in_list_items(sdk: Any) -> None:
    server = Server(ok([{"tradeType": "funding", "liquidity": "both", "side": "sell"}]))
    client, _ = make_client(sdk, server)
    (fill,) = client.get_recent_trade_history()
    assert fill.trade_type == "funding"
    assert fill.liquidity == "both"
    assert fill.side == "sell"


def test_null_or_missing_documented_field_is_none(sdk: Any) -> None:
    order = get_order(sdk, {"id": None, "price": None, "stopPrice": None, "size": None})
    assert order.id is None
    assert order.price is None
    assert order.stop_price is None
    assert order.size is None
    assert order.symbol is None  # missing
    assert order.created_at is None  # missing
    empty = get_order(sdk, {})
    assert empty.id is None and empty.model_extra == {}


def test_number_where_text_is_documented_becomes_text(sdk: Any) -> None:
    order = get_order(
        sdk, {"id": 12345, "price": 30000.5, "value": 100, "dealValue": 0.1, "symbol": 7}
    )
    assert order.id == "12345"
    assert order.price == "30000.5"
    assert order.value == "100"
    assert order.deal_value == "0.1"
    assert order.symbol == "7"


def test_money_fields_stay_text_never_float(sdk: Any) -> None:
    order = get_order_from_json(
        sdk,
        '{"price": "0.1", "value": 0.3, "dealValue": "12345678901234567890.12",'
        ' "avgDealPrice": 1.10, "filledValue": 123456789.123456789, "openOrderCost": 5}',
    )
    for attribute in ("price", "value", "deal_value", "avg_deal_price", "filled_value"):
        assert type(getattr(order, attribute)) is str, attribute
    assert order.price == "0.1"
    assert order.value == "0.3"
    assert order.deal_value == "12345678901234567890.12"
    assert order.avg_deal_price == "1.10"  # the digits as written, trailing zero kept
    assert order.filled_value == "123456789.123456789"  # beyond a float's precision
    assert not any(isinstance(v, float) for v in order.model_dump().values())


def test_small_money_number_is_kept_as_written(sdk: Any) -> None:
    order = get_order_from_json(sdk, '{"price": 0.00000010, "value": 0.0000001}')
    assert order.price == "0.00000010"
    assert order.value == "0.0000001"


def test_json_float_under_a_number_field_becomes_exact_decimal(sdk: Any) -> None:
    order = get_order_from_json(sdk, '{"stopPrice": 0.1}')
    assert type(order.stop_price) is Decimal
    assert order.stop_price == Decimal("0.1")  # not Decimal(0.1), the float's binary value
    big = get_order_from_json(sdk, '{"stopPrice": 12345678901234567890.123456789}')
    assert big.stop_price == Decimal("12345678901234567890.123456789")
    text = get_order(sdk, {"stopPrice": "30000.50"})
    assert text.stop_price == Decimal("30000.50")
    integer = get_order(sdk, {"stopPrice": 30000})
    assert integer.stop_price == Decimal(30000)
    assert not any(isinstance(v, float) for v in big.model_dump().values())


def test_integer_fields_accept_integers_and_numeric_text(sdk: Any) -> None:
    order = get_order(
        sdk, {"size": 3, "createdAt": "1700000000000", "orderTime": 1700000000000000000}
    )
    assert order.size == 3
    assert order.created_at == 1700000000000
    assert order.order_time == 1700000000000000000


def test_async_response_tolerance_is_the_same(sdk: Any) -> None:
    server = Server(ok({"type": "brand_new", "price": 1.5, "stopPrice": 0.1, "extra": True}))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            return await client.get_order_by_order_id(order_id="1")

    order = asyncio.run(run())
    assert order.type == "brand_new"
    assert order.price == "1.5"
    assert order.stop_price == Decimal("0.1")
    assert order.model_extra == {"extra": True}


# --------------------------------------------------------------------------------------------
# 10. Context managers
# --------------------------------------------------------------------------------------------


def test_sync_client_is_a_context_manager_that_closes_its_http_client(sdk: Any) -> None:
    server = Server(ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    with client as entered:
        assert entered is client
        entered.get_order_list()
        assert not client._http.is_closed
    assert client._http.is_closed
    assert len(server.requests) == 1


def test_sync_client_closes_on_error_inside_the_block(sdk: Any) -> None:
    server = Server(fail(400, "400100"))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.InvalidParametersError), client:
        client.get_order_list()
    assert client._http.is_closed


def test_sync_client_close(sdk: Any) -> None:
    client, _ = make_client(sdk, Server(ok({})))
    client.close()
    assert client._http.is_closed


def test_async_client_is_a_context_manager_that_closes_its_http_client(sdk: Any) -> None:
    server = Server(ok(example_data("get_order_list")))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client as entered:
            assert entered is client
            await entered.get_order_list()
            assert not client._http.is_closed
        return client

    client = asyncio.run(run())
    assert client._http.is_closed
    assert len(server.requests) == 1


def test_async_client_aclose(sdk: Any) -> None:
    async def run() -> Any:
        client, _ = make_async_client(sdk, Server(ok({})))
        await client.aclose()
        return client

    assert asyncio.run(run())._http.is_closed


def test_a_429_without_a_json_body_is_still_a_rate_limit_error(sdk: Any) -> None:
    server = Server(raw(429, b"<html>Too Many Requests</html>", RATE_HEADERS))
    client, _ = make_client(sdk, server, max_retries=0)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.get_order_list()
    assert caught.value.http_status == 429
    assert caught.value.code is None
    assert caught.value.rate_limit.reset_ms is not None


def test_a_502_html_page_is_a_transport_error_that_get_retries(sdk: Any) -> None:
    server = Server(raw(502, b"<html>Bad Gateway</html>"), ok(example_data("get_order_list")))
    client, sleeps = make_client(sdk, server)
    client.get_order_list()
    assert len(server.requests) == 2 and len(sleeps) == 1


@pytest.mark.parametrize(
    "given",
    [
        {"api_key": "k"},
        {"api_key": "k", "api_secret": "s"},
        {"api_secret": "s", "api_passphrase": "p"},
    ],
)
def test_partial_credentials_are_refused_instead_of_sending_unsigned_requests(
    sdk: Any, given: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("KUCOIN_API_KEY", "KUCOIN_API_SECRET", "KUCOIN_API_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValueError, match="must be given together"):
        sdk.Client(**given)
    with pytest.raises(ValueError, match="must be given together"):
        sdk.AsyncClient(**given)
