"""A clock a few seconds off the server's: KuCoin rejects the timestamp (400002) before
acting, so the client learns the server's time, sends once more and keeps the offset."""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import ORDER, make_async_client, make_client

SKEW_SECONDS = 6.0


class SkewedServer:
    """Answers like KuCoin whose clock is SKEW_SECONDS ahead: 400002 for a timestamp more
    than 5 s off, the time at /api/v1/timestamp, and a Date header on every answer."""

    def __init__(self, *, serve_time: bool = True) -> None:
        self.serve_time = serve_time
        self.requests: list[httpx.Request] = []

    def now(self) -> float:
        return time.time() + SKEW_SECONDS

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        headers = {"Date": formatdate(self.now(), usegmt=True)}
        if request.url.path == "/api/v1/timestamp":
            if not self.serve_time:
                return httpx.Response(404, json={"code": "404000"}, headers=headers)
            data = int(self.now() * 1000)
            return httpx.Response(200, json={"code": "200000", "data": data}, headers=headers)
        stamp = int(request.headers["KC-API-TIMESTAMP"])
        if abs(stamp - self.now() * 1000) > 5000:
            body = {"code": "400002", "msg": "KC-API-TIMESTAMP Invalid"}
            return httpx.Response(400, json=body, headers=headers)
        return httpx.Response(200, json={"code": "200000", "data": {"orderId": "1"}})


def real_time_client(sdk: Any, server: SkewedServer) -> Any:
    client, _ = make_client(sdk, server)  # type: ignore[arg-type]
    client._time = time.time
    return client


@pytest.mark.parametrize("serve_time", [True, False], ids=["server-time", "date-header"])
def test_a_rejected_timestamp_is_corrected_and_the_order_sent_once_more(
    sdk: Any, serve_time: bool, caplog: pytest.LogCaptureFixture
) -> None:
    server = SkewedServer(serve_time=serve_time)
    client = real_time_client(sdk, server)
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        assert client.add_order(**ORDER).order_id == "1"
    orders = [r for r in server.requests if r.url.path == "/api/v1/orders"]
    assert len(orders) == 2
    assert orders[0].content == orders[1].content
    assert abs(client.clock_offset_ms - SKEW_SECONDS * 1000) < 1500
    assert any("clock" in r.getMessage() for r in caplog.records)


def test_the_offset_is_kept_for_later_calls(sdk: Any) -> None:
    server = SkewedServer()
    client = real_time_client(sdk, server)
    client.add_order(**ORDER)
    before = len(server.requests)
    client.add_order(**ORDER)
    assert len(server.requests) == before + 1  # signed right the first time


def test_a_timestamp_rejected_again_is_raised_not_retried_forever(sdk: Any) -> None:
    def always_rejects(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(400, json={"code": "400002", "msg": "KC-API-TIMESTAMP Invalid"})

    client, _ = make_client(sdk, always_rejects)  # type: ignore[arg-type]
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.add_order(**ORDER)
    assert caught.value.code == "400002"


def test_the_async_client_corrects_its_clock_too(sdk: Any) -> None:
    server = SkewedServer()

    async def run() -> int:
        client, _ = make_async_client(sdk, server)  # type: ignore[arg-type]
        client._time = time.time
        async with client:
            await client.add_order(**ORDER)
            return int(client.clock_offset_ms)

    assert abs(asyncio.run(run()) - SKEW_SECONDS * 1000) < 1500


def test_the_fake_server_rejects_a_skewed_timestamp_and_the_client_recovers(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin(clock=lambda: time.time() + SKEW_SECONDS)
    with fake.client() as client:
        client.add_order(**ORDER)
        assert abs(client.clock_offset_ms - SKEW_SECONDS * 1000) < 1500
    codes = [call.operation for call in fake.calls]
    assert codes == ["add_order", "add_order"]


def rejects_once_then_serves(server_time: bytes, date: str) -> Any:
    """A server that rejects the first order's timestamp, answers the time request with the
    envelope whose data is `server_time` (as written), and accepts the next order."""
    orders: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        headers = [(b"Date", date.encode())]
        if request.url.path == "/api/v1/timestamp":
            time_body = b'{"code": "200000", "data": ' + server_time + b"}"
            return httpx.Response(200, content=time_body, headers=headers)
        orders.append(request)
        if len(orders) == 1:
            body = {"code": "400002", "msg": "KC-API-TIMESTAMP Invalid"}
            return httpx.Response(400, json=body, headers=headers)
        return httpx.Response(200, json={"code": "200000", "data": {"orderId": "1"}})

    return handler


@pytest.mark.parametrize(
    "server_time",
    [b"1" + b"0" * 400, b"1" + b"0" * 60, b"-1", b"1.7e12", b'"soon"', b"true"],
    ids=["10**400", "10**60", "negative", "fraction", "text", "bool"],
)
def test_an_absurd_server_time_is_ignored_with_a_warning(
    sdk: Any, server_time: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    date = formatdate(1700000000 + SKEW_SECONDS, usegmt=True)
    client, _ = make_client(sdk, rejects_once_then_serves(server_time, date))
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        assert client.add_order(**ORDER).order_id == "1"
    assert any("not a time" in record.getMessage() for record in caplog.records)
    # The Date header (one second's resolution) corrects the clock instead.
    assert client.clock_offset_ms == SKEW_SECONDS * 1000


@pytest.mark.parametrize(
    "date",
    ["Fri, 31 Dec 99999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 +9999", "9" * 400, ""],
    ids=["year-99999", "offset-9999", "digits", "empty"],
)
def test_an_unreadable_date_header_corrects_nothing(
    sdk: Any, date: str, caplog: pytest.LogCaptureFixture
) -> None:
    client, _ = make_client(sdk, rejects_once_then_serves(b'"soon"', date))
    with caplog.at_level(logging.WARNING, logger=sdk.__name__):
        assert client.add_order(**ORDER).order_id == "1"
    assert client.clock_offset_ms == 0
    assert any("no time to correct" in record.getMessage() for record in caplog.records)


def test_no_clock_correction_retry_once_the_calls_total_timeout_has_passed(sdk: Any) -> None:
    """The retry after a 400002 skipped the total_timeout check every other retry makes: a
    call out of time sent its order again with no time left to read the answer."""
    server = SkewedServer()
    client = real_time_client(sdk, server)
    attempts_module = importlib.import_module(f"{sdk.__name__}._attempts")
    operation = importlib.import_module(f"{sdk.__name__}.operations").OPERATIONS["add_order"]
    attempts = attempts_module.Attempts(client._attempt_context(operation), operation, ORDER, None)
    response = client._http.send(attempts.request())
    body = attempts.reader(response)
    body.take(response.content)
    attempts.call_ends_at = time.monotonic() - 0.001  # the call's time is up

    with pytest.raises(sdk.AuthenticationError) as caught:
        attempts.answered(response, body)

    assert caught.value.code == "400002"
    assert len(server.requests) == 1
