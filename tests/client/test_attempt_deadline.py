"""`timeout` bounds a whole attempt, connect to last byte, and `total_timeout` a whole call.

httpx's own timeouts bound each socket read: a server (or a proxy) that sends one byte every
0.4 s would hold a call for as long as it likes. These tests run a real server on 127.0.0.1
that does just that, and give the client a generous margin (3x) over its limit, never a tight
timing.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from tests.support.local_server import (
    KINDS,
    ORDER,
    FakeKucoin,
    drip,
    drip_head,
    echo,
    envelope,
    get_call,
    post_call,
    reply,
    trusting_transport,
)

ANSWER = envelope({"orderId": "order-1", "clientOid": "oid-0001"})
"""About 70 bytes: 28 s at a byte every 0.4 s."""
FRAMINGS = {"chunked": True, "content-length": False}


def timed(call: Any) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        call()
    except Exception as error:  # the test looks at what came out
        return error, time.monotonic() - started
    return None, time.monotonic() - started


def assert_order_cut_in_time(
    sdk: Any, kind: str, server: FakeKucoin, answer: Any, **options: Any
) -> str:
    """Send an order that `server` answers with `answer`: the call must end well within 3x its
    1 s timeout, with a KucoinTimeoutError saying the order may have been placed (its
    message is returned)."""
    server.then(answer)
    error, seconds = timed(
        lambda: post_call(sdk, kind, server.url, [], timeout=1, max_retries=0, **options)
    )
    assert seconds < 3.0
    assert isinstance(error, sdk.KucoinTimeoutError), error
    assert error.may_have_taken_effect is True
    assert server.count == 1
    return str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("chunked", FRAMINGS.values(), ids=FRAMINGS.keys())
def test_a_dripping_answer_ends_the_attempt_at_its_timeout(
    sdk: Any, kind: str, chunked: bool, server: FakeKucoin
) -> None:
    message = assert_order_cut_in_time(sdk, kind, server, drip(ANSWER, 0.4, chunked=chunked))
    assert "timeout of 1 s" in message


@pytest.mark.parametrize("kind", KINDS)
def test_a_read_cut_at_its_timeout_did_not_take_effect(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(drip(ANSWER, 0.4, chunked=True))
    error, seconds = timed(lambda: get_call(sdk, kind, server.url, [], timeout=1, max_retries=0))
    assert seconds < 3.0
    assert isinstance(error, sdk.KucoinTimeoutError), error
    assert error.may_have_taken_effect is False


@pytest.mark.parametrize("kind", KINDS)
def test_dripping_headers_end_the_attempt_at_its_timeout(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    assert_order_cut_in_time(sdk, kind, server, drip_head(0.3))


@pytest.mark.parametrize("kind", KINDS)
def test_total_timeout_ends_a_call_and_its_retries(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(*[drip(ANSWER, 0.3, chunked=True)] * 20)
    sleeps: list[float] = []
    error, seconds = timed(
        lambda: get_call(
            sdk, kind, server.url, sleeps, timeout=0.6, max_retries=10, total_timeout=1.5
        )
    )
    assert seconds < 4.5
    assert isinstance(error, sdk.KucoinTimeoutError), error
    assert 2 <= server.count < 10  # retried, but not max_retries times
    assert len(sleeps) == server.count - 1


@pytest.mark.parametrize("kind", KINDS)
def test_total_timeout_per_call_through_with_options(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(drip(ANSWER, 0.3, chunked=False))
    error, seconds = timed(
        lambda: post_call(
            sdk, kind, server.url, [], timeout=30, max_retries=0, per_call={"total_timeout": 1}
        )
    )
    assert seconds < 3.0
    assert isinstance(error, sdk.KucoinTimeoutError), error
    assert "total_timeout of 1 s" in str(error)
    assert error.may_have_taken_effect is True


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_within_the_timeout_is_read_whole(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(drip(ANSWER, 0.005, chunked=True))
    data = post_call(sdk, kind, server.url, [], timeout=5, max_retries=0, total_timeout=10)
    assert data.order_id == json.loads(ANSWER)["data"]["orderId"]


@pytest.mark.parametrize("kind", KINDS)
def test_dripping_headers_over_tls_end_the_attempt_at_its_timeout(
    sdk: Any, kind: str, tls_server: FakeKucoin
) -> None:
    # Slow headers over TLS: the sync client bounds the TLS connection's own reads.
    transport = trusting_transport(asynchronous=kind == "async")
    assert_order_cut_in_time(sdk, kind, tls_server, drip_head(0.3), transport=transport)


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_over_tls_within_the_timeout_is_read_whole(
    sdk: Any, kind: str, tls_server: FakeKucoin
) -> None:
    transport = trusting_transport(asynchronous=kind == "async")
    data = post_call(sdk, kind, tls_server.url, [], timeout=5, transport=transport)
    assert data.client_oid == "oid-0001"


@pytest.mark.parametrize("kind", KINDS)
def test_dripping_headers_on_a_pooled_connection_end_the_attempt_at_its_timeout(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    """A bot's calls go over connections kept in the pool: the second call here reuses the
    first one's connection, whose server then sends its headers a byte at a time. Only
    connections opened by the attempt itself used to be bounded."""
    server.then(echo, drip_head(0.2))

    def second_call_on_one_connection() -> None:
        if kind == "sync":
            with server.client(sdk, timeout=1, max_retries=0) as client:
                client.add_order(**ORDER)
                client.add_order(**ORDER)
            return

        async def main() -> None:
            async with server.client(sdk, asynchronous=True, timeout=1, max_retries=0) as client:
                await client.add_order(**ORDER)
                await client.add_order(**ORDER)

        asyncio.run(main())

    error, seconds = timed(second_call_on_one_connection)
    assert seconds < 1 + 3.0
    assert isinstance(error, sdk.KucoinTimeoutError), error
    assert error.may_have_taken_effect is True
    assert server.count == 2


SERVER_TIME = envelope(1_700_000_000_000)
REJECTED = {"code": "400002", "msg": "KC-API-TIMESTAMP Invalid"}


@pytest.mark.parametrize("kind", KINDS)
def test_the_server_time_request_after_a_rejected_timestamp_is_bounded_too(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    """After a 400002 the client asks for the server's time; a server dripping that answer
    held the call as long as it liked (it was sent without the attempt's bounds)."""
    server.then(reply(400, REJECTED), drip(SERVER_TIME, 0.3, chunked=True))
    error, seconds = timed(lambda: post_call(sdk, kind, server.url, [], timeout=1, max_retries=0))
    assert seconds < 2 + 3.0  # the order, the server's time (cut at 1 s), the order again
    assert error is None, error
    assert server.count == 3 and server.requests[2].path == server.requests[0].path
