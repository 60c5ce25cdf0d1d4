"""Request and response models of futures.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel, Rule
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.futures.order.enums import (
    AddOrderStop,
    AddOrderStopLiteral,
    AddOrderStopPriceType,
    AddOrderStopPriceTypeLiteral,
    AddOrderStp,
    AddOrderStpLiteral,
    AddOrderType,
    AddOrderTypeLiteral,
    DisplayType,
    GetOrderByOrderIdStatus,
    GetOrderByOrderIdStp,
    GetOrderListStatus,
    GetOrderListStatusLiteral,
    GetOrderListStop,
    GetOrderListStopPriceType,
    GetOrderListType,
    GetOrderListTypeLiteral,
    GetRecentTradeHistoryTradeType,
    GetTradeHistoryTradeType,
    GetTradeHistoryType,
    GetTradeHistoryTypeLiteral,
    Liquidity,
    MarginMode,
    MarginModeLiteral,
    OrderType,
    Side,
    SideLiteral,
    TimeInForce,
    TimeInForceLiteral,
)


class AddOrderRequest(RequestModel):
    """The inputs of Add Order."""

    client_oid: str = Field(
        alias="clientOid",
        max_length=40,
        description="Unique order ID created by users to identify their orders. The maximum length cannot exceed 40, e.g. UUID only allows numbers, characters, underline(_), and separator (-).",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="Specify if the order is to 'buy' or 'sell'."
    )
    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int | None = Field(
        default=None,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="Specify if the order is a 'limit' order or 'market' order"
    )
    remark: str | None = Field(
        default=None,
        max_length=100,
        description="Remark for the order: Length cannot exceed 100 utf8 characters",
    )
    stop: AddOrderStop | AddOrderStopLiteral | None = Field(
        default=None,
        description="Either 'down' or 'up'.  If stop is used, parameter stopPrice and stopPriceType also need to be provided.",
    )
    stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = Field(
        default=None,
        alias="stopPriceType",
        description="Either 'TP', 'IP' or 'MP', Need to be defined if stop is specified.",
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
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to force-hold the funds for an order, even though it's an order to reduce the position size. This helps the order stay on the order book and not get canceled when the position size changes. Set to false by default. The system will force-freeze a certain amount of funds for this order, including orders whose direction is opposite to the current positions. This feature is to ensure that the order won’t be canceled by the matching engine in such a way that not enough funds are frozen for the order.",
    )
    stp: AddOrderStp | AddOrderStpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. DC not currently supported.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED, CROSS, default: ISOLATED",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (lot), must be a positive integer. The quantity unit of coin-swap contracts is size (lot), and other units are not supported.",
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
    qty: DecimalString | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**. Order size (base currency) must be an integer multiple of the multiplier. The unit of the quantity of coin-swap is size (lot), which is not supported.",
    )
    value_qty: DecimalString | None = Field(
        default=None,
        alias="valueQty",
        description="**Choose one of size, qty, valueQty**. Order size (Value), USDS-Swap correspond to USDT or USDC. The unit of the quantity of coin-swap is size (lot), which is not supported.",
    )

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            "require",
            ("side",),
            "side is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("leverage",),
            "leverage is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "exactly_one_of",
            ("size", "qty", "value_qty"),
            "set exactly one of size, qty, valueQty unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("stop_price", "stop_price_type"),
            "stopPrice and stopPriceType must be set when stop is set",
            when_set="stop",
        ),
        Rule(
            "require",
            ("price",),
            "price must be set when type is limit",
            when=(("type", "limit"),),
        ),
        Rule(
            "forbid",
            ("hidden", "iceberg"),
            "hidden or iceberg cannot be used when postOnly is true",
            when=(("post_only", True),),
        ),
        Rule(
            "require",
            ("visible_size",),
            "visibleSize must be set when iceberg is true",
            when=(("iceberg", True),),
        ),
        Rule(
            "forbid",
            ("post_only",),
            "postOnly cannot be used when timeInForce is IOC",
            when=(("time_in_force", "IOC"),),
        ),
    )


class AddOrderData(ResponseModel):
    """The `data` of the Add Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )


class GetOrderListRequest(RequestModel):
    """The inputs of Get Order List."""

    status: GetOrderListStatus | GetOrderListStatusLiteral | None = Field(
        default=None,
        description="active or done, done as default. Only list orders for a specific status",
    )
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )
    side: Side | SideLiteral | None = Field(default=None, description="buy or sell")
    type: GetOrderListType | GetOrderListTypeLiteral | None = Field(
        default=None, description="Order Type"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milisecond)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milisecond)")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page, The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        ge=1,
        le=1000,
        description="pageSize, The default pageSize is 50, The maximum cannot exceed 1000",
    )


