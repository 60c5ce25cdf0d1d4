"""Clients as context managers, and closing their connection pools."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.support.seed_sdk import (
    RATE_HEADERS,
    Server,
    example_data,
    fail,
    make_async_client,
    make_client,
    ok,
    raw,
)


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
