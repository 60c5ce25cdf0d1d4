"""Asynchronous margin services of kucoin_sdk: `client.margin`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import AsyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.margin.credit.async_client import (
        AsyncMarginCreditService,
        AsyncMarginCreditServiceWithRawResponse,
    )
    from kucoin_sdk.margin.debit.async_client import (
        AsyncMarginDebitService,
        AsyncMarginDebitServiceWithRawResponse,
    )
    from kucoin_sdk.margin.market.async_client import (
        AsyncMarginMarketService,
        AsyncMarginMarketServiceWithRawResponse,
    )
    from kucoin_sdk.margin.order.async_client import (
        AsyncMarginOrderService,
        AsyncMarginOrderServiceWithRawResponse,
    )
    from kucoin_sdk.margin.risk_limit.async_client import (
        AsyncMarginRiskLimitService,
        AsyncMarginRiskLimitServiceWithRawResponse,
    )


class AsyncMarginGroup:
    """The margin services: `order`, `market`, `credit`, `debit`, `risk_limit`."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> AsyncMarginOrderService:
        """The margin order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.order.async_client import AsyncMarginOrderService

        return AsyncMarginOrderService(self._client)

    @cached_property
    def market(self) -> AsyncMarginMarketService:
        """The margin market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.market.async_client import AsyncMarginMarketService

        return AsyncMarginMarketService(self._client)

    @cached_property
    def credit(self) -> AsyncMarginCreditService:
        """The margin credit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.credit.async_client import AsyncMarginCreditService

        return AsyncMarginCreditService(self._client)

    @cached_property
    def debit(self) -> AsyncMarginDebitService:
        """The margin debit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.debit.async_client import AsyncMarginDebitService

        return AsyncMarginDebitService(self._client)

    @cached_property
    def risk_limit(self) -> AsyncMarginRiskLimitService:
        """The margin risklimit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.risk_limit.async_client import AsyncMarginRiskLimitService

        return AsyncMarginRiskLimitService(self._client)


class AsyncMarginGroupWithRawResponse:
    """The services of a AsyncMarginGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: AsyncMarginGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> AsyncMarginOrderServiceWithRawResponse:
        """The margin order endpoints."""
        from kucoin_sdk.margin.order.async_client import AsyncMarginOrderServiceWithRawResponse

        return AsyncMarginOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> AsyncMarginMarketServiceWithRawResponse:
        """The margin market endpoints."""
        from kucoin_sdk.margin.market.async_client import AsyncMarginMarketServiceWithRawResponse

        return AsyncMarginMarketServiceWithRawResponse(self._group.market)

    @cached_property
    def credit(self) -> AsyncMarginCreditServiceWithRawResponse:
        """The margin credit endpoints."""
        from kucoin_sdk.margin.credit.async_client import AsyncMarginCreditServiceWithRawResponse

        return AsyncMarginCreditServiceWithRawResponse(self._group.credit)

    @cached_property
    def debit(self) -> AsyncMarginDebitServiceWithRawResponse:
        """The margin debit endpoints."""
        from kucoin_sdk.margin.debit.async_client import AsyncMarginDebitServiceWithRawResponse

        return AsyncMarginDebitServiceWithRawResponse(self._group.debit)

    @cached_property
    def risk_limit(self) -> AsyncMarginRiskLimitServiceWithRawResponse:
        """The margin risklimit endpoints."""
        from kucoin_sdk.margin.risk_limit.async_client import (
            AsyncMarginRiskLimitServiceWithRawResponse,
        )

        return AsyncMarginRiskLimitServiceWithRawResponse(self._group.risk_limit)