class GetOrderListDataItem(ResponseModel):
    """One item of `items` in the Get Order List response."""

    id: str | None = Field(default=None, description="Order ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    type: str | None = Field(default=None, description="Order type, market order or limit order\n")
    side: str | None = Field(default=None, description="Transaction side")
    price: Decimal | None = Field(default=None, description="Order price")
    size: int | None = Field(default=None, description="Order quantity")
    value: str | None = Field(default=None, description="Order value")
    deal_value: Decimal | None = Field(
        default=None, alias="dealValue", description="Executed size of funds\n"
    )
    deal_size: int | None = Field(default=None, alias="dealSize", description="Executed quantity")
    stp: str | None = Field(default=None, description="self trade prevention")
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    stop_price_type: GetOrderListStopPriceType | str | None = Field(
        default=None,
        alias="stopPriceType",
        union_mode="left_to_right",
        description="Trigger price type of stop orders",
    )
    stop_triggered: bool | None = Field(
        default=None,
        alias="stopTriggered",
        description="Mark to show whether the stop order is triggered",
    )
    stop_price: int | None = Field(
        default=None, alias="stopPrice", description="Trigger price of stop orders"
    )
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="Time in force policy type"
    )
    post_only: bool | None = Field(default=None, alias="postOnly", description="Mark of post only")
    hidden: bool | None = Field(default=None, description="Mark of the hidden order")
    iceberg: bool | None = Field(default=None, description="Mark of the iceberg order")
    leverage: str | None = Field(default=None, description="Leverage of the order")
    force_hold: bool | None = Field(
        default=None, alias="forceHold", description="A mark to forcely hold the funds for an order"
    )
    close_order: bool | None = Field(
        default=None, alias="closeOrder", description="A mark to close the position"
    )
    visible_size: int | None = Field(
        default=None, alias="visibleSize", description="Visible size of the iceberg order"
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order id created by users to identify their orders",
    )
    remark: str | None = Field(default=None, description="Remark of the order")
    tags: str | None = Field(default=None, description="tag order source")
    is_active: bool | None = Field(
        default=None, alias="isActive", description="Mark of the active orders"
    )
    cancel_exist: bool | None = Field(
        default=None, alias="cancelExist", description="Mark of the canceled orders"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Time the order created"
    )
    updated_at: int | None = Field(default=None, alias="updatedAt", description="last update time")
    end_at: int | None = Field(default=None, alias="endAt", description="End time")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order create time in nanosecond"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="settlement currency"
    )
    margin_mode: str | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )
    avg_deal_price: Decimal | None = Field(
        default=None,
        alias="avgDealPrice",
        description="Average transaction price, forward contract average transaction price = sum (transaction value) / sum (transaction quantity), reverse contract average transaction price = sum (transaction quantity) / sum (transaction value). Transaction quantity = lots * multiplier",
    )
    status: str | None = Field(default=None, description="order status: “open” or “done”")
    filled_size: int | None = Field(
        default=None, alias="filledSize", description="Value of the executed orders"
    )
    filled_value: Decimal | None = Field(
        default=None, alias="filledValue", description="Executed order quantity"
    )
    reduce_only: bool | None = Field(
        default=None, alias="reduceOnly", description="A mark to reduce the position size only"
    )


class GetOrderListData(ResponseModel):
    """The `data` of the Get Order List response."""

    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page, The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="pageSize, The default pageSize is 50, The maximum cannot exceed 1000",
    )
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOrderListDataItem] | None = Field(default=None)


class CancelAllOrdersV1Request(RequestModel):
    """The inputs of Cancel All Orders - V1."""

    symbol: str | None = Field(
        default=None,
        description="To cancel all limit orders for a specific contract only, unless otherwise specified, all limit orders will be deleted. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )


class CancelAllOrdersV1Data(ResponseModel):
    """The `data` of the Cancel All Orders - V1 response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="Unique ID of the canceled order"
    )


class AddOrderTestRequest(RequestModel):
    """The inputs of Add Order Test."""

    client_oid: str = Field(
        alias="clientOid",
        max_length=40,
        description="Unique order id created by users to identify their orders, the maximum length cannot exceed 40, e.g. UUID, Only allows numbers, characters, underline(_), and separator(-)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="specify if the order is to 'buy' or 'sell'"
    )
    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int | None = Field(
        default=None,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order"
    )
    remark: str | None = Field(
        default=None,
        max_length=100,
        description="remark for the order, length cannot exceed 100 utf8 characters",
    )
    stop: AddOrderStop | AddOrderStopLiteral | None = Field(
        default=None,
        description="Either 'down' or 'up'.  If stop is used,parameter stopPrice and stopPriceType also need to be provieded.",
    )
    stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = Field(
        default=None,
        alias="stopPriceType",
        description="Either 'TP', 'IP' or 'MP', Need to be defined if stop is specified.",
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
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to forcely hold the funds for an order, even though it's an order to reduce the position size. This helps the order stay on the order book and not get canceled when the position size changes. Set to false by default. The system will forcely freeze certain amount of funds for this order, including orders whose direction is opposite to the current positions. This feature is to ensure that the order won’t be canceled by the matching engine in such a circumstance that not enough funds are frozen for the order.",
    )
    stp: AddOrderStp | AddOrderStpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. Not supported DC at the moment.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED, CROSS, default: ISOLATED",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Lot), must be a positive integer. The quantity unit of coin-swap contracts is size(lot), and other units are not supported.",
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
    qty: DecimalString | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Base currency) must be an integer multiple of the multiplier. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )
    value_qty: DecimalString | None = Field(
        default=None,
        alias="valueQty",
        description="**Choose one of size, qty, valueQty**, Order size (Value), USDS-Swap correspond to USDT or USDC. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            "require",
            ("side",),
            "side is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("leverage",),
            "leverage is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "exactly_one_of",
            ("size", "qty", "value_qty"),
            "set exactly one of size, qty, valueQty unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("stop_price", "stop_price_type"),
            "stopPrice and stopPriceType must be set when stop is set",
            when_set="stop",
        ),
        Rule(
            "require",
            ("price",),
            "price must be set when type is limit",
            when=(("type", "limit"),),
        ),
        Rule(
            "forbid",
            ("hidden", "iceberg"),
            "hidden or iceberg cannot be used when postOnly is true",
            when=(("post_only", True),),
        ),
        Rule(
            "require",
            ("visible_size",),
            "visibleSize must be set when iceberg is true",
            when=(("iceberg", True),),
        ),
        Rule(
            "forbid",
            ("post_only",),
            "postOnly cannot be used when timeInForce is IOC",
            when=(("time_in_force", "IOC"),),
        ),
    )


class AddOrderTestData(ResponseModel):
    """The `data` of the Add Order Test response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order id."
    )


