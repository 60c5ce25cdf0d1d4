"""Requests are checked strictly before anything is sent."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    ORDER,
    Server,
    assert_signed,
    example_data,
    make_async_client,
    make_client,
    ok,
    sent_body,
)


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
    with pytest.raises(sdk.KucoinRequestValidationError):
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
    with pytest.raises(sdk.KucoinRequestValidationError) as caught:
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
    with pytest.raises(sdk.KucoinRequestValidationError) as caught:
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
    with pytest.raises(sdk.KucoinRequestValidationError):
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
            with pytest.raises(sdk.KucoinRequestValidationError, match="price must be set"):
                await client.add_order(**ORDER, type="limit")
            with pytest.raises(sdk.KucoinRequestValidationError):
                await client.get_order_list(page_size=1001)
            with pytest.raises(TypeError):
                await client.get_order_list(bogus=1)

    asyncio.run(run())
    assert server.requests == []
