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
from kucoin_sdk._decimals import DecimalString
from kucoin_sdk.margin.order.enums import (
    Liquidity,
    MarginModel,
    MarginModelLiteral,
    Side,
    SideLiteral,
    Stp,
    StpLiteral,
    TimeInForce,
    TimeInForceLiteral,
    TradeType,
    TradeTypeLiteral,
    Type,
    TypeLiteral,
)


class AddOrderRequest(RequestModel):
    """The inputs of Add Order."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(description="symbol")
    type: Type | TypeLiteral | None = Field(
        default=None,
        description="Specify if the order is a 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price; you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
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
        description="[Time in force](https://www.kucoin.com/docs-new/api-5176570) is a special strategy used during trading",
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
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="Cancel after n seconds, the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    is_isolated: bool | None = Field(
        default=None,
        alias="isIsolated",
        description="True - isolated margin; false - cross margin. Default is false",
    )
    auto_borrow: bool | None = Field(
        default=None,
        alias="autoBorrow",
        description="When Margin Account has inefficient balance, our system autoborrows inefficient assets and opens positions according to the lowest market interest rate.",
    )
    auto_repay: bool | None = Field(
        default=None,
        alias="autoRepay",
        description="AutoPay allows the return of borrowed assets when you close a position. Our system automatically triggers the repayment and the maximum repayment amount equals to the filled-order amount.",
    )


class AddOrderData(ResponseModel):
    """The `data` of the Add Order response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    loan_apply_id: str | None = Field(
        default=None,
        alias="loanApplyId",
        description="Borrow order ID. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    borrow_size: Decimal | None = Field(
        default=None,
        alias="borrowSize",
        description="Borrowed amount. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )


class AddOrderTestRequest(RequestModel):
    """The inputs of Add Order Test."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(description="symbol")
    type: Type | TypeLiteral | None = Field(
        default=None,
        description="Specify if the order is a 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price; you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
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
        description="[Time in force](https://www.kucoin.com/docs-new/api-5176570) is a special strategy used during trading",
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
    cancel_after: int | None = Field(
        default=None,
        alias="cancelAfter",
        description="Cancel after n seconds, the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    is_isolated: bool | None = Field(
        default=None,
        alias="isIsolated",
        description="True - isolated margin; false - cross margin. Default is false",
    )
    auto_borrow: bool | None = Field(
        default=None,
        alias="autoBorrow",
        description="When Margin Account has inefficient balance, our system autoborrows inefficient assets and opens positions according to the lowest market interest rate.",
    )
    auto_repay: bool | None = Field(
        default=None,
        alias="autoRepay",
        description="AutoPay allows the return of borrowed assets when you close a position. Our system automatically triggers the repayment and the maximum repayment amount equals to the filled-order amount.",
    )


class AddOrderTestData(ResponseModel):
    """The `data` of the Add Order Test response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    loan_apply_id: str | None = Field(
        default=None,
        alias="loanApplyId",
        description="Borrowed amount. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    borrow_size: Decimal | None = Field(
        default=None,
        alias="borrowSize",
        description="ID of the borrowing response. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="The user self-defined order ID."
    )


class CancelOrderByOrderIdRequest(RequestModel):
    """The inputs of Cancel Order By OrderId."""

    symbol: str = Field(description="symbol")
    order_id: str = Field(
        alias="orderId", description="The unique order id generated by the trading system"
    )


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
    type: Type | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is a 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order Price")
    size: Decimal | None = Field(default=None, description="Order Size")
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
        default=None, alias="feeCurrency", description="Currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
    )
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether it’s a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether it’s a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether it’s a iceberg order.")
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
        description="Client Order Id, unique identifier created by the user",
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
        description="Whether to enter the orderbook: True: enter the orderbook; False: do not enter the orderbook",
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
    tax: str | None = Field(default=None, description="Users in some regions have this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order is active; false-The status of the order is done",
    )


class CancelOrderByClientOidRequest(RequestModel):
    """The inputs of Cancel Order By ClientOid."""

    symbol: str = Field(description="symbol")
    client_oid: str = Field(
        alias="clientOid", description="Client Order Id, unique identifier created by the user"
    )


class CancelOrderByClientOidData(ResponseModel):
    """The `data` of the Cancel Order By ClientOid response."""

    client_oid: str | None = Field(
        default=None,
        alias="clientOid",
        description="Client Order Id, unique identifier created by the user",
    )


class GetOrderByClientOidRequest(RequestModel):
    """The inputs of Get Order By ClientOid."""

    symbol: str = Field(description="symbol")
    client_oid: str = Field(
        alias="clientOid", description="Client Order Id, unique identifier created by the user"
    )


