"""Where an API states a caller's quota in the headers of its answers.

`RateLimitHeaders` is the seam: the client reads every answer's quota through it (for
`client.rate_limit`, a raw response's and a RateLimitError's `rate_limit`) and learns from it
how long a rate-limited call must wait. KuCoin's gateway states three counts
(`KucoinRateLimitHeaders`); an API that states its quota otherwise adds its own reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import httpx

from ._headers import header_int
from .errors import RateLimit


class RateLimitHeaders(Protocol):
    """How an answer's headers state the caller's quota."""

    def read(self, headers: httpx.Headers) -> RateLimit:
        """The quota `headers` state, None for each part missing or malformed: a header must
        never turn an answer (a placed order) into an error."""

    def reset_seconds(self, headers: httpx.Headers) -> float | None:
        """How long until the quota resets, in seconds, when `headers` say; a rate-limited
        call is never retried sooner."""


@dataclass(frozen=True)
class KucoinRateLimitHeaders:
    """KuCoin's gateway quota: the names of its limit, remaining and reset headers (the
    reset in milliseconds), from the package's settings."""

    limit: str
    remaining: str
    reset_ms: str

    def read(self, headers: httpx.Headers) -> RateLimit:
        return RateLimit(
            limit=header_int(headers, self.limit),
            remaining=header_int(headers, self.remaining),
            reset_ms=header_int(headers, self.reset_ms),
        )

    def reset_seconds(self, headers: httpx.Headers) -> float | None:
        reset_ms = header_int(headers, self.reset_ms)
        return reset_ms / 1000 if reset_ms is not None and reset_ms >= 0 else None
