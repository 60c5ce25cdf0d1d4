"""Request and response models of broker.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk.broker.api.enums import (
    TradeType,
    TradeTypeLiteral,
)


class GetBrokerRebateRequest(RequestModel):
    """The inputs of Get Broker Rebate."""

    begin: str = Field(description="Start time, for example: 20240610")
    end: str = Field(
        description="End time, for example: 20241010 (query data with a maximum interval of 6 months)"
    )
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType", description="Transaction type: 1, spot; 2, futures"
    )


class GetBrokerRebateData(ResponseModel):
    """The `data` of the Get Broker Rebate response."""

    url: str | None = Field(default=None, description="Rebate order file (link is valid for 1 day)")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_broker_rebate": GetBrokerRebateRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_broker_rebate": GetBrokerRebateData,
}
"""The type of every operation's response `data`, by operation name."""