class BatchAddOrdersItem(RequestModel):
    """One item of the body of the Batch Add Orders request."""

    client_oid: str = Field(
        alias="clientOid",
        max_length=40,
        description="Unique order id created by users to identify their orders, the maximum length cannot exceed 40, e.g. UUID, Only allows numbers, characters, underline(_), and separator(-)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="specify if the order is to 'buy' or 'sell'"
    )
    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-221752070) "
    )
    leverage: int | None = Field(
        default=None,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="specify if the order is an 'limit' order or 'market' order"
    )
    remark: str | None = Field(
        default=None,
        max_length=100,
        description="remark for the order, length cannot exceed 100 utf8 characters",
    )
    stop: AddOrderStop | AddOrderStopLiteral | None = Field(
        default=None,
        description="Either 'down' or 'up'.  If stop is used,parameter stopPrice and stopPriceType also need to be provieded.",
    )
    stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = Field(
        default=None,
        alias="stopPriceType",
        description="Either 'TP', 'IP' or 'MP', Need to be defined if stop is specified.",
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
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to forcely hold the funds for an order, even though it's an order to reduce the position size. This helps the order stay on the order book and not get canceled when the position size changes. Set to false by default. The system will forcely freeze certain amount of funds for this order, including orders whose direction is opposite to the current positions. This feature is to ensure that the order won’t be canceled by the matching engine in such a circumstance that not enough funds are frozen for the order.",
    )
    stp: AddOrderStp | AddOrderStpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. Not supported DC at the moment.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED, CROSS, default: ISOLATED",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Lot), must be a positive integer. The quantity unit of coin-swap contracts is size(lot), and other units are not supported.",
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
        description="Optional for type is 'limit' order, The maximum visible size of an iceberg order. please place order in size (lots), The units of qty (base currency) and valueQty (value) are not supported.",
    )
    qty: DecimalString | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Base currency) must be an integer multiple of the multiplier. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )
    value_qty: DecimalString | None = Field(
        default=None,
        alias="valueQty",
        description="**Choose one of size, qty, valueQty**, Order size (Value), USDS-Swap correspond to USDT or USDC. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            "require",
            ("side",),
            "side is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("leverage",),
            "leverage is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "exactly_one_of",
            ("size", "qty", "value_qty"),
            "set exactly one of size, qty, valueQty unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("stop_price", "stop_price_type"),
            "stopPrice and stopPriceType must be set when stop is set",
            when_set="stop",
        ),
        Rule(
            "require",
            ("price",),
            "price must be set when type is limit",
            when=(("type", "limit"),),
        ),
        Rule(
            "forbid",
            ("hidden", "iceberg"),
            "hidden or iceberg cannot be used when postOnly is true",
            when=(("post_only", True),),
        ),
        Rule(
            "require",
            ("visible_size",),
            "visibleSize must be set when iceberg is true",
            when=(("iceberg", True),),
        ),
        Rule(
            "forbid",
            ("post_only",),
            "postOnly cannot be used when timeInForce is IOC",
            when=(("time_in_force", "IOC"),),
        ),
    )


class BatchAddOrdersRequest(RequestRootModel[list[BatchAddOrdersItem]]):
    """The body of the Batch Add Orders request: a list."""


