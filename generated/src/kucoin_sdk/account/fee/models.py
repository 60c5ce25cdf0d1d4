"""Request and response models of account.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk.account.fee.enums import (
    CurrencyType,
    CurrencyTypeLiteral,
)


class GetBasicFeeSpotMarginRequest(RequestModel):
    """The inputs of Get Basic Fee - Spot/Margin."""

    currency_type: CurrencyType | CurrencyTypeLiteral | None = Field(
        default=None,
        alias="currencyType",
        description="Currency type: 0-crypto currency, 1-fiat currency. Default is 0-crypto currency",
    )


class GetBasicFeeSpotMarginData(ResponseModel):
    """The `data` of the Get Basic Fee - Spot/Margin response."""

    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Base taker fee rate"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Base maker fee rate"
    )


class GetActualFeeSpotMarginRequest(RequestModel):
    """The inputs of Get Actual Fee - Spot/Margin."""

    symbols: str = Field(
        description="Trading pair (optional; you can inquire fee rates of 10 trading pairs each time at most)"
    )


class GetActualFeeSpotMarginData(ResponseModel):
    """One item of the `data` of the Get Actual Fee - Spot/Margin response."""

    symbol: str | None = Field(
        default=None,
        description="The unique identity of the trading pair; will not change even if the trading pair is renamed",
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Actual taker fee rate of the symbol"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Actual maker fee rate of the symbol"
    )
    sell_tax_rate: str | None = Field(
        default=None,
        alias="sellTaxRate",
        description="Buy tax rate; this field is visible to users in certain countries",
    )
    buy_tax_rate: str | None = Field(
        default=None,
        alias="buyTaxRate",
        description="Sell tax rate; this field is visible to users in certain countries",
    )


class GetActualFeeFuturesRequest(RequestModel):
    """The inputs of Get Actual Fee - Futures."""

    symbol: str = Field(
        description="The unique identity of the trading pair; will not change even if the trading pair is renamed"
    )


class GetActualFeeFuturesData(ResponseModel):
    """The `data` of the Get Actual Fee - Futures response."""

    symbol: str | None = Field(
        default=None,
        description="The unique identity of the trading pair; will not change even if the trading pair is renamed",
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Actual taker fee rate of the trading pair"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Actual maker fee rate of the trading pair"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_basic_fee_spot_margin": GetBasicFeeSpotMarginRequest,
    "get_actual_fee_spot_margin": GetActualFeeSpotMarginRequest,
    "get_actual_fee_futures": GetActualFeeFuturesRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_basic_fee_spot_margin": GetBasicFeeSpotMarginData,
    "get_actual_fee_spot_margin": list[GetActualFeeSpotMarginData],
    "get_actual_fee_futures": GetActualFeeFuturesData,
}
"""The type of every operation's response `data`, by operation name."""
