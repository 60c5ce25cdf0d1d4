"""One call of the client: each attempt's request, and what each answer or failure means.

The sync and async clients (`_client`) loop over `Attempts`: they only send, read the body,
sleep and ask the server for its time; every decision (retry or raise, how long to wait, how
long an attempt may take, how much of an answer to read, learn the clock, raw or parsed
result) is made here, once for both. What the attempts need of their client comes in one
`AttemptContext` the client builds when the call begins; nothing here knows the client.

Time: each attempt ends `timeout` seconds after it starts (connect to last byte), and every
attempt, wait and retry of a call ends `total_timeout` seconds after the call starts. httpx's
own timeouts bound each socket read, so they are set to the time left, and the clients keep
the end on every read and write (the sync one through `_deadline`, the async one by
cancelling the attempt at its end).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._clock import ClockOffset, ServerTime
from ._envelope import Envelope
from ._headers import header_int, server_date
from ._http import read_envelope, request_parts
from ._inflate import inflater
from ._lenient import parse_data
from ._operation import Operation
from ._rate_limits import RateLimitHeaders
from ._response import RAW_RESPONSE_WANTED, RawResponse
from ._retry import Failure, answer_failure, note_effect, retry_wait, transport_failure
from ._signing import RequestSigner
from .errors import KucoinError, KucoinResponseTooLargeError, KucoinTimeoutError

_logger = logging.getLogger(__package__)


class RequestBuilder(Protocol):
    """How the client makes a request (its httpx client's `build_request`, which adds the
    cookies the server set)."""

    def __call__(
        self,
        method: str,
        url: str,
        *,
        params: tuple[tuple[str, str], ...] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Request: ...


@dataclass(frozen=True)
class CallPolicy:
    """The client's limits on one call, as its options stood when the call began."""

    timeout: float | httpx.Timeout | None
    """Each attempt's limit, connect to last byte (of an httpx.Timeout, its longest phase)."""
    total_timeout: float | None
    """The whole call's limit, every attempt and wait included; None for none."""
    max_retries: int
    max_retry_wait: float
    """The longest wait the server may ask for before a retry; a longer one raises at once."""
    max_response_bytes: int | None
    """The largest answer read, after decompression; None for no limit."""


@dataclass(frozen=True)
class AttemptContext:
    """All that one call's attempts take from the client making it, built once when the
    call begins: its limits, where and how to send, how to sign, how the API answers, and
    the clocks."""

    policy: CallPolicy
    host: str
    """Where the operation is served: scheme and authority, no trailing slash."""
    headers: Mapping[str, str]
    """The headers of every request (the client's defaults and its `headers` option)."""
    build_request: RequestBuilder
    signer: RequestSigner | None
    """None for a client without credentials: its requests go unsigned."""
    envelope: Envelope
    server_time: ServerTime
    rate_limits: RateLimitHeaders
    clock: ClockOffset
    """The server's clock offset the client learned; learned here anew when the server
    rejects a timestamp, for every later call of the client and its copies too."""
    now: Callable[[], float]
    """This machine's clock, in seconds since the epoch (timestamps, HTTP dates)."""
    random: Callable[[], float]
    """A number in [0, 1): the jitter of the backoff between retries."""
    record_headers: Callable[[httpx.Headers], object]
    """Called with the headers of every answer (the client's `rate_limit` reads the last)."""


@dataclass(frozen=True)
class Done:
    result: Any


@dataclass(frozen=True)
class Retry:
    wait: float
    learn_clock: httpx.Response | None = None
    """The answer that rejected the timestamp: learn the server's clock before retrying."""


