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
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.spot.order.enums import (
    AddOcoOrderTradeType,
    AddOcoOrderTradeTypeLiteral,
    AddOrderOldTradeType,
    AddOrderOldTradeTypeLiteral,
    AddOrderSyncStatus,
    AddOrderType,
    AddOrderTypeLiteral,
    BatchAddOrdersType,
    BatchAddOrdersTypeLiteral,
    BatchCancelOrderOldTradeType,
    BatchCancelOrderOldTradeTypeLiteral,
    GetOcoOrderByOrderIdStatus,
    GetOrdersListOldStatus,
    GetOrdersListOldStatusLiteral,
    GetOrdersListOldType,
    GetOrdersListOldTypeLiteral,
    GetTradeHistoryOldType,
    GetTradeHistoryOldTypeLiteral,
    Liquidity,
    Side,
    SideLiteral,
    Stop,
    StopLiteral,
    Stp,
    StpLiteral,
    TimeInForce,
    TimeInForceLiteral,
)


class AddOrderRequest(RequestModel):
    """The inputs of Add Order."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price, you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged."
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    tags: str | None = Field(
        default=None, description="Order tag, length cannot exceed 20 characters (ASCII)"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    funds: DecimalString | None = Field(
        default=None,
        description="When **type** is market, select one out of two: size or funds\n\nWhen placing a market order, the funds field refers to the funds for the priced asset (the asset name written latter) of the trading pair. The funds must be based on the quoteIncrement of the trading pair. The quoteIncrement represents the precision of the trading pair. The funds value for an order must be a multiple of quoteIncrement and must be between quoteMinSize and quoteMaxSize.",
    )
    allow_max_time_window: int | None = Field(
        default=None,
        alias="allowMaxTimeWindow",
        description="Order failed after timeout of specified milliseconds, If clientTimestamp + allowMaxTimeWindow < Gateway received the message time, this order will fail.",
    )
    client_timestamp: int | None = Field(
        default=None,
        alias="clientTimestamp",
        description="Equal to KC-API-TIMESTAMP, Need to be defined if allowMaxTimeWindow is specified.",
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


class CancelAllOrdersBySymbolRequest(RequestModel):
    """The inputs of Cancel All Orders By Symbol."""

    symbol: str = Field(description="symbol")


class AddOrderSyncRequest(RequestModel):
    """The inputs of Add Order Sync."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="Specify if the order is a 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price; you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged."
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order.\n\nWhen **type** is limited, size refers to the amount of trading targets (the asset name written in front) for the trading pair. The Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    tags: str | None = Field(
        default=None, description="Order tag, length cannot exceed 20 characters (ASCII)"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    allow_max_time_window: int | None = Field(
        default=None,
        alias="allowMaxTimeWindow",
        description="Order failed after timeout of specified milliseconds, If clientTimestamp + allowMaxTimeWindow < Gateway received the message time, this order will fail.",
    )
    client_timestamp: int | None = Field(
        default=None,
        alias="clientTimestamp",
        description="Equal to KC-API-TIMESTAMP. Needs to be defined if allowMaxTimeWindow is specified.",
    )


class AddOrderSyncData(ResponseModel):
    """The `data` of the Add Order Sync response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )
    order_time: int | None = Field(default=None, alias="orderTime")
    origin_size: str | None = Field(
        default=None, alias="originSize", description="Original order size"
    )
    deal_size: Decimal | None = Field(default=None, alias="dealSize", description="Deal size")
    remain_size: Decimal | None = Field(default=None, alias="remainSize", description="Remain size")
    canceled_size: str | None = Field(
        default=None, alias="canceledSize", description="Cumulative canceled size"
    )
    status: AddOrderSyncStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order Status. open: order is active; done: order has been completed",
    )
    match_time: int | None = Field(default=None, alias="matchTime")


class AddOrderTestRequest(RequestModel):
    """The inputs of Add Order Test."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price, you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged."
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    tags: str | None = Field(
        default=None, description="Order tag, length cannot exceed 20 characters (ASCII)"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    allow_max_time_window: int | None = Field(
        default=None,
        alias="allowMaxTimeWindow",
        description="Order failed after timeout of specified milliseconds, If clientTimestamp + allowMaxTimeWindow < Gateway received the message time, this order will fail.",
    )
    client_timestamp: int | None = Field(
        default=None,
        alias="clientTimestamp",
        description="Equal to KC-API-TIMESTAMP, Need to be defined if allowMaxTimeWindow is specified.",
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


class BatchAddOrdersOrder(RequestModel):
    """One item of `orderList` in the Batch Add Orders request."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n",
    )
    symbol: str = Field(description="symbol")
    type: BatchAddOrdersType | BatchAddOrdersTypeLiteral = Field(
        description="Specify if the order is a 'limit' order or 'market' order. "
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    price: DecimalString = Field(description="Specify price for order")
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order.\n\nWhen **type** is limited, select one out of two: size or funds. Size refers to the amount of trading targets (the asset name written in front) for the trading pair. The Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    tags: str | None = Field(
        default=None, description="Order tag, length cannot exceed 20 characters (ASCII)"
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    client_timestamp: int | None = Field(
        default=None,
        alias="clientTimestamp",
        description="Equal to KC-API-TIMESTAMP. Needs to be defined if allowMaxTimeWindow is specified.",
    )
    allow_max_time_window: int | None = Field(
        default=None,
        alias="allowMaxTimeWindow",
        description="Order failed after timeout of specified milliseconds, If clientTimestamp + allowMaxTimeWindow < Gateway received the message time, this order will fail.",
    )


class BatchAddOrdersRequest(RequestModel):
    """The inputs of Batch Add Orders."""

    order_list: list[BatchAddOrdersOrder] = Field(alias="orderList", description="Order List")


class BatchAddOrdersData(ResponseModel):
    """One item of the `data` of the Batch Add Orders response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )
    success: bool | None = Field(default=None, description="Add order success/failure")
    fail_msg: str | None = Field(default=None, alias="failMsg", description="Error message")


class BatchAddOrdersSyncOrder(RequestModel):
    """One item of `orderList` in the Batch Add Orders Sync request."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n",
    )
    symbol: str = Field(description="symbol")
    type: BatchAddOrdersType | BatchAddOrdersTypeLiteral = Field(
        description="Specify if the order is a 'limit' order or 'market' order. "
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    price: DecimalString = Field(description="Specify price for order")
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order.\n\nWhen **type** is limited, select one out of two: size or funds. Size refers to the amount of trading targets (the asset name written in front) for the trading pair. The Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    tags: str | None = Field(
        default=None, description="Order tag, length cannot exceed 20 characters (ASCII)"
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    allow_max_time_window: int | None = Field(
        default=None,
        alias="allowMaxTimeWindow",
        description="Order failed after timeout of specified milliseconds, If clientTimestamp + allowMaxTimeWindow < Gateway received the message time, this order will fail.",
    )
    client_timestamp: int | None = Field(
        default=None,
        alias="clientTimestamp",
        description="Equal to KC-API-TIMESTAMP. Needs to be defined if allowMaxTimeWindow is specified.",
    )


class BatchAddOrdersSyncRequest(RequestModel):
    """The inputs of Batch Add Orders Sync."""

    order_list: list[BatchAddOrdersSyncOrder] = Field(alias="orderList", description="Order List")


class BatchAddOrdersSyncData(ResponseModel):
    """One item of the `data` of the Batch Add Orders Sync response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )
    order_time: int | None = Field(default=None, alias="orderTime")
    origin_size: str | None = Field(
        default=None, alias="originSize", description="Original order size"
    )
    deal_size: Decimal | None = Field(default=None, alias="dealSize", description="Deal size")
    remain_size: Decimal | None = Field(default=None, alias="remainSize", description="Remain size")
    canceled_size: str | None = Field(
        default=None, alias="canceledSize", description="Cumulative canceled size"
    )
    status: AddOrderSyncStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order Status. open: order is active; done: order has been completed",
    )
    match_time: int | None = Field(default=None, alias="matchTime")
    success: bool | None = Field(default=None, description="Add order success/failure")
    fail_msg: str | None = Field(default=None, alias="failMsg", description="Error message")


