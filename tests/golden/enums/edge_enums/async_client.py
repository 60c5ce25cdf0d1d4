"""Asynchronous client for edge-enums: one method per operation of the documentation."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx

from edge_enums._http import (
    DEFAULT_BASE_URL,
    parse_data,
    rate_limit_of,
    read_data,
    request_parts,
    retry_delay,
)
from edge_enums._signing import Credentials
from edge_enums.errors import KucoinAPIError, KucoinTransportError, RateLimit
from edge_enums.operations import OPERATIONS, Operation

if TYPE_CHECKING:
    from edge_enums.enums import (
        Level,
        Mode,
        Priority,
        Types,
    )
    from edge_enums.models import (
        GetEventsData,
    )


class AsyncClient:
    """Asynchronous edge-enums client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

    GET and DELETE requests are retried up to `max_retries` times on connection errors,
    rate limiting and server errors, with exponential backoff and jitter. Other methods
    (placing orders) are never retried unless `retry_all_methods=True`: a duplicate order
    costs real money.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        api_passphrase: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 10.0,
        max_retries: int = 2,
        retry_all_methods: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        key = api_key or os.environ.get("KUCOIN_API_KEY")
        secret = api_secret or os.environ.get("KUCOIN_API_SECRET")
        passphrase = api_passphrase or os.environ.get("KUCOIN_API_PASSPHRASE")
        if (key, secret, passphrase).count(None) not in (0, 3):
            # Half a key would silently send unsigned requests; say so instead.
            raise ValueError("api_key, api_secret and api_passphrase must be given together")
        self._credentials = (
            Credentials(key, secret, passphrase) if key and secret and passphrase else None
        )
        self._http = httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            transport=transport,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        self.max_retries = max_retries
        self.retry_all_methods = retry_all_methods
        self.rate_limit = RateLimit()
        """The rate-limit headers of the last response."""
        self._clock = time.time
        self._sleep = asyncio.sleep

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={str(self._http.base_url)!r})"

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def call(
        self, operation: Operation, arguments: Mapping[str, Any], items: list[Any] | None = None
    ) -> Any:
        """Call `operation` with `arguments` (by wire name; `items` for a top-level array
        body) and return its `data`, parsed as the documented type."""
        path, query, body = request_parts(operation, arguments, items)
        attempt = 0
        while True:
            request = self._http.build_request(
                operation.method, path, params=tuple(query) or None, content=body
            )
            if self._credentials is not None:
                self._credentials.sign(request, int(self._clock() * 1000))
            try:
                response = await self._http.send(request)
                self.rate_limit = rate_limit_of(response.headers)
                data = read_data(response)
            except (httpx.RequestError, KucoinTransportError, KucoinAPIError) as error:
                delay = retry_delay(
                    operation.method,
                    attempt,
                    self.max_retries,
                    self.retry_all_methods,
                    error=error,
                )
                if delay is None:
                    if isinstance(error, httpx.RequestError):
                        raise KucoinTransportError(
                            f"{operation.method} {path}: {type(error).__name__}: {error}"
                        ) from error
                    raise
                attempt += 1
                await self._sleep(delay)
                continue
            return parse_data(operation, data)

    async def update_settings(
        self,
        *,
        mode: Mode | None = None,
        level: Level | None = None,
        ratio: Decimal | None = None,
        notify: bool | None = None,
    ) -> bool:
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
            "bool",
            await self.call(
                OPERATIONS["update_settings"],
                _arguments,
            ),
        )

    async def get_events(
        self,
        *,
        types: list[Types] | None = None,
        priority: Priority | None = None,
        min_score: Decimal | None = None,
    ) -> GetEventsData:
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
            "minScore": min_score,
        }
        return cast(
            "GetEventsData",
            await self.call(
                OPERATIONS["get_events"],
                _arguments,
            ),
        )

    async def get_mode(
        self,
    ) -> str:
        """Get Mode.

        `GET /api/v1/settings/mode`

        The current trading mode.
        """
        _arguments: dict[str, Any] = {}
        return cast(
            "str",
            await self.call(
                OPERATIONS["get_mode"],
                _arguments,
            ),
        )
