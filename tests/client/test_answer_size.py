"""`max_response_bytes`: an answer larger than the limit fails before it is parsed, and no
more of it than the limit is read, whatever its framing or compression.

Without a limit a 90 MB answer (a broken proxy, a wrong URL) took 2.8 GB once parsed.
"""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from typing import Any

import pytest

from tests.support.local_server import (
    KINDS,
    FakeKucoin,
    endless,
    envelope,
    get_call,
    post_call,
    raw_then_close,
    reply,
)

LIMIT = 50_000


def padded(size: int) -> bytes:
    """A success envelope of `size` bytes or a little more."""
    return envelope({"settleCurrency": "X" * size})


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_over_the_limit_fails_saying_the_limit_and_how_to_raise_it(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(reply(200, padded(LIMIT)))
    with pytest.raises(sdk.KucoinResponseTooLargeError) as caught:
        get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT)
    error = caught.value
    assert isinstance(error, sdk.KucoinTransportError)
    assert error.limit == LIMIT and error.http_status == 200
    assert f"max_response_bytes={LIMIT}" in str(error)
    assert "with_options(max_response_bytes=" in str(error)
    assert server.count == 1  # the same request would bring the same answer


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_within_the_limit_is_read(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(200, padded(LIMIT - 100)))
    data = get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT)
    assert data.settle_currency == "X" * (LIMIT - 100)


@pytest.mark.parametrize("kind", KINDS)
def test_a_content_length_over_the_limit_fails_before_the_body_is_read(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    # 90 MB promised, a few bytes sent, the connection held open: only the header can tell.
    server.then(raw_then_close(b"HTTP/1.1 200 OK\r\nContent-Length: 90000000\r\n\r\n{"))
    started = time.monotonic()
    with pytest.raises(sdk.KucoinResponseTooLargeError) as caught:
        get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT, timeout=5)
    assert time.monotonic() - started < 4
    assert "Content-Length is 90000000" in str(caught.value)


@pytest.mark.parametrize("kind", KINDS)
def test_an_endless_chunked_answer_is_cut_at_the_limit(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(endless(b"x" * 65536))
    with pytest.raises(sdk.KucoinResponseTooLargeError):
        get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT, timeout=10)


@pytest.mark.parametrize("kind", KINDS)
def test_the_decompressed_size_counts(sdk: Any, kind: str, server: FakeKucoin) -> None:
    bomb = gzip.compress(padded(4 * LIMIT))
    assert len(bomb) < LIMIT / 10
    server.then(reply(200, bomb, (("Content-Encoding", "gzip"),)))
    with pytest.raises(sdk.KucoinResponseTooLargeError):
        get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT)


@pytest.mark.parametrize("kind", KINDS)
def test_the_limit_can_be_raised_for_one_call(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(200, padded(LIMIT)))
    data = get_call(
        sdk, kind, server.url, [], max_response_bytes=LIMIT, per_call={"max_response_bytes": None}
    )
    assert len(data.settle_currency) == LIMIT


@pytest.mark.parametrize("kind", KINDS)
def test_the_default_limit_is_a_few_megabytes(sdk: Any, kind: str, server: FakeKucoin) -> None:
    server.then(reply(200, padded(9 * 1024 * 1024)))
    with pytest.raises(sdk.KucoinResponseTooLargeError) as caught:
        post_call(sdk, kind, server.url, [])
    assert caught.value.limit == 8 * 1024 * 1024
    assert caught.value.may_have_taken_effect is True


def deflated(data: bytes, wrapped: bool) -> bytes:
    """`data` as deflate: in a zlib wrapper, as the standard says, or raw, as some send it."""
    compressor = zlib.compressobj(wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("kind", KINDS)
def test_a_compression_bomb_is_never_inflated_past_the_limit(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    """httpx inflates each raw chunk whole: 64 KiB of gzip became 64 MiB in memory before a
    byte of it was counted. The client inflates no more than the limit allows."""
    bomb = gzip.compress(b" " * (64 << 20), compresslevel=9)
    assert len(bomb) < 100_000
    server.then(reply(200, bomb, (("Content-Encoding", "gzip"),)))
    tracemalloc.start()
    try:
        with pytest.raises(sdk.KucoinResponseTooLargeError):
            # Its Content-Length is within the limit: only inflating tells.
            get_call(sdk, kind, server.url, [], max_response_bytes=1 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "encoding", ["gzip", "x-gzip", "deflate", "raw deflate", "identity", "gzip, identity"]
)
def test_a_compressed_answer_within_the_limit_is_read(
    sdk: Any, kind: str, server: FakeKucoin, encoding: str
) -> None:
    answer = padded(LIMIT // 2)
    if encoding == "identity":
        body = answer
    elif "deflate" in encoding:
        body = deflated(answer, wrapped=encoding == "deflate")
    else:
        body = gzip.compress(answer)
    header = encoding.replace("raw ", "")
    server.then(reply(200, body, (("Content-Encoding", header),)))
    data = get_call(sdk, kind, server.url, [], max_response_bytes=LIMIT)
    assert len(data.settle_currency) == LIMIT // 2
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_that_does_not_inflate_is_a_transport_error(
    sdk: Any, kind: str, server: FakeKucoin
) -> None:
    server.then(reply(200, b"this is not gzip at all", (("Content-Encoding", "gzip"),)))
    with pytest.raises(sdk.KucoinTransportError) as caught:
        post_call(sdk, kind, server.url, [])
    assert caught.value.may_have_taken_effect is True
