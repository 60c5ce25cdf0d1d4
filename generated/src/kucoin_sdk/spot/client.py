"""Synchronous spot services of kucoin_sdk: `client.spot`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.spot.market.client import SpotMarketService, SpotMarketServiceWithRawResponse
    from kucoin_sdk.spot.order.client import SpotOrderService, SpotOrderServiceWithRawResponse


class SpotGroup:
    """The spot services: `order`, `market`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> SpotOrderService:
        """The spot order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.order.client import SpotOrderService

        return SpotOrderService(self._client)

    @cached_property
    def market(self) -> SpotMarketService:
        """The spot market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.spot.market.client import SpotMarketService

        return SpotMarketService(self._client)


class SpotGroupWithRawResponse:
    """The services of a SpotGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: SpotGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> SpotOrderServiceWithRawResponse:
        """The spot order endpoints."""
        from kucoin_sdk.spot.order.client import SpotOrderServiceWithRawResponse

        return SpotOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> SpotMarketServiceWithRawResponse:
        """The spot market endpoints."""
        from kucoin_sdk.spot.market.client import SpotMarketServiceWithRawResponse

        return SpotMarketServiceWithRawResponse(self._group.market)
