"""Synchronous service for the broker apibroker endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.broker.api.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.broker.api.enums import (
        TradeType,
        TradeTypeLiteral,
    )
    from kucoin_sdk.broker.api.models import (
        GetBrokerRebateData,
    )


class BrokerApiService(SyncService):
    """The broker apibroker endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> BrokerApiServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return BrokerApiServiceWithRawResponse(self)

    def get_broker_rebate(
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
            self.call(
                OPERATIONS["get_broker_rebate"],
                _arguments,
            ),
        )


class BrokerApiServiceWithRawResponse:
    """The operations of a BrokerApiService, each returning its call's RawResponse."""

    def __init__(self, client: BrokerApiService) -> None:
        self.get_broker_rebate = raw_response_wrapper(client.get_broker_rebate)
