"""Asynchronous client for edge-paths: one method per operation of the documentation."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx

from edge_paths._http import (
    DEFAULT_BASE_URL,
    parse_data,
    rate_limit_of,
    read_data,
    request_parts,
    retry_delay,
)
from edge_paths._signing import Credentials
from edge_paths.errors import KucoinAPIError, KucoinTransportError, RateLimit
from edge_paths.operations import OPERATIONS, Operation

if TYPE_CHECKING:
    from edge_paths.models import (
        GetThingPartData,
    )


class AsyncClient:
    """Asynchronous edge-paths client.

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

    async def get_thing_part(
        self,
        *,
        thing_id: str,
        part_id: int,
        with_history: bool | None = None,
    ) -> GetThingPartData:
        """Get Thing Part.

        `GET /api/v1/things/{thing-id}/parts/{part-id}`

        One part of a thing.

        Args:
            thing_id: Thing id
            part_id: Part number
            with_history: Include the part's history
        """
        _arguments: dict[str, Any] = {
            "thing-id": thing_id,
            "part-id": part_id,
            "withHistory": with_history,
        }
        return cast(
            "GetThingPartData",
            await self.call(
                OPERATIONS["get_thing_part"],
                _arguments,
            ),
        )

    async def delete_thing_part(
        self,
        *,
        thing_id: str,
        part_id: int,
    ) -> bool:
        """Delete Thing Part.

        `DELETE /api/v1/things/{thing-id}/parts/{part-id}`

        Remove a part from a thing.

        Args:
            thing_id: Thing id
            part_id: Part number
        """
        _arguments: dict[str, Any] = {
            "thing-id": thing_id,
            "part-id": part_id,
        }
        return cast(
            "bool",
            await self.call(
                OPERATIONS["delete_thing_part"],
                _arguments,
            ),
        )

    async def rename_thing(
        self,
        *,
        thing_id: str,
        name: str,
        labels: list[str] | None = None,
    ) -> str:
        """Rename Thing.

        `PUT /api/v1/things/{thing-id}`

        Give a thing a new name.

        Args:
            thing_id: Thing id
            name: New name
            labels: Labels to set
        """
        _arguments: dict[str, Any] = {
            "thing-id": thing_id,
            "name": name,
            "labels": labels,
        }
        return cast(
            "str",
            await self.call(
                OPERATIONS["rename_thing"],
                _arguments,
            ),
        )