class CancelOrderByOrderIdRequest(RequestModel):
    """The inputs of Cancel Order By OrderId."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )
    symbol: str = Field(description="symbol")


class CancelOrderByOrderIdData(ResponseModel):
    """The `data` of the Cancel Order By OrderId response."""

    order_id: str | None = Field(default=None, alias="orderId", description="Order id")


class GetOrderByOrderIdRequest(RequestModel):
    """The inputs of Get Order By OrderId."""

    symbol: str = Field(description="symbol")
    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class GetOrderByOrderIdData(ResponseModel):
    """The `data` of the Get Order By OrderId response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570)",
    )
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether its a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether its a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether its a iceberg order.")
    visible_size: Decimal | None = Field(
        default=None,
        alias="visibleSize",
        description="Visible size of iceberg order in order book.",
    )
    cancel_after: int | None = Field(
        default=None, alias="cancelAfter", description="A GTT timeInForce that expires in n seconds"
    )
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    remark: str | None = Field(default=None, description="Order placement remarks")
    tags: str | None = Field(default=None, description="Order tag")
    cancel_exist: bool | None = Field(
        default=None,
        alias="cancelExist",
        description="Whether there is a cancellation record for the order.",
    )
    created_at: int | None = Field(default=None, alias="createdAt")
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    in_order_book: bool | None = Field(
        default=None,
        alias="inOrderBook",
        description="Whether to enter the orderbook: true: enter the orderbook; false: not enter the orderbook",
    )
    cancelled_size: Decimal | None = Field(
        default=None, alias="cancelledSize", description="Number of canceled transactions"
    )
    cancelled_funds: Decimal | None = Field(
        default=None, alias="cancelledFunds", description="Funds of canceled transactions"
    )
    remain_size: Decimal | None = Field(
        default=None, alias="remainSize", description="Number of remain transactions"
    )
    remain_funds: Decimal | None = Field(
        default=None, alias="remainFunds", description="Funds of remain transactions"
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order isactive; false-The status of the order is done",
    )


class CancelOrderByOrderIdSyncRequest(RequestModel):
    """The inputs of Cancel Order By OrderId Sync."""

    symbol: str = Field(description="symbol")
    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class CancelOrderByOrderIdSyncData(ResponseModel):
    """The `data` of the Cancel Order By OrderId Sync response."""

    order_id: str | None = Field(default=None, alias="orderId", description="order id")
    origin_size: str | None = Field(
        default=None, alias="originSize", description="original order size"
    )
    deal_size: Decimal | None = Field(default=None, alias="dealSize", description="deal size")
    remain_size: Decimal | None = Field(default=None, alias="remainSize", description="remain size")
    canceled_size: str | None = Field(
        default=None, alias="canceledSize", description="Cumulative canceled size"
    )
    status: AddOrderSyncStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order Status. open：order is active; done：order has been completed",
    )


class CancelOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid."""

    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )
    symbol: str = Field(description="symbol")


class CancelOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid response."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )


class GetOrderByClientOidRequest(RequestModel):
    """The inputs of Get Order By ClientOid."""

    symbol: str = Field(description="symbol")
    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )


class GetOrderByClientOidData(ResponseModel):
    """The `data` of the Get Order By ClientOid response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570)",
    )
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether its a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether its a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether its a iceberg order.")
    visible_size: Decimal | None = Field(
        default=None,
        alias="visibleSize",
        description="Visible size of iceberg order in order book.",
    )
    cancel_after: int | None = Field(
        default=None, alias="cancelAfter", description="A GTT timeInForce that expires in n seconds"
    )
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    remark: str | None = Field(default=None, description="Order placement remarks")
    tags: str | None = Field(default=None, description="Order tag")
    cancel_exist: bool | None = Field(
        default=None,
        alias="cancelExist",
        description="Whether there is a cancellation record for the order.",
    )
    created_at: int | None = Field(default=None, alias="createdAt")
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    in_order_book: bool | None = Field(
        default=None,
        alias="inOrderBook",
        description="Whether to enter the orderbook: true: enter the orderbook; false: not enter the orderbook",
    )
    cancelled_size: Decimal | None = Field(
        default=None, alias="cancelledSize", description="Number of canceled transactions"
    )
    cancelled_funds: Decimal | None = Field(
        default=None, alias="cancelledFunds", description="Funds of canceled transactions"
    )
    remain_size: Decimal | None = Field(
        default=None, alias="remainSize", description="Number of remain transactions"
    )
    remain_funds: Decimal | None = Field(
        default=None, alias="remainFunds", description="Funds of remain transactions"
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order isactive; false-The status of the order is done",
    )


class CancelOrderByClientOidSyncRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid Sync."""

    symbol: str = Field(description="symbol")
    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )


class CancelOrderByClientOidSyncData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid Sync response."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    origin_size: str | None = Field(
        default=None, alias="originSize", description="original order size"
    )
    deal_size: Decimal | None = Field(default=None, alias="dealSize", description="deal size")
    remain_size: Decimal | None = Field(default=None, alias="remainSize", description="remain size")
    canceled_size: str | None = Field(
        default=None, alias="canceledSize", description="Cumulative canceled size"
    )
    status: AddOrderSyncStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order Status. open：order is active; done：order has been completed",
    )


class CancelPartialOrderRequest(RequestModel):
    """The inputs of Cancel Partial Order."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )
    symbol: str = Field(description="symbol")
    cancel_size: str = Field(alias="cancelSize", description="The size you want cancel")


class CancelPartialOrderData(ResponseModel):
    """The `data` of the Cancel Partial Order response."""

    order_id: str | None = Field(default=None, alias="orderId", description="order id")
    cancel_size: str | None = Field(
        default=None, alias="cancelSize", description="The size you canceled"
    )


class CancelAllOrdersDataFailedSymbol(ResponseModel):
    """One item of `failedSymbols` in the Cancel All Orders response."""

    symbol: str | None = Field(default=None, description="symbol")
    error: str | None = Field(default=None, description="error message")


class CancelAllOrdersData(ResponseModel):
    """The `data` of the Cancel All Orders response."""

    succeed_symbols: list[str] | None = Field(
        default=None, alias="succeedSymbols", description="The Symbols Successfully cancelled"
    )
    failed_symbols: list[CancelAllOrdersDataFailedSymbol] | None = Field(
        default=None, alias="failedSymbols", description="The Symbols Failed to cancel"
    )


class ModifyOrderRequest(RequestModel):
    """The inputs of Modify Order."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="One must be chose out of the old client order ID, orderId and clientOid",
    )
    symbol: str = Field(description="symbol")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="One must be chosen out of the old order id, orderId and clientOid",
    )
    new_price: DecimalString | None = Field(
        default=None,
        alias="newPrice",
        description="One must be chosen out of the modified price of the new order, newPrice and newSize",
    )
    new_size: DecimalString | None = Field(
        default=None,
        alias="newSize",
        description="One must be chosen out of the modified size of the new order, newPrice and newSize",
    )


class ModifyOrderData(ResponseModel):
    """The `data` of the Modify Order response."""

    new_order_id: str | None = Field(
        default=None, alias="newOrderId", description="The new order ID"
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The original client order ID"
    )


class GetSymbolsWithOpenOrderData(ResponseModel):
    """The `data` of the Get Symbols With Open Order response."""

    symbols: list[str] | None = Field(default=None, description="The symbol that has active orders")


class GetOpenOrdersRequest(RequestModel):
    """The inputs of Get Open Orders."""

    symbol: str = Field(description="symbol")


class GetOpenOrdersData(ResponseModel):
    """One item of the `data` of the Get Open Orders response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570)",
    )
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether its a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether its a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether its a iceberg order.")
    visible_size: Decimal | None = Field(
        default=None,
        alias="visibleSize",
        description="Visible size of iceberg order in order book.",
    )
    cancel_after: int | None = Field(
        default=None, alias="cancelAfter", description="A GTT timeInForce that expires in n seconds"
    )
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    remark: str | None = Field(default=None, description="Order placement remarks")
    tags: str | None = Field(default=None, description="Order tag")
    cancel_exist: bool | None = Field(
        default=None,
        alias="cancelExist",
        description="Whether there is a cancellation record for the order.",
    )
    created_at: int | None = Field(default=None, alias="createdAt")
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    in_order_book: bool | None = Field(
        default=None,
        alias="inOrderBook",
        description="Whether to enter the orderbook: true: enter the orderbook; false: not enter the orderbook",
    )
    cancelled_size: Decimal | None = Field(
        default=None, alias="cancelledSize", description="Number of canceled transactions"
    )
    cancelled_funds: Decimal | None = Field(
        default=None, alias="cancelledFunds", description="Funds of canceled transactions"
    )
    remain_size: Decimal | None = Field(
        default=None, alias="remainSize", description="Number of remain transactions"
    )
    remain_funds: Decimal | None = Field(
        default=None, alias="remainFunds", description="Funds of remain transactions"
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order isactive; false-The status of the order is done",
    )


