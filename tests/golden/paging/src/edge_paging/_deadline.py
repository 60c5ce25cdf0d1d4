"""A sync attempt's end, kept by every connection it uses, new or pooled.

httpx's timeouts bound each socket operation, not an attempt: a server sending one byte at a
time (of the answer, or of its headers) would hold a sync call as long as it likes. So every
connection the sync client opens is adapted once, when it opens (httpcore's trace event for
it, set on every request the client sends): its reads and writes never wait past the end of
the attempt running on this thread, and once that end has passed they fail at once with
httpcore's own timeout, which httpx reports as a timeout. A connection taken from the pool
later keeps the adaptation, and keeps the end of whichever attempt then uses it.

The async client needs none of this: a task can be cancelled at its end wherever it waits.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpcore

_CURRENT = threading.local()
"""`ends_at`: when the attempt running on this thread must be over (time.monotonic()); None
or absent when it has no end."""

_OPENED = ("connection.connect_tcp.complete", "connection.start_tls.complete")


@contextlib.contextmanager
def attempt_ending_at(ends_at: float | None) -> Iterator[None]:
    """Run the body as an attempt that ends at `ends_at` (time.monotonic()), None for never."""
    before = getattr(_CURRENT, "ends_at", None)
    _CURRENT.ends_at = ends_at
    try:
        yield
    finally:
        _CURRENT.ends_at = before


def trace(event: str, info: Mapping[str, Any]) -> None:
    """httpcore's trace hook: adapt each connection as it opens (see the module docstring)."""
    if event in _OPENED:
        _bound(info.get("return_value"))


def _bound(stream: Any) -> None:
    read, write = getattr(stream, "read", None), getattr(stream, "write", None)
    if not callable(read) or not callable(write) or getattr(stream, "_sdk_bounded", False):
        return

    def bounded_read(max_bytes: int, timeout: float | None = None) -> Any:
        return read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def bounded_write(buffer: bytes, timeout: float | None = None) -> Any:
        return write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    # A stream of another kind (a test double, a future httpcore) is left as it is.
    with contextlib.suppress(AttributeError, TypeError):
        stream.read, stream.write, stream._sdk_bounded = bounded_read, bounded_write, True


def _time_left(timeout: float | None, expired: Callable[[str], Exception]) -> float | None:
    """`timeout`, cut to the time the current attempt has left; raises `expired` when it has
    none left."""
    ends_at: float | None = getattr(_CURRENT, "ends_at", None)
    if ends_at is None:
        return timeout
    left = ends_at - time.monotonic()
    if left <= 0:
        raise expired("the attempt's time is up")
    return left if timeout is None else min(timeout, left)