class GetOrderByClientOidData(ResponseModel):
    """The `data` of the Get Order By ClientOid response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: Type | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is a 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order Price")
    size: Decimal | None = Field(default=None, description="Order Size")
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
        default=None, alias="feeCurrency", description="Currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
    )
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether it’s a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether it’s a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether it’s a iceberg order.")
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
        description="Client Order Id, unique identifier created by the user",
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
        description="Whether to enter the orderbook: True: enter the orderbook; False: do not enter the orderbook",
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
    tax: str | None = Field(default=None, description="Users in some regions have this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order is active; false-The status of the order is done",
    )


class CancelAllOrdersBySymbolRequest(RequestModel):
    """The inputs of Cancel All Orders By Symbol."""

    symbol: str = Field(description="symbol")
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType",
        description="Transaction type: MARGIN_TRADE - cross margin trade, MARGIN_ISOLATED_TRADE - isolated margin trade",
    )


class GetSymbolsWithOpenOrderRequest(RequestModel):
    """The inputs of Get Symbols With Open Order."""

    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType",
        description="Cross Margin: MARGIN_TRADE, Isolated Margin: MARGIN_ISOLATED_TRADE",
    )


class GetSymbolsWithOpenOrderData(ResponseModel):
    """The `data` of the Get Symbols With Open Order response."""

    symbol_size: int | None = Field(default=None, alias="symbolSize", description="Symbol Size")
    symbols: list[str] | None = Field(default=None, description="The symbol that has active orders")


class GetOpenOrdersRequest(RequestModel):
    """The inputs of Get Open Orders."""

    symbol: str = Field(description="symbol")
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType",
        description="Order type: MARGIN_TRADE - cross margin trading order, MARGIN_ISOLATED_TRADE - isolated margin trading order",
    )


class GetOpenOrdersData(ResponseModel):
    """One item of the `data` of the Get Open Orders response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: Type | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is a 'limit' order or 'market' order. ",
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    price: Decimal | None = Field(default=None, description="Order Price")
    size: Decimal | None = Field(default=None, description="Order Size")
    funds: Decimal | None = Field(default=None, description="Order Funds")
    deal_size: Decimal | None = Field(
        default=None, alias="dealSize", description="Number of filled transactions"
    )
    deal_funds: Decimal | None = Field(
        default=None, alias="dealFunds", description="Funds of filled transactions"
    )
    fee: Decimal | None = Field(default=None, description="Trading fee")
    fee_currency: str | None = Field(
        default=None, alias="feeCurrency", description="Currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
    )
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether it’s a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether it’s a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether it’s a iceberg order.")
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
        description="Client Order Id, unique identifier created by the user",
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
        description="Whether to enter the orderbook: True: enter the orderbook; False: do not enter the orderbook",
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
    tax: str | None = Field(default=None, description="Users in some regions have this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order is active; false-The status of the order is done",
    )


