"""Request and response models of copytrading.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalNumber, DecimalString
from kucoin_sdk.copytrading.futures.enums import (
    MarginMode,
    MarginModeLiteral,
    Side,
    SideLiteral,
    Stop,
    StopLiteral,
    StopPriceType,
    StopPriceTypeLiteral,
    TimeInForce,
    TimeInForceLiteral,
    Type,
    TypeLiteral,
)


class AddOrderRequest(RequestModel):
    """The inputs of Add Order."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order id created by users to identify their orders, the maximum length cannot exceed 40, e.g. UUID, Only allows numbers, characters, underline(_), and separator(-)",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell' ")
    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int | None = Field(
        default=None,
        ge=1,
        le=10,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: Type | TypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order"
    )
    stop: Stop | StopLiteral | None = Field(
        default=None,
        description="Either 'down' or 'up'.  If stop is used,parameter stopPrice and stopPriceType also need to be provieded.",
    )
    stop_price_type: StopPriceType | StopPriceTypeLiteral | None = Field(
        default=None,
        alias="stopPriceType",
        description="Either 'TP' or 'MP', Need to be defined if stop is specified.",
    )
    stop_price: DecimalString | None = Field(
        default=None, alias="stopPrice", description="Need to be defined if stop is specified. "
    )
    reduce_only: bool | None = Field(
        default=None,
        alias="reduceOnly",
        description="A mark to reduce the position size only. Set to false by default. Need to set the position size when reduceOnly is true. If set to true, only the orders reducing the position size will be executed. If the reduce-only order size exceeds the position size, the extra size will be canceled.",
    )
    close_order: bool | None = Field(
        default=None,
        alias="closeOrder",
        description="A mark to close the position. Set to false by default. If closeOrder is set to true, the system will close the position and the position size will become 0. Side, Size and Leverage fields can be left empty and the system will determine the side and size automatically.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None, alias="marginMode", description="Margin mode: ISOLATED, default: ISOLATED"
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int = Field(
        description="Order size (Lot), must be a positive integer. The quantity unit of coin-swap contracts is size(lot), and other units are not supported."
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="Optional for type is 'limit' order, [Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading, default is GTC",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="Optional for type is 'limit' order,  post only flag, invalid when timeInForce is IOC. When postOnly is true, not allowed choose hidden or iceberg. The post-only flag ensures that the trader always pays the maker fee and provides liquidity to the order book. If any part of the order is going to pay taker fee, the order will be fully rejected.",
    )
    hidden: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, orders not displaying in order book. When hidden chose, not allowed choose postOnly.",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, Only visible portion of the order is displayed in the order book. When iceberg chose, not allowed choose postOnly.",
    )
    visible_size: DecimalString | None = Field(
        default=None,
        alias="visibleSize",
        description="Optional for type is 'limit' order, The maximum visible size of an iceberg order. please place order in size (lots), The units of qty (base currency) and valueQty (value) are not supported. Need to be defined if iceberg is specified.",
    )


class AddOrderData(ResponseModel):
    """The `data` of the Add Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order id."
    )


class CancelOrderByOrderIdRequest(RequestModel):
    """The inputs of Cancel Order By OrderId."""

    order_id: str | None = Field(default=None, alias="orderId", description="Order ID")


class CancelOrderByOrderIdData(ResponseModel):
    """The `data` of the Cancel Order By OrderId response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="The orderId that is to be canceled"
    )


