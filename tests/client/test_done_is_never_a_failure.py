"""A call the API answered with its success code never raises: a program that retries on an
exception would place the order twice. Scenarios seen on the live API, which is looser than
its documentation."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import time
import tracemalloc
from collections.abc import Iterator
from decimal import Decimal
from importlib import import_module
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    ORDER,
    Server,
    example_data,
    make_async_client,
    make_client,
    ok,
    raw,
)

# Every operation that places or cancels something, called with valid inputs.
ACTIONS: list[tuple[str, dict[str, Any]]] = [
    ("add_order", ORDER),
    ("cancel_order_by_order_id", {"order_id": "1"}),
    ("cancel_order_by_client_oid", {"client_oid": "c1", "symbol": "XBTUSDTM"}),
    ("cancel_all_orders", {"symbol": "XBTUSDTM"}),
    ("cancel_all_orders_v1", {}),
    ("batch_cancel_orders", {"order_ids_list": ["1", "2"]}),
    ("get_order_by_client_oid", {"client_oid": "c1"}),
]


@pytest.mark.parametrize(("name", "kwargs"), ACTIONS, ids=[name for name, _ in ACTIONS])
def test_data_null_returns_none(sdk: Any, name: str, kwargs: dict[str, Any]) -> None:
    server = Server(ok(None))
    client, sleeps = make_client(sdk, server)
    assert getattr(client, name)(**kwargs) is None
    assert len(server.requests) == 1 and sleeps == []


def test_data_null_returns_none_to_the_async_client_too(sdk: Any) -> None:
    server = Server(ok(None))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            return await client.add_order(**ORDER)

    assert asyncio.run(run()) is None


@pytest.mark.parametrize("code", [b"200000", b'"200000"'], ids=["number", "string"])
def test_the_success_code_as_a_json_number_is_a_success(sdk: Any, code: bytes) -> None:
    body = b'{"code": ' + code + b', "data": {"orderId": "5", "clientOid": "c1"}}'
    server = Server(raw(200, body, {"Content-Type": "application/json"}))
    client, _ = make_client(sdk, server)
    assert client.add_order(**ORDER).order_id == "5"


def test_the_success_code_wins_over_an_http_error_status(sdk: Any) -> None:
    server = Server(raw(500, b'{"code": "200000", "data": {"orderId": "5"}}'))
    client, sleeps = make_client(sdk, server)
    assert client.add_order(**ORDER).order_id == "5"
    assert len(server.requests) == 1 and sleeps == []


def order_list_with(item_changes: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = example_data("get_order_list")
    data["items"] = [
        {**data["items"][0], "id": "first"},
        {**data["items"][0], "id": "second", **item_changes},
        {**data["items"][0], "id": "third"},
    ]
    return data


def test_an_item_field_off_its_documented_type_is_kept_and_the_list_returned(
    sdk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # stopPrice is documented as an integer; the live API sends a decimal string.
    server = Server(ok(order_list_with({"stopPrice": "27000.5"})))
    client, _ = make_client(sdk, server)
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        result = client.get_order_list(status="active")
    assert [item.id for item in result.items] == ["first", "second", "third"]
    assert result.items[1].stop_price == "27000.5"
    assert isinstance(result.items[0], sdk.models.GetOrderListDataItem)
    assert isinstance(result.items[1], sdk.models.GetOrderListDataItem)
    warnings = [r for r in caplog.records if "stopPrice" in r.getMessage()]
    assert len(warnings) == 1
    assert "27000.5" in warnings[0].getMessage()


def test_a_field_off_its_type_is_logged_once_however_often_it_comes(
    sdk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(ok(order_list_with({"leverage": {"unexpected": "object"}})))
    client, _ = make_client(sdk, server)
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        for _ in range(3):
            client.get_order_list()
    assert len([r for r in caplog.records if ".leverage" in r.getMessage()]) == 1


def test_the_iterator_walks_on_past_an_item_off_its_type(sdk: Any) -> None:
    first = order_list_with({"stopPrice": "27000.5"})
    first.update(currentPage=1, totalPage=2)
    second = order_list_with({})
    second.update(currentPage=2, totalPage=2)
    server = Server(ok(first), ok(second))
    client, _ = make_client(sdk, server)
    ids = [item.id for item in client.iter_get_order_list()]
    assert ids == ["first", "second", "third"] * 2


def test_a_nested_object_off_its_type_keeps_the_rest_typed(sdk: Any) -> None:
    data = example_data("get_order_by_order_id")
    data.update(id="7", createdAt="not a timestamp", reduceOnly="maybe")
    server = Server(ok(data))
    client, _ = make_client(sdk, server)
    order = client.get_order_by_order_id(order_id="7")
    assert order.id == "7"
    assert order.created_at == "not a timestamp"
    assert order.reduce_only == "maybe"


def test_well_formed_data_stays_typed(sdk: Any) -> None:
    server = Server(ok(order_list_with({"stopPrice": 27000})))
    client, _ = make_client(sdk, server)
    item = client.get_order_list().items[1]
    assert item.stop_price == 27000 and isinstance(item.stop_price, int)


def test_a_success_the_fake_server_answers_with_null_is_none(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    fake.respond("add_order", None)
    with fake.client() as client:
        assert client.add_order(**ORDER) is None


def test_a_response_that_is_not_an_envelope_is_an_error_not_a_success(sdk: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=[{"orderId": "1"}]))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinResponseError):
        client.add_order(**ORDER)


# --- whatever the numbers, the nesting or the bytes ------------------------------------------


def order_from_body(sdk: Any, body: bytes, headers: dict[str, str] | None = None) -> Any:
    """get_order_by_order_id answered with `body` as sent, HTTP 200."""
    server = Server(raw(200, body, headers or {"Content-Type": "application/json"}))
    client, _ = make_client(sdk, server)
    return client.get_order_by_order_id(order_id="1")


def order_from_data(sdk: Any, data_json: str) -> Any:
    return order_from_body(sdk, b'{"code": "200000", "data": ' + data_json.encode() + b"}")


@contextlib.contextmanager
def at_most(seconds: float, megabytes: int) -> Iterator[None]:
    """The block takes less than `seconds` (else it is interrupted) and allocates less than
    `megabytes` at its peak."""

    def expire(signum: int, frame: Any) -> None:
        raise AssertionError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
        assert peak < megabytes * 2**20, f"allocated {peak / 2**20:.0f} MB"
    finally:
        tracemalloc.stop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    ("data", "attribute", "kept"),
    [
        ('{"size": 1e999999}', "size", "1e999999"),  # an integer field: int() would refuse it
        ('{"size": ' + "9" * 5000 + "}", "size", "9" * 5000),  # beyond Python's int digits
        # A decimal field (price) takes the text as the Decimal it writes: cheap to hold
        # (digits and an exponent); only writing it out in full would cost.
        ('{"price": 1e999999999}', "price", Decimal("1e999999999")),  # a gigabyte written out
        ('{"price": 1e-99999999}', "price", Decimal("1e-99999999")),  # minutes to write out
        ('{"price": 1E+400}', "price", Decimal("1E+400")),
        ('{"size": NaN, "price": -Infinity}', "size", "NaN"),
    ],
    ids=["exponent-in-int", "5000-digits", "huge-exponent", "tiny-exponent", "e400", "nan"],
)
def test_a_number_out_of_all_bounds_is_kept_as_its_text(
    sdk: Any, data: str, attribute: str, kept: str | Decimal
) -> None:
    with at_most(seconds=5, megabytes=20):
        order = order_from_data(sdk, data)
    assert getattr(order, attribute) == kept
    assert len(repr(order)) < 10_000


def test_nan_and_infinity_are_kept_as_their_text_not_floats(sdk: Any) -> None:
    order = order_from_data(sdk, '{"size": NaN, "price": -Infinity, "stopPrice": Infinity}')
    assert (order.size, order.price, order.stop_price) == ("NaN", "-Infinity", "Infinity")


def test_numbers_within_bounds_are_still_numbers(sdk: Any) -> None:
    order = order_from_data(sdk, '{"size": ' + "9" * 100 + ', "stopPrice": 1.5e300}')
    assert order.size == int("9" * 100)
    assert order.stop_price == Decimal("1.5e300")


def test_a_part_nested_too_deep_is_kept_as_its_text_and_the_rest_returned(sdk: Any) -> None:
    deep = "[" * 5000 + "]" * 5000
    order = order_from_data(sdk, '{"id": "7", "symbol": ' + deep + ', "size": 3}')
    assert (order.id, order.size) == ("7", 3)
    value, levels = order.symbol, 0
    while isinstance(value, list):
        (value,) = value
        levels += 1
    assert levels == import_module(f"{sdk.__name__}._json").MAX_DEPTH - 2  # envelope, data
    assert value == "[" * (5000 - levels) + "]" * (5000 - levels)


def test_an_unclosed_deep_body_is_a_package_error_not_a_recursion_error(sdk: Any) -> None:
    with pytest.raises(sdk.KucoinTransportError, match="not JSON"):
        order_from_body(sdk, b"[" * 100_000)
    with pytest.raises(sdk.KucoinTransportError, match="not JSON"):
        order_from_data(sdk, "[" * 100_000)


@pytest.mark.parametrize(
    "charset", ["base64", "rot13", "idna", "utf-16", "no-such-charset"], ids=str
)
def test_the_body_is_read_as_utf8_whatever_charset_the_headers_declare(
    sdk: Any, charset: str
) -> None:
    body = '{"code": "200000", "data": {"id": "été", "symbol": "\xff"}}'.encode()
    body = body.replace(b"\xc3\xbf", b"\xff")  # one byte that is no UTF-8
    order = order_from_body(sdk, body, {"Content-Type": f"application/json; charset={charset}"})
    assert order.id == "été"
    assert order.symbol == "\ufffd"


def test_a_byte_order_mark_is_dropped(sdk: Any) -> None:
    order = order_from_body(sdk, b'\xef\xbb\xbf{"code": "200000", "data": {"id": "1"}}')
    assert order.id == "1"


@pytest.mark.parametrize("code", [b"200000.0", b"2e5", b"200000"], ids=str)
def test_the_success_code_as_any_json_number_is_a_success(sdk: Any, code: bytes) -> None:
    order = order_from_body(sdk, b'{"code": ' + code + b', "data": {"id": "1"}}')
    assert order.id == "1"


@pytest.mark.parametrize(
    "code", [b"true", b'{"code": "200000"}', b'["200000"]', b"1e999999999"], ids=str
)
def test_a_code_that_is_no_code_is_an_api_error_without_a_code(sdk: Any, code: bytes) -> None:
    with pytest.raises(sdk.KucoinAPIError) as caught:
        order_from_body(sdk, b'{"code": ' + code + b', "msg": "odd", "data": {"id": "1"}}')
    assert caught.value.code in (None, "1e999999999")
    assert caught.value.msg == "odd"


def test_duplicate_keys_the_last_wins(sdk: Any) -> None:
    order = order_from_body(
        sdk, b'{"code": "400100", "code": "200000", "data": {"id": "1", "id": "2"}}'
    )
    assert order.id == "2"


@pytest.mark.slow
def test_a_long_list_is_read_in_linear_time(sdk: Any) -> None:
    item = json.dumps(order_list_with({})["items"][0])

    def read(count: int) -> float:
        body = '{"code": "200000", "data": {"items": [' + ",".join([item] * count) + "]}}"
        server = Server(raw(200, body.encode()))
        client, _ = make_client(sdk, server)
        client = client.with_options(max_response_bytes=None)  # 100,000 items are 79 MB
        started = time.perf_counter()
        assert len(client.get_order_list().items) == count
        return time.perf_counter() - started

    read(1000)  # warm up
    small, large = read(10_000), read(100_000)
    assert large < 30 * small  # ten times the items, not a hundred times the time
