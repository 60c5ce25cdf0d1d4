"""Request and response models of futures.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.futures.market.enums import (
    FairMethod,
    GetServiceStatusStatus,
    GetSymbolStatus,
    Granularity,
    GranularityLiteral,
    MarkMethod,
    Protocol,
    Side,
    Type,
)


class GetSymbolRequest(RequestModel):
    """The inputs of Get Symbol."""

    symbol: str = Field(description="Path Parameter. Symbol of the contract")


class GetSymbolData(ResponseModel):
    """The `data` of the Get Symbol response."""

    symbol: str | None = Field(default=None, description="Symbol")
    root_symbol: str | None = Field(default=None, alias="rootSymbol", description="Contract group")
    type: Type | str | None = Field(
        default=None, union_mode="left_to_right", description="Type of contract"
    )
    first_open_date: int | None = Field(
        default=None, alias="firstOpenDate", description="First Open Date (milliseconds)"
    )
    expire_date: int | None = Field(
        default=None,
        alias="expireDate",
        description="Expiration date (milliseconds) Null means it will never expire",
    )
    settle_date: int | None = Field(
        default=None,
        alias="settleDate",
        description="Settlement date (milliseconds) Null indicates that automatic settlement is not supported",
    )
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency"
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency"
    )
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades",
    )
    max_order_qty: int | None = Field(
        default=None, alias="maxOrderQty", description="Maximum order quantity"
    )
    max_price: Decimal | None = Field(
        default=None, alias="maxPrice", description="Maximum order price"
    )
    lot_size: int | None = Field(default=None, alias="lotSize", description="Minimum lot size")
    tick_size: Decimal | None = Field(
        default=None, alias="tickSize", description="Minimum price changes"
    )
    index_price_tick_size: Decimal | None = Field(
        default=None, alias="indexPriceTickSize", description="Index price of tick size"
    )
    multiplier: Decimal | None = Field(
        default=None,
        description="The basic unit of the contract API is lots. For the number of coins in each lot, please refer to the param multiplier. For example, for XBTUSDTM, multiplier=0.001, which corresponds to the value of each XBTUSDTM contract being 0.001 BTC. There is also a special case. All coin-swap contracts, such as each XBTUSDM contract, correspond to 1 USD.",
    )
    initial_margin: Decimal | None = Field(
        default=None, alias="initialMargin", description="Initial margin requirement"
    )
    maintain_margin: Decimal | None = Field(
        default=None, alias="maintainMargin", description="Maintenance margin requirement"
    )
    max_risk_limit: int | None = Field(
        default=None, alias="maxRiskLimit", description="Maximum risk limit (unit: XBT)"
    )
    min_risk_limit: int | None = Field(
        default=None, alias="minRiskLimit", description="Minimum risk limit (unit: XBT)"
    )
    risk_step: int | None = Field(
        default=None, alias="riskStep", description="Risk limit increment value (unit: XBT)"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Maker fee rate"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Taker fee rate"
    )
    taker_fix_fee: Decimal | None = Field(
        default=None, alias="takerFixFee", description="Deprecated param"
    )
    maker_fix_fee: Decimal | None = Field(
        default=None, alias="makerFixFee", description="Deprecated param"
    )
    settlement_fee: Decimal | None = Field(
        default=None, alias="settlementFee", description="Settlement fee"
    )
    is_deleverage: bool | None = Field(
        default=None, alias="isDeleverage", description="Enabled ADL or not"
    )
    is_quanto: bool | None = Field(default=None, alias="isQuanto", description="Deprecated param")
    is_inverse: bool | None = Field(
        default=None, alias="isInverse", description="Whether it is a reverse contract"
    )
    mark_method: MarkMethod | str | None = Field(
        default=None, alias="markMethod", union_mode="left_to_right", description="Marking method"
    )
    fair_method: FairMethod | str | None = Field(
        default=None,
        alias="fairMethod",
        union_mode="left_to_right",
        description="Fair price marking method; the Futures contract is null",
    )
    funding_base_symbol: str | None = Field(
        default=None, alias="fundingBaseSymbol", description="Ticker symbol of the base currency"
    )
    funding_quote_symbol: str | None = Field(
        default=None, alias="fundingQuoteSymbol", description="Ticker symbol of the quote currency"
    )
    funding_rate_symbol: str | None = Field(
        default=None, alias="fundingRateSymbol", description="Funding rate symbol"
    )
    index_symbol: str | None = Field(default=None, alias="indexSymbol", description="Index symbol")
    settlement_symbol: str | None = Field(
        default=None, alias="settlementSymbol", description="Settlement symbol"
    )
    status: GetSymbolStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="Contract status"
    )
    funding_fee_rate: Decimal | None = Field(
        default=None, alias="fundingFeeRate", description="Funding fee rate"
    )
    predicted_funding_fee_rate: Decimal | None = Field(
        default=None, alias="predictedFundingFeeRate", description="Predicted funding fee rate"
    )
    funding_rate_granularity: int | None = Field(
        default=None, alias="fundingRateGranularity", description="Funding interval (milliseconds)"
    )
    open_interest: str | None = Field(
        default=None, alias="openInterest", description="Open interest (unit: lots)"
    )
    turnover_of24h: Decimal | None = Field(
        default=None, alias="turnoverOf24h", description="24-hour turnover"
    )
    volume_of24h: Decimal | None = Field(
        default=None, alias="volumeOf24h", description="24-hour volume"
    )
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price")
    index_price: Decimal | None = Field(default=None, alias="indexPrice", description="Index price")
    last_trade_price: Decimal | None = Field(
        default=None, alias="lastTradePrice", description="Last trade price"
    )
    next_funding_rate_time: int | None = Field(
        default=None,
        alias="nextFundingRateTime",
        description="Next funding rate time (milliseconds)",
    )
    max_leverage: int | None = Field(
        default=None, alias="maxLeverage", description="Maximum leverage"
    )
    source_exchanges: list[str] | None = Field(
        default=None,
        alias="sourceExchanges",
        description="The contract index price source exchange",
    )
    premiums_symbol1_m: str | None = Field(
        default=None, alias="premiumsSymbol1M", description="Premium index symbol (1 minute)"
    )
    premiums_symbol8_h: str | None = Field(
        default=None, alias="premiumsSymbol8H", description="Premium index symbol (8 hours)"
    )
    funding_base_symbol1_m: str | None = Field(
        default=None,
        alias="fundingBaseSymbol1M",
        description="Base currency interest rate symbol (1 minute)",
    )
    funding_quote_symbol1_m: str | None = Field(
        default=None,
        alias="fundingQuoteSymbol1M",
        description="Quote currency interest rate symbol (1 minute)",
    )
    low_price: Decimal | None = Field(
        default=None, alias="lowPrice", description="24-hour lowest price"
    )
    high_price: Decimal | None = Field(
        default=None, alias="highPrice", description="24-hour highest price"
    )
    price_chg_pct: Decimal | None = Field(
        default=None, alias="priceChgPct", description="24-hour % price change "
    )
    price_chg: Decimal | None = Field(
        default=None, alias="priceChg", description="24-hour price change"
    )
    k: Decimal | None = Field(default=None)
    m: Decimal | None = Field(default=None)
    f: Decimal | None = Field(default=None)
    mmr_limit: Decimal | None = Field(default=None, alias="mmrLimit")
    mmr_lev_constant: Decimal | None = Field(default=None, alias="mmrLevConstant")
    support_cross: bool | None = Field(
        default=None, alias="supportCross", description="Whether support Cross Margin"
    )
    buy_limit: Decimal | None = Field(
        default=None, alias="buyLimit", description="The current maximum buying price allowed"
    )
    sell_limit: Decimal | None = Field(
        default=None, alias="sellLimit", description="The current minimum selling price allowed"
    )


class GetAllSymbolsData(ResponseModel):
    """One item of the `data` of the Get All Symbols response."""

    symbol: str | None = Field(default=None, description="Symbol")
    root_symbol: str | None = Field(default=None, alias="rootSymbol", description="Contract group")
    type: Type | str | None = Field(
        default=None, union_mode="left_to_right", description="Type of contract"
    )
    first_open_date: int | None = Field(
        default=None, alias="firstOpenDate", description="First Open Date (milliseconds)"
    )
    expire_date: int | None = Field(
        default=None,
        alias="expireDate",
        description="Expiration date (milliseconds) Null means it will never expire",
    )
    settle_date: int | None = Field(
        default=None,
        alias="settleDate",
        description="Settlement date (milliseconds) Null indicates that automatic settlement is not supported",
    )
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency"
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency"
    )
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades",
    )
    max_order_qty: int | None = Field(
        default=None, alias="maxOrderQty", description="Maximum order quantity"
    )
    max_price: Decimal | None = Field(
        default=None, alias="maxPrice", description="Maximum order price"
    )
    lot_size: int | None = Field(default=None, alias="lotSize", description="Minimum lot size")
    tick_size: Decimal | None = Field(
        default=None, alias="tickSize", description="Minimum price changes"
    )
    index_price_tick_size: Decimal | None = Field(
        default=None, alias="indexPriceTickSize", description="Index price of tick size"
    )
    multiplier: Decimal | None = Field(
        default=None,
        description="The basic unit of the contract API is lots. For the number of coins in each lot, please refer to the param multiplier. For example, for XBTUSDTM, multiplier=0.001, which corresponds to the value of each XBTUSDTM contract being 0.001 BTC. There is also a special case. All coin-swap contracts, such as each XBTUSDM contract, correspond to 1 USD.",
    )
    initial_margin: Decimal | None = Field(
        default=None, alias="initialMargin", description="Initial margin requirement"
    )
    maintain_margin: Decimal | None = Field(
        default=None, alias="maintainMargin", description="Maintenance margin requirement"
    )
    max_risk_limit: int | None = Field(
        default=None, alias="maxRiskLimit", description="Maximum risk limit (unit: XBT)"
    )
    min_risk_limit: int | None = Field(
        default=None, alias="minRiskLimit", description="Minimum risk limit (unit: XBT)"
    )
    risk_step: int | None = Field(
        default=None, alias="riskStep", description="Risk limit increment value (unit: XBT)"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Maker fee rate"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Taker fee rate"
    )
    taker_fix_fee: Decimal | None = Field(
        default=None, alias="takerFixFee", description="Deprecated param"
    )
    maker_fix_fee: Decimal | None = Field(
        default=None, alias="makerFixFee", description="Deprecated param"
    )
    settlement_fee: Decimal | None = Field(
        default=None, alias="settlementFee", description="Settlement fee"
    )
    is_deleverage: bool | None = Field(
        default=None, alias="isDeleverage", description="Enabled ADL or not"
    )
    is_quanto: bool | None = Field(default=None, alias="isQuanto", description="Deprecated param")
    is_inverse: bool | None = Field(
        default=None, alias="isInverse", description="Whether it is a reverse contract"
    )
    mark_method: MarkMethod | str | None = Field(
        default=None, alias="markMethod", union_mode="left_to_right", description="Marking method"
    )
    fair_method: FairMethod | str | None = Field(
        default=None,
        alias="fairMethod",
        union_mode="left_to_right",
        description="Fair price marking method; the Futures contract is null",
    )
    funding_base_symbol: str | None = Field(
        default=None, alias="fundingBaseSymbol", description="Ticker symbol of the base currency"
    )
    funding_quote_symbol: str | None = Field(
        default=None, alias="fundingQuoteSymbol", description="Ticker symbol of the quote currency"
    )
    funding_rate_symbol: str | None = Field(
        default=None, alias="fundingRateSymbol", description="Funding rate symbol"
    )
    index_symbol: str | None = Field(default=None, alias="indexSymbol", description="Index symbol")
    settlement_symbol: str | None = Field(
        default=None, alias="settlementSymbol", description="Settlement symbol"
    )
    status: GetSymbolStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="Contract status"
    )
    funding_fee_rate: Decimal | None = Field(
        default=None, alias="fundingFeeRate", description="Funding fee rate"
    )
    predicted_funding_fee_rate: Decimal | None = Field(
        default=None, alias="predictedFundingFeeRate", description="Predicted funding fee rate"
    )
    funding_rate_granularity: int | None = Field(
        default=None, alias="fundingRateGranularity", description="Funding interval (milliseconds)"
    )
    open_interest: str | None = Field(
        default=None, alias="openInterest", description="Open interest (unit: lots)"
    )
    turnover_of24h: Decimal | None = Field(
        default=None, alias="turnoverOf24h", description="24-hour turnover"
    )
    volume_of24h: Decimal | None = Field(
        default=None, alias="volumeOf24h", description="24-hour volume"
    )
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price")
    index_price: Decimal | None = Field(default=None, alias="indexPrice", description="Index price")
    last_trade_price: Decimal | None = Field(
        default=None, alias="lastTradePrice", description="Last trade price"
    )
    next_funding_rate_time: int | None = Field(
        default=None,
        alias="nextFundingRateTime",
        description="Next funding rate time (milliseconds)",
    )
    max_leverage: int | None = Field(
        default=None, alias="maxLeverage", description="Maximum leverage"
    )
    source_exchanges: list[str] | None = Field(
        default=None,
        alias="sourceExchanges",
        description="The contract index price source exchange",
    )
    premiums_symbol1_m: str | None = Field(
        default=None, alias="premiumsSymbol1M", description="Premium index symbol (1 minute)"
    )
    premiums_symbol8_h: str | None = Field(
        default=None, alias="premiumsSymbol8H", description="Premium index symbol (8 hours)"
    )
    funding_base_symbol1_m: str | None = Field(
        default=None,
        alias="fundingBaseSymbol1M",
        description="Base currency interest rate symbol (1 minute)",
    )
    funding_quote_symbol1_m: str | None = Field(
        default=None,
        alias="fundingQuoteSymbol1M",
        description="Quote currency interest rate symbol (1 minute)",
    )
    low_price: Decimal | None = Field(
        default=None, alias="lowPrice", description="24-hour lowest price"
    )
    high_price: Decimal | None = Field(
        default=None, alias="highPrice", description="24-hour highest price"
    )
    price_chg_pct: Decimal | None = Field(
        default=None, alias="priceChgPct", description="24-hour % price change "
    )
    price_chg: Decimal | None = Field(
        default=None, alias="priceChg", description="24-hour price change"
    )
    k: Decimal | None = Field(default=None)
    m: Decimal | None = Field(default=None)
    f: Decimal | None = Field(default=None)
    mmr_limit: Decimal | None = Field(default=None, alias="mmrLimit")
    mmr_lev_constant: Decimal | None = Field(default=None, alias="mmrLevConstant")
    support_cross: bool | None = Field(
        default=None, alias="supportCross", description="Whether support Cross Margin"
    )
    buy_limit: Decimal | None = Field(
        default=None, alias="buyLimit", description="The current maximum buying price allowed"
    )
    sell_limit: Decimal | None = Field(
        default=None, alias="sellLimit", description="The current minimum selling price allowed"
    )


class GetTickerRequest(RequestModel):
    """The inputs of Get Ticker."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetTickerData(ResponseModel):
    """The `data` of the Get Ticker response."""

    sequence: int | None = Field(
        default=None,
        description="Sequence number, used to judge whether the messages pushed by Websocket are continuous.",
    )
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    side: Side | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Filled side; the trade side indicates the taker order side. A taker order is the order that was matched with orders opened on the order book.",
    )
    size: int | None = Field(default=None, description="Filled quantity")
    trade_id: str | None = Field(default=None, alias="tradeId", description="Transaction ID")
    price: Decimal | None = Field(default=None, description="Filled price")
    best_bid_price: Decimal | None = Field(
        default=None, alias="bestBidPrice", description="Best bid price"
    )
    best_bid_size: int | None = Field(
        default=None, alias="bestBidSize", description="Best bid size"
    )
    best_ask_price: Decimal | None = Field(
        default=None, alias="bestAskPrice", description="Best ask price"
    )
    best_ask_size: int | None = Field(
        default=None, alias="bestAskSize", description="Best ask size"
    )
    ts: int | None = Field(default=None, description="Filled time (nanoseconds)")