class GetClosedOrdersRequest(RequestModel):
    """The inputs of Get Closed Orders."""

    symbol: str = Field(description="symbol")
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType",
        description="Transaction type: MARGIN_TRADE - cross margin trade, MARGIN_ISOLATED_TRADE - isolated margin trade",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="Specify if the order is to 'buy' or 'sell'."
    )
    type: Type | TypeLiteral | None = Field(
        default=None, description="Specify if the order is a 'limit' order or 'market' order."
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given. lastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId, which can be used as a query parameter to look up new data from the next page.",
    )
    limit: int | None = Field(default=None, description="Default20, Max100")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetClosedOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Closed Orders response."""

    id: str | None = Field(
        default=None, description="The unique order id generated by the trading system"
    )
    symbol: str | None = Field(default=None, description="symbol")
    op_type: str | None = Field(default=None, alias="opType")
    type: Type | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is a 'limit' order or 'market' order. ",
    )
    side: str | None = Field(default=None, description="Buy or sell")
    price: Decimal | None = Field(default=None, description="Order Price")
    size: Decimal | None = Field(default=None, description="Order Size")
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
        default=None, alias="feeCurrency", description="Currency used to calculate trading fee"
    )
    stp: Stp | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is divided into these strategies: CN, CO, CB , and DC",
    )
    stop: str | None = Field(default=None)
    stop_triggered: bool | None = Field(default=None, alias="stopTriggered")
    stop_price: Decimal | None = Field(default=None, alias="stopPrice")
    time_in_force: TimeInForce | str | None = Field(
        default=None, alias="timeInForce", union_mode="left_to_right", description="Time in force"
    )
    post_only: bool | None = Field(
        default=None, alias="postOnly", description="Whether it’s a postOnly order."
    )
    hidden: bool | None = Field(default=None, description="Whether it’s a hidden order.")
    iceberg: bool | None = Field(default=None, description="Whether it’s a iceberg order.")
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
        description="Client Order Id, unique identifier created by the user",
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
        description="Whether to enter the orderbook: True: enter the orderbook; False: do not enter the orderbook",
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
    tax: str | None = Field(default=None, description="Users in some regions have this field")
    active: bool | None = Field(
        default=None,
        description="Order status: true-The status of the order is active; false-The status of the order is done",
    )


class GetClosedOrdersData(ResponseModel):
    """The `data` of the Get Closed Orders response."""

    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given.\nlastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId, which can be used as a query parameter to look up new data from the next page.",
    )
    items: list[GetClosedOrdersDataItem] | None = Field(default=None)


class GetTradeHistoryRequest(RequestModel):
    """The inputs of Get Trade History."""

    symbol: str = Field(description="symbol")
    trade_type: TradeType | TradeTypeLiteral = Field(
        alias="tradeType",
        description="Trade type: MARGIN_TRADE - cross margin trade, MARGIN_ISOLATED_TRADE - isolated margin trade",
    )
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system (If orderId is specified, please ignore the other query parameters)",
    )
    side: Side | SideLiteral | None = Field(
        default=None, description="Specify if the order is to 'buy' or 'sell'."
    )
    type: Type | TypeLiteral | None = Field(
        default=None, description="Specify if the order is a 'limit' order or 'market' order."
    )
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given. lastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId, which can be used as a query parameter to look up new data from the next page.",
    )
    limit: int | None = Field(default=None, description="Default20, Max100")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetTradeHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Trade History response."""

    id: int | None = Field(default=None, description="ID of transaction detail")
    symbol: str | None = Field(default=None, description="symbol")
    trade_id: int | None = Field(
        default=None, alias="tradeId", description="Trade ID, symbol latitude increment"
    )
    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order id generated by the trading system",
    )
    counter_order_id: str | None = Field(
        default=None, alias="counterOrderId", description="Counterparty order ID"
    )
    side: Side | str | None = Field(
        default=None, union_mode="left_to_right", description="Buy or sell"
    )
    liquidity: Liquidity | str | None = Field(
        default=None, union_mode="left_to_right", description="Liquidity type: taker or maker"
    )
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
    tax: str | None = Field(default=None, description="Users in some regions have this field")
    tax_rate: str | None = Field(
        default=None,
        alias="taxRate",
        description="Tax Rate: Users in some regions must query this field",
    )
    type: Type | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Specify if the order is a 'limit' order or 'market' order. ",
    )
    created_at: int | None = Field(default=None, alias="createdAt")


class GetTradeHistoryData(ResponseModel):
    """The `data` of the Get Trade History response."""

    items: list[GetTradeHistoryDataItem] | None = Field(default=None)
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch. By default, the latest information is given.\nlastId is used to filter data and paginate. If lastId is not entered, the default is a maximum of 100 returned data items. The return results include lastId, which can be used as a query parameter to look up new data from the next page.",
    )


class AddOrderV1Request(RequestModel):
    """The inputs of Add Order - V1."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(description="symbol")
    type: Type | TypeLiteral | None = Field(
        default=None,
        description="Specify if the order is a 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price; you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
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
        description="Cancel after n seconds, the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    auto_borrow: bool | None = Field(
        default=None,
        alias="autoBorrow",
        description="When Margin Account has inefficient balance, our system autoborrows inefficient assets and opens positions according to the lowest market interest rate.",
    )
    auto_repay: bool | None = Field(
        default=None,
        alias="autoRepay",
        description="AutoPay allows the return of borrowed assets when you close a position. Our system automatically triggers the repayment and the maximum repayment amount equals to the filled-order amount.",
    )
    margin_model: MarginModel | MarginModelLiteral | None = Field(
        default=None,
        alias="marginModel",
        description="The type of trading, including cross (cross mode) and isolated (isolated mode). It is set at cross by default.",
    )


class AddOrderV1Data(ResponseModel):
    """The `data` of the Add Order - V1 response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    loan_apply_id: str | None = Field(
        default=None,
        alias="loanApplyId",
        description="Borrow order ID. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    borrow_size: Decimal | None = Field(
        default=None,
        alias="borrowSize",
        description="Borrowed amount. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="This return value is invalid"
    )


