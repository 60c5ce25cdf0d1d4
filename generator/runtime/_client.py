"""The client's machinery, the same for every SDK: credentials, hosts, per-call options,
signing, retries, time limits, answer sizes, clock skew, rate limits and raw responses.

The generated `Client` and `AsyncClient` subclass `SyncClientBase` and `AsyncClientBase` and
add one method per operation, each a call of `call()`. One call is an `Attempts`: it builds
and signs each attempt's request and decides what an answer or a failure means; the sync and
async loops only send, read the answer's body, sleep and ask the server for its time. The
client hands a call's attempts all they use of it in one `AttemptContext`, built when the
call begins.
"""

from __future__ import annotations

import copy
import functools
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from . import _deadline, _settings
from ._attempts import AttemptContext, Attempts, Body, CallPolicy, Done, Retry
from ._clock import ClockOffset
from ._conventions import CONVENTIONS
from ._inflate import ACCEPTED
from ._operation import Operation
from .errors import KucoinConfigurationError, RateLimit

_Number = TypeVar("_Number", int, float)
_DEFAULT_HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    # Only what the client inflates itself, within max_response_bytes (see _inflate).
    "Accept-Encoding": ACCEPTED,
}
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""The largest answer a client reads by default (8 MiB, after decompression): KuCoin's
largest pages are far smaller, and a broken proxy's endless answer must not eat the memory."""


