"""Error answers and unreadable answers become the documented error classes."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    RATE_HEADERS,
    Reply,
    Server,
    connect_error,
    fail,
    make_async_client,
    make_client,
    ok,
    raw,
)


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
def test_data_of_another_shape_than_documented_is_returned_as_sent(
    sdk: Any, name: str, kwargs: dict[str, Any], data: Any
) -> None:
    # The API answered with its success code: the call must return, never raise (a program
    # that retries on errors would place the order twice).
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    result = getattr(client, name)(**kwargs)
    if isinstance(data, dict) and "items" in data:
        assert result.items == data["items"]
    elif isinstance(data, list) and data and isinstance(data[0], str):
        assert result == data
    elif data is None:
        assert result is None
    elif not isinstance(data, dict):
        assert result == data
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
            (raw(200, b"[1, 2]"), sdk.KucoinResponseError),
            (connect_error, sdk.KucoinTransportError),
        ]:
            server = Server(reply)
            client, _ = make_async_client(sdk, server, max_retries=0)
            async with client:
                with pytest.raises(error_type):
                    await client.get_order_by_order_id(order_id="1")
            assert len(server.requests) == 1

    asyncio.run(run())
