"""Per-call control, as Stainless' SDKs give it: `with_options`, `with_raw_response`, and
rate limits that belong to the call (or task) that received them."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    ORDER,
    RATE_HEADERS,
    Server,
    example_data,
    fail,
    make_async_client,
    make_client,
    ok,
    read_timeout,
)


def test_with_options_overrides_timeout_retries_and_headers_for_its_calls(sdk: Any) -> None:
    server = Server(fail(503, "500000"), fail(503, "500000"), ok(None))
    client, sleeps = make_client(sdk, server, max_retries=2)
    quick = client.with_options(timeout=1.5, max_retries=0, headers={"X-Trace": "abc"})
    with pytest.raises(sdk.KucoinAPIError):
        quick.get_order_list()
    request = server.last
    assert request.headers["X-Trace"] == "abc"
    assert request.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert len(server.requests) == 1 and sleeps == []
    # The original client keeps its own options.
    client.get_order_list()
    assert "X-Trace" not in server.last.headers
    assert server.last.extensions["timeout"] == httpx.Timeout(10.0).as_dict()


def test_with_options_shares_the_connection_pool_credentials_and_clock(sdk: Any) -> None:
    client, _ = make_client(sdk, Server(ok(None)))
    copy = client.with_options(timeout=3)
    assert copy._http is client._http
    assert copy._credentials is client._credentials
    client._clock.milliseconds = 1234
    assert copy.clock_offset_ms == 1234
    copy.close()
    assert client._http.is_closed


def test_with_options_gives_a_fresh_raw_response_view(sdk: Any) -> None:
    server = Server(ok(None))
    client, _ = make_client(sdk, server)
    _ = client.with_raw_response  # cached on the original
    copy = client.with_options(headers={"X-Copy": "1"})
    copy.with_raw_response.get_order_list()
    assert server.last.headers["X-Copy"] == "1"


def test_with_raw_response_returns_the_calls_own_response(sdk: Any) -> None:
    data = example_data("get_order_list")
    server = Server(ok(data, {**RATE_HEADERS, "X-Extra": "1"}))
    client, _ = make_client(sdk, server)
    response = client.with_raw_response.get_order_list(status="active")
    assert response.status_code == 200
    assert response.headers["x-extra"] == "1"
    assert response.rate_limit == sdk.RateLimit(limit=2000, remaining=0, reset_ms=3000)
    parsed = response.parse()
    assert isinstance(parsed, sdk.models.GetOrderListData)
    assert parsed == client.get_order_list(status="active")
    assert server.requests[0].url.params["status"] == "active"


def test_with_raw_response_still_raises_errors_and_retries(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok(None))
    client, sleeps = make_client(sdk, server)
    response = client.with_raw_response.get_order_list()
    assert response.parse() is None and len(sleeps) == 1
    server = Server(fail(400, "400100", "bad"))
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.InvalidParametersError):
        client.with_raw_response.get_order_list()


def test_a_call_after_a_raw_response_call_returns_data_again(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}))
    client, _ = make_client(sdk, server)
    client.with_raw_response.add_order(**ORDER)
    assert client.add_order(**ORDER).order_id == "1"


def test_async_with_raw_response_and_with_options(sdk: Any) -> None:
    server = Server(ok({"orderId": "1"}, RATE_HEADERS))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            response = await client.with_options(headers={"X-A": "1"}).with_raw_response.add_order(
                **ORDER
            )
            return response

    response = asyncio.run(run())
    assert response.rate_limit.remaining == 0
    assert response.parse().order_id == "1"
    assert server.last.headers["X-A"] == "1"


def test_concurrent_tasks_each_see_their_own_rate_limit(sdk: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        remaining = request.url.params["symbol"].removeprefix("S")
        headers = {"gw-ratelimit-remaining": remaining}
        return httpx.Response(200, json={"code": "200000", "data": None}, headers=headers)

    server = Server(reply)

    async def run() -> list[int | None]:
        client, _ = make_async_client(sdk, server)

        async def one(number: int) -> int | None:
            await client.get_open_order_value(symbol=f"S{number}")
            await asyncio.sleep(0)
            remaining: int | None = client.rate_limit.remaining
            return remaining

        async with client:
            return list(await asyncio.gather(*(one(n) for n in range(20))))

    assert asyncio.run(run()) == list(range(20))


def test_a_timeout_per_call_reaches_the_transport(sdk: Any) -> None:
    server = Server(read_timeout)
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinTimeoutError):
        client.with_options(timeout=0.25, max_retries=0).get_order_list()
    assert server.last.extensions["timeout"]["read"] == 0.25


def test_with_options_sets_total_timeout_and_max_response_bytes_for_its_calls(sdk: Any) -> None:
    client, _ = make_client(sdk, Server(ok(None)), total_timeout=30, max_response_bytes=1000)
    copy = client.with_options(total_timeout=None, max_response_bytes=5_000_000)
    assert (copy.total_timeout, copy.max_response_bytes) == (None, 5_000_000)
    assert (client.total_timeout, client.max_response_bytes) == (30, 1000)
    same = client.with_options(max_retries=1)
    assert (same.total_timeout, same.max_response_bytes) == (30, 1000)


@pytest.mark.parametrize("option", ["total_timeout", "max_response_bytes"])
@pytest.mark.parametrize("value", [0, -1, True])
def test_a_limit_that_is_not_positive_is_refused(sdk: Any, option: str, value: Any) -> None:
    with pytest.raises(ValueError, match=option):
        sdk.Client(**{option: value})
    client, _ = make_client(sdk, Server(ok(None)))
    with pytest.raises(ValueError, match=option):
        client.with_options(**{option: value})


def test_no_retry_is_made_whose_wait_would_pass_the_total_timeout(sdk: Any) -> None:
    server = Server(fail(503, "500000"), ok(None))
    client, sleeps = make_client(sdk, server, max_retries=5, total_timeout=0.3)
    client._random = lambda: 1.0  # the first backoff is then 0.5 s
    with pytest.raises(sdk.KucoinAPIError):
        client.get_order_list()
    assert len(server.requests) == 1 and sleeps == []


def test_each_attempt_is_given_at_most_the_time_left_of_the_call(sdk: Any) -> None:
    server = Server(ok(None))
    client, _ = make_client(sdk, server, timeout=10.0, total_timeout=2.0)
    client.get_order_list()
    phases = server.last.extensions["timeout"]
    assert set(phases) == {"connect", "read", "write", "pool"}
    assert all(1.0 < seconds <= 2.0 for seconds in phases.values()), phases
