"""The rate-limit headers: read per response, never an error."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    RATE_HEADERS,
    Server,
    example_data,
    fail,
    make_async_client,
    make_client,
    ok,
)


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


ABSURD = ["9" * 19, "9" * 400, "9" * 5000, "1e9", "0x10", "1.5", "nan", "", "été"]


@pytest.mark.parametrize("value", ABSURD, ids=lambda value: value[:12] or "empty")
def test_a_rate_limit_header_of_absurd_digits_is_none_and_the_call_returns(
    sdk: Any, value: str
) -> None:
    headers = {
        "gw-ratelimit-limit": value,
        "gw-ratelimit-remaining": "7",
        "gw-ratelimit-reset": value,
    }
    server = Server(
        lambda request: httpx.Response(
            200,
            json={"code": "200000", "data": example_data("get_open_order_value")},
            headers=[(name.encode(), text.encode()) for name, text in headers.items()],
        )
    )
    client, _ = make_client(sdk, server)
    client.get_open_order_value(symbol="XBTUSDTM")
    assert client.rate_limit == sdk.RateLimit(remaining=7)
    raw = client.with_raw_response.get_open_order_value(symbol="XBTUSDTM")
    assert raw.rate_limit == sdk.RateLimit(remaining=7)


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_429_with_an_absurd_reset_is_a_rate_limit_error(sdk: Any, digits: int) -> None:
    server = Server(fail(429, "429000", headers={"gw-ratelimit-reset": "9" * digits}))
    client, sleeps = make_client(sdk, server, max_retries=1)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.get_open_order_value(symbol="XBTUSDTM")
    assert caught.value.rate_limit.reset_ms is None
    assert len(server.requests) == 2 and len(sleeps) == 1  # retried once, on the backoff


@pytest.mark.parametrize(
    "retry_after",
    ["9" * 400, "9" * 5000 + ".5", "Fri, 31 Dec 9999 23:59:59 GMT"],
    ids=["400-digits", "5000-digits", "year-9999"],
)
def test_an_absurd_retry_after_is_capped_and_the_client_gives_up_at_once(
    sdk: Any, retry_after: str
) -> None:
    server = Server(fail(429, "429000", headers={"Retry-After": retry_after}))
    client, sleeps = make_client(sdk, server)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.get_open_order_value(symbol="XBTUSDTM")
    wait = caught.value.retry_after
    assert wait is not None and math.isfinite(wait) and wait <= 1e9
    assert len(server.requests) == 1 and sleeps == []
