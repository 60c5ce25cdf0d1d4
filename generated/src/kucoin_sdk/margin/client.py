"""Synchronous margin services of kucoin_sdk: `client.margin`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kucoin_sdk._client import SyncClientBase

if TYPE_CHECKING:
    from kucoin_sdk.margin.credit.client import (
        MarginCreditService,
        MarginCreditServiceWithRawResponse,
    )
    from kucoin_sdk.margin.debit.client import MarginDebitService, MarginDebitServiceWithRawResponse
    from kucoin_sdk.margin.market.client import (
        MarginMarketService,
        MarginMarketServiceWithRawResponse,
    )
    from kucoin_sdk.margin.order.client import MarginOrderService, MarginOrderServiceWithRawResponse
    from kucoin_sdk.margin.risk_limit.client import (
        MarginRiskLimitService,
        MarginRiskLimitServiceWithRawResponse,
    )


class MarginGroup:
    """The margin services: `order`, `market`, `credit`, `debit`, `risk_limit`."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def order(self) -> MarginOrderService:
        """The margin order endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.order.client import MarginOrderService

        return MarginOrderService(self._client)

    @cached_property
    def market(self) -> MarginMarketService:
        """The margin market endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.market.client import MarginMarketService

        return MarginMarketService(self._client)

    @cached_property
    def credit(self) -> MarginCreditService:
        """The margin credit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.credit.client import MarginCreditService

        return MarginCreditService(self._client)

    @cached_property
    def debit(self) -> MarginDebitService:
        """The margin debit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.debit.client import MarginDebitService

        return MarginDebitService(self._client)

    @cached_property
    def risk_limit(self) -> MarginRiskLimitService:
        """The margin risklimit endpoints."""
        # Imported on first use: a program that never calls a service never loads it.
        from kucoin_sdk.margin.risk_limit.client import MarginRiskLimitService

        return MarginRiskLimitService(self._client)


class MarginGroupWithRawResponse:
    """The services of a MarginGroup, their operations each returning its call's
    RawResponse."""

    def __init__(self, group: MarginGroup) -> None:
        self._group = group

    @cached_property
    def order(self) -> MarginOrderServiceWithRawResponse:
        """The margin order endpoints."""
        from kucoin_sdk.margin.order.client import MarginOrderServiceWithRawResponse

        return MarginOrderServiceWithRawResponse(self._group.order)

    @cached_property
    def market(self) -> MarginMarketServiceWithRawResponse:
        """The margin market endpoints."""
        from kucoin_sdk.margin.market.client import MarginMarketServiceWithRawResponse

        return MarginMarketServiceWithRawResponse(self._group.market)

    @cached_property
    def credit(self) -> MarginCreditServiceWithRawResponse:
        """The margin credit endpoints."""
        from kucoin_sdk.margin.credit.client import MarginCreditServiceWithRawResponse

        return MarginCreditServiceWithRawResponse(self._group.credit)

    @cached_property
    def debit(self) -> MarginDebitServiceWithRawResponse:
        """The margin debit endpoints."""
        from kucoin_sdk.margin.debit.client import MarginDebitServiceWithRawResponse

        return MarginDebitServiceWithRawResponse(self._group.debit)

    @cached_property
    def risk_limit(self) -> MarginRiskLimitServiceWithRawResponse:
        """The margin risklimit endpoints."""
        from kucoin_sdk.margin.risk_limit.client import MarginRiskLimitServiceWithRawResponse

        return MarginRiskLimitServiceWithRawResponse(self._group.risk_limit)