class AddOrderTestV1Request(RequestModel):
    """The inputs of Add Order Test - V1."""

    client_oid: str = Field(
        alias="clientOid",
        description="Client Order ID: The ClientOid field is a unique ID created by the user (we recommend using a UUID), and can only contain numbers, letters, underscores (_), and hyphens (-). This field is returned when order information is obtained. You can use clientOid to tag your orders. ClientOid is different from the order ID created by the service provider. Please do not initiate requests using the same clientOid. The maximum length for the ClientOid is 40 characters.\n\nPlease remember the orderId created by the service provider, it used to check for updates in order status.",
    )
    side: Side | SideLiteral = Field(description="Specify if the order is to 'buy' or 'sell'.")
    symbol: str = Field(description="symbol")
    type: Type | TypeLiteral | None = Field(
        default=None,
        description="Specify if the order is a 'limit' order or 'market' order. \n\nThe type of order you specify when you place your order determines whether or not you need to request other parameters and also affects the execution of the matching engine.\n\nWhen placing a limit order, you must specify a price and size. The system will try to match the order according to market price or a price better than market price. If the order cannot be immediately matched, it will stay in the order book until it is matched or the user cancels.\n\nUnlike limit orders, the price for market orders fluctuates with market prices. When placing a market order, you do not need to specify a price; you only need to specify a quantity. Market orders are filled immediately and will not enter the order book. All market orders are takers and a taker fee will be charged.",
    )
    stp: Stp | StpLiteral | None = Field(
        default=None,
        description="[Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570) is divided into four strategies: CN, CO, CB , and DC",
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
        description="[Time in force](https://www.kucoin.com/docs-new/api-5176570) is a special strategy used during trading",
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
        description="Cancel after n seconds, the order timing strategy is GTT",
    )
    funds: DecimalString | None = Field(
        default=None, description="When **type** is market, select one out of two: size or funds"
    )
    auto_borrow: bool | None = Field(
        default=None,
        alias="autoBorrow",
        description="When Margin Account has inefficient balance, our system autoborrows inefficient assets and opens positions according to the lowest market interest rate.",
    )
    auto_repay: bool | None = Field(
        default=None,
        alias="autoRepay",
        description="AutoPay allows the return of borrowed assets when you close a position. Our system automatically triggers the repayment and the maximum repayment amount equals to the filled-order amount.",
    )
    margin_model: MarginModel | MarginModelLiteral | None = Field(
        default=None,
        alias="marginModel",
        description="The type of trading, including cross (cross mode) and isolated (isolated mode). It is set at cross by default.",
    )


class AddOrderTestV1Data(ResponseModel):
    """The `data` of the Add Order Test - V1 response."""

    order_id: str | None = Field(
        default=None,
        alias="orderId",
        description="The unique order ID generated by the trading system, which can be used later for further actions such as canceling the order.",
    )
    loan_apply_id: str | None = Field(
        default=None,
        alias="loanApplyId",
        description="Borrow order ID. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    borrow_size: Decimal | None = Field(
        default=None,
        alias="borrowSize",
        description="Borrowed amount. The field is returned only after placing the order under the mode of Auto-Borrow.",
    )
    client_oid: str | None = Field(
        default=None, alias="clientOid", description="This return value is invalid"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "add_order": AddOrderRequest,
    "add_order_test": AddOrderTestRequest,
    "cancel_order_by_order_id": CancelOrderByOrderIdRequest,
    "get_order_by_order_id": GetOrderByOrderIdRequest,
    "cancel_order_by_client_oid": CancelOrderByClientOidRequest,
    "get_order_by_client_oid": GetOrderByClientOidRequest,
    "cancel_all_orders_by_symbol": CancelAllOrdersBySymbolRequest,
    "get_symbols_with_open_order": GetSymbolsWithOpenOrderRequest,
    "get_open_orders": GetOpenOrdersRequest,
    "get_closed_orders": GetClosedOrdersRequest,
    "get_trade_history": GetTradeHistoryRequest,
    "add_order_v1": AddOrderV1Request,
    "add_order_test_v1": AddOrderTestV1Request,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "add_order": AddOrderData,
    "add_order_test": AddOrderTestData,
    "cancel_order_by_order_id": CancelOrderByOrderIdData,
    "get_order_by_order_id": GetOrderByOrderIdData,
    "cancel_order_by_client_oid": CancelOrderByClientOidData,
    "get_order_by_client_oid": GetOrderByClientOidData,
    "cancel_all_orders_by_symbol": str,
    "get_symbols_with_open_order": GetSymbolsWithOpenOrderData,
    "get_open_orders": list[GetOpenOrdersData],
    "get_closed_orders": GetClosedOrdersData,
    "get_trade_history": GetTradeHistoryData,
    "add_order_v1": AddOrderV1Data,
    "add_order_test_v1": AddOrderTestV1Data,
}
"""The type of every operation's response `data`, by operation name."""
