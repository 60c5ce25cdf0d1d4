"""Retries: reads on transient failures; any method only when the request surely did not
take effect."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    NOW,
    ORDER,
    RATE_HEADERS,
    Server,
    assert_signed,
    connect_error,
    example_data,
    fail,
    make_async_client,
    make_client,
    ok,
    raw,
)


def test_get_is_retried_after_503_with_growing_backoff(sdk: Any) -> None:
    data = example_data("get_order_list")
    server = Server(fail(503, "500000"), raw(503, b""), ok(data))
    client, sleeps = make_client(sdk, server, max_retries=2)
    result = client.get_order_list(status="active")
    assert isinstance(result, sdk.OPERATIONS["get_order_list"].response_type)
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


def test_post_order_hit_by_503_is_sent_exactly_once(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinAPIError) as caught:
        client.add_order(**ORDER)
    assert caught.value.http_status == 503
    assert len(server.requests) == 1 and sleeps == []


def test_post_order_refused_by_a_rate_limit_is_retried_after_the_reset(sdk: Any) -> None:
    # A rate limit is refused before the order is processed: sending it again is safe.
    server = Server(fail(429, "429000", "slow down", RATE_HEADERS), ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server)
    result = client.add_order(**ORDER)
    assert result.order_id == "1"
    assert len(server.requests) == 2
    assert sleeps and sleeps[0] >= 3.0  # gw-ratelimit-reset: 3000 ms
    assert server.requests[0].content == server.requests[1].content


def test_post_order_whose_connection_never_opened_is_retried(sdk: Any) -> None:
    server = Server(connect_error, ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    assert client.add_order(**ORDER).order_id == "1"
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_post_order_whose_connection_never_opens_raises_connection_error(sdk: Any) -> None:
    server = Server(connect_error)
    client, sleeps = make_client(sdk, server, max_retries=2)
    with pytest.raises(sdk.KucoinConnectionError) as caught:
        client.add_order(**ORDER)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "not sent" in str(caught.value)
    assert len(server.requests) == 3 and len(sleeps) == 2


def test_delete_cancel_hit_by_503_is_not_retried(sdk: Any) -> None:
    # The cancel may have been processed before the 503: a second one would fail with
    # "order cannot be canceled" and hide that the first worked.
    server = Server(fail(503, "500000"), ok({"cancelledOrderIds": ["1"]}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinAPIError):
        client.cancel_order_by_order_id(order_id="1")
    assert len(server.requests) == 1 and sleeps == []


def test_every_retry_is_signed_again_with_a_fresh_timestamp(sdk: Any) -> None:
    server = Server(fail(503, "500000"), fail(500, "500000"), ok(example_data("get_order_list")))
    client, _ = make_client(sdk, server)
    clock = iter([NOW, NOW + 1.5, NOW + 3.25])
    client._time = lambda: next(clock)
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
    assert isinstance(result, sdk.OPERATIONS["get_order_list"].response_type)
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