class AddOrderTestRequest(RequestModel):
    """The inputs of Add Order Test."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order ID created by users to identify their orders. The maximum length cannot exceed 40, e.g. UUID only allows numbers, characters, underline(_), and separator (-).",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int = Field(
        ge=1,
        le=10,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: Type | TypeLiteral = Field(
        description="Specify if the order is a 'limit' order or 'market' order"
    )
    stop: Stop | StopLiteral | None = Field(
        default=None,
        description="Either 'down' or 'up'.  If stop is used, parameter stopPrice and stopPriceType also need to be provided.",
    )
    stop_price_type: StopPriceType | StopPriceTypeLiteral | None = Field(
        default=None,
        alias="stopPriceType",
        description="Either 'TP' or 'MP' need to be defined if stop is specified.",
    )
    stop_price: DecimalString | None = Field(
        default=None, alias="stopPrice", description="Needs to be defined if stop is specified. "
    )
    reduce_only: bool | None = Field(
        default=None,
        alias="reduceOnly",
        description="A mark to reduce the position size only. Set to false by default. Need to set the position size when reduceOnly is true. If set to true, only the orders reducing the position size will be executed. If the reduce-only order size exceeds the position size, the extra size will be canceled.",
    )
    close_order: bool | None = Field(
        default=None,
        alias="closeOrder",
        description="A mark to close the position. Set to false by default. If closeOrder is set to true, the system will close the position and the position size will become 0. Side, Size and Leverage fields can be left empty and the system will determine the side and size automatically.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None, alias="marginMode", description="Margin mode: ISOLATED, default: ISOLATED"
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int = Field(
        description="Order size (lot), must be a positive integer. The quantity unit of coin-swap contracts is size (lot), and other units are not supported."
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="Optional for type is 'limit' order, [Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading, default is GTC",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="Optional for type is 'limit' order, post only flag, invalid when timeInForce is IOC. When postOnly is true, not allowed to choose hidden or iceberg. The post-only flag ensures that the trader always pays the maker fee and provides liquidity to the order book. If any part of the order is going to pay taker fees, the order will be fully rejected.",
    )
    hidden: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, orders not displaying in order book. When hidden is chosen, choosing postOnly is not allowed.",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, Only visible portion of the order is displayed in the order book. When iceberg is chose, choosing postOnly is not allowed.",
    )
    visible_size: DecimalString | None = Field(
        default=None,
        alias="visibleSize",
        description="Optional for type is 'limit' order, the maximum visible size of an iceberg order. Please place order in size (lots). The units of qty (base currency) and valueQty (value) are not supported. Need to be defined if iceberg is specified.",
    )


class AddOrderTestData(ResponseModel):
    """The `data` of the Add Order Test response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order id."
    )