class NotGiven:
    """The default of an option `with_options` leaves as it is (None is a valid timeout)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class ClientCore:
    """What sync and async clients share. See the generated Client for the arguments."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        api_passphrase: str | None,
        *,
        base_url: str | None,
        base_urls: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
        total_timeout: float | None,
        max_retries: int,
        max_retry_wait: float,
        max_response_bytes: int | None,
        headers: Mapping[str, str] | None,
        allow_insecure_http: bool,
    ) -> None:
        self._api = CONVENTIONS  # the envelope, authentication, server time, rate limits
        self._credentials = self._api.authentication.signer(
            api_key, api_secret, api_passphrase, os.environ
        )
        self._hosts = Hosts(base_url, base_urls)
        if self._credentials is not None and not allow_insecure_http:
            _refuse_clear_text(self._hosts.every())
        self._timeout = _timeout(timeout)
        self.total_timeout = _positive("total_timeout", total_timeout)
        """The longest a call may take, in seconds, every attempt and wait between retries
        included; None for no limit beyond each attempt's `timeout`."""
        self.max_response_bytes = _positive("max_response_bytes", max_response_bytes)
        """The largest answer read, in bytes after decompression; a larger one raises
        KucoinResponseTooLargeError. None for no limit."""
        self.max_retries = _retries(max_retries)
        """How many times a failed call may be sent again (see the class docstring)."""
        self.max_retry_wait = _wait(max_retry_wait)
        """The longest wait, in seconds, the server may ask for before a retry; a longer one
        raises RateLimitError at once."""
        self._headers = {**_DEFAULT_HEADERS, **_headers(headers)}
        self._clock = ClockOffset()
        self._last_headers: ContextVar[httpx.Headers | None] = ContextVar(
            "last_response_headers", default=None
        )
        self._time: Callable[[], float] = time.time
        self._random: Callable[[], float] = random.random

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._hosts.default!r})"

    @property
    def rate_limit(self) -> RateLimit:
        """The rate-limit headers of the last response this thread or task received through
        this client (and its `with_options` copies); each call's own are on its raw response."""
        headers = self._last_headers.get()
        return RateLimit() if headers is None else self._api.rate_limits.read(headers)

    @property
    def clock_offset_ms(self) -> int:
        """How far the server's clock is ahead of this machine's, in milliseconds, as learned
        when the server rejected a request's timestamp; 0 until then. Added to every
        timestamp this client signs."""
        return self._clock.milliseconds

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other options, sharing its connection pool, credentials
        and learned clock offset: `client.with_options(timeout=2.0).get_order_list(...)`.
        `timeout` bounds each attempt (connect to last byte), `total_timeout` the whole call
        with its retries (None: no limit), `max_response_bytes` the size of an answer (None:
        no limit). `headers` are added to (and override) this client's. Raises
        KucoinConfigurationError (a ValueError) for an option that cannot work."""
        clone = copy.copy(self)
        # Views built from the old client (with_raw_response, services) must be built anew.
        for name in _cached_properties(type(self)):
            clone.__dict__.pop(name, None)
        if not isinstance(timeout, NotGiven):
            clone._timeout = _timeout(timeout)
        if not isinstance(total_timeout, NotGiven):
            clone.total_timeout = _positive("total_timeout", total_timeout)
        if not isinstance(max_response_bytes, NotGiven):
            clone.max_response_bytes = _positive("max_response_bytes", max_response_bytes)
        if max_retries is not None:
            clone.max_retries = _retries(max_retries)
        if max_retry_wait is not None:
            clone.max_retry_wait = _wait(max_retry_wait)
        if headers:
            clone._headers = {**self._headers, **_headers(headers)}
        return clone

    def _attempt_context(self, operation: Operation) -> AttemptContext:
        """What a call of `operation` takes from this client, as it stands now."""
        return AttemptContext(
            policy=CallPolicy(
                timeout=self._timeout,
                total_timeout=self.total_timeout,
                max_retries=self.max_retries,
                max_retry_wait=self.max_retry_wait,
                max_response_bytes=self.max_response_bytes,
            ),
            host=self._hosts.of(operation),
            headers=self._headers,
            build_request=self._http.build_request,
            signer=self._credentials,
            envelope=self._api.envelope,
            server_time=self._api.server_time,
            rate_limits=self._api.rate_limits,
            clock=self._clock,
            now=self._time,
            random=self._random,
            record_headers=self._last_headers.set,
        )


class Hosts:
    """Where each operation goes. The package's hosts (`_settings`: the page's, an
    operation's own) unless the user chose: `base_url` sends every operation there,
    `base_urls={"service": ...}` every operation of a service."""

    def __init__(self, base_url: str | None, base_urls: Mapping[str, str] | None) -> None:
        for service, host in (base_urls or {}).items():
            if service not in _settings.SERVICE_BASE_URLS:
                known = ", ".join(sorted(_settings.SERVICE_BASE_URLS)) or "none"
                raise KucoinConfigurationError(
                    f"base_urls: no service {service!r} (services: {known})", option="base_urls"
                )
            _check_url("base_urls", host)
        if base_url is not None:
            _check_url("base_url", base_url)
        self._everything = None if base_url is None else base_url.rstrip("/")
        self._chosen = {service: host.rstrip("/") for service, host in (base_urls or {}).items()}
        self.default = self._everything or _settings.DEFAULT_BASE_URL.rstrip("/")
        """The host of a one-page package's operations (but those with their own)."""

    def of(self, operation: Operation) -> str:
        """The host `operation` is sent to."""
        if self._everything is not None:
            return self._everything
        if operation.service in self._chosen:
            return self._chosen[operation.service]
        if operation.host is not None:
            return operation.host.rstrip("/")
        if operation.service is None:
            return self.default
        return _settings.SERVICE_BASE_URLS[operation.service].rstrip("/")

    def every(self) -> tuple[str, ...]:
        """Every host an operation of the package may be sent to, each once."""
        if self._everything is not None:
            return (self._everything,)
        hosts = [self.default, *self._chosen.values()]
        services = _settings.SERVICE_BASE_URLS
        hosts += [host for service, host in services.items() if service not in self._chosen]
        # Those of a service the user sent elsewhere too: a package whose own config names
        # a clear-text host is refused, whatever the user overrides.
        hosts += _settings.OPERATION_BASE_URLS
        return tuple(sorted({host.rstrip("/") for host in hosts}))


def _refuse_clear_text(hosts: Sequence[str]) -> None:
    for host in hosts:
        if not host.lower().startswith("https://"):
            raise KucoinConfigurationError(
                f"{host!r} is not an https:// URL: the API key, passphrase and request"
                " signatures would cross the network in clear text. Use https://, or pass"
                " allow_insecure_http=True (for a test server on this machine, say)",
                option="allow_insecure_http",
            )


