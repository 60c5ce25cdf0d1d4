"""Asynchronous client for edge-enums: one method per operation of the documentation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from edge_enums._client import AsyncClientBase
from edge_enums._response import async_raw_response_wrapper
from edge_enums.operations import OPERATIONS

if TYPE_CHECKING:
    from edge_enums._decimals import DecimalNumber
    from edge_enums.enums import (
        Level,
        LevelLiteral,
        Mode,
        ModeLiteral,
        Priority,
        PriorityLiteral,
        Types,
        TypesLiteral,
    )
    from edge_enums.models import (
        GetEventsData,
    )


class AsyncClient(AsyncClientBase):
    """Asynchronous edge-enums client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

    Options: `base_url` (default https://api.kucoin.com), `timeout` (seconds per attempt,
    connect to last byte), `total_timeout` (seconds per call, retries included),
    `max_retries`, `max_retry_wait`, `max_response_bytes` (the largest answer read),
    `headers` (sent with every request), `allow_insecure_http` and `transport`.
    `with_options(...)` gives a copy with other options for some calls;
    `with_raw_response.<operation>(...)` returns a call's HTTP response with its data.

    Reads (GET) are retried on timeouts, dropped connections and server errors, with
    exponential backoff and jitter. Any other request (placing, cancelling an order) is
    retried only when it surely did not take effect: the connection never opened, or the
    server refused it before acting (a rate limit, a rejected timestamp). A request that may
    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never
    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.

    With credentials, every host must be https:// (localhost included) unless
    `allow_insecure_http=True`: the key and signatures would travel in clear text.
    """

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncClientWithRawResponse(self)

    async def update_settings(
        self,
        *,
        mode: Mode | ModeLiteral | None = None,
        level: Level | LevelLiteral | None = None,
        ratio: DecimalNumber | None = None,
        notify: bool | None = None,
    ) -> bool | None:
        """Update Settings.

        `POST /api/v1/settings`

        Change any of the settings; an empty body changes nothing.

        Args:
            mode: Trading mode; empty to reset
            level: Risk level
            ratio: Margin ratio
            notify: Send notifications
        """
        _arguments: dict[str, Any] = {
            "mode": mode,
            "level": level,
            "ratio": ratio,
            "notify": notify,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["update_settings"],
                _arguments,
            ),
        )

    async def get_events(
        self,
        *,
        types: list[Types | TypesLiteral] | None = None,
        priority: Priority | PriorityLiteral | None = None,
        min_score: DecimalNumber | None = None,
    ) -> GetEventsData | None:
        """Get Events.

        `GET /api/v1/events`

        Events of the given types.

        Args:
            types: Event types to include
            priority: Minimum priority
            min_score: Minimum score
        """
        _arguments: dict[str, Any] = {
            "types": types,
            "priority": priority,
            "min_score": min_score,
        }
        return cast(
            "GetEventsData | None",
            await self.call(
                OPERATIONS["get_events"],
                _arguments,
            ),
        )

    async def get_mode(
        self,
    ) -> str | None:
        """Get Mode.

        `GET /api/v1/settings/mode`

        The current trading mode.
        """
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["get_mode"],
            ),
        )


class AsyncClientWithRawResponse:
    """The operations of a AsyncClient, each returning its call's RawResponse."""

    def __init__(self, client: AsyncClient) -> None:
        self.update_settings = async_raw_response_wrapper(client.update_settings)
        self.get_events = async_raw_response_wrapper(client.get_events)
        self.get_mode = async_raw_response_wrapper(client.get_mode)
