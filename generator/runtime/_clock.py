"""The server's clock, as far as this machine's is from it.

A signed request carries a timestamp the server rejects when it is too far from its own
clock. When that happens the client learns the offset (from the server's time, or its Date
header) and adds it to every timestamp it signs from then on.
"""

from __future__ import annotations

import logging

_logger = logging.getLogger(__package__)


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
