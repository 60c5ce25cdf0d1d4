"""Credentials: from arguments or the environment, never leaked."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    API_PASSPHRASE,
    API_SECRET,
    NOW,
    ORDER,
    RATE_HEADERS,
    Reply,
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
        raw(200, b"[1, 2]"),
        connect_error,
    ],
    ids=["params", "auth", "ratelimit", "unknown", "empty", "non-json", "not-envelope", "connect"],
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
    client._time = lambda: NOW
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
            client._time = lambda: NOW
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
# Credentials over plain HTTP
# --------------------------------------------------------------------------------------------

CLEAR_TEXT_URLS = ["http://api.example", "http://localhost:8080", "http://127.0.0.1:9", "HTTP://X"]


@pytest.mark.parametrize("url", CLEAR_TEXT_URLS)
@pytest.mark.parametrize("client_class", ["Client", "AsyncClient"])
def test_credentials_over_plain_http_are_refused_at_construction(
    sdk: Any, url: str, client_class: str
) -> None:
    with pytest.raises(ValueError, match="allow_insecure_http=True") as caught:
        getattr(sdk, client_class)("key", API_SECRET, API_PASSPHRASE, base_url=url)
    assert repr(url) in str(caught.value) and "https://" in str(caught.value)
    assert_no_secret(str(caught.value))


def test_credentials_from_the_environment_over_plain_http_are_refused(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KUCOIN_API_KEY", "env-key")
    monkeypatch.setenv("KUCOIN_API_SECRET", API_SECRET)
    monkeypatch.setenv("KUCOIN_API_PASSPHRASE", API_PASSPHRASE)
    with pytest.raises(ValueError, match="in clear text"):
        sdk.Client(base_url="http://api.example")


def test_a_plain_http_service_host_is_refused_too(
    sdk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sdk._settings, "SERVICE_BASE_URLS", {"spot": "https://api.kucoin.com"})
    with pytest.raises(ValueError, match=r"'http://spot\.example'"):
        sdk.Client("key", API_SECRET, API_PASSPHRASE, base_urls={"spot": "http://spot.example"})


def test_plain_http_without_credentials_or_when_allowed_is_accepted(sdk: Any) -> None:
    sdk.Client(base_url="http://127.0.0.1:9").close()
    server = Server(ok(None))
    client, _ = make_client(sdk, server, base_url="http://127.0.0.1:9", allow_insecure_http=True)
    client.get_order_list()
    assert server.last.url.scheme == "http"
    assert_signed(server.last)


def test_the_fake_server_still_serves_signed_calls(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    with fake.client() as client:
        assert client.get_order_list() is not None
    assert fake.calls
