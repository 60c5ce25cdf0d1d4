"""Synchronous copytrading services of kucoin_sdk: `client.copytrading`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.copytrading.futures.client import (
        CopytradingFuturesService,
        CopytradingFuturesServiceWithRawResponse,
    )


class CopytradingGroup:
    """The copytrading services: `futures`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def futures(self) -> CopytradingFuturesService:
        """The copytrading futures endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.copytrading.futures.client import CopytradingFuturesService

        return CopytradingFuturesService(self._client)


class CopytradingGroupWithRawResponse:
    """The services of a CopytradingGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: CopytradingGroup) -> None:
        self._group = group

    @cached_property
    def futures(self) -> CopytradingFuturesServiceWithRawResponse:
        """The copytrading futures endpoints."""
        from kucoin_sdk.copytrading.futures.client import CopytradingFuturesServiceWithRawResponse

        return CopytradingFuturesServiceWithRawResponse(self._group.futures)
