"""The server's clock, as far as this machine's is from it.

A signed request carries a timestamp the server rejects when it is too far from its own
clock. When that happens the client learns the offset (from the server's time, or its Date
header) and adds it to every timestamp it signs from then on (`ClockOffset`).

`ServerTime` is the seam to the API: which refusal means "your timestamp is off", and where
and how the server tells its time. KuCoin's is `KucoinServerTime`; an API that tells its
time otherwise adds its own.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import KucoinAPIError, KucoinError

_logger = logging.getLogger(__package__)


class ServerTime(Protocol):
    """How the API rejects a stale timestamp, and tells its own time."""

    @property
    def path(self) -> str | None:
        """GET this path (on the operation's host) for the server's time; None when the API
        has none (the rejecting answer's Date header is all there is)."""

    def rejects_timestamp(self, error: KucoinError) -> bool:
        """Whether `error` is the API refusing a request for its timestamp: before acting
        on it, so the request is sent once more, on the server's clock."""

    def milliseconds(self, data: Any) -> int | None:
        """The server's time in milliseconds since the epoch, from the data of its answer
        to `path`; None when the data is no such time."""


@dataclass(frozen=True)
class KucoinServerTime:
    """KuCoin's: the error code of a rejected timestamp, and the path that answers the
    server's time as a number of milliseconds (both from the settings)."""

    path: str | None
    invalid_timestamp_code: str

    def rejects_timestamp(self, error: KucoinError) -> bool:
        return isinstance(error, KucoinAPIError) and error.code == self.invalid_timestamp_code

    def milliseconds(self, data: Any) -> int | None:
        # Not 10**400: the offset learned from it would overflow every timestamp signed after.
        if isinstance(data, int) and not isinstance(data, bool) and 0 < data < _LAST_TIME_MS:
            return data
        return None


_LAST_TIME_MS = 253402300800000
"""The end of year 9999 in ms since the epoch: the last time a `datetime` can hold."""


class ClockOffset:
    """How far the server's clock is ahead of this machine's, in milliseconds: 0 until
    learned. One per client, shared by its `with_options` copies (they talk to the same
    server)."""

    def __init__(self) -> None:
        self.milliseconds = 0

    def now_ms(self, local_seconds: float) -> int:
        """The server's time, in ms since the epoch, when this machine's is `local_seconds`."""
        return int(local_seconds * 1000) + self.milliseconds

    def learn(self, server_ms: float | None, local_ms: float, why: str) -> None:
        """Keep the offset between `server_ms` (the server's time; None when it gave none,
        which leaves the offset as it is, saying `why`) and `local_ms` (this machine's at the
        same moment)."""
        if server_ms is None:
            _logger.warning("the server rejected the request's timestamp; %s", why)
            return
        offset = round(server_ms - local_ms)
        _logger.warning(
            "the server's clock is %+d ms from this machine's; signing with that offset", offset
        )
        self.milliseconds = offset