class GetAllTickersData(ResponseModel):
    """One item of the `data` of the Get All Tickers response."""

    sequence: int | None = Field(
        default=None,
        description="Sequence number, used to judge whether the messages pushed by Websocket are continuous.",
    )
    symbol: str | None = Field(default=None, description="Symbol")
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Trade direction"
    )
    size: int | None = Field(
        default=None,
        description="Filled side; the trade side indicates the taker order side. A taker order is the order that was matched with orders opened on the order book.",
    )
    trade_id: str | None = Field(default=None, alias="tradeId", description="Transaction ID")
    price: Decimal | None = Field(default=None, description="Filled price")
    best_bid_price: Decimal | None = Field(
        default=None, alias="bestBidPrice", description="Best bid price"
    )
    best_bid_size: int | None = Field(
        default=None, alias="bestBidSize", description="Best bid size"
    )
    best_ask_price: Decimal | None = Field(
        default=None, alias="bestAskPrice", description="Best ask price"
    )
    best_ask_size: int | None = Field(
        default=None, alias="bestAskSize", description="Best ask size"
    )
    ts: int | None = Field(default=None, description="Filled time (nanoseconds)")


class GetFullOrderBookRequest(RequestModel):
    """The inputs of Get Full OrderBook."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )


class GetFullOrderBookData(ResponseModel):
    """The `data` of the Get Full OrderBook response."""

    sequence: int | None = Field(default=None, description="Sequence number")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    bids: list[list[Decimal]] | None = Field(default=None, description="bids, from high to low")
    asks: list[list[Decimal]] | None = Field(default=None, description="asks, from low to high")
    ts: int | None = Field(default=None, description="Timestamp (nanoseconds)")


class GetPartOrderBookRequest(RequestModel):
    """The inputs of Get Part OrderBook."""

    size: DecimalString = Field(description="Get the depth layer, optional value: 20, 100")
    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetPartOrderBookData(ResponseModel):
    """The `data` of the Get Part OrderBook response."""

    sequence: int | None = Field(default=None, description="Sequence number")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    bids: list[list[Decimal]] | None = Field(default=None, description="bids, from high to low")
    asks: list[list[Decimal]] | None = Field(default=None, description="asks, from low to high")
    ts: int | None = Field(default=None, description="Timestamp (nanoseconds)")


class GetTradeHistoryRequest(RequestModel):
    """The inputs of Get Trade History."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetTradeHistoryData(ResponseModel):
    """One item of the `data` of the Get Trade History response."""

    sequence: int | None = Field(default=None, description="Sequence number")
    contract_id: int | None = Field(
        default=None, alias="contractId", description="Deprecated param"
    )
    trade_id: str | None = Field(default=None, alias="tradeId", description="Transaction ID")
    maker_order_id: str | None = Field(
        default=None, alias="makerOrderId", description="Maker order ID"
    )
    taker_order_id: str | None = Field(
        default=None, alias="takerOrderId", description="Taker order ID"
    )
    ts: int | None = Field(default=None, description="Filled timestamp (nanosecond)")
    size: int | None = Field(default=None, description="Filled amount")
    price: Decimal | None = Field(default=None, description="Filled price")
    side: Side | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Filled side; the trade side indicates the taker order side. A taker order is the order that was matched with orders opened on the order book.",
    )


