"""When a failed attempt is sent again, and after how long: safe with money.

A request that may have taken effect is never sent twice: only reads (the settings'
RETRY_METHODS, GET) are retried on a timeout, a dropped connection or a server error. Any
method is retried when the request surely did not take effect: the connection never opened,
or the server refused it before acting (a rate limit). The server's own wait (Retry-After,
the rate-limit reset) is honoured: the client never retries sooner, and gives up at once
when the wait is longer than the client's `max_retry_wait`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import httpx

from . import _settings
from .errors import (
    KucoinAPIError,
    KucoinConnectionError,
    KucoinError,
    KucoinTimeoutError,
    KucoinTransportError,
    RateLimitError,
)

Retryable = Literal["never", "reads", "always"]
"""never; only for RETRY_METHODS (the request may have taken effect); always (it did not)."""

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods that change nothing on the server, whatever happens to them."""


@dataclass(frozen=True)
class Failure:
    """Why an attempt gave no data: the error to raise if the call stops here, whether it
    may be retried, and how long the server asked to wait (seconds), if it said."""

    error: KucoinError
    retryable: Retryable
    reason: str
    server_wait: float | None = None


def transport_failure(error: httpx.RequestError, where: str, ran_out: str | None) -> Failure:
    """What an httpx error means for the request: never sent, or sent without an answer.
    `ran_out` says which time limit had passed when the error came (the client may have cut
    the connection itself at that moment), None when none had."""
    name = type(error).__name__
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        # The connection never opened (or no pooled connection freed up): nothing was sent.
        return Failure(
            KucoinConnectionError(f"{where}: the request was not sent: {name}: {error}"),
            "always",
            name,
        )
    if ran_out is not None:
        return Failure(KucoinTimeoutError(f"{where}: {ran_out} ({name}: {error})"), "reads", name)
    if isinstance(error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)):
        return Failure(KucoinTimeoutError(f"{where}: no answer ({name}: {error})"), "reads", name)
    return Failure(KucoinTransportError(f"{where}: {name}: {error}"), "never", name)


def may_have_taken_effect(error: KucoinError) -> bool:
    """Whether a request that is not a read may have been acted on, given the error it met:
    only a request never sent, or refused by the API itself (an error envelope below 500, a
    rate limit), surely was not."""
    if isinstance(error, KucoinConnectionError | RateLimitError):
        return False
    if isinstance(error, KucoinAPIError):
        return error.http_status >= 500
    return True


def note_effect(error: KucoinError, method: str) -> None:
    """Set `error.may_have_taken_effect` for a request sent with `method`, and say so in its
    message, so that a program that re-sends on errors looks first."""
    if method in SAFE_METHODS or not may_have_taken_effect(error):
        return
    error.may_have_taken_effect = True
    if error.args and isinstance(error.args[0], str) and _EFFECT not in error.args[0]:
        error.args = (error.args[0] + _EFFECT, *error.args[1:])


_EFFECT = "; the action may have taken effect: check before sending it again"


def answer_failure(error: KucoinError) -> Failure:
    """What an error answer means: a rate limit was refused before processing; a server
    error or an unreadable body may have followed processing."""
    if isinstance(error, RateLimitError):
        return Failure(error, "always", "rate limited", error.retry_after)
    status = getattr(error, "http_status", None)
    if isinstance(error, (KucoinAPIError, KucoinTransportError)) and (
        status in _settings.RETRY_HTTP_STATUSES
    ):
        return Failure(error, "reads", f"HTTP {status}")
    return Failure(error, "never", type(error).__name__)


def retry_wait(
    failure: Failure,
    method: str,
    attempt: int,
    max_retries: int,
    max_retry_wait: float,
    random: Callable[[], float],
) -> float | None:
    """Seconds to wait before attempt number `attempt + 1`, or None to give up: exponential
    backoff with jitter, never shorter than the server's own wait."""
    if attempt >= max_retries or failure.retryable == "never":
        return None
    if failure.retryable == "reads" and method not in _settings.RETRY_METHODS:
        return None
    backoff = min(_settings.MAX_BACKOFF_SECONDS, _settings.BACKOFF_SECONDS * 2.0**attempt)
    jittered = backoff * (0.5 + random() / 2)
    if failure.server_wait is None:
        return jittered
    if failure.server_wait > max_retry_wait:
        return None
    return max(jittered, failure.server_wait)