class GetOpenOrdersByPageRequest(RequestModel):
    """The inputs of Get Open Orders By Page."""

    symbol: str = Field(description="Symbol")
    page_num: int | None = Field(default=None, alias="pageNum", description="Current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Size per page")


class GetOpenOrdersByPageDataItem(ResponseModel):
    """One item of `items` in the Get Open Orders By Page response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570)",
    )
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether its a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether its a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether its a iceberg order.")
    visible_size: Decimal | None = Field(
        default=None,
        alias="visibleSize",
        description="Visible size of iceberg order in order book.",
    )
    cancel_after: int | None = Field(
        default=None, alias="cancelAfter", description="A GTT timeInForce that expires in n seconds"
    )
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    remark: str | None = Field(default=None, description="Order placement remarks")
    tags: str | None = Field(default=None, description="Order tag")
    cancel_exist: bool | None = Field(
        default=None,
        alias="cancelExist",
        description="Whether there is a cancellation record for the order.",
    )
    created_at: int | None = Field(default=None, alias="createdAt")
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    in_order_book: bool | None = Field(
        default=None,
        alias="inOrderBook",
        description="Whether to enter the orderbook: true: enter the orderbook; false: not enter the orderbook",
    )
    cancelled_size: Decimal | None = Field(
        default=None, alias="cancelledSize", description="Number of canceled transactions"
    )
    cancelled_funds: Decimal | None = Field(
        default=None, alias="cancelledFunds", description="Funds of canceled transactions"
    )
    remain_size: Decimal | None = Field(
        default=None, alias="remainSize", description="Number of remain transactions"
    )
    remain_funds: Decimal | None = Field(
        default=None, alias="remainFunds", description="Funds of remain transactions"
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order isactive; false-The status of the order is done",
    )


class GetOpenOrdersByPageData(ResponseModel):
    """The `data` of the Get Open Orders By Page response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOpenOrdersByPageDataItem] | None = Field(default=None)


class GetClosedOrdersRequest(RequestModel):
    """The inputs of Get Closed Orders."""

    symbol: str = Field(description="symbol")
    side: Side | SideLiteral | None = Field(
        default=None, description="specify if the order is to 'buy' or 'sell'"
    )
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="specify if the order is an 'limit' order or 'market' order."
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The id of the last set of data from the previous batch of data. By default, the latest information is given. lastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId，which can be used as a query parameter to look up new data from the next page.",
    )
    limit: int | None = Field(default=None, description="Default20，Max100")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milisecond)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milisecond)")


class GetClosedOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Closed Orders response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570)",
    )
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether its a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether its a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether its a iceberg order.")
    visible_size: Decimal | None = Field(
        default=None,
        alias="visibleSize",
        description="Visible size of iceberg order in order book.",
    )
    cancel_after: int | None = Field(
        default=None, alias="cancelAfter", description="A GTT timeInForce that expires in n seconds"
    )
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    remark: str | None = Field(default=None, description="Order placement remarks")
    tags: str | None = Field(default=None, description="Order tag")
    cancel_exist: bool | None = Field(
        default=None,
        alias="cancelExist",
        description="Whether there is a cancellation record for the order.",
    )
    created_at: int | None = Field(default=None, alias="createdAt")
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    in_order_book: bool | None = Field(
        default=None,
        alias="inOrderBook",
        description="Whether to enter the orderbook: true: enter the orderbook; false: not enter the orderbook",
    )
    cancelled_size: Decimal | None = Field(
        default=None, alias="cancelledSize", description="Number of canceled transactions"
    )
    cancelled_funds: Decimal | None = Field(
        default=None, alias="cancelledFunds", description="Funds of canceled transactions"
    )
    remain_size: Decimal | None = Field(
        default=None, alias="remainSize", description="Number of remain transactions"
    )
    remain_funds: Decimal | None = Field(
        default=None, alias="remainFunds", description="Funds of remain transactions"
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order isactive; false-The status of the order is done",
    )


class GetClosedOrdersData(ResponseModel):
    """The `data` of the Get Closed Orders response."""

    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The id of the last set of data from the previous batch of data. By default, the latest information is given.\nlastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId，which can be used as a query parameter to look up new data from the next page.",
    )
    items: list[GetClosedOrdersDataItem] | None = Field(default=None)


class GetTradeHistoryRequest(RequestModel):
    """The inputs of Get Trade History."""

    symbol: str = Field(description="symbol")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system (If orderId is specified，please ignore the other query parameters)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="specify if the order is to 'buy' or 'sell'"
    )
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="specify if the order is an 'limit' order or 'market' order."
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The id of the last set of data from the previous batch of data. By default, the latest information is given. lastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId，which can be used as a query parameter to look up new data from the next page.",
    )
    limit: int | None = Field(default=None, description="Default20，Max100")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milisecond)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milisecond)")


class GetTradeHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Trade History response."""

    id: int | None = Field(default=None, description="Id of transaction detail")
    symbol: str | None = Field(default=None, description="symbol")
    trade_id: int | None = Field(
        default=None, alias="tradeId", description="Trade Id, symbol latitude increment"
    )
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system",
    )
    counter_order_id: str | None = Field(
        default=None, alias="counterOrderId", description="Counterparty order Id"
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    liquidity: Liquidity | str | None = Field(
        default=None, union_mode="left_to_right", description="Liquidity type: taker or maker"
    )
    force_taker: bool | None = Field(default=None, alias="forceTaker")
    price: Decimal | None = Field(default=None, description="Order price")
    size: Decimal | None = Field(default=None, description="Order size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_rate: Decimal | None = Field(default=None, alias="feeRate", description="Fee rate\n")
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="currency used to calculate trading fee"
    )
    stop: str | None = Field(
        default=None,
        description="Take Profit and Stop Loss type, currently HFT does not support the Take Profit and Stop Loss type, so it is empty",
    )
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    tax_rate: str | None = Field(
        default=None,
        alias="taxRate",
        description="Tax Rate, Users in some regions need query this field",
    )
    tax: str | None = Field(default=None, description="Users in some regions need query this field")
    type: AddOrderType | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is an 'limit' order or 'market' order. ",
    )
    created_at: int | None = Field(default=None, alias="createdAt")


class GetTradeHistoryData(ResponseModel):
    """The `data` of the Get Trade History response."""

    items: list[GetTradeHistoryDataItem] | None = Field(default=None)
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The id of the last set of data from the previous batch of data. By default, the latest information is given.\nlastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId，which can be used as a query parameter to look up new data from the next page.",
    )


class GetDcpData(ResponseModel):
    """If the data is empty, it means that DCP is not set."""

    timeout: int | None = Field(
        default=None,
        description="Auto cancel order trigger setting time, the unit is second. Range: timeout=-1 (meaning unset) or 5 <= timeout <= 86400",
    )
    symbols: str | None = Field(
        default=None,
        description="List of trading pairs. Separated by commas; empty means all trading pairs",
    )
    current_time: int | None = Field(
        default=None, alias="currentTime", description="System current time (in seconds)"
    )
    trigger_time: int | None = Field(
        default=None, alias="triggerTime", description="Trigger cancellation time (in seconds)"
    )


class SetDcpRequest(RequestModel):
    """The inputs of Set DCP."""

    timeout: int = Field(
        description="Auto cancel order trigger setting time, the unit is second. Range: timeout=-1 (meaning unset) or 5 <= timeout <= 86400. For example, timeout=5 means that the order will be automatically canceled if no user request is received for more than 5 seconds. When this parameter is changed, the previous setting will be overwritten."
    )
    symbols: str | None = Field(
        default=None,
        description="List of trading pairs. When this parameter is not empty, separate it with commas and support up to 50 trading pairs. Empty means all trading pairs. When this parameter is changed, the previous setting will be overwritten.",
    )


class SetDcpData(ResponseModel):
    """If the data is empty, it means that DCP is not set."""

    current_time: int | None = Field(
        default=None, alias="currentTime", description="System current time (in seconds)"
    )
    trigger_time: int | None = Field(
        default=None, alias="triggerTime", description="Trigger cancellation time (in seconds)"
    )


class AddStopOrderRequest(RequestModel):
    """The inputs of Add Stop Order."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral = Field(
        description="specify if the order is an 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price, you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged."
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order, not need for market order.\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading. Required for limit orders.",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK if **type** is limit.",
    )
    hidden: bool | None = Field(
        default=None,
        description="[Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not (not shown in order book)",
    )
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)",
    )
    visible_size: DecimalString | None = Field(
        default=None,
        alias="visibleSize",
        description="When **type** is limit, this is Maximum visible quantity in iceberg orders.",
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        gt=0,
        lt=2592000,
        description="Cancel after n seconds, the order timing strategy is GTT, -1 means it will not be cancelled automatically, the default value is -1\n",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    stop_price: DecimalString = Field(alias="stopPrice", description="The trigger price.")
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE",
    )


