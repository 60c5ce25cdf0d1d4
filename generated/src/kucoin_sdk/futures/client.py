"""Synchronous futures services of kucoin_sdk: `client.futures`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.futures.funding_fees.client import (
        FuturesFundingFeesService,
        FuturesFundingFeesServiceWithRawResponse,
    )
    from kucoin_sdk.futures.market.client import (
        FuturesMarketService,
        FuturesMarketServiceWithRawResponse,
    )
    from kucoin_sdk.futures.order.client import (
        FuturesOrderService,
        FuturesOrderServiceWithRawResponse,
    )
    from kucoin_sdk.futures.positions.client import (
        FuturesPositionsService,
        FuturesPositionsServiceWithRawResponse,
    )


class FuturesGroup:
    """The futures services: `order`, `market`, `positions`, `funding_fees`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> FuturesOrderService:
        """The futures order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.order.client import FuturesOrderService

        return FuturesOrderService(self._client)

    @cached_property
    def market(self) -> FuturesMarketService:
        """The futures market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.market.client import FuturesMarketService

        return FuturesMarketService(self._client)

    @cached_property
    def positions(self) -> FuturesPositionsService:
        """The futures positions endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.positions.client import FuturesPositionsService

        return FuturesPositionsService(self._client)

    @cached_property
    def funding_fees(self) -> FuturesFundingFeesService:
        """The futures fundingfees endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.funding_fees.client import FuturesFundingFeesService

        return FuturesFundingFeesService(self._client)


class FuturesGroupWithRawResponse:
    """The services of a FuturesGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: FuturesGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> FuturesOrderServiceWithRawResponse:
        """The futures order endpoints."""
        from kucoin_sdk.futures.order.client import FuturesOrderServiceWithRawResponse

        return FuturesOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> FuturesMarketServiceWithRawResponse:
        """The futures market endpoints."""
        from kucoin_sdk.futures.market.client import FuturesMarketServiceWithRawResponse

        return FuturesMarketServiceWithRawResponse(self._group.market)

    @cached_property
    def positions(self) -> FuturesPositionsServiceWithRawResponse:
        """The futures positions endpoints."""
        from kucoin_sdk.futures.positions.client import FuturesPositionsServiceWithRawResponse

        return FuturesPositionsServiceWithRawResponse(self._group.positions)

    @cached_property
    def funding_fees(self) -> FuturesFundingFeesServiceWithRawResponse:
        """The futures fundingfees endpoints."""
        from kucoin_sdk.futures.funding_fees.client import FuturesFundingFeesServiceWithRawResponse

        return FuturesFundingFeesServiceWithRawResponse(self._group.funding_fees)
