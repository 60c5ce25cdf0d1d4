"""Asynchronous spot services of kucoin_sdk: `client.spot`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.spot.market.async_client import (
        AsyncSpotMarketService,
        AsyncSpotMarketServiceWithRawResponse,
    )
    from kucoin_sdk.spot.order.async_client import (
        AsyncSpotOrderService,
        AsyncSpotOrderServiceWithRawResponse,
    )


class AsyncSpotGroup:
    """The spot services: `order`, `market`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> AsyncSpotOrderService:
        """The spot order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.order.async_client import AsyncSpotOrderService

        return AsyncSpotOrderService(self._client)

    @cached_property
    def market(self) -> AsyncSpotMarketService:
        """The spot market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.market.async_client import AsyncSpotMarketService

        return AsyncSpotMarketService(self._client)


class AsyncSpotGroupWithRawResponse:
    """The services of a AsyncSpotGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncSpotGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> AsyncSpotOrderServiceWithRawResponse:
        """The spot order endpoints."""
        from kucoin_sdk.spot.order.async_client import AsyncSpotOrderServiceWithRawResponse

        return AsyncSpotOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> AsyncSpotMarketServiceWithRawResponse:
        """The spot market endpoints."""
        from kucoin_sdk.spot.market.async_client import AsyncSpotMarketServiceWithRawResponse

        return AsyncSpotMarketServiceWithRawResponse(self._group.market)