class AddStopOrderData(ResponseModel):
    """The `data` of the Add Stop Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )


class GetStopOrdersListRequest(RequestModel):
    """The inputs of Get Stop Orders List."""

    symbol: str | None = Field(default=None, description="Only list orders for a specific symbol")
    side: str | None = Field(default=None, description="buy or sell")
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None, description="limit, market"
    )
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milisecond)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milisecond)")
    current_page: int | None = Field(default=None, alias="currentPage", description="Current page")
    order_ids: str | None = Field(
        default=None, alias="orderIds", description="Comma seperated order ID list"
    )
    page_size: int | None = Field(default=None, alias="pageSize", description="Page size")
    stop: str | None = Field(
        default=None, description="Order type: stop: stop loss order, oco: oco order"
    )


class GetStopOrdersListDataItem(ResponseModel):
    """One item of `items` in the Get Stop Orders List response."""

    id: str | None = Field(default=None, description="Order ID, the ID of an order.")
    symbol: str | None = Field(default=None, description="Symbol name")
    user_id: str | None = Field(default=None, alias="userId", description="User ID")
    status: str | None = Field(default=None, description="Order status, include NEW, TRIGGERED")
    type: AddOrderType | str | None = Field(
        default=None, union_mode="left_to_right", description="Order type"
    )
    side: str | None = Field(default=None, description="transaction direction,include buy and sell")
    price: Decimal | None = Field(default=None, description="order price")
    size: Decimal | None = Field(default=None, description="order quantity")
    funds: Decimal | None = Field(default=None, description="order funds")
    stp: str | None = Field(default=None)
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="time InForce,include GTC,GTT,IOC,FOK"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="cancel orders after n seconds，requires timeInForce to be GTT",
    )
    post_only: bool | None = Field(default=None, alias="postOnly", description="postOnly")
    hidden: bool | None = Field(default=None, description="hidden order")
    iceberg: bool | None = Field(default=None, description="Iceberg order")
    visible_size: Decimal | None = Field(
        default=None, alias="visibleSize", description="displayed quantity for iceberg order"
    )
    channel: str | None = Field(default=None, description="order source")
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="user-entered order unique mark"
    )
    remark: str | None = Field(default=None, description="Remarks at stop order creation")
    tags: str | None = Field(default=None, description="tag order source")
    order_time: int | None = Field(
        default=None,
        alias="orderTime",
        description="Time of place a stop order, accurate to nanoseconds",
    )
    domain_id: str | None = Field(
        default=None, alias="domainId", description="domainId, e.g: kucoin"
    )
    trade_source: str | None = Field(
        default=None,
        alias="tradeSource",
        description="trade source: USER（Order by user）, MARGIN_SYSTEM（Order by margin system）",
    )
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin).",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of the fee"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Fee Rate of taker"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Fee Rate of maker"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="order creation time"
    )
    stop: str | None = Field(default=None, description="Stop order type, include loss and entry")
    stop_trigger_time: int | None = Field(
        default=None, alias="stopTriggerTime", description="The trigger time of the stop order"
    )
    stop_price: Decimal | None = Field(default=None, alias="stopPrice", description="stop price")
    related_no: str | None = Field(default=None, alias="relatedNo")
    limit_price: Decimal | None = Field(default=None, alias="limitPrice")
    pop: str | None = Field(default=None)
    activate_condition: str | None = Field(default=None, alias="activateCondition")


class GetStopOrdersListData(ResponseModel):
    """The `data` of the Get Stop Orders List response."""

    current_page: int | None = Field(
        default=None, alias="currentPage", description="current page id"
    )
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(
        default=None, alias="totalNum", description="the stop order count"
    )
    total_page: int | None = Field(
        default=None, alias="totalPage", description="total page count of the list"
    )
    items: list[GetStopOrdersListDataItem] | None = Field(
        default=None, description="the list of stop orders"
    )


class CancelStopOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel Stop Order By ClientOid."""

    symbol: str | None = Field(default=None, description="symbol")
    client_oid: str = Field(
        alias="clientOid", description="Unique order id created by users to identify their orders"
    )


class CancelStopOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel Stop Order By ClientOid response."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    cancelled_order_id: str | None = Field(
        default=None, alias="cancelledOrderId", description="Unique ID of the cancelled order"
    )


class CancelStopOrderByOrderIdRequest(RequestModel):
    """The inputs of Cancel Stop Order By OrderId."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class CancelStopOrderByOrderIdData(ResponseModel):
    """The `data` of the Cancel Stop Order By OrderId response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="order ID array"
    )


class GetStopOrderByOrderIdRequest(RequestModel):
    """The inputs of Get Stop Order By OrderId."""

    order_id: str = Field(alias="orderId", description="The order id")


class GetStopOrderByOrderIdData(ResponseModel):
    """the details"""

    id: str | None = Field(default=None, description="Order ID, the ID of an order.")
    symbol: str | None = Field(default=None, description="Symbol name")
    user_id: str | None = Field(default=None, alias="userId", description="User ID")
    status: str | None = Field(default=None, description="Order status, include NEW, TRIGGERED")
    type: AddOrderType | str | None = Field(
        default=None, union_mode="left_to_right", description="Order type"
    )
    side: str | None = Field(default=None, description="transaction direction,include buy and sell")
    price: Decimal | None = Field(default=None, description="order price")
    size: Decimal | None = Field(default=None, description="order quantity")
    funds: Decimal | None = Field(default=None, description="order funds")
    stp: str | None = Field(default=None)
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="time InForce,include GTC,GTT,IOC,FOK"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="cancel orders after n seconds，requires timeInForce to be GTT",
    )
    post_only: bool | None = Field(default=None, alias="postOnly", description="postOnly")
    hidden: bool | None = Field(default=None, description="hidden order")
    iceberg: bool | None = Field(default=None, description="Iceberg order")
    visible_size: Decimal | None = Field(
        default=None, alias="visibleSize", description="displayed quantity for iceberg order"
    )
    channel: str | None = Field(default=None, description="order source")
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="user-entered order unique mark"
    )
    remark: str | None = Field(default=None, description="Remarks at stop order creation")
    tags: str | None = Field(default=None, description="tag order source")
    domain_id: str | None = Field(
        default=None, alias="domainId", description="domainId, e.g: kucoin"
    )
    trade_source: str | None = Field(
        default=None,
        alias="tradeSource",
        description="trade source: USER（Order by user）, MARGIN_SYSTEM（Order by margin system）",
    )
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin).",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of the fee"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Fee Rate of taker"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Fee Rate of maker"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="order creation time"
    )
    stop: str | None = Field(default=None, description="Stop order type, include loss and entry")
    stop_trigger_time: int | None = Field(
        default=None, alias="stopTriggerTime", description="The trigger time of the stop order"
    )
    stop_price: Decimal | None = Field(default=None, alias="stopPrice", description="stop price")
    order_time: int | None = Field(
        default=None,
        alias="orderTime",
        description="Time of place a stop order, accurate to nanoseconds",
    )


class BatchCancelStopOrdersRequest(RequestModel):
    """The inputs of Batch Cancel Stop Orders."""

    symbol: str | None = Field(
        default=None, description="Cancel the open order for the specified symbol"
    )
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin).",
    )
    order_ids: str | None = Field(
        default=None, alias="orderIds", description="Comma seperated order IDs."
    )


