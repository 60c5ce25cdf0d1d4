"""The generated KuCoin futures SDK against real network faults.

Every test starts its own HTTP server on 127.0.0.1 (the `server` fixture, see
tests/support/local_server.py), which answers each request as the test scripted it. `_sleep`
records the backoff instead of waiting, so nothing here waits on a retry.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.support.local_server import (
    API_PASSPHRASE,
    API_SECRET,
    FIXED_MS,
    FIXED_SECONDS,
    GET_PATH,
    KINDS,
    ORDER,
    POST_PATH,
    FakeKucoin,
    delayed,
    envelope,
    get_call,
    post_call,
    raw_then_close,
    reply,
)


def assert_backoff(sleeps: list[float]) -> None:
    """Exponential backoff with jitter: attempt k waits within [0.25, 0.5] * 2**k seconds."""
    for attempt, seconds in enumerate(sleeps):
        assert 0.25 * 2**attempt <= seconds <= 0.5 * 2**attempt, (attempt, seconds)


def assert_all_signed(server: FakeKucoin) -> None:
    for request in server.requests:
        assert request.headers["kc-api-timestamp"] == FIXED_MS
        assert request.signature_ok(), request


HTML_502 = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
BUSY_503 = {"code": "503000", "msg": "Service busy"}


# --------------------------------------------------------------------------------------
# Connection refused
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_connection_refused_get_is_retried_max_retries_times(
    sdk: Any, kind: str, refused_url: str, max_retries: int
) -> None:
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        get_call(sdk, kind, refused_url, sleeps, max_retries=max_retries)
    assert len(sleeps) == max_retries  # one sleep before each of the retries
    assert_backoff(sleeps)
    assert "ConnectError" in str(caught.value)
    assert f"GET {GET_PATH}" in str(caught.value)
    assert caught.value.http_status is None


@pytest.mark.parametrize("kind", KINDS)
def test_connection_refused_post_is_retried_since_it_was_never_sent(
    sdk: Any, kind: str, refused_url: str
) -> None:
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinConnectionError) as caught:
        post_call(sdk, kind, refused_url, sleeps, max_retries=3)
    assert len(sleeps) == 3
    assert f"POST {POST_PATH}" in str(caught.value)
    assert "not sent" in str(caught.value)
    assert API_SECRET not in str(caught.value) and API_PASSPHRASE not in str(caught.value)


# --------------------------------------------------------------------------------------
# Connection closed in the middle of the answer
# --------------------------------------------------------------------------------------

HALF_ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    b'{"code":"200000","data":{"orderId":"5'
)


@pytest.mark.parametrize("kind", KINDS)
def test_closed_mid_answer_get_is_retried_then_succeeds(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(raw_then_close(HALF_ANSWER), raw_then_close(HALF_ANSWER))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 3
    assert len(sleeps) == 2
    assert_all_signed(server)


@pytest.mark.parametrize("kind", KINDS)
def test_closed_mid_answer_get_gives_up_after_max_retries(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(*[raw_then_close(HALF_ANSWER)] * 3)
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        get_call(sdk, kind, server.url, sleeps)
    assert "RemoteProtocolError" in str(caught.value)
    assert server.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_closed_mid_answer_post_is_sent_once(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(raw_then_close(HALF_ANSWER))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        post_call(sdk, kind, server.url, sleeps, max_retries=5)
    assert "RemoteProtocolError" in str(caught.value)
    assert server.count == 1
    assert sleeps == []
    assert json.loads(server.requests[0].body)["clientOid"] == "oid-0001"


@pytest.mark.parametrize("kind", KINDS)
def test_closed_before_any_answer_post_is_sent_once(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(raw_then_close(b""))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError):
        post_call(sdk, kind, server.url, sleeps)
    assert server.count == 1
    assert sleeps == []


# --------------------------------------------------------------------------------------
# A server slower than the client's timeout
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_slow_server_post_times_out_and_is_sent_once(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(delayed(1.0))
    sleeps: list[float] = []
    started = time.monotonic()
    with pytest.raises(sdk.KucoinTransportError) as caught:
        post_call(sdk, kind, server.url, sleeps, timeout=0.2)
    assert time.monotonic() - started < 0.9  # gave up at the timeout, not after the answer
    assert "timeout" in str(caught.value).lower()
    assert server.count == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_slow_server_get_times_out_on_every_attempt(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(*[delayed(1.0)] * 3)
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        get_call(sdk, kind, server.url, sleeps, timeout=0.2)
    assert "timeout" in str(caught.value).lower()
    assert server.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_slow_first_answer_then_fast_get_succeeds(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(delayed(1.0))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps, timeout=0.2)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 2
    assert len(sleeps) == 1


# --------------------------------------------------------------------------------------
# 5xx answers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_502_then_503_then_success_get(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(502, HTML_502, (("Content-Type", "text/html"),)), reply(503, BUSY_503))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 3
    assert len(sleeps) == 2
    assert_backoff(sleeps)
    assert_all_signed(server)


@pytest.mark.parametrize("kind", KINDS)
def test_502_then_503_then_success_post_fails_after_one_request(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(reply(502, HTML_502), reply(503, BUSY_503))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        post_call(sdk, kind, server.url, sleeps, max_retries=5)
    assert caught.value.http_status == 502
    assert server.count == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", KINDS)
def test_503_envelope_post_fails_after_one_request(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(503, BUSY_503))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinAPIError) as caught:
        post_call(sdk, kind, server.url, sleeps)
    assert (caught.value.http_status, caught.value.code) == (503, "503000")
    assert server.count == 1
    assert sleeps == []


def test_every_retry_is_signed_with_a_fresh_timestamp(sdk: Any, server: FakeKucoin) -> None:
    server.then(reply(502, HTML_502), reply(503, BUSY_503))
    ticks = iter([FIXED_SECONDS, FIXED_SECONDS + 1, FIXED_SECONDS + 2])
    with server.client(sdk) as client:
        client._sleep = lambda seconds: None
        client._time = lambda: next(ticks)
        client.get_open_order_value(symbol="XBTUSDTM")
    stamps = [request.headers["kc-api-timestamp"] for request in server.requests]
    assert stamps == [str(int((FIXED_SECONDS + n) * 1000)) for n in range(3)]
    assert all(request.signature_ok() for request in server.requests)


def test_500_every_time_get_gives_up_with_the_last_error(sdk: Any, server: FakeKucoin) -> None:
    server.then(*[reply(500, {"code": "500000", "msg": "internal"})] * 4)
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinAPIError) as caught:
        get_call(sdk, "sync", server.url, sleeps, max_retries=3)
    assert (caught.value.http_status, caught.value.code) == (500, "500000")
    assert server.count == 4
    assert len(sleeps) == 3
    assert_backoff(sleeps)


# --------------------------------------------------------------------------------------
# 429 rate limiting
# --------------------------------------------------------------------------------------

RATE_LIMITED = {"code": "429000", "msg": "Too Many Requests"}


@pytest.mark.parametrize("kind", KINDS)
def test_429_with_retry_after_waits_that_long(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(429, RATE_LIMITED, (("Retry-After", "2"),)))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 2
    assert len(sleeps) == 1 and sleeps[0] >= 2.0


@pytest.mark.parametrize("kind", KINDS)
def test_429_with_ratelimit_reset_waits_until_the_reset(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    headers = (
        ("gw-ratelimit-limit", "2000"),
        ("gw-ratelimit-remaining", "0"),
        ("gw-ratelimit-reset", "1500"),
    )
    server.then(reply(429, RATE_LIMITED, headers))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 2
    assert len(sleeps) == 1 and sleeps[0] >= 1.5


@pytest.mark.parametrize("kind", KINDS)
def test_429_without_hints_backs_off(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(429, b"Too Many Requests", (("Content-Type", "text/plain"),)))
    server.then(reply(429, RATE_LIMITED))
    sleeps: list[float] = []
    data = get_call(sdk, kind, server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 3
    assert len(sleeps) == 2
    assert_backoff(sleeps)


@pytest.mark.parametrize("kind", KINDS)
def test_429_post_is_retried_no_sooner_than_the_server_asks(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    # Refused before it was processed: sending the order again is safe.
    server.then(reply(429, RATE_LIMITED, (("Retry-After", "1"), ("gw-ratelimit-reset", "900"))))
    sleeps: list[float] = []
    data = post_call(sdk, kind, server.url, sleeps)
    assert data.client_oid == "oid-0001"
    assert server.count == 2
    assert len(sleeps) == 1 and sleeps[0] >= 1.0


def test_429_until_retries_run_out_raises_rate_limit_error(sdk: Any, server: FakeKucoin) -> None:
    server.then(*[reply(429, RATE_LIMITED, (("gw-ratelimit-reset", "300"),))] * 3)
    sleeps: list[float] = []
    with pytest.raises(sdk.RateLimitError) as caught:
        get_call(sdk, "sync", server.url, sleeps)
    assert caught.value.rate_limit.reset_ms == 300
    assert server.count == 3
    assert len(sleeps) == 2 and all(seconds >= 0.3 for seconds in sleeps)


def test_rate_limit_headers_of_the_last_answer_are_kept(sdk: Any, server: FakeKucoin) -> None:
    headers = (
        ("gw-ratelimit-limit", "2000"),
        ("gw-ratelimit-remaining", "1999"),
        ("gw-ratelimit-reset", "29000"),
    )
    server.then(reply(200, envelope({"settleCurrency": "USDT"}), headers))
    with server.client(sdk) as client:
        client.get_open_order_value(symbol="XBTUSDTM")
        assert client.rate_limit == sdk.RateLimit(limit=2000, remaining=1999, reset_ms=29000)


# --------------------------------------------------------------------------------------
# Bodies that are not a JSON envelope
# --------------------------------------------------------------------------------------

TRUNCATED = b'{"code":"200000","data":{"settleCurrency":"XB'
BAD_BODIES = {
    "html": b"<!DOCTYPE html><html><body>Maintenance</body></html>",
    "empty": b"",
    "truncated-json": TRUNCATED,  # Content-Length is exactly these bytes: the JSON is cut
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_with_200_is_a_transport_error_not_retried(
    sdk: Any, kind: str, server: FakeKucoin, body: bytes
) -> None:
    server.then(reply(200, body))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        get_call(sdk, kind, server.url, sleeps)
    assert caught.value.http_status == 200
    assert "HTTP 200" in str(caught.value)
    assert server.count == 1  # a 200 is not retryable: the request went through
    assert sleeps == []


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_with_503_get_is_retried(sdk: Any, server: FakeKucoin, body: bytes) -> None:
    server.then(reply(503, body))
    sleeps: list[float] = []
    data = get_call(sdk, "sync", server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_with_503_get_gives_up_as_transport_error(
    sdk: Any, server: FakeKucoin, body: bytes
) -> None:
    server.then(*[reply(503, body)] * 3)
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        get_call(sdk, "async", server.url, sleeps)
    assert caught.value.http_status == 503
    assert server.count == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_body_with_502_post_is_sent_once(
    sdk: Any, kind: str, server: FakeKucoin, body: bytes
) -> None:
    server.then(reply(502, body))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError) as caught:
        post_call(sdk, kind, server.url, sleeps)
    assert caught.value.http_status == 502
    assert server.count == 1
    assert sleeps == []


def test_body_shorter_than_content_length_is_a_transport_error(
    sdk: Any, server: FakeKucoin
) -> None:
    # The opposite of the truncated JSON above: the header promises more than arrives.
    server.then(
        raw_then_close(
            b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n" + TRUNCATED,
        )
    )
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError):
        post_call(sdk, "sync", server.url, sleeps)
    assert server.count == 1


# --------------------------------------------------------------------------------------
# Malformed answers the SDK lets escape as something other than a KucoinError (bugs)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_corrupt_gzip_body_is_a_transport_error(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(200, b"this is not gzip", (("Content-Encoding", "gzip"),)))
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinTransportError):
        post_call(sdk, kind, server.url, sleeps)
    assert server.count == 1


@pytest.mark.parametrize("value", ["--5", "\u00b2"], ids=["double-minus", "superscript-two"])
def test_malformed_rate_limit_header_does_not_lose_a_placed_order(
    sdk: Any, server: FakeKucoin, value: str
) -> None:
    order = envelope({"orderId": "order-1", "clientOid": "oid-0001"})
    server.then(reply(200, order, (("gw-ratelimit-remaining", value),)))
    with server.client(sdk) as client:
        data = client.add_order(**ORDER)
        assert data.order_id == "order-1"
        assert client.rate_limit.remaining is None
    assert server.count == 1


def test_non_ascii_digit_retry_after_falls_back_to_backoff(sdk: Any, server: FakeKucoin) -> None:
    server.then(reply(429, RATE_LIMITED, (("Retry-After", "\u00b2"),)))
    sleeps: list[float] = []
    data = get_call(sdk, "sync", server.url, sleeps)
    assert data.settle_currency == "XBTUSDTM"
    assert server.count == 2
    assert len(sleeps) == 1


# --------------------------------------------------------------------------------------
# Concurrency: one client, many calls in flight, every answer matched to its request
# --------------------------------------------------------------------------------------


def test_200_concurrent_calls_through_one_async_client(sdk: Any, server: FakeKucoin) -> None:
    symbols = [f"SYM{n:03d}USDTM" for n in range(100)]
    oids = [f"oid-{n:03d}" for n in range(100)]

    async def main() -> list[Any]:
        async with server.client(sdk, asynchronous=True, timeout=10.0) as client:
            client._time = lambda: FIXED_SECONDS
            calls = [client.get_open_order_value(symbol=symbol) for symbol in symbols]
            calls += [
                client.add_order(**{**ORDER, "client_oid": oid, "symbol": "XBTUSDTM"})
                for oid in oids
            ]
            return await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 20)

    results = asyncio.run(main())
    errors = [result for result in results if isinstance(result, BaseException)]
    assert errors == []
    assert [result.settle_currency for result in results[:100]] == symbols
    assert [result.open_order_buy_size for result in results[:100]] == [len(s) for s in symbols]
    assert [(result.client_oid, result.order_id) for result in results[100:]] == [
        (oid, f"order-{oid}") for oid in oids
    ]
    assert server.count == 200
    assert sorted(r.query["symbol"][0] for r in server.requests if r.method == "GET") == symbols
    assert_all_signed(server)


def test_8_threads_share_one_sync_client(sdk: Any, server: FakeKucoin) -> None:
    with server.client(sdk, timeout=10.0) as client:
        client._time = lambda: FIXED_SECONDS

        def worker(thread: int) -> list[tuple[str, str]]:
            matched = []
            for n in range(25):
                if n % 2:
                    oid = f"t{thread}-oid-{n}"
                    order = client.add_order(**{**ORDER, "client_oid": oid})
                    matched.append((oid, order.client_oid))
                else:
                    symbol = f"T{thread}N{n}USDTM"
                    value = client.get_open_order_value(symbol=symbol)
                    matched.append((symbol, value.settle_currency))
            return matched

        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(worker, thread) for thread in range(8)]
            results = [pair for future in futures for pair in future.result(timeout=20)]

    assert len(results) == 200
    assert [sent for sent, _ in results] == [got for _, got in results]
    assert len({sent for sent, _ in results}) == 200
    assert server.count == 200
    assert_all_signed(server)


# --------------------------------------------------------------------------------------
# Raw responses of streamed answers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_a_raw_response_keeps_its_body_and_headers_as_received(
    sdk: Any, server: FakeKucoin, compressed: bool
) -> None:
    # The client streams every answer (to bound its time and size); the raw response must
    # still read like an ordinary httpx response.
    text = envelope({"settleCurrency": "USDT"})
    headers = (("X-Extra", "1"),) + ((("Content-Encoding", "gzip"),) if compressed else ())
    server.then(reply(200, gzip.compress(text) if compressed else text, headers))
    with server.client(sdk) as client:
        response = client.with_raw_response.get_open_order_value(symbol="XBTUSDTM")
    assert response.http_response.content == text
    assert response.http_response.json() == json.loads(text)
    assert response.headers["x-extra"] == "1"
    assert response.headers.get("content-encoding") == ("gzip" if compressed else None)
    assert response.http_response.request.url.path == GET_PATH
    assert response.parse().settle_currency == "USDT"
