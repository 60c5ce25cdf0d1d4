"""Asynchronous copytrading services of kucoin_sdk: `client.copytrading`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.copytrading.futures.async_client import (
        AsyncCopytradingFuturesService,
        AsyncCopytradingFuturesServiceWithRawResponse,
    )


class AsyncCopytradingGroup:
    """The copytrading services: `futures`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def futures(self) -> AsyncCopytradingFuturesService:
        """The copytrading futures endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.copytrading.futures.async_client import AsyncCopytradingFuturesService

        return AsyncCopytradingFuturesService(self._client)


class AsyncCopytradingGroupWithRawResponse:
    """The services of a AsyncCopytradingGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncCopytradingGroup) -> None:
        self._group = group

    @cached_property
    def futures(self) -> AsyncCopytradingFuturesServiceWithRawResponse:
        """The copytrading futures endpoints."""
        from kucoin_sdk.copytrading.futures.async_client import (
            AsyncCopytradingFuturesServiceWithRawResponse,
        )

        return AsyncCopytradingFuturesServiceWithRawResponse(self._group.futures)
