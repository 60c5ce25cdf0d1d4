"""Request and response models of spot.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk.spot.market.enums import (
    AnnType,
    AnnTypeLiteral,
    FeeCategory,
    Lang,
    LangLiteral,
    MakerCoefficient,
    Protocol,
    Side,
    Status,
    TakerCoefficient,
    Type,
    TypeLiteral,
)


class GetAnnouncementsRequest(RequestModel):
    """The inputs of Get Announcements."""

    current_page: int | None = Field(default=None, alias="currentPage", description="page number")
    page_size: int | None = Field(default=None, alias="pageSize", description="page Size")
    ann_type: AnnType | AnnTypeLiteral | None = Field(
        default=None,
        alias="annType",
        description="Announcement types: latest-announcements , activities (latest activities), new-listings (new currency online), product-updates (product updates), vip (institutions and VIPs), maintenance-updates (system maintenance), product -updates (product news), delistings (currency offline), others, api-campaigns (API user activities), default : latest-announcements",
    )
    lang: Lang | LangLiteral | None = Field(
        default=None,
        description="Language type, the default is en_US, the specific value parameters are as follows",
    )
    start_time: int | None = Field(
        default=None, alias="startTime", description="Announcement online start time (milliseconds)"
    )
    end_time: int | None = Field(
        default=None, alias="endTime", description="Announcement online end time (milliseconds)"
    )


class GetAnnouncementsDataItem(ResponseModel):
    """One item of `items` in the Get Announcements response."""

    ann_id: int | None = Field(default=None, alias="annId", description="Announcement ID")
    ann_title: str | None = Field(default=None, alias="annTitle", description="Announcement title")
    ann_type: list[str] | None = Field(
        default=None, alias="annType", description="Announcement type"
    )
    ann_desc: str | None = Field(
        default=None, alias="annDesc", description="Announcement description"
    )
    c_time: int | None = Field(
        default=None,
        alias="cTime",
        description="Announcement release time, Unix millisecond timestamp format",
    )
    language: str | None = Field(default=None, description="language type")
    ann_url: str | None = Field(default=None, alias="annUrl", description="Announcement link")


class GetAnnouncementsData(ResponseModel):
    """The `data` of the Get Announcements response."""

    total_num: int | None = Field(default=None, alias="totalNum", description="Total Number")
    items: list[GetAnnouncementsDataItem] | None = Field(default=None)
    current_page: int | None = Field(default=None, alias="currentPage", description="Current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page size")
    total_page: int | None = Field(default=None, alias="totalPage", description="Total Page")


class GetCurrencyRequest(RequestModel):
    """The inputs of Get Currency."""

    chain: str | None = Field(
        default=None,
        description="Support for querying the chain of currency, e.g. the available values for USDT are OMNI, ERC20, TRC20. This only applies to multi-chain currencies; no need for single-chain currencies.",
    )
    currency: str = Field(description="Path parameter, Currency")


class GetCurrencyDataChain(ResponseModel):
    """One item of `chains` in the Get Currency response."""

    chain_name: str | None = Field(
        default=None, alias="chainName", description="Chain name of currency"
    )
    withdrawal_min_size: str | None = Field(
        default=None, alias="withdrawalMinSize", description="Minimum withdrawal amount"
    )
    deposit_min_size: str | None = Field(
        default=None, alias="depositMinSize", description="Minimum deposit amount"
    )
    withdraw_fee_rate: str | None = Field(
        default=None, alias="withdrawFeeRate", description="Withdraw fee rate"
    )
    withdrawal_min_fee: str | None = Field(
        default=None, alias="withdrawalMinFee", description="Minimum fees charged for withdrawal"
    )
    is_withdraw_enabled: bool | None = Field(
        default=None, alias="isWithdrawEnabled", description="Withdrawal support or not"
    )
    is_deposit_enabled: bool | None = Field(
        default=None, alias="isDepositEnabled", description="Deposit support or not"
    )
    confirms: int | None = Field(default=None, description="Number of block confirmations")
    pre_confirms: int | None = Field(
        default=None,
        alias="preConfirms",
        description="The number of blocks (confirmations) for advance on-chain verification",
    )
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="Contract address"
    )
    withdraw_precision: int | None = Field(
        default=None,
        alias="withdrawPrecision",
        description="Withdrawal precision bit, indicating the maximum supported length after the decimal point of the withdrawal amount",
    )
    max_withdraw: Decimal | None = Field(
        default=None, alias="maxWithdraw", description="Maximum amount of single withdrawal"
    )
    max_deposit: str | None = Field(
        default=None,
        alias="maxDeposit",
        description="Maximum amount of single deposit (only applicable to Lightning Network)",
    )
    need_tag: bool | None = Field(
        default=None, alias="needTag", description="Need for memo/tag or not"
    )
    chain_id: str | None = Field(default=None, alias="chainId", description="Chain id of currency")


class GetCurrencyData(ResponseModel):
    """The `data` of the Get Currency response."""

    currency: str | None = Field(
        default=None, description="A unique currency code that will never change"
    )
    name: str | None = Field(default=None, description="Currency name; will change after renaming")
    full_name: str | None = Field(
        default=None, alias="fullName", description="Full currency name; will change after renaming"
    )
    precision: int | None = Field(default=None, description="Currency precision")
    confirms: int | None = Field(default=None, description="Number of block confirmations")
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="Contract address"
    )
    is_margin_enabled: bool | None = Field(
        default=None, alias="isMarginEnabled", description="Margin support or not"
    )
    is_debit_enabled: bool | None = Field(
        default=None, alias="isDebitEnabled", description="Debit support or not"
    )
    chains: list[GetCurrencyDataChain] | None = Field(default=None, description="Chain list")


class GetAllCurrenciesDataChain(ResponseModel):
    """One item of `chains` in the Get All Currencies response."""

    chain_name: str | None = Field(
        default=None, alias="chainName", description="Chain name of currency"
    )
    withdrawal_min_size: str | None = Field(
        default=None, alias="withdrawalMinSize", description="Minimum withdrawal amount"
    )
    deposit_min_size: str | None = Field(
        default=None, alias="depositMinSize", description="Minimum deposit amount"
    )
    withdraw_fee_rate: str | None = Field(
        default=None, alias="withdrawFeeRate", description="Withdraw fee rate"
    )
    withdrawal_min_fee: str | None = Field(
        default=None, alias="withdrawalMinFee", description="Minimum fees charged for withdrawal"
    )
    is_withdraw_enabled: bool | None = Field(
        default=None, alias="isWithdrawEnabled", description="Withdrawal support or not"
    )
    is_deposit_enabled: bool | None = Field(
        default=None, alias="isDepositEnabled", description="Deposit support or not"
    )
    confirms: int | None = Field(default=None, description="Number of block confirmations")
    pre_confirms: int | None = Field(
        default=None,
        alias="preConfirms",
        description="The number of blocks (confirmations) for advance on-chain verification",
    )
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="Contract address"
    )
    withdraw_precision: int | None = Field(
        default=None,
        alias="withdrawPrecision",
        description="Withdrawal precision bit, indicating the maximum supported length after the decimal point of the withdrawal amount",
    )
    max_withdraw: str | None = Field(
        default=None, alias="maxWithdraw", description="Maximum amount of single withdrawal"
    )
    max_deposit: str | None = Field(
        default=None,
        alias="maxDeposit",
        description="Maximum amount of single deposit (only applicable to Lightning Network)",
    )
    need_tag: bool | None = Field(
        default=None, alias="needTag", description="Need for memo/tag or not"
    )
    chain_id: str | None = Field(default=None, alias="chainId", description="Chain id of currency")
    deposit_fee_rate: str | None = Field(
        default=None,
        alias="depositFeeRate",
        description="Deposit fee rate (some currencies have this param; the default is empty)",
    )
    withdraw_max_fee: str | None = Field(
        default=None,
        alias="withdrawMaxFee",
        description="Withdraw max. fee (some currencies have this param; the default is empty)",
    )
    deposit_tier_fee: str | None = Field(default=None, alias="depositTierFee")


class GetAllCurrenciesData(ResponseModel):
    """One item of the `data` of the Get All Currencies response."""

    currency: str | None = Field(
        default=None, description="A unique currency code that will never change"
    )
    name: str | None = Field(default=None, description="Currency name; will change after renaming")
    full_name: str | None = Field(
        default=None, alias="fullName", description="Full currency name; will change after renaming"
    )
    precision: int | None = Field(default=None, description="Currency precision")
    confirms: int | None = Field(default=None, description="Number of block confirmations")
    contract_address: str | None = Field(
        default=None, alias="contractAddress", description="Contract address"
    )
    is_margin_enabled: bool | None = Field(
        default=None, alias="isMarginEnabled", description="Margin support or not"
    )
    is_debit_enabled: bool | None = Field(
        default=None, alias="isDebitEnabled", description="Debit support or not"
    )
    chains: list[GetAllCurrenciesDataChain] | None = Field(default=None, description="Chain list")


class GetSymbolRequest(RequestModel):
    """The inputs of Get Symbol."""

    symbol: str = Field(description="Path parameter, Symbol")


class GetSymbolData(ResponseModel):
    """The `data` of the Get Symbol response."""

    symbol: str | None = Field(
        default=None, description="unique code of a symbol, it would not change after renaming"
    )
    name: str | None = Field(
        default=None, description="Name of trading pairs, it would change after renaming"
    )
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency,e.g. BTC."
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency,e.g. USDT."
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of charged fees."
    )
    market: str | None = Field(default=None, description="The trading market.")
    base_min_size: Decimal | None = Field(
        default=None,
        alias="baseMinSize",
        description="The minimum order quantity requried to place an order.",
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
    base_increment: Decimal | None = Field(
        default=None,
        alias="baseIncrement",
        description="Quantity increment: The quantity for an order must be a positive integer multiple of this increment. Here, the size refers to the quantity of the base currency for the order. For example, for the ETH-USDT trading pair, if the baseIncrement is 0.0000001, the order quantity can be 1.0000001 but not 1.00000001.",
    )
    quote_increment: Decimal | None = Field(
        default=None,
        alias="quoteIncrement",
        description="Quote increment: The funds for a market order must be a positive integer multiple of this increment. The funds refer to the quote currency amount. For example, for the ETH-USDT trading pair, if the quoteIncrement is 0.000001, the amount of USDT for the order can be 3000.000001 but not 3000.0000001.",
    )
    price_increment: Decimal | None = Field(
        default=None,
        alias="priceIncrement",
        description="Price increment: The price of an order must be a positive integer multiple of this increment. For example, for the ETH-USDT trading pair, if the priceIncrement is 0.01, the order price can be 3000.01 but not 3000.001.",
    )
    price_limit_rate: str | None = Field(
        default=None, alias="priceLimitRate", description="Threshold for price portection"
    )
    min_funds: Decimal | None = Field(
        default=None, alias="minFunds", description="The minimum trading amounts"
    )
    is_margin_enabled: bool | None = Field(
        default=None, alias="isMarginEnabled", description="Available for margin or not."
    )
    enable_trading: bool | None = Field(
        default=None, alias="enableTrading", description="Available for transaction or not."
    )
    fee_category: FeeCategory | int | None = Field(
        default=None,
        alias="feeCategory",
        union_mode="left_to_right",
        description="[Fee Type](https://www.kucoin.com/vip/privilege)",
    )
    maker_fee_coefficient: str | None = Field(
        default=None,
        alias="makerFeeCoefficient",
        description="The maker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    taker_fee_coefficient: str | None = Field(
        default=None,
        alias="takerFeeCoefficient",
        description="The taker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    st: bool | None = Field(
        default=None,
        description="Whether it is a [Special Treatment](https://www.kucoin.com/legal/special-treatment) symbol",
    )
    callauction_is_enabled: bool | None = Field(
        default=None,
        alias="callauctionIsEnabled",
        description="The  [call auction](https://www.kucoin.com/support/40999744334105) status returns true/false",
    )
    callauction_price_floor: str | None = Field(
        default=None,
        alias="callauctionPriceFloor",
        description="The lowest price declared in the call auction",
    )
    callauction_price_ceiling: str | None = Field(
        default=None,
        alias="callauctionPriceCeiling",
        description="The highest bid price in the call auction\n",
    )
    callauction_first_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionFirstStageStartTime",
        description="The first phase of the call auction starts at (Allow add orders, allow cancel orders)",
    )
    callauction_second_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionSecondStageStartTime",
        description="The second phase of the call auction starts at (Allow add orders, don't allow cancel orders)",
    )
    callauction_third_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionThirdStageStartTime",
        description="The third phase of the call auction starts at (Don't allow add orders, don't allow cancel orders)",
    )
    trading_start_time: int | None = Field(
        default=None,
        alias="tradingStartTime",
        description="Official opening time (end time of the third phase of call auction)",
    )


class GetAllSymbolsRequest(RequestModel):
    """The inputs of Get All Symbols."""

    market: str | None = Field(
        default=None,
        description="[The trading market](https://www.kucoin.com/docs-new/api-222921786)",
    )


class GetAllSymbolsData(ResponseModel):
    """One item of the `data` of the Get All Symbols response."""

    symbol: str | None = Field(
        default=None, description="Unique code of a symbol; it will not change after renaming"
    )
    name: str | None = Field(
        default=None, description="Name of trading pairs, it will change after renaming"
    )
    base_currency: str | None = Field(
        default=None, alias="baseCurrency", description="Base currency, e.g. BTC."
    )
    quote_currency: str | None = Field(
        default=None, alias="quoteCurrency", description="Quote currency, e.g. USDT."
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of charged fees."
    )
    market: str | None = Field(default=None, description="The trading market.")
    base_min_size: Decimal | None = Field(
        default=None,
        alias="baseMinSize",
        description="The minimum order quantity required to place an order.",
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
    base_increment: Decimal | None = Field(
        default=None,
        alias="baseIncrement",
        description="Quantity increment: The quantity for an order must be a positive integer multiple of this increment. Here, the size refers to the quantity of the base currency for the order. For example, for the ETH-USDT trading pair, if the baseIncrement is 0.0000001, the order quantity can be 1.0000001 but not 1.00000001.",
    )
    quote_increment: Decimal | None = Field(
        default=None,
        alias="quoteIncrement",
        description="Quote increment: The funds for a market order must be a positive integer multiple of this increment. The funds refer to the quote currency amount. For example, for the ETH-USDT trading pair, if the quoteIncrement is 0.000001, the amount of USDT for the order can be 3000.000001 but not 3000.0000001.",
    )
    price_increment: Decimal | None = Field(
        default=None,
        alias="priceIncrement",
        description="Price increment: The price of an order must be a positive integer multiple of this increment. For example, for the ETH-USDT trading pair, if the priceIncrement is 0.01, the order price can be 3000.01 but not 3000.001.\n\nSpecifies the min. order price as well as the price increment.This also applies to quote currency.",
    )
    price_limit_rate: str | None = Field(
        default=None, alias="priceLimitRate", description="Threshold for price protection"
    )
    min_funds: Decimal | None = Field(
        default=None, alias="minFunds", description="The minimum trading amounts"
    )
    is_margin_enabled: bool | None = Field(
        default=None, alias="isMarginEnabled", description="Available for margin or not."
    )
    enable_trading: bool | None = Field(
        default=None, alias="enableTrading", description="Available for transaction or not."
    )
    fee_category: FeeCategory | int | None = Field(
        default=None,
        alias="feeCategory",
        union_mode="left_to_right",
        description="[Fee Type](https://www.kucoin.com/vip/privilege)",
    )
    maker_fee_coefficient: str | None = Field(
        default=None,
        alias="makerFeeCoefficient",
        description="The maker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    taker_fee_coefficient: str | None = Field(
        default=None,
        alias="takerFeeCoefficient",
        description="The taker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    st: bool | None = Field(
        default=None,
        description="Whether it is a [Special Treatment](https://www.kucoin.com/legal/special-treatment) symbol",
    )
    callauction_is_enabled: bool | None = Field(
        default=None,
        alias="callauctionIsEnabled",
        description="The [call auction](https://www.kucoin.com/support/40999744334105) status returns true/false",
    )
    callauction_price_floor: str | None = Field(
        default=None,
        alias="callauctionPriceFloor",
        description="The lowest price declared in the call auction",
    )
    callauction_price_ceiling: str | None = Field(
        default=None,
        alias="callauctionPriceCeiling",
        description="The highest bid price in the call auction\n",
    )
    callauction_first_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionFirstStageStartTime",
        description="The first phase of the call auction starts at (Allow add orders, allow cancel orders)",
    )
    callauction_second_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionSecondStageStartTime",
        description="The second phase of the call auction starts at (Allow add orders, don't allow cancel orders)",
    )
    callauction_third_stage_start_time: int | None = Field(
        default=None,
        alias="callauctionThirdStageStartTime",
        description="The third phase of the call auction starts at (Don't allow add orders, don't allow cancel orders)",
    )
    trading_start_time: int | None = Field(
        default=None,
        alias="tradingStartTime",
        description="Official opening time (end time of the third phase of call auction)",
    )


class GetTickerRequest(RequestModel):
    """The inputs of Get Ticker."""

    symbol: str = Field(description="symbol")


class GetTickerData(ResponseModel):
    """The `data` of the Get Ticker response."""

    time_: int | None = Field(default=None, alias="time", description="timestamp")
    sequence: str | None = Field(default=None, description="Sequence")
    price: Decimal | None = Field(default=None, description="Last traded price")
    size: Decimal | None = Field(default=None, description="Last traded size")
    best_bid: str | None = Field(default=None, alias="bestBid", description="Best bid price")
    best_bid_size: Decimal | None = Field(
        default=None, alias="bestBidSize", description="Best bid size"
    )
    best_ask: str | None = Field(default=None, alias="bestAsk", description="Best ask price")
    best_ask_size: Decimal | None = Field(
        default=None, alias="bestAskSize", description="Best ask size"
    )


class GetAllTickersDataTicker(ResponseModel):
    """One item of `ticker` in the Get All Tickers response."""

    symbol: str | None = Field(default=None, description="Symbol")
    symbol_name: str | None = Field(
        default=None,
        alias="symbolName",
        description="Name of trading pairs, it will change after renaming",
    )
    buy: str | None = Field(default=None, description="Best bid price")
    best_bid_size: Decimal | None = Field(
        default=None, alias="bestBidSize", description="Best bid size"
    )
    sell: str | None = Field(default=None, description="Best ask price")
    best_ask_size: Decimal | None = Field(
        default=None, alias="bestAskSize", description="Best ask size"
    )
    change_rate: Decimal | None = Field(
        default=None, alias="changeRate", description="24h change rate"
    )
    change_price: Decimal | None = Field(
        default=None, alias="changePrice", description="24h change price"
    )
    high: Decimal | None = Field(default=None, description="Highest price in 24h")
    low: Decimal | None = Field(default=None, description="Lowest price in 24h")
    vol: Decimal | None = Field(
        default=None, description="24h volume, executed based on base currency"
    )
    vol_value: Decimal | None = Field(
        default=None, alias="volValue", description="24h traded amount"
    )
    last: Decimal | None = Field(default=None, description="Last traded price")
    average_price: Decimal | None = Field(
        default=None, alias="averagePrice", description="Average trading price in the last 24 hours"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Basic Taker Fee"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Basic Maker Fee"
    )
    taker_coefficient: TakerCoefficient | str | None = Field(
        default=None,
        alias="takerCoefficient",
        union_mode="left_to_right",
        description="The taker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    maker_coefficient: MakerCoefficient | str | None = Field(
        default=None,
        alias="makerCoefficient",
        union_mode="left_to_right",
        description="The maker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )


class GetAllTickersData(ResponseModel):
    """The `data` of the Get All Tickers response."""

    time_: int | None = Field(default=None, alias="time", description="timestamp")
    ticker: list[GetAllTickersDataTicker] | None = Field(default=None)


class GetTradeHistoryRequest(RequestModel):
    """The inputs of Get Trade History."""

    symbol: str = Field(description="symbol")


class GetTradeHistoryData(ResponseModel):
    """One item of the `data` of the Get Trade History response."""

    sequence: str | None = Field(default=None, description="Sequence number")
    price: Decimal | None = Field(default=None, description="Filled price")
    size: Decimal | None = Field(default=None, description="Filled amount")
    side: Side | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Filled side, The trade side indicates the taker order side. A taker order is the order that was matched with orders opened on the order book.",
    )
    time_: int | None = Field(
        default=None, alias="time", description="Filled timestamp(nanosecond)"
    )


class GetKlinesRequest(RequestModel):
    """The inputs of Get Klines."""

    symbol: str = Field(description="symbol")
    type: Type | TypeLiteral = Field(
        description="Type of candlestick patterns: 1min, 3min, 5min, 15min, 30min, 1hour, 2hour, 4hour, 6hour, 8hour, 12hour, 1day, 1week, 1month"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (second), default is 0"
    )
    end_at: int | None = Field(
        default=None, alias="endAt", description="End time (second), default is 0"
    )


class GetPartOrderBookRequest(RequestModel):
    """The inputs of Get Part OrderBook."""

    symbol: str = Field(description="symbol")
    size: int = Field(description="Get the depth layer, optional value: 20, 100")


class GetPartOrderBookData(ResponseModel):
    """The `data` of the Get Part OrderBook response."""

    time_: int | None = Field(default=None, alias="time", description="Timestamp(millisecond)")
    sequence: str | None = Field(default=None, description="Sequence number")
    bids: list[list[str]] | None = Field(default=None, description="bids, from high to low")
    asks: list[list[str]] | None = Field(default=None, description="asks, from low to high")


class GetFullOrderBookRequest(RequestModel):
    """The inputs of Get Full OrderBook."""

    symbol: str = Field(description="symbol")


class GetFullOrderBookData(ResponseModel):
    """The `data` of the Get Full OrderBook response."""

    time_: int | None = Field(default=None, alias="time", description="Timestamp(millisecond)")
    sequence: str | None = Field(default=None, description="Sequence number")
    bids: list[list[str]] | None = Field(default=None, description="bids, from high to low")
    asks: list[list[str]] | None = Field(default=None, description="asks, from low to high")


class GetCallAuctionPartOrderBookRequest(RequestModel):
    """The inputs of Get Call Auction Part OrderBook."""

    symbol: str = Field(description="symbol")
    size: int = Field(description="Get the depth layer, optional value: 20, 100")


class GetCallAuctionPartOrderBookData(ResponseModel):
    """The `data` of the Get Call Auction Part OrderBook response."""

    time_: int | None = Field(default=None, alias="time", description="Timestamp (milliseconds)")
    sequence: str | None = Field(default=None, description="Sequence number")
    bids: list[list[str]] | None = Field(default=None, description="bids, from high to low")
    asks: list[list[str]] | None = Field(default=None, description="asks, from low to high")


class GetCallAuctionInfoRequest(RequestModel):
    """The inputs of Get Call Auction Info."""

    symbol: str = Field(description="symbol")


class GetCallAuctionInfoData(ResponseModel):
    """The `data` of the Get Call Auction Info response."""

    symbol: str | None = Field(default=None, description="Symbol")
    estimated_price: str | None = Field(
        default=None, alias="estimatedPrice", description="Estimated price"
    )
    estimated_size: str | None = Field(
        default=None, alias="estimatedSize", description="Estimated size"
    )
    sell_order_range_low_price: str | None = Field(
        default=None,
        alias="sellOrderRangeLowPrice",
        description="Sell \u200b\u200border minimum price",
    )
    sell_order_range_high_price: str | None = Field(
        default=None,
        alias="sellOrderRangeHighPrice",
        description="Sell \u200b\u200border maximum price",
    )
    buy_order_range_low_price: str | None = Field(
        default=None, alias="buyOrderRangeLowPrice", description="Buy order minimum price"
    )
    buy_order_range_high_price: str | None = Field(
        default=None,
        alias="buyOrderRangeHighPrice",
        description="Buy \u200b\u200border maximum price",
    )
    time_: int | None = Field(default=None, alias="time", description="Timestamp (ms)")


class GetFiatPriceRequest(RequestModel):
    """The inputs of Get Fiat Price."""

    base: str | None = Field(
        default=None, description="Ticker symbol of a base currency, e.g. USD, EUR. Default is USD"
    )
    currencies: str | None = Field(
        default=None,
        description="Comma-separated cryptocurrencies to be converted into fiat, e.g.: BTC,ETH, etc. Default to return the fiat price of all currencies.",
    )


class Get24hrStatsRequest(RequestModel):
    """The inputs of Get 24hr Stats."""

    symbol: str = Field(description="symbol")


class Get24hrStatsData(ResponseModel):
    """The `data` of the Get 24hr Stats response."""

    time_: int | None = Field(default=None, alias="time", description="timestamp")
    symbol: str | None = Field(default=None, description="Symbol")
    buy: str | None = Field(default=None, description="Best bid price\n")
    sell: str | None = Field(default=None, description="Best ask price")
    change_rate: Decimal | None = Field(
        default=None, alias="changeRate", description="24h change rate"
    )
    change_price: Decimal | None = Field(
        default=None, alias="changePrice", description="24h change price"
    )
    high: Decimal | None = Field(default=None, description="Highest price in 24h")
    low: Decimal | None = Field(default=None, description="Lowest price in 24h")
    vol: Decimal | None = Field(
        default=None, description="24h volume, executed based on base currency"
    )
    vol_value: Decimal | None = Field(
        default=None, alias="volValue", description="24h traded amount"
    )
    last: Decimal | None = Field(default=None, description="Last traded price")
    average_price: Decimal | None = Field(
        default=None, alias="averagePrice", description="Average trading price in the last 24 hours"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Basic Taker Fee"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Basic Maker Fee"
    )
    taker_coefficient: str | None = Field(
        default=None,
        alias="takerCoefficient",
        description="The taker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )
    maker_coefficient: str | None = Field(
        default=None,
        alias="makerCoefficient",
        description="The maker fee coefficient. The actual fee needs to be multiplied by this coefficient to get the final fee. Most currencies have a coefficient of 1. If set to 0, it means no fee",
    )


class GetServiceStatusData(ResponseModel):
    """The `data` of the Get Service Status response."""

    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Status of service: open: normal transaction; close: Stop Trading/Maintenance; cancelonly: can only cancel the order but not place order",
    )
    msg: str | None = Field(default=None, description="Remark for operation")


class GetPublicTokenSpotMarginDataInstanceServer(ResponseModel):
    """One item of `instanceServers` in the Get Public Token - Spot/Margin response."""

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


class GetPublicTokenSpotMarginData(ResponseModel):
    """The `data` of the Get Public Token - Spot/Margin response."""

    token: str | None = Field(
        default=None, description="The token required to establish a Websocket connection"
    )
    instance_servers: list[GetPublicTokenSpotMarginDataInstanceServer] | None = Field(
        default=None, alias="instanceServers"
    )


class GetPrivateTokenSpotMarginDataInstanceServer(ResponseModel):
    """One item of `instanceServers` in the Get Private Token - Spot/Margin response."""

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


class GetPrivateTokenSpotMarginData(ResponseModel):
    """The `data` of the Get Private Token - Spot/Margin response."""

    token: str | None = Field(
        default=None, description="The token required to establish a Websocket connection"
    )
    instance_servers: list[GetPrivateTokenSpotMarginDataInstanceServer] | None = Field(
        default=None, alias="instanceServers"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_announcements": GetAnnouncementsRequest,
    "get_currency": GetCurrencyRequest,
    "get_symbol": GetSymbolRequest,
    "get_all_symbols": GetAllSymbolsRequest,
    "get_ticker": GetTickerRequest,
    "get_trade_history": GetTradeHistoryRequest,
    "get_klines": GetKlinesRequest,
    "get_part_order_book": GetPartOrderBookRequest,
    "get_full_order_book": GetFullOrderBookRequest,
    "get_call_auction_part_order_book": GetCallAuctionPartOrderBookRequest,
    "get_call_auction_info": GetCallAuctionInfoRequest,
    "get_fiat_price": GetFiatPriceRequest,
    "get_24hr_stats": Get24hrStatsRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_announcements": GetAnnouncementsData,
    "get_currency": GetCurrencyData,
    "get_all_currencies": list[GetAllCurrenciesData],
    "get_symbol": GetSymbolData,
    "get_all_symbols": list[GetAllSymbolsData],
    "get_ticker": GetTickerData,
    "get_all_tickers": GetAllTickersData,
    "get_trade_history": list[GetTradeHistoryData],
    "get_klines": list[list[str]],
    "get_part_order_book": GetPartOrderBookData,
    "get_full_order_book": GetFullOrderBookData,
    "get_call_auction_part_order_book": GetCallAuctionPartOrderBookData,
    "get_call_auction_info": GetCallAuctionInfoData,
    "get_fiat_price": dict[str, str],
    "get_24hr_stats": Get24hrStatsData,
    "get_market_list": list[str],
    "get_client_ip_address": str,
    "get_server_time": int,
    "get_service_status": GetServiceStatusData,
    "get_public_token_spot_margin": GetPublicTokenSpotMarginData,
    "get_private_token_spot_margin": GetPrivateTokenSpotMarginData,
}
"""The type of every operation's response `data`, by operation name."""
