"""The rate-limit headers: read per response, never an error."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.client.support import (
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