class BatchCancelStopOrdersData(ResponseModel):
    """The `data` of the Batch Cancel Stop Orders response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None, alias="cancelledOrderIds", description="order id array"
    )


class GetStopOrderByClientOidRequest(RequestModel):
    """The inputs of Get Stop Order By ClientOid."""

    client_oid: str = Field(alias="clientOid", description="The client order id")
    symbol: str | None = Field(default=None, description="symbol name")


class GetStopOrderByClientOidData(ResponseModel):
    """One item of the `data` of the Get Stop Order By ClientOid response."""

    id: str | None = Field(default=None, description="Order ID, the ID of an order.")
    symbol: str | None = Field(default=None, description="Symbol name")
    user_id: str | None = Field(default=None, alias="userId", description="User ID")
    status: str | None = Field(default=None, description="Order status, include NEW, TRIGGERED")
    type: AddOrderType | str | None = Field(
        default=None, union_mode="left_to_right", description="Order type"
    )
    side: str | None = Field(default=None, description="transaction direction,include buy and sell")
    price: Decimal | None = Field(default=None, description="order price")
    size: Decimal | None = Field(default=None, description="order quantity")
    funds: Decimal | None = Field(default=None, description="order funds")
    stp: str | None = Field(default=None)
    time_in_force: str | None = Field(
        default=None, alias="timeInForce", description="time InForce,include GTC,GTT,IOC,FOK"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="cancel orders after n seconds，requires timeInForce to be GTT",
    )
    post_only: bool | None = Field(default=None, alias="postOnly", description="postOnly")
    hidden: bool | None = Field(default=None, description="hidden order")
    iceberg: bool | None = Field(default=None, description="Iceberg order")
    visible_size: Decimal | None = Field(
        default=None, alias="visibleSize", description="displayed quantity for iceberg order"
    )
    channel: str | None = Field(default=None, description="order source")
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="user-entered order unique mark"
    )
    remark: str | None = Field(default=None, description="Remarks at stop order creation")
    tags: str | None = Field(default=None, description="tag order source")
    domain_id: str | None = Field(
        default=None, alias="domainId", description="domainId, e.g: kucoin"
    )
    trade_source: str | None = Field(
        default=None,
        alias="tradeSource",
        description="trade source: USER（Order by user）, MARGIN_SYSTEM（Order by margin system）",
    )
    trade_type: str | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin), MARGIN_ISOLATED_TRADE (Isolated Margin).",
    )
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="The currency of the fee"
    )
    taker_fee_rate: Decimal | None = Field(
        default=None, alias="takerFeeRate", description="Fee Rate of taker"
    )
    maker_fee_rate: Decimal | None = Field(
        default=None, alias="makerFeeRate", description="Fee Rate of maker"
    )
    created_at: int | None = Field(
        default=None, alias="createdAt", description="order creation time"
    )
    stop: str | None = Field(default=None, description="Stop order type, include loss and entry")
    stop_trigger_time: int | None = Field(
        default=None, alias="stopTriggerTime", description="The trigger time of the stop order"
    )
    stop_price: Decimal | None = Field(default=None, alias="stopPrice", description="stop price")
    order_time: int | None = Field(
        default=None,
        alias="orderTime",
        description="Time of place a stop order, accurate to nanoseconds",
    )


class AddOcoOrderRequest(RequestModel):
    """The inputs of Add OCO Order."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    price: DecimalString = Field(description="Specify price for order")
    size: DecimalString = Field(description="Specify quantity for order")
    stop_price: DecimalString = Field(alias="stopPrice", description="trigger price.")
    limit_price: DecimalString = Field(
        alias="limitPrice",
        description="The limit order price after take-profit and stop-loss are triggered.",
    )
    trade_type: AddOcoOrderTradeType | AddOcoOrderTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="Transaction Type, currently only supports TRADE (spot transactions), the default is TRADE",
    )


class AddOcoOrderData(ResponseModel):
    """The `data` of the Add OCO Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )


class CancelOcoOrderByOrderIdRequest(RequestModel):
    """The inputs of Cancel OCO Order By OrderId."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class CancelOcoOrderByOrderIdData(ResponseModel):
    """The `data` of the Cancel OCO Order By OrderId response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None,
        alias="cancelledOrderIds",
        description="List of two order IDs related to the canceled OCO order",
    )


class GetOcoOrderByOrderIdRequest(RequestModel):
    """The inputs of Get OCO Order By OrderId."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class GetOcoOrderByOrderIdData(ResponseModel):
    """The `data` of the Get OCO Order By OrderId response."""

    symbol: str | None = Field(default=None, description="symbol")
    client_oid: str | None = Field(default=None, alias="clientOid", description="Client Order ID")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order placement time, milliseconds"
    )
    status: GetOcoOrderByOrderIdStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order status: NEW: New, DONE: Completed, TRIGGERED: Triggered, CANCELED: Canceled",
    )


class CancelOcoOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel OCO Order By ClientOid."""

    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )


class CancelOcoOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel OCO Order By ClientOid response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None,
        alias="cancelledOrderIds",
        description="List of two order IDs related to the canceled OCO order",
    )


class GetOcoOrderByClientOidRequest(RequestModel):
    """The inputs of Get OCO Order By ClientOid."""

    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )


class GetOcoOrderByClientOidData(ResponseModel):
    """The `data` of the Get OCO Order By ClientOid response."""

    symbol: str | None = Field(default=None, description="symbol")
    client_oid: str | None = Field(default=None, alias="clientOid", description="Client Order Id")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order placement time, milliseconds"
    )
    status: str | None = Field(
        default=None,
        description="Order status: NEW: New, DONE: Completed, TRIGGERED: Triggered, CANCELLED: Cancelled",
    )


class BatchCancelOcoOrderRequest(RequestModel):
    """The inputs of Batch Cancel OCO Order."""

    order_ids: str | None = Field(
        default=None,
        alias="orderIds",
        description="Specify the order ID; there can be multiple orders, separated by commas. If not passed, all OCO orders will be canceled by default.",
    )
    symbol: str | None = Field(
        default=None,
        description="Trading pair. If not passed, the OCO orders of all symbols will be canceled by default.",
    )


class BatchCancelOcoOrderData(ResponseModel):
    """The `data` of the Batch Cancel OCO Order response."""

    cancelled_order_ids: list[str] | None = Field(
        default=None,
        alias="cancelledOrderIds",
        description="List of two order IDs related to the canceled OCO order",
    )


class GetOcoOrderListRequest(RequestModel):
    """The inputs of Get OCO Order List."""

    symbol: str | None = Field(default=None, description="symbol")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    order_ids: str | None = Field(
        default=None, alias="orderIds", description="Specify orderId collection, up to 500 orders"
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Size per page, minimum value 10, maximum value 500",
    )
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Page number, minimum value 1"
    )


class GetOcoOrderListDataItem(ResponseModel):
    """One item of `items` in the Get OCO Order List response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    symbol: str | None = Field(default=None, description="symbol")
    client_oid: str | None = Field(default=None, alias="clientOid", description="Client Order ID")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order placement time, milliseconds"
    )
    status: GetOcoOrderByOrderIdStatus | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Order status: NEW: New, DONE: Completed, TRIGGERED: Triggered, CANCELED: Canceled",
    )


class GetOcoOrderListData(ResponseModel):
    """The `data` of the Get OCO Order List response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOcoOrderListDataItem] | None = Field(default=None)


class GetOcoOrderDetailByOrderIdRequest(RequestModel):
    """The inputs of Get OCO Order Detail By OrderId."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class GetOcoOrderDetailByOrderIdDataOrder(ResponseModel):
    """One item of `orders` in the Get OCO Order Detail By OrderId response."""

    id: str | None = Field(default=None)
    symbol: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    size: Decimal | None = Field(default=None)
    status: str | None = Field(default=None)


