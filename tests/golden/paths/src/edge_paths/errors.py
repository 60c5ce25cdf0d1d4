"""Errors raised by the client. Every one derives from KucoinError.

Two families matter most to a trading program:

- `KucoinAPIError` and its subclasses: the API answered, and refused. Nothing took effect.
- `KucoinTransportError`: no usable answer. `KucoinConnectionError` means the request was never
  sent (safe to send again); `KucoinTimeoutError` means it was sent and no answer came, so for
  anything but a read the action may have taken effect (`may_have_taken_effect`): look before
  placing or cancelling again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import _settings


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit headers of a response; None where a header was missing or malformed."""

    limit: int | None = None
    remaining: int | None = None
    reset_ms: int | None = None
    """Milliseconds until the quota resets."""


class KucoinError(Exception):
    """Base class of every error this package raises."""


class KucoinTransportError(KucoinError):
    """No usable answer: the request could not be sent, or the answer could not be read (an
    empty or non-JSON body)."""

    def __init__(self, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = http_status


class KucoinConnectionError(KucoinTransportError):
    """The request was never sent: the connection could not be opened. Sending it again is
    safe."""


class KucoinTimeoutError(KucoinTransportError):
    """The request was sent, but no answer came: the read timed out or the connection dropped.

    `may_have_taken_effect` is True for every method but GET: an order may have been placed or
    cancelled. Look it up (by its clientOid) before sending it again.
    """

    def __init__(self, message: str, *, may_have_taken_effect: bool) -> None:
        super().__init__(message)
        self.may_have_taken_effect = may_have_taken_effect


class KucoinResponseError(KucoinError):
    """The answer is JSON, but not an envelope: not an object with a code."""


class KucoinAPIError(KucoinError):
    """The API answered with an error envelope: `code` is not the success code."""

    def __init__(
        self,
        code: str | None,
        msg: str,
        *,
        http_status: int,
        headers: Mapping[str, str],
        rate_limit: RateLimit,
    ) -> None:
        super().__init__(f"KuCoin error {code} (HTTP {http_status}): {msg}")
        self.code = code
        self.msg = msg
        self.http_status = http_status
        self.headers = {name.lower(): value for name, value in headers.items()}
        self.rate_limit = rate_limit


class RateLimitError(KucoinAPIError):
    """Too many requests. `retry_after` is the number of seconds the server asked to wait
    (its Retry-After or rate-limit reset header), None when it did not say."""

    retry_after: float | None = None


class AuthenticationError(KucoinAPIError):
    """The API key, signature, passphrase, timestamp or permissions were refused."""


class InvalidParametersError(KucoinAPIError):
    """The API rejected a parameter."""


_CLASSES_BY_KIND: Mapping[str, type[KucoinAPIError]] = {
    "rate_limit": RateLimitError,
    "authentication": AuthenticationError,
    "invalid_parameters": InvalidParametersError,
}


def api_error_class(code: str | None, http_status: int) -> type[KucoinAPIError]:
    """The error class for an envelope `code` (or, without one we know, the HTTP status)."""
    kind = _settings.ERROR_KINDS_BY_CODE.get(code or "")
    if kind is None:
        kind = _settings.ERROR_KINDS_BY_HTTP_STATUS.get(http_status)
    return _CLASSES_BY_KIND.get(kind or "", KucoinAPIError)