class BatchAddOrdersData(ResponseModel):
    """One item of the `data` of the Batch Add Orders response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order id created by users to identify their orders, the maximum length cannot exceed 40, e.g. UUID, Only allows numbers, characters, underline(_), and separator(-)",
    )
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    code: str | None = Field(default=None)
    msg: str | None = Field(default=None)


class AddTakeProfitAndStopLossOrderRequest(RequestModel):
    """The inputs of Add Take Profit And Stop Loss Order."""

    client_oid: str = Field(
        alias="clientOid",
        max_length=40,
        description="Unique order id created by users to identify their orders, the maximum length cannot exceed 40, e.g. UUID, Only allows numbers, characters, underline(_), and separator(-)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="specify if the order is to 'buy' or 'sell'"
    )
    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: int | None = Field(
        default=None,
        description="Used to calculate the margin to be frozen for the order. If you are to close the position, this parameter is not required.",
    )
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order"
    )
    remark: str | None = Field(
        default=None,
        max_length=100,
        description="remark for the order, length cannot exceed 100 utf8 characters",
    )
    stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = Field(
        default=None, alias="stopPriceType", description="Either 'TP', 'IP' or 'MP'"
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
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to forcely hold the funds for an order, even though it's an order to reduce the position size. This helps the order stay on the order book and not get canceled when the position size changes. Set to false by default. The system will forcely freeze certain amount of funds for this order, including orders whose direction is opposite to the current positions. This feature is to ensure that the order won’t be canceled by the matching engine in such a circumstance that not enough funds are frozen for the order.",
    )
    stp: AddOrderStp | AddOrderStpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. Not supported DC at the moment.",
    )
    margin_mode: MarginMode | MarginModeLiteral | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED, CROSS, default: ISOLATED",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Required for type is 'limit' order, indicating the operating price",
    )
    size: int | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Lot), must be a positive integer. The quantity unit of coin-swap contracts is size(lot), and other units are not supported.",
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
    trigger_stop_up_price: DecimalString | None = Field(
        default=None, alias="triggerStopUpPrice", description="Take profit price"
    )
    trigger_stop_down_price: DecimalString | None = Field(
        default=None, alias="triggerStopDownPrice", description="Stop loss price"
    )
    qty: DecimalString | None = Field(
        default=None,
        description="**Choose one of size, qty, valueQty**, Order size (Base currency) must be an integer multiple of the multiplier. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )
    value_qty: DecimalString | None = Field(
        default=None,
        alias="valueQty",
        description="**Choose one of size, qty, valueQty**, Order size (Value), USDS-Swap correspond to USDT or USDC. The unit of the quantity of coin-swap is size(lot), which is not supported",
    )

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            "require",
            ("side",),
            "side is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("leverage",),
            "leverage is required unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "exactly_one_of",
            ("size", "qty", "value_qty"),
            "set exactly one of size, qty, valueQty unless closeOrder is true",
            unless=(("close_order", True),),
        ),
        Rule(
            "require",
            ("price",),
            "price must be set when type is limit",
            when=(("type", "limit"),),
        ),
        Rule(
            "forbid",
            ("hidden", "iceberg"),
            "hidden or iceberg cannot be used when postOnly is true",
            when=(("post_only", True),),
        ),
        Rule(
            "require",
            ("visible_size",),
            "visibleSize must be set when iceberg is true",
            when=(("iceberg", True),),
        ),
        Rule(
            "forbid",
            ("post_only",),
            "postOnly cannot be used when timeInForce is IOC",
            when=(("time_in_force", "IOC"),),
        ),
    )


class AddTakeProfitAndStopLossOrderData(ResponseModel):
    """The `data` of the Add Take Profit And Stop Loss Order response."""

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

    order_id: str = Field(alias="orderId")


class CancelOrderByOrderIdData(ResponseModel):
    """The `data` of the Cancel Order By OrderId response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="The orderId that is to be canceled"
    )


class CancelOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    client_oid: str = Field(alias="clientOid", max_length=40, description="client order id")


class CancelOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid response."""

    client_oid: str | None = Field(default=None, alias="clientOid")


class BatchCancelOrdersClientOids(RequestModel):
    """One item of `clientOidsList` in the Batch Cancel Orders request."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    client_oid: str = Field(alias="clientOid", max_length=40)


class BatchCancelOrdersRequest(RequestModel):
    """The inputs of Batch Cancel Orders."""

    order_ids_list: list[str] | None = Field(
        default=None, alias="orderIdsList", description="the list of orderId"
    )
    client_oids_list: list[BatchCancelOrdersClientOids] | None = Field(
        default=None, alias="clientOidsList", description="the list of client orderId"
    )

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            "exactly_one_of",
            ("order_ids_list", "client_oids_list"),
            "set exactly one of orderIdsList, clientOidsList",
        ),
    )


class BatchCancelOrdersData(ResponseModel):
    """One item of the `data` of the Batch Cancel Orders response."""

    order_id: str | None = Field(default=None, alias="orderId")
    client_oid: str | None = Field(default=None, alias="clientOid")
    code: str | None = Field(default=None)
    msg: str | None = Field(default=None)


class CancelAllOrdersRequest(RequestModel):
    """The inputs of Cancel All Orders."""

    symbol: str = Field(
        description="Cancel all limit orders for a specific symbol only, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class CancelAllOrdersData(ResponseModel):
    """The `data` of the Cancel All Orders response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="Unique ID of the cancelled order"
    )


class CancelAllStopOrdersRequest(RequestModel):
    """The inputs of Cancel All Stop orders."""

    symbol: str | None = Field(
        default=None,
        description="Cancel all limit orders for a specific contract only, If not specified, all the limit orders will be deleted, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )


class CancelAllStopOrdersData(ResponseModel):
    """The `data` of the Cancel All Stop orders response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="Unique ID of the cancelled order"
    )


