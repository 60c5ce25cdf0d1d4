"""Asynchronous service for the margin order endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import Cursor, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.margin.order.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.margin.order.enums import (
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
    from kucoin_sdk.margin.order.models import (
        AddOrderData,
        AddOrderTestData,
        AddOrderTestV1Data,
        AddOrderV1Data,
        CancelOrderByClientOidData,
        CancelOrderByOrderIdData,
        GetClosedOrdersData,
        GetClosedOrdersDataItem,
        GetOpenOrdersData,
        GetOrderByClientOidData,
        GetOrderByOrderIdData,
        GetSymbolsWithOpenOrderData,
        GetTradeHistoryData,
        GetTradeHistoryDataItem,
    )


class AsyncMarginOrderService(AsyncService):
    """The margin order endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncMarginOrderServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncMarginOrderServiceWithRawResponse(self)

    async def add_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: Type | TypeLiteral | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        is_isolated: bool | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
    ) -> AddOrderData | None:
        """Add Order.

        `POST /api/v3/hf/margin/order`

        Place order in the Cross-margin or Isolated-margin trading system. You can place
        two major types of order: Limit and market. Orders can only be placed if your
        account has sufficient funds. Once an order is placed, your funds will be put on
        hold for the duration of the order. The amount of funds on hold depends on the
        order type and parameters specified.

        Args:
            client_oid: Client Order ID: The ClientOid field is a unique ID created by
                the user (we recommend using a UUID), and can only contain numbers,
                letters, underscores (_), and hyphens (-). This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: Specify if the order is to 'buy' or 'sell'.
            symbol: symbol
            type: Specify if the order is a 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price; you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into these strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order.

        When **type** is limited, size refers to the amount of trading targets (the
        asset name written in front) for the trading pair. The Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/api-5176570)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: Maximum visible quantity in iceberg orders
            cancel_after: Cancel after n seconds, the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            is_isolated: True - isolated margin; false - cross margin. Default is false
            auto_borrow: When Margin Account has inefficient balance, our system
                autoborrows inefficient assets and opens positions according to the
                lowest market interest rate.
            auto_repay: AutoPay allows the return of borrowed assets when you close a
                position. Our system automatically triggers the repayment and the
                maximum repayment amount equals to the filled-order amount.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "cancel_after": cancel_after,
            "funds": funds,
            "is_isolated": is_isolated,
            "auto_borrow": auto_borrow,
            "auto_repay": auto_repay,
        }
        return cast(
            "AddOrderData | None",
            await self.call(
                OPERATIONS["add_order"],
                _arguments,
            ),
        )

    async def add_order_test(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: Type | TypeLiteral | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        is_isolated: bool | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
    ) -> AddOrderTestData | None:
        """Add Order Test.

        `POST /api/v3/hf/margin/order/test`

        Order test endpoint: This endpoint’s request and return parameters are identical
        to the order endpoint, and can be used to verify whether the signature is
        correct, among other operations. After placing an order, the order will not
        enter the matching system, and the order cannot be queried.

        Args:
            client_oid: Client Order ID: The ClientOid field is a unique ID created by
                the user (we recommend using a UUID), and can only contain numbers,
                letters, underscores (_), and hyphens (-). This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: Specify if the order is to 'buy' or 'sell'.
            symbol: symbol
            type: Specify if the order is a 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price; you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into these strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order.

        When **type** is limited, size refers to the amount of trading targets (the
        asset name written in front) for the trading pair. The Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/api-5176570)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: Maximum visible quantity in iceberg orders
            cancel_after: Cancel after n seconds, the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            is_isolated: True - isolated margin; false - cross margin. Default is false
            auto_borrow: When Margin Account has inefficient balance, our system
                autoborrows inefficient assets and opens positions according to the
                lowest market interest rate.
            auto_repay: AutoPay allows the return of borrowed assets when you close a
                position. Our system automatically triggers the repayment and the
                maximum repayment amount equals to the filled-order amount.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "cancel_after": cancel_after,
            "funds": funds,
            "is_isolated": is_isolated,
            "auto_borrow": auto_borrow,
            "auto_repay": auto_repay,
        }
        return cast(
            "AddOrderTestData | None",
            await self.call(
                OPERATIONS["add_order_test"],
                _arguments,
            ),
        )

    async def cancel_order_by_order_id(
        self,
        *,
        symbol: str,
        order_id: str,
    ) -> CancelOrderByOrderIdData | None:
        """Cancel Order By OrderId.

        `DELETE /api/v3/hf/margin/orders/{orderId}`

        This endpoint can be used to cancel a margin order by orderId. This endpoint
        only sends cancellation requests. The results of the requests must be obtained
        by checking the order status or subscribing to Websocket.

        Args:
            symbol: symbol
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "order_id": order_id,
        }
        return cast(
            "CancelOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["cancel_order_by_order_id"],
                _arguments,
            ),
        )

    async def get_order_by_order_id(
        self,
        *,
        symbol: str,
        order_id: str,
    ) -> GetOrderByOrderIdData | None:
        """Get Order By OrderId.

        `GET /api/v3/hf/margin/orders/{orderId}`

        This endpoint can be used to obtain information for a single Margin order using
        the order ID. After the user successfully places an order, the order is in the
        Active state, and the user can use inOrderBook to determine whether the order
        has entered the order. Canceled or fully filled orders are marked as completed
        Done status.

        Args:
            symbol: symbol
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "order_id": order_id,
        }
        return cast(
            "GetOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["get_order_by_order_id"],
                _arguments,
            ),
        )

    async def cancel_order_by_client_oid(
        self,
        *,
        symbol: str,
        client_oid: str,
    ) -> CancelOrderByClientOidData | None:
        """Cancel Order By ClientOid.

        `DELETE /api/v3/hf/margin/orders/client-order/{clientOid}`

        This endpoint can be used to cancel a margin order by clientOid. This endpoint
        only sends cancellation requests. The results of the requests must be obtained
        by checking the order status or subscribing to Websocket.

        Args:
            symbol: symbol
            client_oid: Client Order Id, unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "client_oid": client_oid,
        }
        return cast(
            "CancelOrderByClientOidData | None",
            await self.call(
                OPERATIONS["cancel_order_by_client_oid"],
                _arguments,
            ),
        )

    async def get_order_by_client_oid(
        self,
        *,
        symbol: str,
        client_oid: str,
    ) -> GetOrderByClientOidData | None:
        """Get Order By ClientOid.

        `GET /api/v3/hf/margin/orders/client-order/{clientOid}`

        This endpoint can be used to obtain information for a single Margin order using
        the client order ID. After the user successfully places an order, the order is
        in the Active state, and the user can use inOrderBook to determine whether the
        order has entered the order. Canceled or fully filled orders are marked as
        completed Done status.

        Args:
            symbol: symbol
            client_oid: Client Order Id, unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "client_oid": client_oid,
        }
        return cast(
            "GetOrderByClientOidData | None",
            await self.call(
                OPERATIONS["get_order_by_client_oid"],
                _arguments,
            ),
        )

    async def cancel_all_orders_by_symbol(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> str | None:
        """Cancel All Orders By Symbol.

        `DELETE /api/v3/hf/margin/orders`

        This interface can cancel all open Margin orders by symbol. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to Websocket.

        Args:
            symbol: symbol
            trade_type: Transaction type: MARGIN_TRADE - cross margin trade,
                MARGIN_ISOLATED_TRADE - isolated margin trade
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["cancel_all_orders_by_symbol"],
                _arguments,
            ),
        )

    async def get_symbols_with_open_order(
        self,
        *,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> GetSymbolsWithOpenOrderData | None:
        """Get Symbols With Open Order.

        `GET /api/v3/hf/margin/order/active/symbols`

        This interface can query all Margin symbols that have active orders.

        Args:
            trade_type: Cross Margin: MARGIN_TRADE, Isolated Margin:
                MARGIN_ISOLATED_TRADE
        """
        _arguments: dict[str, Any] = {
            "trade_type": trade_type,
        }
        return cast(
            "GetSymbolsWithOpenOrderData | None",
            await self.call(
                OPERATIONS["get_symbols_with_open_order"],
                _arguments,
            ),
        )

    async def get_open_orders(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
    ) -> list[GetOpenOrdersData] | None:
        """Get Open Orders.

        `GET /api/v3/hf/margin/orders/active`

        This interface is to obtain all Margin active order lists, and the return value
        of the active order interface is the paged data of all uncompleted order lists.
        The returned data is sorted in descending order according to the latest update
        time of the order. After the user successfully places an order, the order is in
        the Active state, and the user can use inOrderBook to determine whether the
        order has entered the order. Canceled or fully filled orders are marked as
        completed Done status.

        Args:
            symbol: symbol
            trade_type: Order type: MARGIN_TRADE - cross margin trading order,
                MARGIN_ISOLATED_TRADE - isolated margin trading order
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
        }
        return cast(
            "list[GetOpenOrdersData] | None",
            await self.call(
                OPERATIONS["get_open_orders"],
                _arguments,
            ),
        )

    async def get_closed_orders(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
        side: Side | SideLiteral | None = None,
        type: Type | TypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetClosedOrdersData | None:
        """Get Closed Orders.

        `GET /api/v3/hf/margin/orders/done`

        This interface is to obtain all Margin closed order lists, and the return value
        of the active order interface is the paged data of all uncompleted order lists.
        The returned data is sorted in descending order according to the latest update
        time of the order. After the user successfully places an order, the order is in
        the Active state, and the user can use inOrderBook to determine whether the
        order has entered the order. Canceled or fully filled orders are marked as
        completed Done status.

        `iter_get_closed_orders()` walks every page of this list.

        Args:
            symbol: symbol
            trade_type: Transaction type: MARGIN_TRADE - cross margin trade,
                MARGIN_ISOLATED_TRADE - isolated margin trade
            side: Specify if the order is to 'buy' or 'sell'.
            type: Specify if the order is a 'limit' order or 'market' order.
            last_id: The ID of the last set of data from the previous data batch. By
                default, the latest information is given. lastId is used to filter data
                and paginate. If lastId is not entered, the default is a maximum of 100
                returned data items. The return results include lastId, which can be
                used as a query parameter to look up new data from the next page.
            limit: Default20, Max100
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
            "side": side,
            "type": type,
            "last_id": last_id,
            "limit": limit,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "GetClosedOrdersData | None",
            await self.call(
                OPERATIONS["get_closed_orders"],
                _arguments,
            ),
        )

    def iter_get_closed_orders(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
        side: Side | SideLiteral | None = None,
        type: Type | TypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> AsyncIterator[GetClosedOrdersDataItem]:
        """Every item of `get_closed_orders`, page after page: each page asks for the next
        by `last_id`, taken from its `last_id`; the walk starts at the `last_id` given
        (the first page by default) and ends at an empty page, one shorter than `limit`,
        or one without a next cursor; a cursor the API sends again ends it with a
        RuntimeWarning.
        """

        async def _page(_at: Any) -> GetClosedOrdersData | None:
            return await self.get_closed_orders(
                symbol=symbol,
                trade_type=trade_type,
                side=side,
                type=type,
                last_id=_at,
                limit=limit,
                start_at=start_at,
                end_at=end_at,
            )

        return async_walk_pages(
            _page,
            Cursor(items="items", next_in_data="last_id", page_size=limit),
            last_id,
            "margin.order.get_closed_orders",
        )

    async def get_trade_history(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: Type | TypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetTradeHistoryData | None:
        """Get Trade History.

        `GET /api/v3/hf/margin/fills`

        This endpoint can be used to obtain a list of the latest Margin transaction
        details. The returned data is sorted in descending order according to the latest
        update time of the order.

        `iter_get_trade_history()` walks every page of this list.

        Args:
            symbol: symbol
            trade_type: Trade type: MARGIN_TRADE - cross margin trade,
                MARGIN_ISOLATED_TRADE - isolated margin trade
            order_id: The unique order id generated by the trading system (If orderId is
                specified, please ignore the other query parameters)
            side: Specify if the order is to 'buy' or 'sell'.
            type: Specify if the order is a 'limit' order or 'market' order.
            last_id: The ID of the last set of data from the previous data batch. By
                default, the latest information is given. lastId is used to filter data
                and paginate. If lastId is not entered, the default is a maximum of 100
                returned data items. The return results include lastId, which can be
                used as a query parameter to look up new data from the next page.
            limit: Default20, Max100
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
            "order_id": order_id,
            "side": side,
            "type": type,
            "last_id": last_id,
            "limit": limit,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "GetTradeHistoryData | None",
            await self.call(
                OPERATIONS["get_trade_history"],
                _arguments,
            ),
        )

    def iter_get_trade_history(
        self,
        *,
        symbol: str,
        trade_type: TradeType | TradeTypeLiteral,
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: Type | TypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> AsyncIterator[GetTradeHistoryDataItem]:
        """Every item of `get_trade_history`, page after page: each page asks for the next
        by `last_id`, taken from its `last_id`; the walk starts at the `last_id` given
        (the first page by default) and ends at an empty page, one shorter than `limit`,
        or one without a next cursor; a cursor the API sends again ends it with a
        RuntimeWarning.
        """

        async def _page(_at: Any) -> GetTradeHistoryData | None:
            return await self.get_trade_history(
                symbol=symbol,
                trade_type=trade_type,
                order_id=order_id,
                side=side,
                type=type,
                last_id=_at,
                limit=limit,
                start_at=start_at,
                end_at=end_at,
            )

        return async_walk_pages(
            _page,
            Cursor(items="items", next_in_data="last_id", page_size=limit),
            last_id,
            "margin.order.get_trade_history",
        )

    async def add_order_v1(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: Type | TypeLiteral | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
        margin_model: MarginModel | MarginModelLiteral | None = None,
    ) -> AddOrderV1Data | None:
        """Add Order - V1.

        `POST /api/v1/margin/order`

        Place order in the Cross-margin or Isolated-margin trading system. You can place
        two major types of order: Limit and market. Orders can only be placed if your
        account has sufficient funds. Once an order is placed, your funds will be put on
        hold for the duration of the order. The amount of funds on hold depends on the
        order type and parameters specified.

        The API also has a newer operation for this, `add_order`; prefer it in new code.

        Args:
            client_oid: Client Order ID: The ClientOid field is a unique ID created by
                the user (we recommend using a UUID), and can only contain numbers,
                letters, underscores (_), and hyphens (-). This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: Specify if the order is to 'buy' or 'sell'.
            symbol: symbol
            type: Specify if the order is a 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price; you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order.

        When **type** is limited, size refers to the amount of trading targets (the
        asset name written in front) for the trading pair. The Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/doc-338146)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: Hidden or not (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in iceberg
                orders
            visible_size: Maximum visible quantity in iceberg orders
            cancel_after: Cancel after n seconds, the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            auto_borrow: When Margin Account has inefficient balance, our system
                autoborrows inefficient assets and opens positions according to the
                lowest market interest rate.
            auto_repay: AutoPay allows the return of borrowed assets when you close a
                position. Our system automatically triggers the repayment and the
                maximum repayment amount equals to the filled-order amount.
            margin_model: The type of trading, including cross (cross mode) and isolated
                (isolated mode). It is set at cross by default.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "cancel_after": cancel_after,
            "funds": funds,
            "auto_borrow": auto_borrow,
            "auto_repay": auto_repay,
            "margin_model": margin_model,
        }
        return cast(
            "AddOrderV1Data | None",
            await self.call(
                OPERATIONS["add_order_v1"],
                _arguments,
            ),
        )

    async def add_order_test_v1(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: Type | TypeLiteral | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
        margin_model: MarginModel | MarginModelLiteral | None = None,
    ) -> AddOrderTestV1Data | None:
        """Add Order Test - V1.

        `POST /api/v1/margin/order/test`

        Order test endpoint: This endpoint’s request and return parameters are identical
        to the order endpoint, and can be used to verify whether the signature is
        correct, among other operations. After placing an order, the order will not
        enter the matching system, and the order cannot be queried.

        The API also has a newer operation for this, `add_order_test`; prefer it in new
        code.

        Args:
            client_oid: Client Order ID: The ClientOid field is a unique ID created by
                the user (we recommend using a UUID), and can only contain numbers,
                letters, underscores (_), and hyphens (-). This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: Specify if the order is to 'buy' or 'sell'.
            symbol: symbol
            type: Specify if the order is a 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price; you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/api-5176570) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order.

        When **type** is limited, size refers to the amount of trading targets (the
        asset name written in front) for the trading pair. The Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/api-5176570)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: Hidden or not (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in iceberg
                orders
            visible_size: Maximum visible quantity in iceberg orders
            cancel_after: Cancel after n seconds, the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            auto_borrow: When Margin Account has inefficient balance, our system
                autoborrows inefficient assets and opens positions according to the
                lowest market interest rate.
            auto_repay: AutoPay allows the return of borrowed assets when you close a
                position. Our system automatically triggers the repayment and the
                maximum repayment amount equals to the filled-order amount.
            margin_model: The type of trading, including cross (cross mode) and isolated
                (isolated mode). It is set at cross by default.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "cancel_after": cancel_after,
            "funds": funds,
            "auto_borrow": auto_borrow,
            "auto_repay": auto_repay,
            "margin_model": margin_model,
        }
        return cast(
            "AddOrderTestV1Data | None",
            await self.call(
                OPERATIONS["add_order_test_v1"],
                _arguments,
            ),
        )


