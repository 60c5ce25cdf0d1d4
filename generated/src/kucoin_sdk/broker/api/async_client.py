"""Asynchronous service for the broker apibroker endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.broker.api.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.broker.api.enums import (
        TradeType,
        TradeTypeLiteral,
    )
    from kucoin_sdk.broker.api.models import (
        GetBrokerRebateData,
    )


class AsyncBrokerApiService(AsyncService):
    """The broker apibroker endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncBrokerApiServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncBrokerApiServiceWithRawResponse(self)

    async def get_broker_rebate(
        self,
        *,
        begin: str,
        end: str,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> GetBrokerRebateData | None:
        """Get Broker Rebate.

        `GET /api/v1/broker/api/rebase/download`

        This interface supports the downloading of Broker rebate orders.

        Args:
            begin: Start time, for example: 20240610
            end: End time, for example: 20241010 (query data with a maximum interval of
                6 months)
            trade_type: Transaction type: 1, spot; 2, futures
        """
        _arguments: dict[str, Any] = {
            "begin": begin,
            "end": end,
            "trade_type": trade_type,
        }
        return cast(
            "GetBrokerRebateData | None",
            await self.call(
                OPERATIONS["get_broker_rebate"],
                _arguments,
            ),
        )


class AsyncBrokerApiServiceWithRawResponse:
    """The operations of a AsyncBrokerApiService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncBrokerApiService) -> None:
        self.get_broker_rebate = async_raw_response_wrapper(client.get_broker_rebate)
