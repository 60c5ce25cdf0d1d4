"""A call's raw response, for `client.with_raw_response.<operation>(...)`."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._conventions import CONVENTIONS
from ._lenient import parse_data
from ._operation import Operation
from ._rate_limits import RateLimitHeaders
from .errors import RateLimit

T = TypeVar("T")
P = ParamSpec("P")

RAW_RESPONSE_WANTED: ContextVar[bool] = ContextVar("raw_response_wanted", default=False)
"""Set while a with_raw_response wrapper calls its method: the call returns a RawResponse."""


class RawResponse(Generic[T]):
    """The HTTP response of one successful call, and its data on demand.

    `status_code`, `headers` and `rate_limit` are this call's own (unlike `client.rate_limit`,
    no other call can change them); `parse()` reads the envelope's data as the documented
    type, leniently, as the client's methods do.
    """

    def __init__(
        self,
        http_response: httpx.Response,
        operation: Operation,
        data: Any,
        *,
        rate_limits: RateLimitHeaders = CONVENTIONS.rate_limits,
    ) -> None:
        self.http_response = http_response
        self.operation = operation
        self._data = data
        self._rate_limits = rate_limits

    def __repr__(self) -> str:
        return f"<RawResponse {self.operation.name} [{self.status_code}]>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit:
        return self._rate_limits.read(self.http_response.headers)

    def parse(self) -> T:
        """The envelope's data as the operation's documented type (None for `data: null`)."""
        return cast(T, parse_data(self.operation, self._data))


def raw_response_wrapper(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method`, returning its call's RawResponse instead of the parsed data."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_RESPONSE_WANTED.set(True)
        try:
            return cast(RawResponse[T], method(*args, **kwargs))
        finally:
            RAW_RESPONSE_WANTED.reset(token)

    return wrapped


def async_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of `raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = RAW_RESPONSE_WANTED.set(True)
        try:
            return cast(RawResponse[T], await method(*args, **kwargs))
        finally:
            RAW_RESPONSE_WANTED.reset(token)

    return wrapped