class Attempts:
    """One call: the request of each attempt, and what each answer or failure means."""

    def __init__(
        self,
        context: AttemptContext,
        operation: Operation,
        arguments: Mapping[str, Any],
        items: Sequence[Any] | None,
    ) -> None:
        self.context = context
        self.operation = operation
        self.raw = RAW_RESPONSE_WANTED.get()
        path, self.query, self.body, sent_headers = request_parts(operation, arguments, items)
        # The operation's header parameters, over the client's own headers of the same name.
        self.headers: Mapping[str, str] = (
            {**context.headers, **sent_headers} if sent_headers else context.headers
        )
        self.url = context.host + path
        self.where = f"{operation.method} {path}"
        self.attempt = 0
        self.clock_corrected = False
        total = context.policy.total_timeout
        self.call_ends_at = None if total is None else time.monotonic() + total
        self.ends_at: float | None = None
        """When the current attempt must have its whole answer (monotonic clock)."""

    def _start_clock(self) -> float | httpx.Timeout | None:
        """Start an attempt's clock (its end: the timeout, or the call's end if sooner), and
        give httpx's timeouts for it."""
        timeout = self.context.policy.timeout
        now = time.monotonic()
        left = attempt_seconds(timeout)
        if self.call_ends_at is not None:
            call_left = self.call_ends_at - now
            left = call_left if left is None else min(left, call_left)
        self.ends_at = None if left is None else now + left
        return timeout if left is None else capped(timeout, left)

    def request(self) -> httpx.Request:
        """The next attempt's request, signed; starts the attempt's clock."""
        context = self.context
        request = context.build_request(
            self.operation.method,
            self.url,
            params=tuple(self.query) or None,
            content=self.body,
            headers=self.headers,
            timeout=self._start_clock(),
        )
        if context.signer is not None:
            # Signed anew for every attempt: a retry's timestamp must be fresh.
            context.signer.sign(request, context.clock.now_ms(context.now()))
        return request

    def seconds_left(self) -> float | None:
        """How long the current attempt may still take; None without a limit."""
        return None if self.ends_at is None else max(0.0, self.ends_at - time.monotonic())

    def ran_out(self) -> str | None:
        """Which time limit the current attempt has passed, in words; None if none."""
        if self.ends_at is None or time.monotonic() < self.ends_at:
            return None
        policy = self.context.policy
        if self.call_ends_at is not None and self.ends_at >= self.call_ends_at:
            return f"no whole answer before the call's total_timeout of {policy.total_timeout} s"
        return f"no whole answer within the timeout of {attempt_seconds(policy.timeout)} s"

    def reader(self, response: httpx.Response) -> Body:
        """A reader for `response`'s body, under the call's `max_response_bytes`."""
        return Body(self, response)

    def answered(self, response: httpx.Response, body: Body) -> Done | Retry:
        """What a response whose body `body` read means."""
        context = self.context
        context.record_headers(response.headers)
        if body.failure is not None:
            return self.retry_or_raise(body.failure, body.failure.error)
        try:
            data = self._read(response, body)
        except KucoinError as error:
            if (
                context.server_time.rejects_timestamp(error)
                and not self.clock_corrected
                and (self.call_ends_at is None or time.monotonic() < self.call_ends_at)
            ):
                # Rejected before it was processed: safe to send again, once, on the
                # server's clock.
                self.clock_corrected = True
                return Retry(0.0, learn_clock=response)
            return self.retry_or_raise(answer_failure(error), error)
        if self.raw:
            read = _read(response, body.content)
            return Done(RawResponse(read, self.operation, data, rate_limits=context.rate_limits))
        return Done(parse_data(self.operation, data))

    def _read(self, response: httpx.Response, body: Body) -> Any:
        """The data of an answer read whole; raises the KucoinError it stands for."""
        context = self.context
        return read_envelope(
            response,
            body.content,
            envelope=context.envelope,
            rate_limits=context.rate_limits,
            now=context.now,
        )

    def failed(self, error: httpx.RequestError) -> Retry:
        """What an httpx error of the current attempt means."""
        failure = transport_failure(error, self.where, self.ran_out())
        return self.retry_or_raise(failure, error)

    def timed_out(self) -> Retry:
        """The client cut the current attempt at its end."""
        ran_out = self.ran_out() or "no whole answer in time"
        return self.retry_or_raise(self.timeout_failure(ran_out), None)

    def timeout_failure(self, ran_out: str) -> Failure:
        return Failure(KucoinTimeoutError(f"{self.where}: {ran_out}"), "reads", "timeout")

    def retry_or_raise(self, failure: Failure, cause: BaseException | None) -> Retry:
        policy = self.context.policy
        wait = retry_wait(
            failure,
            self.operation.method,
            self.attempt,
            policy.max_retries,
            policy.max_retry_wait,
            self.context.random,
        )
        if (
            wait is not None
            and self.call_ends_at is not None
            and time.monotonic() + wait >= self.call_ends_at
        ):
            _logger.info(
                "%s: %s; no retry: the call's total_timeout would pass", self.where, failure.reason
            )
            wait = None
        if wait is None:
            note_effect(failure.error, self.operation.method)
            if failure.error is cause or cause is None:
                raise failure.error
            raise failure.error from cause
        self.attempt += 1
        _logger.info(
            "%s: %s; retry %d of %d in %.2f s",
            self.where,
            failure.reason,
            self.attempt,
            policy.max_retries,
            wait,
        )
        return Retry(wait)

    def server_time_request(self) -> httpx.Request | None:
        """The request for the server's time, None when the API has none; an attempt of its
        own, bounded like any other (its clock starts here)."""
        context = self.context
        path = context.server_time.path
        if path is None:
            return None
        return context.build_request(
            "GET",
            context.host + path,
            headers=context.headers,
            timeout=self._start_clock(),
        )

    def learn_clock(
        self, rejected: httpx.Response, answer: tuple[httpx.Response, Body] | None, sent_at: float
    ) -> None:
        """Set the client's clock offset from the server's time (ms resolution; `answer` is
        the server-time request's answer and its body, None if it failed) or, failing that,
        the rejecting answer's Date header (one second)."""
        context = self.context
        now = context.now()
        if answer is not None and answer[1].failure is None:
            response, body = answer
            try:
                data = self._read(response, body)
            except (KucoinError, ValueError):
                data = None
            server_ms = context.server_time.milliseconds(data)
            if server_ms is not None:
                context.clock.learn(server_ms, (sent_at + now) / 2 * 1000, "")
                return
            if data is not None:
                _logger.warning("the server's time %.40r is not a time; ignored", data)
        date = server_date(rejected.headers)
        context.clock.learn(
            None if date is None else date * 1000,
            now * 1000,
            "it gave no time to correct the clock with",
        )