# The checks of the client's options, when it is made and in with_options: an option that
# cannot work is refused at once, as a KucoinConfigurationError, not by httpx or a
# comparison in the middle of a call (after a request went out, for max_retries).


def _check_url(name: str, url: object) -> None:
    problem = None
    if not isinstance(url, str):
        problem = f"must be a str, not {type(url).__name__}"
    else:
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as error:
            problem = f"{url!r} is not a URL ({error})"
        else:
            if parsed.scheme not in ("http", "https") or not parsed.host:
                problem = f"{url!r} is not an http:// or https:// URL"
    if problem is not None:
        raise KucoinConfigurationError(f"{name}: {problem}", option=name)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _positive(name: str, value: _Number | None) -> _Number | None:
    if value is not None and not (_is_number(value) and value > 0):
        raise KucoinConfigurationError(
            f"{name} must be a positive number or None, not {value!r}", option=name
        )
    return value


def _timeout(value: float | httpx.Timeout | None) -> float | httpx.Timeout | None:
    if isinstance(value, httpx.Timeout):
        return value
    return _positive("timeout", value)


def _retries(value: int) -> int:
    if not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        raise KucoinConfigurationError(
            f"max_retries must be an int of 0 or more, not {value!r}", option="max_retries"
        )
    return value


def _wait(value: float) -> float:
    if not (_is_number(value) and value >= 0):
        raise KucoinConfigurationError(
            f"max_retry_wait must be a number of 0 or more, not {value!r}",
            option="max_retry_wait",
        )
    return value


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    try:
        httpx.Headers(headers)  # what httpx would refuse on every call: not text, not ASCII
    except (TypeError, ValueError, AttributeError) as error:
        raise KucoinConfigurationError(f"headers: {error}", option="headers") from error
    return dict(headers or {})


def _cached_properties(cls: type) -> tuple[str, ...]:
    return tuple(
        name
        for klass in cls.__mro__
        for name, value in vars(klass).items()
        if isinstance(value, functools.cached_property)
    )


class SyncClientBase(ClientCore):
    """The synchronous client's machinery."""

    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        api_passphrase: str | None = None,
        *,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        total_timeout: float | None = None,
        max_retries: int = _settings.MAX_RETRIES,
        max_retry_wait: float = _settings.MAX_RETRY_WAIT_SECONDS,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            api_key,
            api_secret,
            api_passphrase,
            base_url=base_url,
            base_urls=base_urls,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
        )
        self._http = httpx.Client(timeout=timeout, transport=transport)
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool (shared with the client's `with_options` copies)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def call(
        self,
        operation: Operation,
        arguments: Mapping[str, Any] | None = None,
        items: Sequence[Any] | None = None,
    ) -> Any:
        """Call `operation` with `arguments` (by Python name, as the operation's `inputs`
        list them; `items` for a top-level array body) and return its `data`, read as the
        documented type; None when the API answered `data: null`."""
        attempts = Attempts(self._attempt_context(operation), operation, arguments or {}, items)
        while True:
            step = self._attempt(attempts)
            if isinstance(step, Done):
                return step.result
            if step.learn_clock is not None:
                self._learn_clock(attempts, step.learn_clock)
            if step.wait:
                self._sleep(step.wait)

    def _attempt(self, attempts: Attempts) -> Done | Retry:
        try:
            response, body = self._exchange(attempts, attempts.request())
        except httpx.RequestError as error:
            return attempts.failed(error)
        return attempts.answered(response, body)

    def _exchange(self, attempts: Attempts, request: httpx.Request) -> tuple[httpx.Response, Body]:
        """Send `request` and read its answer's body, within the attempt's end (on every
        connection: see `_deadline`) and the client's `max_response_bytes`."""
        request.extensions["trace"] = _deadline.trace
        with _deadline.attempt_ending_at(attempts.ends_at):
            response = self._http.send(request, stream=True)
            try:
                body = attempts.reader(response)
                if body.failure is None:
                    for chunk in body.chunks():
                        if not body.take(chunk):
                            break
                    else:
                        body.end()
            finally:
                response.close()
        return response, body

    def _learn_clock(self, attempts: Attempts, rejected: httpx.Response) -> None:
        request = attempts.server_time_request()
        sent_at = self._time()
        answer = None
        if request is not None:
            try:
                answer = self._exchange(attempts, request)
            except httpx.RequestError:
                answer = None
        attempts.learn_clock(rejected, answer, sent_at)