class AddTakeProfitAndStopLossOrderRequest(RequestModel):
    """The inputs of Add Take Profit And Stop Loss Order."""

    client_oid: str = Field(
        alias="clientOid",
        description="Unique order ID created by users to identify their orders. The maximum length cannot exceed 40, e.g. UUID only allows numbers, characters, underline(_), and separator (-).",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int = Field(
        ge=1,
        le=10,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: Type | TypeLiteral = Field(
        description="Specify if the order is a 'limit' order or 'market' order"
    )
    stop_price_type: StopPriceType | StopPriceTypeLiteral | None = Field(
        default=None, alias="stopPriceType", description="Either 'TP' or 'MP'"
    )
    reduce_only: bool | None = Field(
        default=None,
        alias="reduceOnly",
        description="A mark to reduce the position size only. Set to false by default. Need to set the position size when reduceOnly is true. If set to true, only the orders reducing the position size will be executed. If the reduce-only order size exceeds the position size, the extra size will be canceled.",
    )
    close_order: bool | None = Field(
        default=None,
        alias="closeOrder",
        description="A mark to close the position. Set to false by default. If closeOrder is set to true, the system will close the position and the position size will become 0. Side, Size and Leverage fields can be left empty and the system will determine the side and size automatically.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None, alias="marginMode", description="Margin mode: ISOLATED, default: ISOLATED"
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int = Field(
        description="Order size (lot), must be a positive integer. The quantity unit of coin-swap contracts is size (lot), and other units are not supported."
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="Optional for type is 'limit' order, [Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading, default is GTC",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="Optional for type is 'limit' order, post only flag, invalid when timeInForce is IOC. When postOnly is true, choosing hidden or iceberg is not allowed. The post-only flag ensures that the trader always pays the maker fee and provides liquidity to the order book. If any part of the order is going to pay taker fees, the order will be fully rejected.",
    )
    hidden: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, orders not displaying in order book. When hidden is chosen, choosing postOnly is not allowed.",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Optional for type is 'limit' order, Only visible portion of the order is displayed in the order book. When iceberg is chosen, choosing postOnly is not allowed.",
    )
    visible_size: DecimalString | None = Field(
        default=None,
        alias="visibleSize",
        description="Optional for type is 'limit' order, the maximum visible size of an iceberg order. Please place order in size (lots). The units of qty (base currency) and valueQty (value) are not supported. Need to be defined if iceberg is specified.",
    )
    trigger_stop_up_price: DecimalString | None = Field(
        default=None, alias="triggerStopUpPrice", description="Take profit price"
    )
    trigger_stop_down_price: DecimalString | None = Field(
        default=None, alias="triggerStopDownPrice", description="Stop loss price"
    )


class AddTakeProfitAndStopLossOrderData(ResponseModel):
    """The `data` of the Add Take Profit And Stop Loss Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )


class CancelOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    client_oid: str = Field(alias="clientOid", description="The user self-defined order ID.")


class CancelOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid response."""

    client_oid: str | None = Field(default=None, alias="clientOid")


class GetMaxOpenSizeRequest(RequestModel):
    """The inputs of Get Max Open Size."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    price: DecimalNumber = Field(description="Order Price")
    leverage: int = Field(description="Leverage")


class GetMaxOpenSizeData(ResponseModel):
    """The `data` of the Get Max Open Size response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    max_buy_open_size: str | None = Field(
        default=None, alias="maxBuyOpenSize", description="Maximum buy size\n"
    )
    max_sell_open_size: str | None = Field(
        default=None, alias="maxSellOpenSize", description="Maximum buy size\n"
    )


class GetMaxWithdrawMarginRequest(RequestModel):
    """The inputs of Get Max Withdraw Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class AddIsolatedMarginRequest(RequestModel):
    """The inputs of Add Isolated Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    margin: DecimalNumber = Field(description="Margin amount (min. margin amount≥0.00001667XBT）")
    biz_no: str = Field(
        alias="bizNo",
        description="A unique ID generated by the user, to ensure the operation is processed by the system only once, The maximum length cannot exceed 36",
    )


class AddIsolatedMarginData(ResponseModel):
    """The `data` of the Add Isolated Margin response."""

    id: str | None = Field(default=None, description="Position ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    auto_deposit: bool | None = Field(
        default=None, alias="autoDeposit", description="Auto deposit margin or not"
    )
    maint_margin_req: str | None = Field(
        default=None, alias="maintMarginReq", description="Maintenance margin requirement\n\n"
    )
    risk_limit: int | None = Field(default=None, alias="riskLimit", description="Risk limit\n")
    real_leverage: str | None = Field(
        default=None, alias="realLeverage", description="Leverage o the order"
    )
    cross_mode: bool | None = Field(
        default=None, alias="crossMode", description="Cross mode or not"
    )
    delev_percentage: Decimal | None = Field(
        default=None, alias="delevPercentage", description="ADL ranking percentile"
    )
    opening_timestamp: int | None = Field(
        default=None, alias="openingTimestamp", description="Open time"
    )
    current_timestamp: int | None = Field(
        default=None, alias="currentTimestamp", description="Current timestamp\n"
    )
    current_qty: int | None = Field(
        default=None, alias="currentQty", description="Current postion quantity"
    )
    current_cost: str | None = Field(
        default=None, alias="currentCost", description="Current postion value"
    )
    current_comm: str | None = Field(
        default=None, alias="currentComm", description="Current commission"
    )
    unrealised_cost: str | None = Field(
        default=None, alias="unrealisedCost", description="Unrealised value"
    )
    realised_gross_cost: str | None = Field(
        default=None,
        alias="realisedGrossCost",
        description="Accumulated realised gross profit value",
    )
    realised_cost: str | None = Field(
        default=None, alias="realisedCost", description="Current realised position value"
    )
    is_open: bool | None = Field(default=None, alias="isOpen", description="Opened position or not")
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price")
    mark_value: str | None = Field(default=None, alias="markValue", description="Mark value\n")
    pos_cost: str | None = Field(default=None, alias="posCost", description="Position value")
    pos_cross: str | None = Field(default=None, alias="posCross", description="added margin")
    pos_init: str | None = Field(default=None, alias="posInit", description="Leverage margin")
    pos_comm: str | None = Field(default=None, alias="posComm", description="Bankruptcy cost")
    pos_loss: str | None = Field(default=None, alias="posLoss", description="Funding fees paid out")
    pos_margin: Decimal | None = Field(
        default=None, alias="posMargin", description="Position margin"
    )
    pos_maint: str | None = Field(default=None, alias="posMaint", description="Maintenance margin")
    maint_margin: str | None = Field(
        default=None, alias="maintMargin", description="Position margin"
    )
    realised_gross_pnl: str | None = Field(
        default=None,
        alias="realisedGrossPnl",
        description="Accumulated realised gross profit value",
    )
    realised_pnl: Decimal | None = Field(
        default=None, alias="realisedPnl", description="Realised profit and loss"
    )
    unrealised_pnl: Decimal | None = Field(
        default=None, alias="unrealisedPnl", description="Unrealised profit and loss"
    )
    unrealised_pnl_pcnt: str | None = Field(
        default=None, alias="unrealisedPnlPcnt", description="Profit-loss ratio of the position"
    )
    unrealised_roe_pcnt: str | None = Field(
        default=None, alias="unrealisedRoePcnt", description="Rate of return on investment"
    )
    avg_entry_price: Decimal | None = Field(
        default=None, alias="avgEntryPrice", description="Average entry price"
    )
    liquidation_price: Decimal | None = Field(
        default=None, alias="liquidationPrice", description="Liquidation price"
    )
    bankrupt_price: str | None = Field(
        default=None, alias="bankruptPrice", description="Bankruptcy price"
    )
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades",
    )


class RemoveIsolatedMarginRequest(RequestModel):
    """The inputs of Remove Isolated Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    withdraw_amount: DecimalNumber = Field(
        alias="withdrawAmount",
        description="The size of the position that can be deposited. If it is USDT-margin, it represents the amount of USDT. If it is coin-margin, this value represents the number of coins\n",
    )


class ModifyIsolatedMarginRiskLimitRequest(RequestModel):
    """The inputs of Modify Isolated Margin Risk Limit."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    level: int = Field(description="Level")


class ModifyIsolatedMarginAutoDepositStatusRequest(RequestModel):
    """The inputs of Modify Isolated Margin Auto-Deposit Status."""

    symbol: str = Field(description="Symbol of the contract\n")
    status: bool = Field(description="Status")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_order": AddOrderRequest,
    "cancel_order_by_order_id": CancelOrderByOrderIdRequest,
    "add_order_test": AddOrderTestRequest,
    "add_take_profit_and_stop_loss_order": AddTakeProfitAndStopLossOrderRequest,
    "cancel_order_by_client_oid": CancelOrderByClientOidRequest,
    "get_max_open_size": GetMaxOpenSizeRequest,
    "get_max_withdraw_margin": GetMaxWithdrawMarginRequest,
    "add_isolated_margin": AddIsolatedMarginRequest,
    "remove_isolated_margin": RemoveIsolatedMarginRequest,
    "modify_isolated_margin_risk_limit": ModifyIsolatedMarginRiskLimitRequest,
    "modify_isolated_margin_auto_deposit_status": ModifyIsolatedMarginAutoDepositStatusRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_order": AddOrderData,
    "cancel_order_by_order_id": CancelOrderByOrderIdData,
    "add_order_test": AddOrderTestData,
    "add_take_profit_and_stop_loss_order": AddTakeProfitAndStopLossOrderData,
    "cancel_order_by_client_oid": CancelOrderByClientOidData,
    "get_max_open_size": GetMaxOpenSizeData,
    "get_max_withdraw_margin": str,
    "add_isolated_margin": AddIsolatedMarginData,
    "remove_isolated_margin": str,
    "modify_isolated_margin_risk_limit": bool,
    "modify_isolated_margin_auto_deposit_status": bool,
}
"""The type of every operation's response `data`, by operation name."""