class GetStopOrderListRequest(RequestModel):
    """The inputs of Get Stop Order List."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )
    side: Side | SideLiteral | None = Field(default=None, description="buy or sell")
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="limit, market"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milisecond)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milisecond)")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page, The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        ge=1,
        le=1000,
        description="pageSize, The default pageSize is 50, The maximum cannot exceed 1000",
    )


class GetStopOrderListDataItem(ResponseModel):
    """One item of `items` in the Get Stop Order List response."""

    id: str | None = Field(default=None, description="Order ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    type: str | None = Field(default=None, description="Order type, market order or limit order\n")
    side: str | None = Field(default=None, description="Transaction side")
    price: Decimal | None = Field(default=None, description="Order price")
    size: int | None = Field(default=None, description="Order quantity")
    value: str | None = Field(default=None, description="Order value")
    deal_value: Decimal | None = Field(
        default=None, alias="dealValue", description="Executed size of funds\n"
    )
    deal_size: int | None = Field(default=None, alias="dealSize", description="Executed quantity")
    stp: str | None = Field(default=None, description="self trade prevention")
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    stop_price_type: GetOrderListStopPriceType | str | None = Field(
        default=None,
        alias="stopPriceType",
        union_mode="left_to_right",
        description="Trigger price type of stop orders",
    )
    stop_triggered: bool | None = Field(
        default=None,
        alias="stopTriggered",
        description="Mark to show whether the stop order is triggered",
    )
    stop_price: Decimal | None = Field(
        default=None, alias="stopPrice", description="Trigger price of stop orders"
    )
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="Time in force policy type"
    )
    post_only: bool | None = Field(default=None, alias="postOnly", description="Mark of post only")
    hidden: bool | None = Field(default=None, description="Mark of the hidden order")
    iceberg: bool | None = Field(default=None, description="Mark of the iceberg order")
    leverage: str | None = Field(default=None, description="Leverage of the order")
    force_hold: bool | None = Field(
        default=None, alias="forceHold", description="A mark to forcely hold the funds for an order"
    )
    close_order: bool | None = Field(
        default=None, alias="closeOrder", description="A mark to close the position"
    )
    visible_size: int | None = Field(
        default=None, alias="visibleSize", description="Visible size of the iceberg order"
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order id created by users to identify their orders",
    )
    remark: str | None = Field(default=None, description="Remark of the order")
    tags: str | None = Field(default=None, description="tag order source")
    is_active: bool | None = Field(
        default=None, alias="isActive", description="Mark of the active orders"
    )
    cancel_exist: bool | None = Field(
        default=None, alias="cancelExist", description="Mark of the canceled orders"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Time the order created"
    )
    updated_at: int | None = Field(default=None, alias="updatedAt", description="last update time")
    end_at: int | None = Field(default=None, alias="endAt", description="End time")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order create time in nanosecond"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="settlement currency"
    )
    margin_mode: str | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )
    avg_deal_price: Decimal | None = Field(
        default=None,
        alias="avgDealPrice",
        description="Average transaction price, forward contract average transaction price = sum (transaction value) / sum (transaction quantity), reverse contract average transaction price = sum (transaction quantity) / sum (transaction value). Transaction quantity = lots * multiplier",
    )
    filled_size: int | None = Field(
        default=None, alias="filledSize", description="Value of the executed orders"
    )
    filled_value: Decimal | None = Field(
        default=None, alias="filledValue", description="Executed order quantity"
    )
    status: str | None = Field(default=None, description="order status: “open” or “done”")
    reduce_only: bool | None = Field(
        default=None, alias="reduceOnly", description="A mark to reduce the position size only"
    )


class GetStopOrderListData(ResponseModel):
    """The `data` of the Get Stop Order List response."""

    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page, The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="pageSize, The default pageSize is 50, The maximum cannot exceed 1000",
    )
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetStopOrderListDataItem] | None = Field(default=None)


class GetOrderByOrderIdRequest(RequestModel):
    """The inputs of Get Order By OrderId."""

    order_id: str = Field(alias="order-id")


class GetOrderByOrderIdData(ResponseModel):
    """The `data` of the Get Order By OrderId response."""

    id: str | None = Field(default=None, description="Order ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order type, market order or limit order",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Transaction side"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: int | None = Field(default=None, description="Order quantity")
    value: str | None = Field(default=None, description="Order value\n")
    deal_value: Decimal | None = Field(
        default=None, alias="dealValue", description="Executed size of funds\n"
    )
    deal_size: int | None = Field(default=None, alias="dealSize", description="Executed quantity\n")
    stp: GetOrderByOrderIdStp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. Not supported DC at the moment.",
    )
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    stop_price_type: GetOrderListStopPriceType | str | None = Field(
        default=None,
        alias="stopPriceType",
        union_mode="left_to_right",
        description="Trigger price type of stop orders",
    )
    stop_triggered: bool | None = Field(
        default=None,
        alias="stopTriggered",
        description="Mark to show whether the stop order is triggered",
    )
    stop_price: Decimal | None = Field(
        default=None, alias="stopPrice", description="Trigger price of stop orders"
    )
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="Time in force policy type\n"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Mark of post only\n"
    )
    hidden: bool | None = Field(default=None, description="Mark of the hidden order\n")
    iceberg: bool | None = Field(default=None, description="Mark of the iceberg order\n")
    leverage: str | None = Field(default=None, description="Leverage of the order\n")
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to forcely hold the funds for an order\n",
    )
    close_order: bool | None = Field(
        default=None, alias="closeOrder", description="A mark to close the position\n"
    )
    visible_size: int | None = Field(
        default=None, alias="visibleSize", description="Visible size of the iceberg order\n"
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order id created by users to identify their orders\n",
    )
    remark: str | None = Field(default=None, description="Remark")
    tags: str | None = Field(default=None, description="tag order source\n")
    is_active: bool | None = Field(
        default=None, alias="isActive", description="Mark of the active orders\n"
    )
    cancel_exist: bool | None = Field(
        default=None, alias="cancelExist", description="Mark of the canceled orders\n"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Time the order created\n"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="last update time\n"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="Order Endtime")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order create time in nanosecond\n"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="settlement currency\n"
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).\n",
    )
    avg_deal_price: Decimal | None = Field(
        default=None,
        alias="avgDealPrice",
        description="Average transaction price, forward contract average transaction price = sum (transaction value) / sum (transaction quantity), reverse contract average transaction price = sum (transaction quantity) / sum (transaction value). Transaction quantity = lots * multiplier\n",
    )
    filled_size: int | None = Field(
        default=None, alias="filledSize", description="Value of the executed orders\n"
    )
    filled_value: Decimal | None = Field(
        default=None, alias="filledValue", description="Executed order quantity\n"
    )
    status: GetOrderByOrderIdStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="order status: “open” or “done”\n"
    )
    reduce_only: bool | None = Field(
        default=None, alias="reduceOnly", description="A mark to reduce the position size only\n"
    )


class GetOrderByClientOidRequest(RequestModel):
    """The inputs of Get Order By ClientOid."""

    client_oid: str = Field(
        alias="clientOid", max_length=40, description="The user self-defined order ID."
    )


class GetOrderByClientOidData(ResponseModel):
    """The `data` of the Get Order By ClientOid response."""

    id: str | None = Field(default=None, description="Order ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order type, market order or limit order",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Transaction side"
    )
    price: Decimal | None = Field(default=None, description="Order Price")
    size: int | None = Field(default=None, description="Order quantity")
    value: str | None = Field(default=None, description="Order value\n")
    deal_value: Decimal | None = Field(
        default=None, alias="dealValue", description="Executed size of funds\n"
    )
    deal_size: int | None = Field(default=None, alias="dealSize", description="Executed quantity\n")
    stp: GetOrderByOrderIdStp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB. DC not currently supported.",
    )
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    stop_price_type: GetOrderListStopPriceType | str | None = Field(
        default=None,
        alias="stopPriceType",
        union_mode="left_to_right",
        description="Trigger price type of stop orders",
    )
    stop_triggered: bool | None = Field(
        default=None,
        alias="stopTriggered",
        description="Mark to show whether the stop order is triggered",
    )
    stop_price: Decimal | None = Field(
        default=None, alias="stopPrice", description="Trigger price of stop orders"
    )
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="Time in force policy type\n"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Mark of post only\n"
    )
    hidden: bool | None = Field(default=None, description="Mark of the hidden order\n")
    iceberg: bool | None = Field(default=None, description="Mark of the iceberg order\n")
    leverage: str | None = Field(default=None, description="Leverage of the order\n")
    force_hold: bool | None = Field(
        default=None, alias="forceHold", description="A mark to force-hold the funds for an order\n"
    )
    close_order: bool | None = Field(
        default=None, alias="closeOrder", description="A mark to close the position\n"
    )
    visible_size: int | None = Field(
        default=None, alias="visibleSize", description="Visible size of the iceberg order\n"
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order ID created by users to identify their orders\n",
    )
    remark: str | None = Field(default=None, description="Remark")
    tags: str | None = Field(default=None, description="Tag order source\n")
    is_active: bool | None = Field(
        default=None, alias="isActive", description="Mark of the active orders\n"
    )
    cancel_exist: bool | None = Field(
        default=None, alias="cancelExist", description="Mark of the canceled orders\n"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Order creation time\n"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="Last update time\n"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="Order Endtime")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order creation time in nanoseconds\n"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Settlement currency\n"
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).\n",
    )
    avg_deal_price: Decimal | None = Field(
        default=None,
        alias="avgDealPrice",
        description="Average transaction price, forward contract average transaction price = sum (transaction value) / sum (transaction quantity); reverse contract average transaction price = sum (transaction quantity) / sum (transaction value). Transaction quantity = lots * multiplier\n",
    )
    filled_size: int | None = Field(
        default=None, alias="filledSize", description="Value of the executed orders\n"
    )
    filled_value: Decimal | None = Field(
        default=None, alias="filledValue", description="Executed order quantity\n"
    )
    status: GetOrderByOrderIdStatus | str | None = Field(
        default=None, union_mode="left_to_right", description="order status: “open” or “done”\n"
    )
    reduce_only: bool | None = Field(
        default=None, alias="reduceOnly", description="A mark to reduce the position size only\n"
    )


class GetRecentClosedOrdersRequest(RequestModel):
    """The inputs of Get Recent Closed Orders."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )


