"""Errors raised by the client. Every one derives from KucoinError.

A call's own mistakes come first, before anything is sent: `KucoinRequestValidationError`
for arguments the documentation does not allow (the call's, or a request model's built
directly), `KucoinConfigurationError` for a client option or credential that cannot work. Both
are ValueErrors too, and neither has reached the server.

Two families matter most to a trading program:

- `KucoinAPIError` and its subclasses: the API answered with an error. Below HTTP 500 it
  refused, and nothing took effect; a 5xx may have followed the action (see below).
- `KucoinTransportError`: no usable answer. `KucoinConnectionError` means the request was never
  sent (safe to send again); `KucoinTimeoutError` means it was sent and no answer came in time.

Every error has `may_have_taken_effect`: True when the request was not a read (GET, HEAD,
OPTIONS) and may have reached the server without a clear refusal coming back (a timeout, a
dropped connection, any 5xx answer, an unreadable or too large answer). Look before placing or
cancelling again (by clientOid): the client never sends such a request twice by itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

    may_have_taken_effect: bool = False
    """True when the request was not a read and may have been acted on by the server (see the
    module's docstring): an order may have been placed or cancelled. False when it surely
    was not (never sent, or refused by the API) or when it was a read."""


@dataclass(frozen=True)
class ArgumentProblem:
    """One thing wrong with the arguments of a call."""

    field: str
    """The argument as a Python program names it (`client_oid`; `items[0].price` inside a
    list); the fields of a documented rule across several, comma-separated; empty for the
    arguments as a whole."""
    wire: str
    """The same as the API documentation names it, on the wire (`clientOid`)."""
    message: str
    """What is wrong with it."""

    def __str__(self) -> str:
        where = self.field if self.wire == self.field else f"{self.field} ({self.wire})"
        return f"{where}: {self.message}" if where else self.message


class KucoinRequestValidationError(KucoinError, ValueError):
    """Arguments the documentation does not allow, refused before anything was sent: a wrong
    type, a value out of its bounds or not matching its pattern, a required argument missing,
    an unknown name, a broken cross-field rule ("set exactly one of size, funds"), a number
    JSON cannot carry exactly. Raised by a call and by a request model built directly
    (`AddOrderRequest(...)`, `AddOrderRequest.model_validate(...)`).

    `problems` lists each `ArgumentProblem` (field, wire name, message); `__cause__` is the
    pydantic ValidationError behind it, where there is one. A ValueError too.
    """

    def __init__(self, subject: str, problems: Sequence[ArgumentProblem]) -> None:
        self.subject = subject
        """What was called: the operation (`add_order`) or the request model."""
        self.problems = tuple(problems)
        listed = "; ".join(map(str, self.problems))
        super().__init__(f"{subject}: invalid arguments, nothing was sent: {listed}")


class KucoinConfigurationError(KucoinError, ValueError):
    """A client option or credential that cannot work (`Client(...)`, `with_options(...)`;
    a FakeKucoin's steering in tests), refused at once, before any request. `option` names
    the argument. A ValueError too."""

    def __init__(self, message: str, *, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


class KucoinUnknownOperationError(KucoinConfigurationError, KeyError):
    """A name that is no operation of the package (a FakeKucoin's `respond`, `fail`...).
    A KeyError too."""

    def __str__(self) -> str:
        # KeyError's own would print the message quoted, as a key.
        return str(self.args[0])


class KucoinTransportError(KucoinError):
    """No usable answer: the request could not be sent, or the answer could not be read (an
    empty or non-JSON body, an HTML error page from a proxy, a dropped connection)."""

    def __init__(self, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = http_status


class KucoinConnectionError(KucoinTransportError):
    """The request was never sent: the connection could not be opened. Sending it again is
    safe."""


class KucoinTimeoutError(KucoinTransportError):
    """The request was sent, but no whole answer came: the attempt ran out of its `timeout`
    (or the call of its `total_timeout`), or the connection dropped.

    `may_have_taken_effect` is True for every method but the reads: an order may have been
    placed or cancelled. Look it up (by its clientOid) before sending it again.
    """

    def __init__(self, message: str, *, may_have_taken_effect: bool = False) -> None:
        super().__init__(message)
        self.may_have_taken_effect = may_have_taken_effect


class KucoinResponseTooLargeError(KucoinTransportError):
    """The answer is larger than the client's `max_response_bytes` (its body after
    decompression): it was not read further nor parsed. `limit` is that size in bytes."""

    def __init__(self, message: str, *, limit: int, http_status: int | None = None) -> None:
        super().__init__(message, http_status=http_status)
        self.limit = limit


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