class GetOcoOrderDetailByOrderIdData(ResponseModel):
    """The `data` of the Get OCO Order Detail By OrderId response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )
    symbol: str | None = Field(default=None, description="symbol")
    client_oid: str | None = Field(default=None, alias="clientOid", description="Client Order Id")
    order_time: int | None = Field(
        default=None, alias="orderTime", description="Order placement time, milliseconds"
    )
    status: str | None = Field(
        default=None,
        description="Order status: NEW: New, DONE: Completed, TRIGGERED: Triggered, CANCELLED: Cancelled",
    )
    orders: list[GetOcoOrderDetailByOrderIdDataOrder] | None = Field(default=None)


class AddOrderOldRequest(RequestModel):
    """The inputs of Add Order - Old."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None,
        description="specify if the order is an 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price, you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(default=None, description="Hidden or not (not shown in order book)")
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in iceberg orders",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="Cancel after n seconds，the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    trade_type: AddOrderOldTradeType | AddOrderOldTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : **TRADE**（Spot Trade）, **MARGIN_TRADE** (Margin Trade). Default is **TRADE**. **Note: To improve the system performance and to accelerate order placing and processing, KuCoin has added a new interface for order placing of margin. For traders still using the current interface, please move to the new one as soon as possible. The current one will no longer accept margin orders by May 1st, 2021 (UTC). At the time, KuCoin will notify users via the announcement, please pay attention to it.**",
    )


class AddOrderOldData(ResponseModel):
    """The `data` of the Add Order - Old response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )


class BatchCancelOrderOldRequest(RequestModel):
    """The inputs of Batch Cancel Order - Old."""

    symbol: str | None = Field(default=None, description="symbol")
    trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading :TRADE(Spot Trading), MARGIN_TRADE(Cross Margin Trading), MARGIN_ISOLATED_TRADE(Isolated Margin Trading), and the default is TRADE to cancel the spot trading orders.",
    )


class BatchCancelOrderOldData(ResponseModel):
    """The `data` of the Batch Cancel Order - Old response."""

    cancelled_order_ids: list[str] | None = Field(default=None, alias="cancelledOrderIds")


class GetOrdersListOldRequest(RequestModel):
    """The inputs of Get Orders List - Old."""

    symbol: str | None = Field(default=None, description="Symbol")
    status: GetOrdersListOldStatus | GetOrdersListOldStatusLiteral | None = Field(
        default=None,
        description="Active or done (done as default); only list orders with a specific status.",
    )
    side: Side | SideLiteral | None = Field(default=None, description="Buy or Sell")
    type: GetOrdersListOldType | GetOrdersListOldTypeLiteral | None = Field(
        default=None, description="Order type"
    )
    trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading: TRADE - Spot Trading (TRADE as default), MARGIN_TRADE - Cross Margin Trading, MARGIN_ISOLATED_TRADE - Isolated Margin Trading.",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page."
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 500.",
    )


class GetOrdersListOldDataItem(ResponseModel):
    """One item of `items` in the Get Orders List - Old response."""

    id: str | None = Field(default=None)
    symbol: str | None = Field(default=None)
    op_type: str | None = Field(default=None, alias="opType")
    type: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    deal_funds: Decimal | None = Field(default=None, alias="dealFunds")
    deal_size: Decimal | None = Field(default=None, alias="dealSize")
    fee: Decimal | None = Field(default=None)
    fee_currency: str | None = Field(default=None, alias="feeCurrency")
    stp: str | None = Field(default=None)
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: str | None = Field(default=None, alias="timeInForce")
    post_only: bool | None = Field(default=None, alias="postOnly")
    hidden: bool | None = Field(default=None)
    iceberg: bool | None = Field(default=None)
    visible_size: Decimal | None = Field(default=None, alias="visibleSize")
    cancel_after: int | None = Field(default=None, alias="cancelAfter")
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(default=None, alias="clientOid")
    remark: str | None = Field(default=None)
    tags: str | None = Field(default=None)
    is_active: bool | None = Field(default=None, alias="isActive")
    cancel_exist: bool | None = Field(default=None, alias="cancelExist")
    created_at: int | None = Field(default=None, alias="createdAt")
    trade_type: str | None = Field(default=None, alias="tradeType")
    tax: str | None = Field(default=None)
    tax_rate: str | None = Field(default=None, alias="taxRate")
    tax_currency: str | None = Field(default=None, alias="taxCurrency")


class GetOrdersListOldData(ResponseModel):
    """The `data` of the Get Orders List - Old response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOrdersListOldDataItem] | None = Field(default=None)


class AddOrderTestOldRequest(RequestModel):
    """The inputs of Add Order Test - Old."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: AddOrderType | AddOrderTypeLiteral | None = Field(
        default=None,
        description="specify if the order is an 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price, you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString | None = Field(
        default=None,
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error.",
    )
    size: DecimalString | None = Field(
        default=None,
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds",
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(default=None, description="Hidden or not (not shown in order book)")
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in iceberg orders",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="Cancel after n seconds，the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    trade_type: AddOrderOldTradeType | AddOrderOldTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading : **TRADE**（Spot Trade）, **MARGIN_TRADE** (Margin Trade). Default is **TRADE**. **Note: To improve the system performance and to accelerate order placing and processing, KuCoin has added a new interface for order placing of margin. For traders still using the current interface, please move to the new one as soon as possible. The current one will no longer accept margin orders by May 1st, 2021 (UTC). At the time, KuCoin will notify users via the announcement, please pay attention to it.**",
    )


class AddOrderTestOldData(ResponseModel):
    """The `data` of the Add Order Test - Old response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system,which can be used later for further actions such as canceling the order.",
    )


class BatchAddOrdersOldOrder(RequestModel):
    """One item of `orderList` in the Batch Add Orders - Old request."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order Id，The ClientOid field is a unique ID created by the user（we recommend using a UUID）, and can only contain numbers, letters, underscores （_）, and hyphens （-）. This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="specify if the order is to 'buy' or 'sell'")
    symbol: str = Field(description="symbol")
    type: BatchAddOrdersType | BatchAddOrdersTypeLiteral | None = Field(
        default=None, description="only limit (default is limit)"
    )
    remark: str | None = Field(
        default=None,
        description="Order placement remarks, length cannot exceed 20 characters (ASCII)",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into four strategies: CN, CO, CB , and DC",
    )
    price: DecimalString = Field(
        description="Specify price for order\n\nWhen placing a limit order, the price must be based on priceIncrement for the trading pair. The price increment (priceIncrement) is the price precision for the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement is 0.00001000. So the price for your orders cannot be less than 0.00001000 and must be a multiple of priceIncrement. Otherwise, the order will return an invalid priceIncrement error."
    )
    size: DecimalString = Field(
        description="Specify quantity for order\n\nWhen **type** is limit, size refers to the amount of trading targets (the asset name written in front) for the trading pair. Teh Size must be based on the baseIncrement of the trading pair. The baseIncrement represents the precision for the trading pair. The size of an order must be a positive-integer multiple of baseIncrement and must be between baseMinSize and baseMaxSize.\n\nWhen **type** is market, select one out of two: size or funds"
    )
    time_in_force: TimeInForce | TimeInForceLiteral | None = Field(
        default=None,
        alias="timeInForce",
        description="[Time in force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy used during trading",
    )
    post_only: bool | None = Field(
        default=None,
        alias="postOnly",
        description="passive order labels, this is disabled when the order timing strategy is IOC or FOK",
    )
    hidden: bool | None = Field(default=None, description="Hidden or not (not shown in order book)")
    iceberg: bool | None = Field(
        default=None,
        description="Whether or not only visible portions of orders are shown in iceberg orders",
    )
    visible_size: DecimalString | None = Field(
        default=None, alias="visibleSize", description="Maximum visible quantity in iceberg orders"
    )
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="Cancel after n seconds，the order timing strategy is GTT",
    )
    trade_type: AddOcoOrderTradeType | AddOcoOrderTradeTypeLiteral | None = Field(
        default=None, alias="tradeType", description="The type of trading : **TRADE**（Spot Trade）"
    )
    stop: Stop | StopLiteral | None = Field(
        default=None, description="Either loss or entry. Requires stopPrice to be defined"
    )
    stop_price: DecimalString | None = Field(
        default=None,
        alias="stopPrice",
        description="Stop price, Need to be defined if stop is specified.",
    )


class BatchAddOrdersOldRequest(RequestModel):
    """The inputs of Batch Add Orders - Old."""

    order_list: list[BatchAddOrdersOldOrder] | None = Field(default=None, alias="orderList")
    symbol: str = Field()


class BatchAddOrdersOldDataData(ResponseModel):
    """One item of `data` in the Batch Add Orders - Old response."""

    symbol: str | None = Field(default=None)
    type: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    stp: str | None = Field(default=None)
    stop: str | None = Field(default=None)
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: str | None = Field(default=None, alias="timeInForce")
    cancel_after: int | None = Field(default=None, alias="cancelAfter")
    post_only: bool | None = Field(default=None, alias="postOnly")
    hidden: bool | None = Field(default=None)
    iceberge: bool | None = Field(default=None)
    iceberg: bool | None = Field(default=None)
    visible_size: Decimal | None = Field(default=None, alias="visibleSize")
    channel: str | None = Field(default=None)
    id: str | None = Field(default=None)
    status: str | None = Field(default=None)
    fail_msg: str | None = Field(default=None, alias="failMsg")
    client_oid: str | None = Field(default=None, alias="clientOid")


class BatchAddOrdersOldData(ResponseModel):
    """The `data` of the Batch Add Orders - Old response."""

    data: list[BatchAddOrdersOldDataData] | None = Field(default=None)


class CancelOrderByOrderIdOldRequest(RequestModel):
    """The inputs of Cancel Order By OrderId - Old."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class CancelOrderByOrderIdOldData(ResponseModel):
    """The `data` of the Cancel Order By OrderId - Old response."""

    cancelled_order_ids: list[str] | None = Field(default=None, alias="cancelledOrderIds")