class AsyncClientBase(ClientCore):
    """The asynchronous client's machinery."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        api_passphrase: str | None = None,
        *,
        base_url: str | None = None,
        base_urls: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        total_timeout: float | None = None,
        max_retries: int = _settings.MAX_RETRIES,
        max_retry_wait: float = _settings.MAX_RETRY_WAIT_SECONDS,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            api_key,
            api_secret,
            api_passphrase,
            base_url=base_url,
            base_urls=base_urls,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
        )
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport)
        self._sleep: Callable[[float], Awaitable[None]] = _async_sleep

    async def aclose(self) -> None:
        """Close the connection pool (shared with the client's `with_options` copies)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def call(
        self,
        operation: Operation,
        arguments: Mapping[str, Any] | None = None,
        items: Sequence[Any] | None = None,
    ) -> Any:
        """Call `operation` with `arguments` (by Python name, as the operation's `inputs`
        list them; `items` for a top-level array body) and return its `data`, read as the
        documented type; None when the API answered `data: null`."""
        attempts = Attempts(self._attempt_context(operation), operation, arguments or {}, items)
        while True:
            step = await self._attempt(attempts)
            if isinstance(step, Done):
                return step.result
            if step.learn_clock is not None:
                await self._learn_clock(attempts, step.learn_clock)
            if step.wait:
                await self._sleep(step.wait)

    async def _attempt(self, attempts: Attempts) -> Done | Retry:
        try:
            response, body = await self._exchange(attempts, attempts.request())
        except httpx.RequestError as error:
            return attempts.failed(error)
        except TimeoutError:
            return attempts.timed_out()
        return attempts.answered(response, body)

    async def _exchange(
        self, attempts: Attempts, request: httpx.Request
    ) -> tuple[httpx.Response, Body]:
        """Send `request` and read its answer's body, within the attempt's end and the
        client's `max_response_bytes`. Raises TimeoutError when the attempt ran out of time."""
        import asyncio  # only async programs pay for importing asyncio

        left = attempts.seconds_left()
        # Cancelled at the attempt's end, wherever it is: httpx's timeouts bound each socket
        # read, not the attempt. A moment after httpx's own limits (which end at the same
        # time), so that a connection that never opened (safe to retry) is still told from an
        # answer that never ended.
        async with asyncio.timeout(None if left is None else left + _CUT_GRACE_SECONDS):
            response = await self._http.send(request, stream=True)
            try:
                body = attempts.reader(response)
                if body.failure is None:
                    async for chunk in body.achunks():
                        if not body.take(chunk):
                            break
                    else:
                        body.end()
            finally:
                await response.aclose()
        return response, body

    async def _learn_clock(self, attempts: Attempts, rejected: httpx.Response) -> None:
        request = attempts.server_time_request()
        sent_at = self._time()
        answer = None
        if request is not None:
            try:
                answer = await self._exchange(attempts, request)
            except (httpx.RequestError, TimeoutError):
                answer = None
        attempts.learn_clock(rejected, answer, sent_at)


_CUT_GRACE_SECONDS = 0.05


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async programs pay for importing asyncio

    await asyncio.sleep(seconds)


class SyncService:
    """The operations of one page of a package composed from several, served through the
    package's client (`client.order.add_order(...)`): its credentials, hosts, options and
    connection pool."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def call(
        self,
        operation: Operation,
        arguments: Mapping[str, Any] | None = None,
        items: Sequence[Any] | None = None,
    ) -> Any:
        """The client's `call`."""
        return self._client.call(operation, arguments, items)


class AsyncService:
    """The async twin of SyncService."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def call(
        self,
        operation: Operation,
        arguments: Mapping[str, Any] | None = None,
        items: Sequence[Any] | None = None,
    ) -> Any:
        """The client's `call`."""
        return await self._client.call(operation, arguments, items)
