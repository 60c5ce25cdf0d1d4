"""Errors raised by the client. Every one derives from KucoinError."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit headers of a response; None where a header was missing."""

    limit: int | None = None
    remaining: int | None = None
    reset_ms: int | None = None
    """Milliseconds until the quota resets."""


class KucoinError(Exception):
    """Base class of every error this package raises."""


class KucoinTransportError(KucoinError):
    """The request could not be sent or the answer could not be read (connection refused,
    timeout, an empty or non-JSON body)."""

    def __init__(self, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = http_status


class KucoinResponseError(KucoinError):
    """The response's `data` does not have the documented shape (e.g. a list where an
    object is documented)."""


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
    """Too many requests: see `rate_limit.reset_ms` for when to try again."""


class AuthenticationError(KucoinAPIError):
    """The API key, signature, passphrase, timestamp or permissions were refused."""


class InvalidParametersError(KucoinAPIError):
    """The API rejected a parameter."""


ERROR_CLASSES_BY_CODE: Mapping[str, type[KucoinAPIError]] = {
    "429000": RateLimitError,
    "400001": AuthenticationError,
    "400002": AuthenticationError,
    "400003": AuthenticationError,
    "400004": AuthenticationError,
    "400005": AuthenticationError,
    "400006": AuthenticationError,
    "400007": AuthenticationError,
    "400100": InvalidParametersError,
}
ERROR_CLASSES_BY_HTTP_STATUS: Mapping[int, type[KucoinAPIError]] = {
    429: RateLimitError,
}
