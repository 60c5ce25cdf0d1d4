"""Request and response models of margin.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel


class GetSymbolsCrossMarginRequest(RequestModel):
    """The inputs of Get Symbols - Cross Margin."""

    symbol: str | None = Field(
        default=None,
        description="If not provided, all cross margin symbol will be queried. If provided, only the specified symbol will be queried.",
    )


class GetSymbolsCrossMarginDataItem(ResponseModel):
    """One item of `items` in the Get Symbols - Cross Margin response."""

    symbol: str | None = Field(default=None, description="symbol")
    name: str | None = Field(default=None, description="Symbol name")
    enable_trading: bool | None = Field(
        default=None,
        alias="enableTrading",
        description="Whether trading is enabled: True for enabled; false for disabled",
    )
    market: str | None = Field(default=None, description="Trading market")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency, e.g. BTC."
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency, e.g. USDT."
    )
    base_increment: Decimal | None = Field(
        default=None,
        alias="baseIncrement",
        description="Quantity increment: The quantity for an order must be a positive integer multiple of this increment. Here, the size refers to the quantity of the base currency for the order. For example, for the ETH-USDT trading pair, if the baseIncrement is 0.0000001, the order quantity can be 1.0000001 but not 1.00000001.",
    )
    base_min_size: Decimal | None = Field(
        default=None,
        alias="baseMinSize",
        description="The minimum order quantity required to place an order.",
    )
    quote_increment: Decimal | None = Field(
        default=None,
        alias="quoteIncrement",
        description="Quote increment: The funds for a market order must be a positive integer multiple of this increment. The funds refer to the quote currency amount. For example, for the ETH-USDT trading pair, if the quoteIncrement is 0.000001, the amount of USDT for the order can be 3000.000001 but not 3000.0000001.",
    )
    quote_min_size: Decimal | None = Field(
        default=None,
        alias="quoteMinSize",
        description="The minimum order funds required to place a market order.",
    )
    base_max_size: Decimal | None = Field(
        default=None,
        alias="baseMaxSize",
        description="The maximum order size required to place an order.",
    )
    quote_max_size: Decimal | None = Field(
        default=None,
        alias="quoteMaxSize",
        description="The maximum order funds required to place a market order.",
    )
    price_increment: Decimal | None = Field(
        default=None,
        alias="priceIncrement",
        description="Price increment: The price of an order must be a positive integer multiple of this increment. For example, for the ETH-USDT trading pair, if the priceIncrement is 0.01, the order price can be 3000.01 but not 3000.001.\n\nSpecifies the min. order price as well as the price increment.This also applies to quote currency.",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of charged fees."
    )
    price_limit_rate: str | None = Field(
        default=None, alias="priceLimitRate", description="Threshold for price protection"
    )
    min_funds: Decimal | None = Field(
        default=None, alias="minFunds", description="The minimum trading amounts"
    )


class GetSymbolsCrossMarginData(ResponseModel):
    """The `data` of the Get Symbols - Cross Margin response."""

    timestamp: int | None = Field(default=None)
    items: list[GetSymbolsCrossMarginDataItem] | None = Field(default=None)


class GetEtfInfoRequest(RequestModel):
    """The inputs of Get ETF Info."""

    currency: str | None = Field(
        default=None, description="ETF Currency: If empty, query all currencies"
    )


class GetEtfInfoData(ResponseModel):
    """One item of the `data` of the Get ETF Info response."""

    currency: str | None = Field(default=None, description="ETF Currency")
    net_asset: str | None = Field(default=None, alias="netAsset", description="Net worth")
    target_leverage: str | None = Field(
        default=None, alias="targetLeverage", description="Target leverage"
    )
    actual_leverage: str | None = Field(
        default=None, alias="actualLeverage", description="Actual leverage"
    )
    issued_size: str | None = Field(
        default=None, alias="issuedSize", description="The amount of currency issued"
    )
    basket: str | None = Field(default=None, description="Basket information")


class GetMarkPriceDetailRequest(RequestModel):
    """The inputs of Get Mark Price Detail."""

    symbol: str = Field(description="symbol")


class GetMarkPriceDetailData(ResponseModel):
    """The `data` of the Get Mark Price Detail response."""

    symbol: str | None = Field(default=None, description="symbol")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Timestamp (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Mark price")


class GetMarginConfigData(ResponseModel):
    """The `data` of the Get Margin Config response."""

    currency_list: list[str] | None = Field(
        default=None, alias="currencyList", description="Available currencies for margin trade"
    )
    max_leverage: int | None = Field(
        default=None, alias="maxLeverage", description="Max. leverage available"
    )
    warning_debt_ratio: str | None = Field(
        default=None,
        alias="warningDebtRatio",
        description="The warning debt ratio of the forced liquidation",
    )
    liq_debt_ratio: str | None = Field(
        default=None, alias="liqDebtRatio", description="The debt ratio of the forced liquidation"
    )


class GetMarkPriceListData(ResponseModel):
    """One item of the `data` of the Get Mark Price List response."""

    symbol: str | None = Field(default=None, description="symbol")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Timestamp (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Mark price")


class GetSymbolsIsolatedMarginData(ResponseModel):
    """One item of the `data` of the Get Symbols - Isolated Margin response."""

    symbol: str | None = Field(default=None, description="symbol")
    symbol_name: str | None = Field(default=None, alias="symbolName", description="Symbol name")
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency, e.g. BTC."
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency, e.g. USDT."
    )
    max_leverage: int | None = Field(
        default=None, alias="maxLeverage", description="Max. leverage of this symbol"
    )
    fl_debt_ratio: str | None = Field(default=None, alias="flDebtRatio")
    trade_enable: bool | None = Field(default=None, alias="tradeEnable")
    auto_renew_max_debt_ratio: str | None = Field(default=None, alias="autoRenewMaxDebtRatio")
    base_borrow_enable: bool | None = Field(default=None, alias="baseBorrowEnable")
    quote_borrow_enable: bool | None = Field(default=None, alias="quoteBorrowEnable")
    base_transfer_in_enable: bool | None = Field(default=None, alias="baseTransferInEnable")
    quote_transfer_in_enable: bool | None = Field(default=None, alias="quoteTransferInEnable")
    base_borrow_coefficient: str | None = Field(default=None, alias="baseBorrowCoefficient")
    quote_borrow_coefficient: str | None = Field(default=None, alias="quoteBorrowCoefficient")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_symbols_cross_margin": GetSymbolsCrossMarginRequest,
    "get_etf_info": GetEtfInfoRequest,
    "get_mark_price_detail": GetMarkPriceDetailRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_symbols_cross_margin": GetSymbolsCrossMarginData,
    "get_etf_info": list[GetEtfInfoData],
    "get_mark_price_detail": GetMarkPriceDetailData,
    "get_margin_config": GetMarginConfigData,
    "get_mark_price_list": list[GetMarkPriceListData],
    "get_symbols_isolated_margin": list[GetSymbolsIsolatedMarginData],
}
"""The type of every operation's response `data`, by operation name."""