class GetOrderByOrderIdOldRequest(RequestModel):
    """The inputs of Get Order By OrderId - Old."""

    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


class GetOrderByOrderIdOldData(ResponseModel):
    """The `data` of the Get Order By OrderId - Old response."""

    id: str | None = Field(default=None)
    symbol: str | None = Field(default=None)
    op_type: str | None = Field(default=None, alias="opType")
    type: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    deal_funds: Decimal | None = Field(default=None, alias="dealFunds")
    deal_size: Decimal | None = Field(default=None, alias="dealSize")
    fee: Decimal | None = Field(default=None)
    fee_currency: str | None = Field(default=None, alias="feeCurrency")
    stp: str | None = Field(default=None)
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: str | None = Field(default=None, alias="timeInForce")
    post_only: bool | None = Field(default=None, alias="postOnly")
    hidden: bool | None = Field(default=None)
    iceberg: bool | None = Field(default=None)
    visible_size: Decimal | None = Field(default=None, alias="visibleSize")
    cancel_after: int | None = Field(default=None, alias="cancelAfter")
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(default=None, alias="clientOid")
    remark: str | None = Field(default=None)
    tags: str | None = Field(default=None)
    is_active: bool | None = Field(default=None, alias="isActive")
    cancel_exist: bool | None = Field(default=None, alias="cancelExist")
    created_at: int | None = Field(default=None, alias="createdAt")
    trade_type: str | None = Field(default=None, alias="tradeType")
    tax: str | None = Field(default=None)
    tax_rate: str | None = Field(default=None, alias="taxRate")
    tax_currency: str | None = Field(default=None, alias="taxCurrency")


class CancelOrderByClientOidOldRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid - Old."""

    client_oid: str = Field(
        alias="clientOid", description="Client Order Id，unique identifier created by the user"
    )


class CancelOrderByClientOidOldData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid - Old response."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id，unique identifier created by the user",
    )
    cancelled_order_id: str | None = Field(
        default=None,
        alias="cancelledOrderId",
        description="The unique order id generated by the trading system",
    )
    cancelled_oco_order_ids: list[str] | None = Field(default=None, alias="cancelledOcoOrderIds")


class GetOrderByClientOidOldRequest(RequestModel):
    """The inputs of Get Order By ClientOid - Old."""

    client_oid: str = Field(
        alias="clientOid", description="Unique order ID created by users to identify their orders"
    )


class GetOrderByClientOidOldData(ResponseModel):
    """The `data` of the Get Order By ClientOid - Old response."""

    id: str | None = Field(default=None)
    symbol: str | None = Field(default=None)
    op_type: str | None = Field(default=None, alias="opType")
    type: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    deal_funds: Decimal | None = Field(default=None, alias="dealFunds")
    deal_size: Decimal | None = Field(default=None, alias="dealSize")
    fee: Decimal | None = Field(default=None)
    fee_currency: str | None = Field(default=None, alias="feeCurrency")
    stp: str | None = Field(default=None)
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: str | None = Field(default=None, alias="timeInForce")
    post_only: bool | None = Field(default=None, alias="postOnly")
    hidden: bool | None = Field(default=None)
    iceberg: bool | None = Field(default=None)
    visible_size: Decimal | None = Field(default=None, alias="visibleSize")
    cancel_after: int | None = Field(default=None, alias="cancelAfter")
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(default=None, alias="clientOid")
    remark: str | None = Field(default=None)
    tags: str | None = Field(default=None)
    is_active: bool | None = Field(default=None, alias="isActive")
    cancel_exist: bool | None = Field(default=None, alias="cancelExist")
    created_at: int | None = Field(default=None, alias="createdAt")
    trade_type: str | None = Field(default=None, alias="tradeType")
    tax: str | None = Field(default=None)
    tax_rate: str | None = Field(default=None, alias="taxRate")
    tax_currency: str | None = Field(default=None, alias="taxCurrency")


class GetRecentOrdersListOldData(ResponseModel):
    """One item of the `data` of the Get Recent Orders List - Old response."""

    id: str | None = Field(default=None)
    symbol: str | None = Field(default=None)
    op_type: str | None = Field(default=None, alias="opType")
    type: str | None = Field(default=None)
    side: str | None = Field(default=None)
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    deal_funds: Decimal | None = Field(default=None, alias="dealFunds")
    deal_size: Decimal | None = Field(default=None, alias="dealSize")
    fee: Decimal | None = Field(default=None)
    fee_currency: str | None = Field(default=None, alias="feeCurrency")
    stp: str | None = Field(default=None)
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: str | None = Field(default=None, alias="timeInForce")
    post_only: bool | None = Field(default=None, alias="postOnly")
    hidden: bool | None = Field(default=None)
    iceberg: bool | None = Field(default=None)
    visible_size: Decimal | None = Field(default=None, alias="visibleSize")
    cancel_after: int | None = Field(default=None, alias="cancelAfter")
    channel: str | None = Field(default=None)
    client_oid: str | None = Field(default=None, alias="clientOid")
    remark: str | None = Field(default=None)
    tags: str | None = Field(default=None)
    is_active: bool | None = Field(default=None, alias="isActive")
    cancel_exist: bool | None = Field(default=None, alias="cancelExist")
    created_at: int | None = Field(default=None, alias="createdAt")
    trade_type: str | None = Field(default=None, alias="tradeType")
    tax: str | None = Field(default=None)
    tax_rate: str | None = Field(default=None, alias="taxRate")
    tax_currency: str | None = Field(default=None, alias="taxCurrency")


class GetTradeHistoryOldRequest(RequestModel):
    """The inputs of Get Trade History - Old."""

    symbol: str = Field(description="symbol")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system. (If orderId is specified, please ignore the other query parameters.)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="Specify if the order is to 'buy' or 'sell'."
    )
    type: GetTradeHistoryOldType | GetTradeHistoryOldTypeLiteral | None = Field(
        default=None, description="limit, market, limit_stop or market_stop"
    )
    trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = Field(
        default=None,
        alias="tradeType",
        description="The type of trading: TRADE - Spot Trading (TRADE as default), MARGIN_TRADE - Cross Margin Trading, MARGIN_ISOLATED_TRADE - Isolated Margin Trading.",
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current request page."
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per request. Minimum is 10, maximum is 500.",
    )


class GetTradeHistoryOldDataItem(ResponseModel):
    """One item of `items` in the Get Trade History - Old response."""

    symbol: str | None = Field(default=None, description="symbol")
    trade_id: str | None = Field(default=None, alias="tradeId")
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system",
    )
    counter_order_id: str | None = Field(
        default=None, alias="counterOrderId", description="Counterparty order ID"
    )
    side: str | None = Field(default=None, description="Buy or sell")
    liquidity: str | None = Field(default=None, description="Liquidity type: taker or maker")
    force_taker: bool | None = Field(default=None, alias="forceTaker")
    price: Decimal | None = Field(default=None, description="Order Price")
    size: Decimal | None = Field(default=None, description="Order Size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    fee: Decimal | None = Field(
        default=None, description="[Handling fees](https://www.kucoin.com/docs-new/api-5327739)"
    )
    fee_rate: Decimal | None = Field(default=None, alias="feeRate", description="Fee rate\n")
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="Currency used to calculate trading fee"
    )
    stop: str | None = Field(
        default=None,
        description="Take Profit and Stop Loss type, currently HFT does not support the Take Profit and Stop Loss type, so it is empty",
    )
    trade_type: str | None = Field(
        default=None, alias="tradeType", description="Trade type, redundancy param"
    )
    type: str | None = Field(
        default=None, description="Specify if the order is a 'limit' order or 'market' order. "
    )
    created_at: int | None = Field(default=None, alias="createdAt")


class GetTradeHistoryOldData(ResponseModel):
    """The `data` of the Get Trade History - Old response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetTradeHistoryOldDataItem] | None = Field(default=None)