class GetKlinesRequest(RequestModel):
    """The inputs of Get Klines."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol, indexSymbol, premiumsSymbol1M, premiumsSymbol8H](https://www.kucoin.com/docs-new/api-3470220)"
    )
    granularity: Granularity | GranularityLiteral = Field(
        description="Type of candlestick patterns (minutes)"
    )
    from_: int | None = Field(default=None, alias="from", description="Start time (milliseconds)")
    to: int | None = Field(default=None, description="End time (milliseconds)")


class GetMarkPriceRequest(RequestModel):
    """The inputs of Get Mark Price."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetMarkPriceData(ResponseModel):
    """The `data` of the Get Mark Price response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    granularity: int | None = Field(default=None, description="Granularity (milliseconds)")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Time point (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Mark price")
    index_price: Decimal | None = Field(default=None, alias="indexPrice", description="Index price")


class GetSpotIndexPriceRequest(RequestModel):
    """The inputs of Get Spot Index Price."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: indexSymbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    reverse: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is reversed. True means “yes”. False means “no”. This parameter is set as True by default.",
    )
    offset: int | None = Field(
        default=None,
        description="Start offset. The unique attribute of the last returned result of the last request. The data of the first page will be returned by default.",
    )
    forward: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    max_count: int | None = Field(
        default=None,
        alias="maxCount",
        ge=1,
        le=100,
        description="Max. record count. The default record count is 10; the maximum length cannot exceed 100",
    )


