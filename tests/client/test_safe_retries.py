"""Retries that are safe with money: a request that may have taken effect is never sent
twice, and the server's own wait is honoured."""

from __future__ import annotations

import logging
from email.utils import formatdate
from typing import Any

import pytest

from tests.support.seed_sdk import (
    API_PASSPHRASE,
    API_SECRET,
    NOW,
    ORDER,
    Server,
    dropped,
    example_data,
    fail,
    make_client,
    ok,
    read_timeout,
)

RATE_LIMITED = {"gw-ratelimit-remaining": "0"}


@pytest.mark.parametrize("failure", [read_timeout, dropped], ids=["read-timeout", "dropped"])
def test_an_order_sent_without_an_answer_is_never_sent_again(sdk: Any, failure: Any) -> None:
    server = Server(failure, ok({"orderId": "1"}))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinTimeoutError) as caught:
        client.add_order(**ORDER)
    assert caught.value.may_have_taken_effect is True
    assert "may have taken effect" in str(caught.value)
    assert isinstance(caught.value, sdk.KucoinTransportError)
    assert len(server.requests) == 1 and sleeps == []


def test_a_cancel_that_timed_out_is_not_retried(sdk: Any) -> None:
    # Retried, the cancel the server did process would come back "cannot be canceled".
    server = Server(read_timeout, fail(400, "100004", "The order cannot be canceled"))
    client, sleeps = make_client(sdk, server, max_retries=5)
    with pytest.raises(sdk.KucoinTimeoutError) as caught:
        client.cancel_order_by_order_id(order_id="1")
    assert caught.value.may_have_taken_effect is True
    assert len(server.requests) == 1 and sleeps == []


def test_a_read_that_timed_out_is_retried(sdk: Any) -> None:
    server = Server(read_timeout, dropped, ok(example_data("get_order_list")))
    client, sleeps = make_client(sdk, server, max_retries=2)
    assert client.get_order_list() is not None
    assert len(server.requests) == 3 and len(sleeps) == 2


def test_a_read_that_keeps_timing_out_raises_a_timeout_that_changed_nothing(sdk: Any) -> None:
    server = Server(read_timeout)
    client, _ = make_client(sdk, server, max_retries=1)
    with pytest.raises(sdk.KucoinTimeoutError) as caught:
        client.get_order_list()
    assert caught.value.may_have_taken_effect is False
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("headers", "at_least"),
    [
        ({"Retry-After": "30"}, 30.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"gw-ratelimit-reset": "30000"}, 30.0),
        ({"Retry-After": "30", "gw-ratelimit-reset": "30000"}, 30.0),
        ({"Retry-After": formatdate(NOW + 20, usegmt=True)}, 19.0),
    ],
    ids=["seconds", "fraction", "reset-ms", "both", "http-date"],
)
def test_a_rate_limited_call_waits_as_long_as_the_server_asks(
    sdk: Any, headers: dict[str, str], at_least: float
) -> None:
    server = Server(fail(429, "429000", "slow down", {**RATE_LIMITED, **headers}), ok(None))
    client, sleeps = make_client(sdk, server)
    client.get_order_list()
    assert len(sleeps) == 1 and sleeps[0] >= at_least
    assert sleeps[0] <= at_least + 8.0  # the wait, plus at most the backoff's jitter


def test_a_wait_longer_than_max_retry_wait_raises_at_once_with_the_wait(sdk: Any) -> None:
    server = Server(fail(429, "429000", "slow down", {"Retry-After": "30"}), ok(None))
    client, sleeps = make_client(sdk, server, max_retry_wait=10)
    with pytest.raises(sdk.RateLimitError) as caught:
        client.add_order(**ORDER)
    assert caught.value.retry_after == 30.0
    assert len(server.requests) == 1 and sleeps == []


def test_the_wait_is_never_shorter_than_the_rate_limit_reset_in_the_same_window(
    sdk: Any,
) -> None:
    # Before: a 30 s window was retried after 8 s (the backoff's cap), twice, and failed.
    reset = {"Retry-After": "30", "gw-ratelimit-reset": "30000"}
    server = Server(fail(429, "429000", "slow down", reset), ok(None))
    client, sleeps = make_client(sdk, server)
    client.get_order_list()
    assert sleeps[0] >= 30.0


def test_each_retry_is_logged_without_credentials(
    sdk: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(fail(503, "500000"), ok(None))
    client, _ = make_client(sdk, server)
    with caplog.at_level(logging.INFO, logger=sdk.__name__):
        client.get_order_list(symbol="XBTUSDTM")
    (record,) = [r for r in caplog.records if "retry" in r.getMessage()]
    message = record.getMessage()
    assert record.name == sdk.__name__
    assert "GET /api/v1/orders" in message
    assert "HTTP 503" in message
    assert "retry 1 of 2" in message
    assert " s" in message  # the wait
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert API_SECRET not in logged and API_PASSPHRASE not in logged
