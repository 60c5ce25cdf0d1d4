"""Cutting a sync attempt's connection when the attempt's time is up.

httpx's timeouts bound each socket read, so a server sending a byte now and then would hold
a sync call for ever; the reading thread cannot be interrupted, but its socket can be shut
from another thread, which wakes the reader with an end of file.

One daemon thread serves every attempt of the process: starting a timer thread per attempt
cost more than the rest of a call (hundreds of microseconds). An attempt registers its end
and its connection; the thread sleeps until the earliest end and cuts what is still running
then. It wakes at most every CUT_TICK_SECONDS, so an attempt is cut that much late at most.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any

import httpx

CUT_TICK_SECONDS = 0.05
"""How late an attempt may be cut: ends this close together are handled in one wake-up."""


class Watchdog:
    """Cuts one sync attempt's connection at the attempt's end, unless stopped first.

    The socket is known once the connection opens (httpcore's trace) or the answer's headers
    arrive; a pooled connection is only known from its headers on, before which each read is
    bounded by the time left when the attempt started."""

    __slots__ = ("_fired", "_lock", "_stopped", "_stream")

    def __init__(self, request: httpx.Request, seconds: float | None) -> None:
        self._lock = threading.Lock()
        self._stream: Any = None
        self._fired = False
        self._stopped = False
        if seconds is not None:
            request.extensions["trace"] = self._trace
            _CUTTER.add(time.monotonic() + seconds, self)

    def watch(self, response: httpx.Response) -> None:
        """Watch the connection `response` arrives on."""
        self._watch(response.extensions.get("network_stream"))

    def stop(self) -> None:
        """The attempt is over: never cut its connection (it may be back in the pool)."""
        with self._lock:
            self._stopped = True
            self._stream = None  # the cutter keeps this object until the attempt's end

    def fire(self) -> None:
        """The attempt's time is up: cut its connection, now or once it is known."""
        with self._lock:
            self._fired = True
            if self._stream is not None and not self._stopped:
                _shut(self._stream)

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self._watch(info.get("return_value"))

    def _watch(self, stream: Any) -> None:
        if stream is None:
            return
        with self._lock:
            if self._stopped:
                return
            self._stream = stream
            if self._fired:
                _shut(stream)


class _Cutter:
    """The thread that fires each registered Watchdog at its end (see the module docstring);
    started on first use, and again in a child process after a fork."""

    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._due: list[tuple[float, int, Watchdog]] = []
        self._order = itertools.count()  # ties broken by registration, never by Watchdog
        self._thread: threading.Thread | None = None

    def add(self, ends_at: float, watchdog: Watchdog) -> None:
        with self._condition:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="sdk-attempt-cutter", daemon=True
                )
                self._thread.start()
            earliest = self._due[0][0] if self._due else None
            heapq.heappush(self._due, (ends_at, next(self._order), watchdog))
            if earliest is None or ends_at < earliest:
                self._condition.notify()

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._due or self._due[0][0] > time.monotonic():
                    wait = None if not self._due else self._due[0][0] - time.monotonic()
                    self._condition.wait(None if wait is None else wait + CUT_TICK_SECONDS)
                now = time.monotonic()
                ended = []
                while self._due and self._due[0][0] <= now:
                    ended.append(heapq.heappop(self._due)[2])
            for watchdog in ended:
                watchdog.fire()


_CUTTER = _Cutter()


def _shut(stream: Any) -> None:
    """Shut a connection's socket down, waking the thread reading it with an end of file.
    socket.socket's own shutdown, even for a TLS socket: ssl.SSLSocket's would also drop the
    TLS state the reading thread is using."""
    # Already closed, or not a socket (a test transport): nothing to cut.
    with contextlib.suppress(AttributeError, OSError, TypeError, ValueError):
        socket.socket.shutdown(stream.get_extra_info("socket"), socket.SHUT_RDWR)