class GetSpotIndexPriceDataDataDecomposion(ResponseModel):
    """One item of `decomposionList` in the Get Spot Index Price response."""

    exchange: str | None = Field(default=None, description="Exchange")
    price: Decimal | None = Field(default=None, description="Price")
    weight: Decimal | None = Field(default=None, description="Weight")


class GetSpotIndexPriceDataData(ResponseModel):
    """One item of `dataList` in the Get Spot Index Price response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: indexSymbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    granularity: int | None = Field(default=None, description="Granularity (milliseconds)")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Timestamp (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Index Value")
    decomposion_list: list[GetSpotIndexPriceDataDataDecomposion] | None = Field(
        default=None, alias="decomposionList", description="Component List"
    )


class GetSpotIndexPriceData(ResponseModel):
    """The `data` of the Get Spot Index Price response."""

    data_list: list[GetSpotIndexPriceDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(
        default=None, alias="hasMore", description="Whether there are more pages"
    )


class GetInterestRateIndexRequest(RequestModel):
    """The inputs of Get Interest Rate Index."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: fundingBaseSymbol, fundingQuoteSymbol, fundingBaseSymbol1M, fundingQuoteSymbol1M](https://www.kucoin.com/docs-new/api-3470220)"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    reverse: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is reversed. True means “yes”. False means “no”. This parameter is set as True by default.",
    )
    offset: int | None = Field(
        default=None,
        description="Start offset. The unique attribute of the last returned result of the last request. The data of the first page will be returned by default.",
    )
    forward: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    max_count: int | None = Field(
        default=None,
        alias="maxCount",
        ge=1,
        le=100,
        description="Max. record count. The default record count is 10; the maximum length cannot exceed 100",
    )


