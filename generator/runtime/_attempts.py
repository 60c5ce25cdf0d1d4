"""One call of the client: each attempt's request, and what each answer or failure means.

The sync and async clients (`_client`) loop over `Attempts`: they only send, sleep and ask
the server for its time; every decision (retry or raise, how long to wait, learn the clock,
raw or parsed result) is made here, once for both.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from . import _settings
from ._http import read_envelope, request_parts, server_date
from ._lenient import parse_data
from ._operation import Operation
from ._response import RAW_RESPONSE_WANTED, RawResponse
from ._retry import Failure, answer_failure, retry_wait, transport_failure
from .errors import KucoinAPIError, KucoinError

if TYPE_CHECKING:
    from ._client import ClientCore

_logger = logging.getLogger(__package__)


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
        client: ClientCore,
        operation: Operation,
        arguments: Mapping[str, Any],
        items: Sequence[Any] | None,
    ) -> None:
        self.client = client
        self.operation = operation
        self.raw = RAW_RESPONSE_WANTED.get()
        path, self.query, self.body = request_parts(operation, arguments, items)
        self.url = client._host(operation) + path
        self.where = f"{operation.method} {path}"
        self.attempt = 0
        self.clock_corrected = False

    def request(self) -> httpx.Request:
        client = self.client
        request = client._http.build_request(
            self.operation.method,
            self.url,
            params=tuple(self.query) or None,
            content=self.body,
            headers=client._headers,
            timeout=client._timeout,
        )
        if client._credentials is not None:
            # Signed anew for every attempt: a retry's timestamp must be fresh.
            client._credentials.sign(request, client._now_ms())
        return request

    def answered(self, response: httpx.Response) -> Done | Retry:
        client = self.client
        client._last_headers.set(response.headers)
        try:
            data = read_envelope(response, client._time)
        except KucoinError as error:
            if (
                isinstance(error, KucoinAPIError)
                and error.code == _settings.INVALID_TIMESTAMP_CODE
                and not self.clock_corrected
            ):
                # Rejected before it was processed: safe to send again, once, on the
                # server's clock.
                self.clock_corrected = True
                return Retry(0.0, learn_clock=response)
            return self.retry_or_raise(answer_failure(error), error)
        if self.raw:
            return Done(RawResponse(response, self.operation, data))
        return Done(parse_data(self.operation, data))

    def failed(self, error: httpx.RequestError) -> Retry:
        failure = transport_failure(error, self.operation.method, self.where)
        return self.retry_or_raise(failure, error)

    def retry_or_raise(self, failure: Failure, cause: BaseException) -> Retry:
        client = self.client
        wait = retry_wait(
            failure,
            self.operation.method,
            self.attempt,
            client.max_retries,
            client.max_retry_wait,
            client._random,
        )
        if wait is None:
            if failure.error is cause:
                raise failure.error
            raise failure.error from cause
        self.attempt += 1
        _logger.info(
            "%s: %s; retry %d of %d in %.2f s",
            self.where,
            failure.reason,
            self.attempt,
            client.max_retries,
            wait,
        )
        return Retry(wait)

    def server_time_request(self) -> httpx.Request | None:
        if _settings.SERVER_TIME_PATH is None:
            return None
        client = self.client
        return client._http.build_request(
            "GET",
            client._host(self.operation) + _settings.SERVER_TIME_PATH,
            headers=client._headers,
            timeout=client._timeout,
        )

    def learn_clock(
        self, rejected: httpx.Response, server_time: httpx.Response | None, sent_at: float
    ) -> None:
        """Set the client's clock offset from the server's time (ms resolution) or, failing
        that, the rejecting answer's Date header (one second)."""
        client = self.client
        now = client._time()
        if server_time is not None:
            try:
                server_ms = read_envelope(server_time, client._time)
            except (KucoinError, ValueError):
                server_ms = None
            if _is_time_ms(server_ms):
                client._learned(server_ms, (sent_at + now) / 2 * 1000, "")
                return
            if server_ms is not None:
                _logger.warning("the server's time %.40r is not a time; ignored", server_ms)
        date = server_date(rejected.headers)
        client._learned(
            None if date is None else date * 1000,
            now * 1000,
            "it gave no time to correct the clock with",
        )


_LAST_TIME_MS = 253402300800000
"""The end of year 9999 in ms since the epoch: the last time a `datetime` can hold."""


def _is_time_ms(value: object) -> bool:
    """Whether `value` is a time in milliseconds since the epoch (not 10**400: the offset
    learned from it would overflow every timestamp signed after)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < _LAST_TIME_MS