class Body:
    """An answer's body as it arrives, cut when it grows past the call's
    `max_response_bytes` (counted after decompression) or its attempt runs out of time.

    The client feeds it the chunks of `chunks` (or `achunks`): the raw ones, which it
    inflates itself, never more at once than the answer may still grow by (see `_inflate`),
    or those httpx decoded (an encoding the client did not ask for, or an answer httpx read
    already, as a test transport's); then it calls `end` once the body has ended."""

    def __init__(self, attempts: Attempts, response: httpx.Response) -> None:
        self._attempts = attempts
        self._response = response
        self._chunks: list[bytes] = []
        self.size = 0
        self.failure: Failure | None = None
        """Why the body was not read to its end; None while all is well."""
        self.limit = attempts.context.policy.max_response_bytes
        self._inflater = None
        if not response.is_stream_consumed:
            self._inflater = inflater(response.headers.get("content-encoding", ""))
        length = header_int(response.headers, "content-length")
        if self.limit is not None and length is not None and length > self.limit:
            self.failure = self._too_large(f"its Content-Length is {length}")

    @property
    def content(self) -> bytes:
        return b"".join(self._chunks)

    def chunks(self) -> Iterator[bytes]:
        """The answer's chunks to `take`, sync."""
        response = self._response
        return response.iter_raw() if self._inflater is not None else response.iter_bytes()

    def achunks(self) -> AsyncIterator[bytes]:
        """The answer's chunks to `take`, async."""
        response = self._response
        return response.aiter_raw() if self._inflater is not None else response.aiter_bytes()

    def take(self, chunk: bytes) -> bool:
        """Keep `chunk`; False when the reading must stop (see `failure`). Raises
        httpx.DecodingError for a raw chunk that does not inflate."""
        if self._inflater is None:
            return self._keep(chunk)
        most = None if self.limit is None else self.limit - self.size + 1
        return all(self._keep(piece) for piece in self._inflater.pieces(chunk, most))

    def end(self) -> None:
        """The body has ended: keep what the inflater still holds."""
        if self._inflater is not None and self.failure is None:
            self._keep(self._inflater.rest())

    def _keep(self, piece: bytes) -> bool:
        self.size += len(piece)
        if self.limit is not None and self.size > self.limit:
            self.failure = self._too_large(f"more than {self.limit} bytes arrived")
            return False
        self._chunks.append(piece)
        ran_out = self._attempts.ran_out()
        if ran_out is not None:
            self.failure = self._attempts.timeout_failure(ran_out)
            return False
        return True

    def _too_large(self, why: str) -> Failure:
        status = self._response.status_code
        error = KucoinResponseTooLargeError(
            f"{self._attempts.where}: the answer (HTTP {status}) is larger than"
            f" max_response_bytes={self.limit} ({why}), so it was not read; raise the limit"
            " with Client(max_response_bytes=...) or client.with_options(max_response_bytes=...)",
            limit=self.limit or 0,
            http_status=status,
        )
        # The same request would bring the same answer: never retried.
        return Failure(error, "never", "answer too large")


def _read(response: httpx.Response, content: bytes) -> httpx.Response:
    """A streamed (and closed) `response` as an ordinary one: its `content`, `text` and
    `json()` are the body read, its headers those received (Content-Encoding included)."""
    read = httpx.Response(
        response.status_code,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )
    # Set after construction: given to the constructor, a Content-Encoding header would
    # make httpx decompress the already decompressed body again.
    read.headers = response.headers
    return read


def attempt_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """How long one attempt may take, connect to last byte: the timeout, or the longest
    phase of an httpx.Timeout; None for no limit."""
    if not isinstance(timeout, httpx.Timeout):
        return timeout
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(phases) if phases else None


def capped(timeout: float | httpx.Timeout | None, seconds: float) -> float | httpx.Timeout:
    """httpx's per-phase timeouts, none longer than `seconds` (the time left)."""
    if isinstance(timeout, float | int) and 0 < timeout <= seconds:
        return timeout  # a whole attempt's time left: nothing to cap (most calls)
    phases = httpx.Timeout(timeout)
    seconds = max(seconds, 0.001)  # 0 would make httpx's sockets non-blocking

    def cap(phase: float | None) -> float:
        return seconds if phase is None else min(phase, seconds)

    return httpx.Timeout(
        connect=cap(phases.connect),
        read=cap(phases.read),
        write=cap(phases.write),
        pool=cap(phases.pool),
    )
