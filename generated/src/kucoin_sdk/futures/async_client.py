"""Asynchronous futures services of kucoin_sdk: `client.futures`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.futures.funding_fees.async_client import (
        AsyncFuturesFundingFeesService,
        AsyncFuturesFundingFeesServiceWithRawResponse,
    )
    from kucoin_sdk.futures.market.async_client import (
        AsyncFuturesMarketService,
        AsyncFuturesMarketServiceWithRawResponse,
    )
    from kucoin_sdk.futures.order.async_client import (
        AsyncFuturesOrderService,
        AsyncFuturesOrderServiceWithRawResponse,
    )
    from kucoin_sdk.futures.positions.async_client import (
        AsyncFuturesPositionsService,
        AsyncFuturesPositionsServiceWithRawResponse,
    )


class AsyncFuturesGroup:
    """The futures services: `order`, `market`, `positions`, `funding_fees`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> AsyncFuturesOrderService:
        """The futures order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.order.async_client import AsyncFuturesOrderService

        return AsyncFuturesOrderService(self._client)

    @cached_property
    def market(self) -> AsyncFuturesMarketService:
        """The futures market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.market.async_client import AsyncFuturesMarketService

        return AsyncFuturesMarketService(self._client)

    @cached_property
    def positions(self) -> AsyncFuturesPositionsService:
        """The futures positions endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.positions.async_client import AsyncFuturesPositionsService

        return AsyncFuturesPositionsService(self._client)

    @cached_property
    def funding_fees(self) -> AsyncFuturesFundingFeesService:
        """The futures fundingfees endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.futures.funding_fees.async_client import AsyncFuturesFundingFeesService

        return AsyncFuturesFundingFeesService(self._client)


class AsyncFuturesGroupWithRawResponse:
    """The services of a AsyncFuturesGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncFuturesGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> AsyncFuturesOrderServiceWithRawResponse:
        """The futures order endpoints."""
        from kucoin_sdk.futures.order.async_client import AsyncFuturesOrderServiceWithRawResponse

        return AsyncFuturesOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> AsyncFuturesMarketServiceWithRawResponse:
        """The futures market endpoints."""
        from kucoin_sdk.futures.market.async_client import AsyncFuturesMarketServiceWithRawResponse

        return AsyncFuturesMarketServiceWithRawResponse(self._group.market)

    @cached_property
    def positions(self) -> AsyncFuturesPositionsServiceWithRawResponse:
        """The futures positions endpoints."""
        from kucoin_sdk.futures.positions.async_client import (
            AsyncFuturesPositionsServiceWithRawResponse,
        )

        return AsyncFuturesPositionsServiceWithRawResponse(self._group.positions)

    @cached_property
    def funding_fees(self) -> AsyncFuturesFundingFeesServiceWithRawResponse:
        """The futures fundingfees endpoints."""
        from kucoin_sdk.futures.funding_fees.async_client import (
            AsyncFuturesFundingFeesServiceWithRawResponse,
        )

        return AsyncFuturesFundingFeesServiceWithRawResponse(self._group.funding_fees)