class GetInterestRateIndexDataData(ResponseModel):
    """One item of `dataList` in the Get Interest Rate Index response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: fundingBaseSymbol, fundingQuoteSymbol, fundingBaseSymbol1M, fundingQuoteSymbol1M](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    granularity: int | None = Field(default=None, description="Granularity (milliseconds)")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Timestamp (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Interest rate value")


class GetInterestRateIndexData(ResponseModel):
    """The `data` of the Get Interest Rate Index response."""

    data_list: list[GetInterestRateIndexDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(
        default=None, alias="hasMore", description="Whether there are more pages"
    )


class GetPremiumIndexRequest(RequestModel):
    """The inputs of Get Premium Index."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: premiumsSymbol1M, premiumsSymbol8H](https://www.kucoin.com/docs-new/api-3470220)"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    reverse: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is reversed. True means “yes”. False means “no”. This parameter is set as True by default.",
    )
    offset: int | None = Field(
        default=None,
        description="Start offset. The unique attribute of the last returned result of the last request. The data of the first page will be returned by default.",
    )
    forward: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    max_count: int | None = Field(
        default=None,
        alias="maxCount",
        ge=1,
        le=100,
        description="Max. record count. The default record count is 10; the maximum length cannot exceed 100",
    )


class GetPremiumIndexDataData(ResponseModel):
    """One item of `dataList` in the Get Premium Index response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: premiumsSymbol1M, premiumsSymbol8H](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    granularity: int | None = Field(default=None, description="Granularity (milliseconds)")
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Timestamp (milliseconds)"
    )
    value: Decimal | None = Field(default=None, description="Premium index")


class GetPremiumIndexData(ResponseModel):
    """The `data` of the Get Premium Index response."""

    data_list: list[GetPremiumIndexDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(
        default=None, alias="hasMore", description="Whether there are more pages"
    )


class Get24hrStatsData(ResponseModel):
    """The `data` of the Get 24hr stats response."""

    turnover_of24h: Decimal | None = Field(
        default=None,
        alias="turnoverOf24h",
        description="24-hour platform Futures trading volume. Unit is USD",
    )


class GetServiceStatusData(ResponseModel):
    """The `data` of the Get Service Status response."""

    msg: str | None = Field(default=None)
    status: GetServiceStatusStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status of service: open: normal transaction; close: Stop Trading/Maintenance; cancelonly: can only cancel the order but not place order",
    )


class GetPublicTokenFuturesDataInstanceServer(ResponseModel):
    """One item of `instanceServers` in the Get Public Token - Futures response."""

    endpoint: str | None = Field(
        default=None,
        description="Websocket domain URL. It is recommended to use a dynamic URL, as the URL may change.",
    )
    encrypt: bool | None = Field(
        default=None, description="Whether to encrypt. Currently only supports wss, not ws"
    )
    protocol: Protocol | str | None = Field(
        default=None, union_mode="left_to_right", description="Network Protocol"
    )
    ping_interval: int | None = Field(
        default=None, alias="pingInterval", description="Recommended ping interval (milliseconds)"
    )
    ping_timeout: int | None = Field(
        default=None, alias="pingTimeout", description="Heartbeat timeout (milliseconds)"
    )


class GetPublicTokenFuturesData(ResponseModel):
    """The `data` of the Get Public Token - Futures response."""

    token: str | None = Field(
        default=None, description="The token required to establish a Websocket connection"
    )
    instance_servers: list[GetPublicTokenFuturesDataInstanceServer] | None = Field(
        default=None, alias="instanceServers"
    )


class GetPrivateTokenFuturesDataInstanceServer(ResponseModel):
    """One item of `instanceServers` in the Get Private Token - Futures response."""

    endpoint: str | None = Field(
        default=None,
        description="Websocket domain URL. It is recommended to use a dynamic URL, as the URL may change.",
    )
    encrypt: bool | None = Field(
        default=None, description="Whether to encrypt. Currently only supports wss, not ws"
    )
    protocol: Protocol | str | None = Field(
        default=None, union_mode="left_to_right", description="Network Protocol"
    )
    ping_interval: int | None = Field(
        default=None, alias="pingInterval", description="Recommended ping interval (milliseconds)"
    )
    ping_timeout: int | None = Field(
        default=None, alias="pingTimeout", description="Heartbeat timeout (milliseconds)"
    )


class GetPrivateTokenFuturesData(ResponseModel):
    """The `data` of the Get Private Token - Futures response."""

    token: str | None = Field(
        default=None, description="The token required to establish a Websocket connection"
    )
    instance_servers: list[GetPrivateTokenFuturesDataInstanceServer] | None = Field(
        default=None, alias="instanceServers"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_symbol": GetSymbolRequest,
    "get_ticker": GetTickerRequest,
    "get_full_order_book": GetFullOrderBookRequest,
    "get_part_order_book": GetPartOrderBookRequest,
    "get_trade_history": GetTradeHistoryRequest,
    "get_klines": GetKlinesRequest,
    "get_mark_price": GetMarkPriceRequest,
    "get_spot_index_price": GetSpotIndexPriceRequest,
    "get_interest_rate_index": GetInterestRateIndexRequest,
    "get_premium_index": GetPremiumIndexRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_symbol": GetSymbolData,
    "get_all_symbols": list[GetAllSymbolsData],
    "get_ticker": GetTickerData,
    "get_all_tickers": list[GetAllTickersData],
    "get_full_order_book": GetFullOrderBookData,
    "get_part_order_book": GetPartOrderBookData,
    "get_trade_history": list[GetTradeHistoryData],
    "get_klines": list[list[Decimal]],
    "get_mark_price": GetMarkPriceData,
    "get_spot_index_price": GetSpotIndexPriceData,
    "get_interest_rate_index": GetInterestRateIndexData,
    "get_premium_index": GetPremiumIndexData,
    "get_24hr_stats": Get24hrStatsData,
    "get_server_time": int,
    "get_service_status": GetServiceStatusData,
    "get_public_token_futures": GetPublicTokenFuturesData,
    "get_private_token_futures": GetPrivateTokenFuturesData,
}
"""The type of every operation's response `data`, by operation name."""