class GetRecentClosedOrdersData(ResponseModel):
    """One item of the `data` of the Get Recent Closed Orders response."""

    id: str | None = Field(default=None, description="Order ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    type: str | None = Field(default=None, description="Order type, market order or limit order")
    side: str | None = Field(default=None, description="Transaction side")
    price: Decimal | None = Field(default=None, description="Order price")
    size: int | None = Field(default=None, description="Order quantity")
    value: str | None = Field(default=None, description="Order value\n")
    deal_value: Decimal | None = Field(
        default=None, alias="dealValue", description="Executed size of funds\n"
    )
    deal_size: int | None = Field(default=None, alias="dealSize", description="Executed quantity\n")
    stp: str | None = Field(default=None, description="self trade prevention")
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    stop_price_type: GetOrderListStopPriceType | str | None = Field(
        default=None,
        alias="stopPriceType",
        union_mode="left_to_right",
        description="Trigger price type of stop orders",
    )
    stop_triggered: bool | None = Field(
        default=None,
        alias="stopTriggered",
        description="Mark to show whether the stop order is triggered",
    )
    stop_price: int | None = Field(
        default=None, alias="stopPrice", description="Trigger price of stop orders\n"
    )
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="Time in force policy type\n"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Mark of post only\n"
    )
    hidden: bool | None = Field(default=None, description="Mark of the hidden order\n")
    iceberg: bool | None = Field(default=None, description="Mark of the iceberg order\n")
    leverage: str | None = Field(default=None, description="Leverage of the order\n")
    force_hold: bool | None = Field(
        default=None,
        alias="forceHold",
        description="A mark to forcely hold the funds for an order\n",
    )
    close_order: bool | None = Field(
        default=None, alias="closeOrder", description="A mark to close the position\n"
    )
    visible_size: int | None = Field(
        default=None, alias="visibleSize", description="Visible size of the iceberg order\n"
    )
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Unique order id created by users to identify their orders\n",
    )
    remark: str | None = Field(default=None, description="Remark of the order\n")
    tags: str | None = Field(default=None, description="tag order source\n")
    is_active: bool | None = Field(
        default=None, alias="isActive", description="Mark of the active orders\n"
    )
    cancel_exist: bool | None = Field(
        default=None, alias="cancelExist", description="Mark of the canceled orders\n"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Time the order created\n"
    )
    updated_at: int | None = Field(
        default=None, alias="updatedAt", description="last update time\n"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time\n")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order create time in nanosecond\n"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="settlement currency\n"
    )
    margin_mode: str | None = Field(
        default=None,
        alias="marginMode",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).\n",
    )
    avg_deal_price: Decimal | None = Field(
        default=None,
        alias="avgDealPrice",
        description="Average transaction price, forward contract average transaction price = sum (transaction value) / sum (transaction quantity), reverse contract average transaction price = sum (transaction quantity) / sum (transaction value). Transaction quantity = lots * multiplier\n",
    )
    filled_size: int | None = Field(
        default=None, alias="filledSize", description="Value of the executed orders\n"
    )
    filled_value: Decimal | None = Field(
        default=None, alias="filledValue", description="Executed order quantity\n"
    )
    status: str | None = Field(default=None, description="order status: “open” or “done”\n")
    reduce_only: bool | None = Field(
        default=None, alias="reduceOnly", description="A mark to reduce the position size only\n"
    )


