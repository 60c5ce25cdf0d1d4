"""`may_have_taken_effect`: every failure after an order may have reached the server says
so, on whatever error class it comes as, and the order is never sent again.

A bot that re-sends on a transport error (as it may, when the error says nothing) would
place the order twice if the server had acted on the first. These tests drive each failure
through a real server on 127.0.0.1, sync and async, and check a read's twin says False.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.local_server import (
    KINDS,
    FakeKucoin,
    delayed,
    endless,
    get_call,
    post_call,
    raw_then_close,
    reply,
)

HTML = (("Content-Type", "text/html"),)
PAGE = b"<html><body><h1>Bad Gateway</h1></body></html>"

AFTER_SENDING = {
    "html-502": reply(502, PAGE, HTML),
    "html-503": reply(503, PAGE, HTML),
    "html-504": reply(504, PAGE, HTML),
    "empty-500": reply(500, b""),
    "json-503-envelope": reply(503, {"code": "503000", "msg": "Service busy"}),
    "json-500-not-an-envelope": reply(500, b"[1, 2]"),
    "dropped-after-the-request": raw_then_close(b""),
    "dropped-mid-answer": raw_then_close(
        b"HTTP/1.1 200 OK\r\nContent-Length: 90\r\n\r\n" + b'{"code":"200000","data":{'
    ),
    "timeout": delayed(3.0),
    "too-large": endless(b" " * 65536),
    "html-200": reply(200, PAGE, HTML),
    "json-200-not-an-envelope": reply(200, b'"ok"'),
    "corrupt-gzip": reply(200, b"this is not gzip", (("Content-Encoding", "gzip"),)),
}
OPTIONS = {"timeout": 0.5, "max_retries": 3, "max_response_bytes": 100_000}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", AFTER_SENDING.values(), ids=AFTER_SENDING.keys())
def test_an_order_that_may_have_reached_the_server_says_so_and_is_sent_once(
    sdk: Any, kind: str, server: FakeKucoin, answer: Any
) -> None:
    server.then(answer)
    sleeps: list[float] = []
    with pytest.raises(sdk.KucoinError) as caught:
        post_call(sdk, kind, server.url, sleeps, **OPTIONS)
    assert caught.value.may_have_taken_effect is True
    assert "may have taken effect" in str(caught.value)
    assert server.count == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", AFTER_SENDING.values(), ids=AFTER_SENDING.keys())
def test_a_read_that_failed_the_same_way_changed_nothing(
    sdk: Any, kind: str, server: FakeKucoin, answer: Any
) -> None:
    server.then(*[answer] * 4)
    with pytest.raises(sdk.KucoinError) as caught:
        get_call(sdk, kind, server.url, [], **{**OPTIONS, "max_retries": 0})
    assert caught.value.may_have_taken_effect is False
    assert "may have taken effect" not in str(caught.value)


REFUSED = {
    "invalid-parameter": reply(400, {"code": "400100", "msg": "Parameter error"}),
    "error-code-with-200": reply(200, {"code": "300000", "msg": "Order does not exist"}),
    "unauthorized": reply(401, {"code": "400003", "msg": "KC-API-KEY not exists"}),
    "rate-limited": reply(429, {"code": "429000", "msg": "Too Many Requests"}),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", REFUSED.values(), ids=REFUSED.keys())
def test_an_order_the_api_refused_did_not_take_effect(
    sdk: Any, kind: str, server: FakeKucoin, answer: Any
) -> None:
    server.then(*[answer] * 4)
    with pytest.raises(sdk.KucoinAPIError) as caught:
        post_call(sdk, kind, server.url, [], **OPTIONS)
    assert caught.value.may_have_taken_effect is False


@pytest.mark.parametrize("kind", KINDS)
def test_an_order_never_sent_did_not_take_effect(sdk: Any, kind: str, refused_url: str) -> None:
    with pytest.raises(sdk.KucoinConnectionError) as caught:
        post_call(sdk, kind, refused_url, [], max_retries=0)
    assert caught.value.may_have_taken_effect is False


def test_every_error_class_has_may_have_taken_effect(sdk: Any) -> None:
    names = [name for name in sdk.__all__ if name.endswith("Error")]
    assert names
    for name in names:
        assert getattr(sdk, name).may_have_taken_effect is False, name