class AsyncMarginOrderServiceWithRawResponse:
    """The operations of a AsyncMarginOrderService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncMarginOrderService) -> None:
        self.add_order = async_raw_response_wrapper(client.add_order)
        self.add_order_test = async_raw_response_wrapper(client.add_order_test)
        self.cancel_order_by_order_id = async_raw_response_wrapper(client.cancel_order_by_order_id)
        self.get_order_by_order_id = async_raw_response_wrapper(client.get_order_by_order_id)
        self.cancel_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_order_by_client_oid
        )
        self.get_order_by_client_oid = async_raw_response_wrapper(client.get_order_by_client_oid)
        self.cancel_all_orders_by_symbol = async_raw_response_wrapper(
            client.cancel_all_orders_by_symbol
        )
        self.get_symbols_with_open_order = async_raw_response_wrapper(
            client.get_symbols_with_open_order
        )
        self.get_open_orders = async_raw_response_wrapper(client.get_open_orders)
        self.get_closed_orders = async_raw_response_wrapper(client.get_closed_orders)
        self.get_trade_history = async_raw_response_wrapper(client.get_trade_history)
        self.add_order_v1 = async_raw_response_wrapper(client.add_order_v1)
        self.add_order_test_v1 = async_raw_response_wrapper(client.add_order_test_v1)