class GetOpenOrderValueRequest(RequestModel):
    """The inputs of Get Open Order Value."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetOpenOrderValueData(ResponseModel):
    """The `data` of the Get Open Order Value response."""

    open_order_buy_size: int | None = Field(
        default=None,
        alias="openOrderBuySize",
        description="Total number of unexecuted buy orders\n",
    )
    open_order_sell_size: int | None = Field(
        default=None,
        alias="openOrderSellSize",
        description="Total number of unexecuted sell orders\n",
    )
    open_order_buy_cost: str | None = Field(
        default=None, alias="openOrderBuyCost", description="Value of all unexecuted buy orders\n"
    )
    open_order_sell_cost: str | None = Field(
        default=None, alias="openOrderSellCost", description="Value of all unexecuted sell orders\n"
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Settlement currency\n"
    )


class GetRecentTradeHistoryRequest(RequestModel):
    """The inputs of Get Recent Trade History."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )


class GetRecentTradeHistoryData(ResponseModel):
    """One item of the `data` of the Get Recent Trade History response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    trade_id: str | None = Field(default=None, alias="tradeId", description="Trade ID\n")
    order_id: str | None = Field(default=None, alias="orderId", description="Order ID\n")
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Transaction side\n"
    )
    liquidity: Liquidity | str | None = Field(
        default=None, union_mode="left_to_right", description="Liquidity-taker or -maker\n"
    )
    force_taker: bool | None = Field(
        default=None, alias="forceTaker", description="Whether to force processing as a taker\n"
    )
    price: Decimal | None = Field(default=None, description="Filled price\n")
    size: int | None = Field(default=None, description="Filled amount\n")
    value: str | None = Field(default=None, description="Order value\n")
    open_fee_pay: str | None = Field(
        default=None, alias="openFeePay", description="Opening transaction fee\n"
    )
    close_fee_pay: str | None = Field(
        default=None, alias="closeFeePay", description="Closing transaction fee\n"
    )
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    fee_rate: Decimal | None = Field(default=None, alias="feeRate", description="Fee Rate")
    fix_fee: str | None = Field(
        default=None,
        alias="fixFee",
        description="Fixed fees (Deprecated field, no actual use of the value field)\n",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="Charging currency\n"
    )
    trade_time: int | None = Field(
        default=None, alias="tradeTime", description="Trade time in nanoseconds\n"
    )
    sub_trade_type: str | None = Field(
        default=None,
        alias="subTradeType",
        description="Deprecated field, no actual use of the value field",
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).\n",
    )
    display_type: DisplayType | str | None = Field(
        default=None, alias="displayType", union_mode="left_to_right", description="Order Type"
    )
    fee: Decimal | None = Field(default=None, description="Transaction fee\n")
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Settle Currency"
    )
    order_type: OrderType | str | None = Field(
        default=None, alias="orderType", union_mode="left_to_right", description="Order type\n"
    )
    trade_type: GetRecentTradeHistoryTradeType | str | None = Field(
        default=None,
        alias="tradeType",
        union_mode="left_to_right",
        description="Trade type (trade, liquid, cancel, adl or settlement)\n",
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Order creation time\n"
    )


class GetTradeHistoryRequest(RequestModel):
    """The inputs of Get Trade History."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="List fills for a specific order only (if you specify orderId, other parameters can be ignored)",
    )
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )
    side: Side | SideLiteral | None = Field(default=None, description="Order side")
    type: GetTradeHistoryType | GetTradeHistoryTypeLiteral | None = Field(
        default=None, description="Order Type"
    )
    trade_types: str | None = Field(
        default=None,
        alias="tradeTypes",
        description="Transaction type: trade, adl, liquid, settlement. Supports querying multiple types at the same time, separated by commas. Query all types when empty",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current request page. The default currentPage is 1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        ge=1,
        le=1000,
        description="pageSize, The default pageSize is 50; the maximum cannot exceed 1000",
    )


class GetTradeHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Trade History response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    trade_id: str | None = Field(default=None, alias="tradeId", description="Trade ID\n")
    order_id: str | None = Field(default=None, alias="orderId", description="Order ID\n")
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Transaction side"
    )
    liquidity: Liquidity | str | None = Field(
        default=None, union_mode="left_to_right", description="Liquidity-taker or -maker"
    )
    force_taker: bool | None = Field(
        default=None, alias="forceTaker", description="Whether to force processing as a taker\n"
    )
    price: Decimal | None = Field(default=None, description="Filled price")
    size: int | None = Field(default=None, description="Filled amount")
    value: str | None = Field(default=None, description="Order value")
    open_fee_pay: str | None = Field(
        default=None, alias="openFeePay", description="Opening transaction fee"
    )
    close_fee_pay: str | None = Field(
        default=None, alias="closeFeePay", description="Closing transaction fee"
    )
    stop: GetOrderListStop | str | None = Field(
        default=None, union_mode="left_to_right", description="A mark to the stop order type"
    )
    fee_rate: Decimal | None = Field(default=None, alias="feeRate", description="Fee Rate")
    fix_fee: str | None = Field(
        default=None,
        alias="fixFee",
        description="Fixed fees (Deprecated field, no actual use of the value field)",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="Charging currency"
    )
    trade_time: int | None = Field(
        default=None, alias="tradeTime", description="Trade time in nanoseconds"
    )
    sub_trade_type: str | None = Field(
        default=None,
        alias="subTradeType",
        description="Deprecated field, no actual use of the value field",
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Settle currency"
    )
    display_type: DisplayType | str | None = Field(
        default=None, alias="displayType", union_mode="left_to_right", description="Order type"
    )
    fee: Decimal | None = Field(default=None, description="Trading fee")
    order_type: OrderType | str | None = Field(
        default=None, alias="orderType", union_mode="left_to_right", description="Order type"
    )
    trade_type: GetTradeHistoryTradeType | str | None = Field(
        default=None,
        alias="tradeType",
        union_mode="left_to_right",
        description="Trade type (trade, liquid, adl or settlement)\n",
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="Order creation time\n"
    )
    open_fee_tax_pay: str | None = Field(
        default=None,
        alias="openFeeTaxPay",
        description="Opening tax fee (Only KYC users in some regions have this parameter)",
    )
    close_fee_tax_pay: str | None = Field(
        default=None,
        alias="closeFeeTaxPay",
        description="Close tax fee (Only KYC users in some regions have this parameter)",
    )


class GetTradeHistoryData(ResponseModel):
    """The `data` of the Get Trade History response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetTradeHistoryDataItem] | None = Field(default=None)


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_order": AddOrderRequest,
    "get_order_list": GetOrderListRequest,
    "cancel_all_orders_v1": CancelAllOrdersV1Request,
    "add_order_test": AddOrderTestRequest,
    "batch_add_orders": BatchAddOrdersRequest,
    "add_take_profit_and_stop_loss_order": AddTakeProfitAndStopLossOrderRequest,
    "cancel_order_by_order_id": CancelOrderByOrderIdRequest,
    "cancel_order_by_client_oid": CancelOrderByClientOidRequest,
    "batch_cancel_orders": BatchCancelOrdersRequest,
    "cancel_all_orders": CancelAllOrdersRequest,
    "cancel_all_stop_orders": CancelAllStopOrdersRequest,
    "get_stop_order_list": GetStopOrderListRequest,
    "get_order_by_order_id": GetOrderByOrderIdRequest,
    "get_order_by_client_oid": GetOrderByClientOidRequest,
    "get_recent_closed_orders": GetRecentClosedOrdersRequest,
    "get_open_order_value": GetOpenOrderValueRequest,
    "get_recent_trade_history": GetRecentTradeHistoryRequest,
    "get_trade_history": GetTradeHistoryRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_order": AddOrderData,
    "get_order_list": GetOrderListData,
    "cancel_all_orders_v1": CancelAllOrdersV1Data,
    "add_order_test": AddOrderTestData,
    "batch_add_orders": list[BatchAddOrdersData],
    "add_take_profit_and_stop_loss_order": AddTakeProfitAndStopLossOrderData,
    "cancel_order_by_order_id": CancelOrderByOrderIdData,
    "cancel_order_by_client_oid": CancelOrderByClientOidData,
    "batch_cancel_orders": list[BatchCancelOrdersData],
    "cancel_all_orders": CancelAllOrdersData,
    "cancel_all_stop_orders": CancelAllStopOrdersData,
    "get_stop_order_list": GetStopOrderListData,
    "get_order_by_order_id": GetOrderByOrderIdData,
    "get_order_by_client_oid": GetOrderByClientOidData,
    "get_recent_closed_orders": list[GetRecentClosedOrdersData],
    "get_open_order_value": GetOpenOrderValueData,
    "get_recent_trade_history": list[GetRecentTradeHistoryData],
    "get_trade_history": GetTradeHistoryData,
}
"""The type of every operation's response `data`, by operation name."""