class GetRecentTradeHistoryOldData(ResponseModel):
    """One item of the `data` of the Get Recent Trade History - Old response."""

    symbol: str | None = Field(default=None)
    trade_id: str | None = Field(default=None, alias="tradeId")
    order_id: str | None = Field(default=None, alias="orderId")
    counter_order_id: str | None = Field(default=None, alias="counterOrderId")
    side: str | None = Field(default=None)
    liquidity: str | None = Field(default=None)
    force_taker: bool | None = Field(default=None, alias="forceTaker")
    price: Decimal | None = Field(default=None)
    size: Decimal | None = Field(default=None)
    funds: Decimal | None = Field(default=None)
    fee: Decimal | None = Field(default=None)
    fee_rate: Decimal | None = Field(default=None, alias="feeRate")
    fee_currency: str | None = Field(default=None, alias="feeCurrency")
    stop: str | None = Field(default=None)
    trade_type: str | None = Field(default=None, alias="tradeType")
    type: str | None = Field(default=None)
    created_at: int | None = Field(default=None, alias="createdAt")
    tax: str | None = Field(default=None)
    tax_currency: str | None = Field(default=None, alias="taxCurrency")
    tax_rate: str | None = Field(default=None, alias="taxRate")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_order": AddOrderRequest,
    "cancel_all_orders_by_symbol": CancelAllOrdersBySymbolRequest,
    "add_order_sync": AddOrderSyncRequest,
    "add_order_test": AddOrderTestRequest,
    "batch_add_orders": BatchAddOrdersRequest,
    "batch_add_orders_sync": BatchAddOrdersSyncRequest,
    "cancel_order_by_order_id": CancelOrderByOrderIdRequest,
    "get_order_by_order_id": GetOrderByOrderIdRequest,
    "cancel_order_by_order_id_sync": CancelOrderByOrderIdSyncRequest,
    "cancel_order_by_client_oid": CancelOrderByClientOidRequest,
    "get_order_by_client_oid": GetOrderByClientOidRequest,
    "cancel_order_by_client_oid_sync": CancelOrderByClientOidSyncRequest,
    "cancel_partial_order": CancelPartialOrderRequest,
    "modify_order": ModifyOrderRequest,
    "get_open_orders": GetOpenOrdersRequest,
    "get_open_orders_by_page": GetOpenOrdersByPageRequest,
    "get_closed_orders": GetClosedOrdersRequest,
    "get_trade_history": GetTradeHistoryRequest,
    "set_dcp": SetDcpRequest,
    "add_stop_order": AddStopOrderRequest,
    "get_stop_orders_list": GetStopOrdersListRequest,
    "cancel_stop_order_by_client_oid": CancelStopOrderByClientOidRequest,
    "cancel_stop_order_by_order_id": CancelStopOrderByOrderIdRequest,
    "get_stop_order_by_order_id": GetStopOrderByOrderIdRequest,
    "batch_cancel_stop_orders": BatchCancelStopOrdersRequest,
    "get_stop_order_by_client_oid": GetStopOrderByClientOidRequest,
    "add_oco_order": AddOcoOrderRequest,
    "cancel_oco_order_by_order_id": CancelOcoOrderByOrderIdRequest,
    "get_oco_order_by_order_id": GetOcoOrderByOrderIdRequest,
    "cancel_oco_order_by_client_oid": CancelOcoOrderByClientOidRequest,
    "get_oco_order_by_client_oid": GetOcoOrderByClientOidRequest,
    "batch_cancel_oco_order": BatchCancelOcoOrderRequest,
    "get_oco_order_list": GetOcoOrderListRequest,
    "get_oco_order_detail_by_order_id": GetOcoOrderDetailByOrderIdRequest,
    "add_order_old": AddOrderOldRequest,
    "batch_cancel_order_old": BatchCancelOrderOldRequest,
    "get_orders_list_old": GetOrdersListOldRequest,
    "add_order_test_old": AddOrderTestOldRequest,
    "batch_add_orders_old": BatchAddOrdersOldRequest,
    "cancel_order_by_order_id_old": CancelOrderByOrderIdOldRequest,
    "get_order_by_order_id_old": GetOrderByOrderIdOldRequest,
    "cancel_order_by_client_oid_old": CancelOrderByClientOidOldRequest,
    "get_order_by_client_oid_old": GetOrderByClientOidOldRequest,
    "get_trade_history_old": GetTradeHistoryOldRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_order": AddOrderData,
    "cancel_all_orders_by_symbol": str,
    "add_order_sync": AddOrderSyncData,
    "add_order_test": AddOrderTestData,
    "batch_add_orders": list[BatchAddOrdersData],
    "batch_add_orders_sync": list[BatchAddOrdersSyncData],
    "cancel_order_by_order_id": CancelOrderByOrderIdData,
    "get_order_by_order_id": GetOrderByOrderIdData,
    "cancel_order_by_order_id_sync": CancelOrderByOrderIdSyncData,
    "cancel_order_by_client_oid": CancelOrderByClientOidData,
    "get_order_by_client_oid": GetOrderByClientOidData,
    "cancel_order_by_client_oid_sync": CancelOrderByClientOidSyncData,
    "cancel_partial_order": CancelPartialOrderData,
    "cancel_all_orders": CancelAllOrdersData,
    "modify_order": ModifyOrderData,
    "get_symbols_with_open_order": GetSymbolsWithOpenOrderData,
    "get_open_orders": list[GetOpenOrdersData],
    "get_open_orders_by_page": GetOpenOrdersByPageData,
    "get_closed_orders": GetClosedOrdersData,
    "get_trade_history": GetTradeHistoryData,
    "get_dcp": GetDcpData,
    "set_dcp": SetDcpData,
    "add_stop_order": AddStopOrderData,
    "get_stop_orders_list": GetStopOrdersListData,
    "cancel_stop_order_by_client_oid": CancelStopOrderByClientOidData,
    "cancel_stop_order_by_order_id": CancelStopOrderByOrderIdData,
    "get_stop_order_by_order_id": GetStopOrderByOrderIdData,
    "batch_cancel_stop_orders": BatchCancelStopOrdersData,
    "get_stop_order_by_client_oid": list[GetStopOrderByClientOidData],
    "add_oco_order": AddOcoOrderData,
    "cancel_oco_order_by_order_id": CancelOcoOrderByOrderIdData,
    "get_oco_order_by_order_id": GetOcoOrderByOrderIdData,
    "cancel_oco_order_by_client_oid": CancelOcoOrderByClientOidData,
    "get_oco_order_by_client_oid": GetOcoOrderByClientOidData,
    "batch_cancel_oco_order": BatchCancelOcoOrderData,
    "get_oco_order_list": GetOcoOrderListData,
    "get_oco_order_detail_by_order_id": GetOcoOrderDetailByOrderIdData,
    "add_order_old": AddOrderOldData,
    "batch_cancel_order_old": BatchCancelOrderOldData,
    "get_orders_list_old": GetOrdersListOldData,
    "add_order_test_old": AddOrderTestOldData,
    "batch_add_orders_old": BatchAddOrdersOldData,
    "cancel_order_by_order_id_old": CancelOrderByOrderIdOldData,
    "get_order_by_order_id_old": GetOrderByOrderIdOldData,
    "cancel_order_by_client_oid_old": CancelOrderByClientOidOldData,
    "get_order_by_client_oid_old": GetOrderByClientOidOldData,
    "get_recent_orders_list_old": list[GetRecentOrdersListOldData],
    "get_trade_history_old": GetTradeHistoryOldData,
    "get_recent_trade_history_old": list[GetRecentTradeHistoryOldData],
}
"""The type of every operation's response `data`, by operation name."""
