"""Asynchronous service for the margin risklimit endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.margin.risk_limit.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.margin.risk_limit.models import (
        GetMarginRiskLimitData,
    )


class AsyncMarginRiskLimitService(AsyncService):
    """The margin risklimit endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncMarginRiskLimitServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncMarginRiskLimitServiceWithRawResponse(self)

    async def get_margin_risk_limit(
        self,
        *,
        is_isolated: bool | None = None,
        currency: str | None = None,
        symbol: str | None = None,
    ) -> list[GetMarginRiskLimitData] | None:
        """Get Margin Risk Limit.

        `GET /api/v3/margin/currencies`

        Request Configure and Risk limit info of the margin via this endpoint.

        Args:
            is_isolated: True-isolated, false-cross
            currency: Currency: This field is only required for cross margin
            symbol: Symbol: This field is only required for isolated margin
        """
        _arguments: dict[str, Any] = {
            "is_isolated": is_isolated,
            "currency": currency,
            "symbol": symbol,
        }
        return cast(
            "list[GetMarginRiskLimitData] | None",
            await self.call(
                OPERATIONS["get_margin_risk_limit"],
                _arguments,
            ),
        )


class AsyncMarginRiskLimitServiceWithRawResponse:
    """The operations of a AsyncMarginRiskLimitService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncMarginRiskLimitService) -> None:
        self.get_margin_risk_limit = async_raw_response_wrapper(client.get_margin_risk_limit)
