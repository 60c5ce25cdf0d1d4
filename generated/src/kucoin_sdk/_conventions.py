"""What this package's API does its own way, chosen once from its settings.

The client and its attempts know HTTP, time limits and retries; what is particular to an API
sits behind four small interfaces, each in its own module beside KuCoin's implementation:

- `Envelope` (`_envelope`): how an answer wraps its data, and says the API refused;
- `Authentication` (`_signing`): how the client's key becomes its requests' signer;
- `ServerTime` (`_clock`): which refusal means a stale timestamp, and how to ask the time;
- `RateLimitHeaders` (`_rate_limits`): where answers state the caller's quota.

Every package today speaks KuCoin's, configured by the facts its settings hold (envelope
keys, key version, error codes, header names). An API of another kind adds its
implementations beside KuCoin's and the setting that chooses them in `from_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import _settings
from ._clock import KucoinServerTime, ServerTime
from ._envelope import Envelope, KucoinEnvelope, NoEnvelope
from ._rate_limits import KucoinRateLimitHeaders, RateLimitHeaders
from ._signing import Authentication, KucoinKeyAuthentication


@dataclass(frozen=True)
class ApiConventions:
    """The implementations of the API's conventions a client uses."""

    envelope: Envelope
    authentication: Authentication
    server_time: ServerTime
    rate_limits: RateLimitHeaders


def from_settings() -> ApiConventions:
    """KuCoin's conventions, with the facts of the package's settings."""
    return ApiConventions(
        envelope=_envelope(),
        authentication=KucoinKeyAuthentication(
            key_version=_settings.KEY_VERSION,
            api_key_env=_settings.API_KEY_ENV,
            api_secret_env=_settings.API_SECRET_ENV,
            api_passphrase_env=_settings.API_PASSPHRASE_ENV,
        ),
        server_time=KucoinServerTime(
            path=_settings.SERVER_TIME_PATH,
            invalid_timestamp_code=_settings.INVALID_TIMESTAMP_CODE,
        ),
        rate_limits=KucoinRateLimitHeaders(
            limit=_settings.RATE_LIMIT_LIMIT_HEADER,
            remaining=_settings.RATE_LIMIT_REMAINING_HEADER,
            reset_ms=_settings.RATE_LIMIT_RESET_HEADER,
        ),
    )


def _envelope() -> Envelope:
    """KuCoin's envelope with the settings' keys; none where the settings give no keys."""
    code, data, message = (
        _settings.ENVELOPE_CODE,
        _settings.ENVELOPE_DATA,
        _settings.ENVELOPE_MESSAGE,
    )
    if code is None or data is None or message is None:
        return NoEnvelope()
    return KucoinEnvelope(
        code=code, data=data, message=message, success_code=_settings.SUCCESS_CODE
    )


CONVENTIONS = from_settings()
"""This package's conventions, built once when it is imported."""
