"""Asynchronous service for the spot order endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import Cursor, PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.spot.order.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.spot.order.enums import (
        AddOcoOrderTradeType,
        AddOcoOrderTradeTypeLiteral,
        AddOrderOldTradeType,
        AddOrderOldTradeTypeLiteral,
        AddOrderType,
        AddOrderTypeLiteral,
        BatchCancelOrderOldTradeType,
        BatchCancelOrderOldTradeTypeLiteral,
        GetOrdersListOldStatus,
        GetOrdersListOldStatusLiteral,
        GetOrdersListOldType,
        GetOrdersListOldTypeLiteral,
        GetTradeHistoryOldType,
        GetTradeHistoryOldTypeLiteral,
        Side,
        SideLiteral,
        Stp,
        StpLiteral,
        TimeInForce,
        TimeInForceLiteral,
    )
    from kucoin_sdk.spot.order.models import (
        AddOcoOrderData,
        AddOrderData,
        AddOrderOldData,
        AddOrderSyncData,
        AddOrderTestData,
        AddOrderTestOldData,
        AddStopOrderData,
        BatchAddOrdersData,
        BatchAddOrdersOldData,
        BatchAddOrdersOldOrder,
        BatchAddOrdersOrder,
        BatchAddOrdersSyncData,
        BatchAddOrdersSyncOrder,
        BatchCancelOcoOrderData,
        BatchCancelOrderOldData,
        BatchCancelStopOrdersData,
        CancelAllOrdersData,
        CancelOcoOrderByClientOidData,
        CancelOcoOrderByOrderIdData,
        CancelOrderByClientOidData,
        CancelOrderByClientOidOldData,
        CancelOrderByClientOidSyncData,
        CancelOrderByOrderIdData,
        CancelOrderByOrderIdOldData,
        CancelOrderByOrderIdSyncData,
        CancelPartialOrderData,
        CancelStopOrderByClientOidData,
        CancelStopOrderByOrderIdData,
        GetClosedOrdersData,
        GetClosedOrdersDataItem,
        GetDcpData,
        GetOcoOrderByClientOidData,
        GetOcoOrderByOrderIdData,
        GetOcoOrderDetailByOrderIdData,
        GetOcoOrderListData,
        GetOcoOrderListDataItem,
        GetOpenOrdersByPageData,
        GetOpenOrdersByPageDataItem,
        GetOpenOrdersData,
        GetOrderByClientOidData,
        GetOrderByClientOidOldData,
        GetOrderByOrderIdData,
        GetOrderByOrderIdOldData,
        GetOrdersListOldData,
        GetOrdersListOldDataItem,
        GetRecentOrdersListOldData,
        GetRecentTradeHistoryOldData,
        GetStopOrderByClientOidData,
        GetStopOrderByOrderIdData,
        GetStopOrdersListData,
        GetStopOrdersListDataItem,
        GetSymbolsWithOpenOrderData,
        GetTradeHistoryData,
        GetTradeHistoryDataItem,
        GetTradeHistoryOldData,
        GetTradeHistoryOldDataItem,
        ModifyOrderData,
        SetDcpData,
    )


class AsyncSpotOrderService(AsyncService):
    """The spot order endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncSpotOrderServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncSpotOrderServiceWithRawResponse(self)

    async def add_order(
        self,
        *,
        client_oid: str | None = None,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        tags: str | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        allow_max_time_window: int | None = None,
        client_timestamp: int | None = None,
    ) -> AddOrderData | None:
        """Add Order.

        `POST /api/v1/hf/orders`

        Place order to the Spot trading system, you can place two major types of orders:
        limit and market. Orders can only be placed if your account has sufficient
        funds. Once an order is placed, your funds will be put on hold for the duration
        of the order. The amount of funds on hold depends on the order type and
        parameters specified.

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            type: specify if the order is an 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price, you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order

        When **type** is limit, size refers to the amount of trading targets (the asset
        name written in front) for the trading pair. Teh Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/doc-338146)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: Maximum visible quantity in iceberg orders
            tags: Order tag, length cannot exceed 20 characters (ASCII)
            cancel_after: Cancel after n seconds, the order timing strategy is GTT, -1
                means it will not be cancelled automatically, the default value is -1

            funds: When **type** is market, select one out of two: size or funds

        When placing a market order, the funds field refers to the funds for the priced
        asset (the asset name written latter) of the trading pair. The funds must be
        based on the quoteIncrement of the trading pair. The quoteIncrement represents
        the precision of the trading pair. The funds value for an order must be a
        multiple of quoteIncrement and must be between quoteMinSize and quoteMaxSize.
            allow_max_time_window: Order failed after timeout of specified milliseconds,
                If clientTimestamp + allowMaxTimeWindow < Gateway received the message
                time, this order will fail.
            client_timestamp: Equal to KC-API-TIMESTAMP, Need to be defined if
                allowMaxTimeWindow is specified.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "tags": tags,
            "cancel_after": cancel_after,
            "funds": funds,
            "allow_max_time_window": allow_max_time_window,
            "client_timestamp": client_timestamp,
        }
        return cast(
            "AddOrderData | None",
            await self.call(
                OPERATIONS["add_order"],
                _arguments,
            ),
        )

    async def cancel_all_orders_by_symbol(
        self,
        *,
        symbol: str,
    ) -> str | None:
        """Cancel All Orders By Symbol.

        `DELETE /api/v1/hf/orders`

        This endpoint can cancel all spot orders for specific symbol. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to websocket.

        Args:
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["cancel_all_orders_by_symbol"],
                _arguments,
            ),
        )

    async def add_order_sync(
        self,
        *,
        client_oid: str | None = None,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        tags: str | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        allow_max_time_window: int | None = None,
        client_timestamp: int | None = None,
    ) -> AddOrderSyncData | None:
        """Add Order Sync.

        `POST /api/v1/hf/orders/sync`

        Place order in the spot trading system. The difference between this interface
        and \"Add order\" is that this interface will synchronously return the order
        information after the order matching is completed. For higher latency
        requirements, please select the \"Add order\" interface. If there is a requirement
        for returning data integrity, please select this interface.

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
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
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
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: Maximum visible quantity in iceberg orders
            tags: Order tag, length cannot exceed 20 characters (ASCII)
            cancel_after: Cancel after n seconds, the order timing strategy is GTT, -1
                means it will not be cancelled automatically, the default value is -1

            funds: When **type** is market, select one out of two: size or funds
            allow_max_time_window: Order failed after timeout of specified milliseconds,
                If clientTimestamp + allowMaxTimeWindow < Gateway received the message
                time, this order will fail.
            client_timestamp: Equal to KC-API-TIMESTAMP. Needs to be defined if
                allowMaxTimeWindow is specified.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "tags": tags,
            "cancel_after": cancel_after,
            "funds": funds,
            "allow_max_time_window": allow_max_time_window,
            "client_timestamp": client_timestamp,
        }
        return cast(
            "AddOrderSyncData | None",
            await self.call(
                OPERATIONS["add_order_sync"],
                _arguments,
            ),
        )

    async def add_order_test(
        self,
        *,
        client_oid: str | None = None,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
        stp: Stp | StpLiteral | None = None,
        price: DecimalString | None = None,
        size: DecimalString | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        tags: str | None = None,
        cancel_after: int | None = None,
        funds: DecimalString | None = None,
        allow_max_time_window: int | None = None,
        client_timestamp: int | None = None,
    ) -> AddOrderTestData | None:
        """Add Order Test.

        `POST /api/v1/hf/orders/test`

        Order test endpoint, the request parameters and return parameters of this
        endpoint are exactly the same as the order endpoint, and can be used to verify
        whether the signature is correct and other operations. After placing an order,
        the order will not enter the matching system, and the order cannot be queried.

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            type: specify if the order is an 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price, you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order

        When **type** is limit, size refers to the amount of trading targets (the asset
        name written in front) for the trading pair. Teh Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/doc-338146)
                is a special strategy used during trading
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: Maximum visible quantity in iceberg orders
            tags: Order tag, length cannot exceed 20 characters (ASCII)
            cancel_after: Cancel after n seconds, the order timing strategy is GTT, -1
                means it will not be cancelled automatically, the default value is -1

            funds: When **type** is market, select one out of two: size or funds
            allow_max_time_window: Order failed after timeout of specified milliseconds,
                If clientTimestamp + allowMaxTimeWindow < Gateway received the message
                time, this order will fail.
            client_timestamp: Equal to KC-API-TIMESTAMP, Need to be defined if
                allowMaxTimeWindow is specified.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
            "stp": stp,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "tags": tags,
            "cancel_after": cancel_after,
            "funds": funds,
            "allow_max_time_window": allow_max_time_window,
            "client_timestamp": client_timestamp,
        }
        return cast(
            "AddOrderTestData | None",
            await self.call(
                OPERATIONS["add_order_test"],
                _arguments,
            ),
        )

    async def batch_add_orders(
        self,
        *,
        order_list: list[BatchAddOrdersOrder],
    ) -> list[BatchAddOrdersData] | None:
        """Batch Add Orders.

        `POST /api/v1/hf/orders/multi`

        This endpoint supports sequential batch order placement from a single endpoint.
        A maximum of 5 orders can be placed simultaneously. The order types must be
        limit orders of the same trading pair

        Args:
            order_list: Order List
        """
        _arguments: dict[str, Any] = {
            "order_list": order_list,
        }
        return cast(
            "list[BatchAddOrdersData] | None",
            await self.call(
                OPERATIONS["batch_add_orders"],
                _arguments,
            ),
        )

    async def batch_add_orders_sync(
        self,
        *,
        order_list: list[BatchAddOrdersSyncOrder],
    ) -> list[BatchAddOrdersSyncData] | None:
        """Batch Add Orders Sync.

        `POST /api/v1/hf/orders/multi/sync`

        This endpoint supports sequential batch order placement from a single endpoint.
        A maximum of 5 orders can be placed simultaneously. The order types must be
        limit orders of the same trading pair

        Args:
            order_list: Order List
        """
        _arguments: dict[str, Any] = {
            "order_list": order_list,
        }
        return cast(
            "list[BatchAddOrdersSyncData] | None",
            await self.call(
                OPERATIONS["batch_add_orders_sync"],
                _arguments,
            ),
        )

    async def cancel_order_by_order_id(
        self,
        *,
        order_id: str,
        symbol: str,
    ) -> CancelOrderByOrderIdData | None:
        """Cancel Order By OrderId.

        `DELETE /api/v1/hf/orders/{orderId}`

        This endpoint can be used to cancel a spot order by orderId. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to Websocket.

        Args:
            order_id: The unique order id generated by the trading system
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
            "symbol": symbol,
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

        `GET /api/v1/hf/orders/{orderId}`

        This endpoint can be used to obtain information for a single Spot order using
        the order id. After the user successfully places an order, the order is in
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

    async def cancel_order_by_order_id_sync(
        self,
        *,
        symbol: str,
        order_id: str,
    ) -> CancelOrderByOrderIdSyncData | None:
        """Cancel Order By OrderId Sync.

        `DELETE /api/v1/hf/orders/sync/{orderId}`

        This endpoint can be used to cancel a spot order by orderId.

        Args:
            symbol: symbol
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "order_id": order_id,
        }
        return cast(
            "CancelOrderByOrderIdSyncData | None",
            await self.call(
                OPERATIONS["cancel_order_by_order_id_sync"],
                _arguments,
            ),
        )

    async def cancel_order_by_client_oid(
        self,
        *,
        client_oid: str,
        symbol: str,
    ) -> CancelOrderByClientOidData | None:
        """Cancel Order By ClientOid.

        `DELETE /api/v1/hf/orders/client-order/{clientOid}`

        This endpoint can be used to cancel a spot order by clientOid. This endpoint
        only sends cancellation requests. The results of the requests must be obtained
        by checking the order status or subscribing to websocket.

        Args:
            client_oid: Client Order Id，unique identifier created by the user
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "symbol": symbol,
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

        `GET /api/v1/hf/orders/client-order/{clientOid}`

        This endpoint can be used to obtain information for a single Spot order using
        the client order id. After the user successfully places an order, the order is
        in Active state, and the user can use inOrderBook to determine whether the order
        has entered the order. Canceled or fully filled orders are marked as completed
        Done status.

        Args:
            symbol: symbol
            client_oid: Client Order Id，unique identifier created by the user
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

    async def cancel_order_by_client_oid_sync(
        self,
        *,
        symbol: str,
        client_oid: str,
    ) -> CancelOrderByClientOidSyncData | None:
        """Cancel Order By ClientOid Sync.

        `DELETE /api/v1/hf/orders/sync/client-order/{clientOid}`

        This endpoint can be used to cancel a spot order by orderId.

        Args:
            symbol: symbol
            client_oid: Client Order Id，unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "client_oid": client_oid,
        }
        return cast(
            "CancelOrderByClientOidSyncData | None",
            await self.call(
                OPERATIONS["cancel_order_by_client_oid_sync"],
                _arguments,
            ),
        )

    async def cancel_partial_order(
        self,
        *,
        order_id: str,
        symbol: str,
        cancel_size: str,
    ) -> CancelPartialOrderData | None:
        """Cancel Partial Order.

        `DELETE /api/v1/hf/orders/cancel/{orderId}`

        This interface can cancel the specified quantity of the order according to the
        orderId. The order execution order is: price first, time first, this interface
        will not change the queue order

        Args:
            order_id: The unique order id generated by the trading system
            symbol: symbol
            cancel_size: The size you want cancel
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
            "symbol": symbol,
            "cancel_size": cancel_size,
        }
        return cast(
            "CancelPartialOrderData | None",
            await self.call(
                OPERATIONS["cancel_partial_order"],
                _arguments,
            ),
        )

    async def cancel_all_orders(
        self,
    ) -> CancelAllOrdersData | None:
        """Cancel All Orders.

        `DELETE /api/v1/hf/orders/cancelAll`

        This endpoint can cancel all spot orders for all symbol. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to websocket.
        """
        return cast(
            "CancelAllOrdersData | None",
            await self.call(
                OPERATIONS["cancel_all_orders"],
            ),
        )

    async def modify_order(
        self,
        *,
        client_oid: str | None = None,
        symbol: str,
        order_id: str | None = None,
        new_price: DecimalString | None = None,
        new_size: DecimalString | None = None,
    ) -> ModifyOrderData | None:
        """Modify Order.

        `POST /api/v1/hf/orders/alter`

        This interface can modify the price and quantity of the order according to
        orderId or clientOid. The implementation of this interface is: Cancel the order
        and place a new order on the same trading pair, and return the modification
        result to the client synchronously. When the quantity of the new order updated
        by the user is less than the filled quantity of this order, the order will be
        considered as completed, and the order will be canceled, and no new order will
        be placed.

        Args:
            client_oid: One must be chose out of the old client order ID, orderId and
                clientOid
            symbol: symbol
            order_id: One must be chosen out of the old order id, orderId and clientOid
            new_price: One must be chosen out of the modified price of the new order,
                newPrice and newSize
            new_size: One must be chosen out of the modified size of the new order,
                newPrice and newSize
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "symbol": symbol,
            "order_id": order_id,
            "new_price": new_price,
            "new_size": new_size,
        }
        return cast(
            "ModifyOrderData | None",
            await self.call(
                OPERATIONS["modify_order"],
                _arguments,
            ),
        )

    async def get_symbols_with_open_order(
        self,
    ) -> GetSymbolsWithOpenOrderData | None:
        """Get Symbols With Open Order.

        `GET /api/v1/hf/orders/active/symbols`

        This interface can query all spot symbol that has active orders
        """
        return cast(
            "GetSymbolsWithOpenOrderData | None",
            await self.call(
                OPERATIONS["get_symbols_with_open_order"],
            ),
        )

    async def get_open_orders(
        self,
        *,
        symbol: str,
    ) -> list[GetOpenOrdersData] | None:
        """Get Open Orders.

        `GET /api/v1/hf/orders/active`

        This interface is to obtain all Spot active order lists, and the return value of
        the active order interface is the paged data of all uncompleted order lists. The
        returned data is sorted in descending order according to the latest update time
        of the order. After the user successfully places an order, the order is in
        Active state, and the user can use inOrderBook to determine whether the order
        has entered the order. Canceled or fully filled orders are marked as completed
        Done status.

        Args:
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "list[GetOpenOrdersData] | None",
            await self.call(
                OPERATIONS["get_open_orders"],
                _arguments,
            ),
        )

    async def get_open_orders_by_page(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> GetOpenOrdersByPageData | None:
        """Get Open Orders By Page.

        `GET /api/v1/hf/orders/active/page`

        This interface is to obtain Spot active order (uncompleted order) lists by page.
        The returned data is sorted in descending order according to the create time of
        the order. After the user successfully places an order, the order is in Active
        state, and the user can use inOrderBook to determine whether the order has
        entered the order. Canceled or fully filled orders are marked as completed Done
        status.

        `iter_get_open_orders_by_page()` walks every page of this list.

        Args:
            symbol: Symbol
            page_num: Current page
            page_size: Size per page
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "page_num": page_num,
            "page_size": page_size,
        }
        return cast(
            "GetOpenOrdersByPageData | None",
            await self.call(
                OPERATIONS["get_open_orders_by_page"],
                _arguments,
            ),
        )

    def iter_get_open_orders_by_page(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetOpenOrdersByPageDataItem]:
        """Every item of `get_open_orders_by_page`, page after page, from `page_num`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetOpenOrdersByPageData | None:
            return await self.get_open_orders_by_page(
                symbol=symbol,
                page_num=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            page_num,
            "spot.order.get_open_orders_by_page",
        )

    async def get_closed_orders(
        self,
        *,
        symbol: str,
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetClosedOrdersData | None:
        """Get Closed Orders.

        `GET /api/v1/hf/orders/done`

        This interface is to obtain all Spot closed order lists, and the return value of
        the active order interface is the paged data of all uncompleted order lists. The
        returned data is sorted in descending order according to the latest update time
        of the order. After the user successfully places an order, the order is in
        Active state, and the user can use inOrderBook to determine whether the order
        has entered the order. Canceled or fully filled orders are marked as completed
        Done status.

        `iter_get_closed_orders()` walks every page of this list.

        Args:
            symbol: symbol
            side: specify if the order is to 'buy' or 'sell'
            type: specify if the order is an 'limit' order or 'market' order.
            last_id: The id of the last set of data from the previous batch of data. By
                default, the latest information is given. lastId is used to filter data
                and paginate. If lastId is not entered, the default is a maximum of 100
                returned data items. The return results include lastId，which can be used
                as a query parameter to look up new data from the next page.
            limit: Default20，Max100
            start_at: Start time (milisecond)
            end_at: End time (milisecond)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
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
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
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
            "spot.order.get_closed_orders",
        )

    async def get_trade_history(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        last_id: int | None = None,
        limit: int | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> GetTradeHistoryData | None:
        """Get Trade History.

        `GET /api/v1/hf/fills`

        This endpoint can be used to obtain a list of the latest Spot transaction
        details. The returned data is sorted in descending order according to the latest
        update time of the order.

        `iter_get_trade_history()` walks every page of this list.

        Args:
            symbol: symbol
            order_id: The unique order id generated by the trading system (If orderId is
                specified，please ignore the other query parameters)
            side: specify if the order is to 'buy' or 'sell'
            type: specify if the order is an 'limit' order or 'market' order.
            last_id: The id of the last set of data from the previous batch of data. By
                default, the latest information is given. lastId is used to filter data
                and paginate. If lastId is not entered, the default is a maximum of 100
                returned data items. The return results include lastId，which can be used
                as a query parameter to look up new data from the next page.
            limit: Default20，Max100
            start_at: Start time (milisecond)
            end_at: End time (milisecond)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
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
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
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
            "spot.order.get_trade_history",
        )

    async def get_dcp(
        self,
    ) -> GetDcpData | None:
        """Get DCP.

        `GET /api/v1/hf/orders/dead-cancel-all/query`

        Get Disconnection Protect (Deadman Switch). Through this interface, you can
        query the settings of automatic order cancellation.
        """
        return cast(
            "GetDcpData | None",
            await self.call(
                OPERATIONS["get_dcp"],
            ),
        )

    async def set_dcp(
        self,
        *,
        timeout: int,
        symbols: str | None = None,
    ) -> SetDcpData | None:
        """Set DCP.

        `POST /api/v1/hf/orders/dead-cancel-all`

        Set Disconnection Protect (Deadman Switch). Through this interface, call this
        interface to automatically cancel all orders of the set trading pair after the
        specified time. If this interface is not called again for renewal or
        cancellation before the set time, the system will help the user to cancel the
        order of the corresponding trading pair. Otherwise it will not.

        Args:
            timeout: Auto cancel order trigger setting time, the unit is second. Range:
                timeout=-1 (meaning unset) or 5 <= timeout <= 86400. For example,
                timeout=5 means that the order will be automatically canceled if no user
                request is received for more than 5 seconds. When this parameter is
                changed, the previous setting will be overwritten.
            symbols: List of trading pairs. When this parameter is not empty, separate
                it with commas and support up to 50 trading pairs. Empty means all
                trading pairs. When this parameter is changed, the previous setting will
                be overwritten.
        """
        _arguments: dict[str, Any] = {
            "timeout": timeout,
            "symbols": symbols,
        }
        return cast(
            "SetDcpData | None",
            await self.call(
                OPERATIONS["set_dcp"],
                _arguments,
            ),
        )

    async def add_stop_order(
        self,
        *,
        client_oid: str | None = None,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
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
        stop_price: DecimalString,
        trade_type: str | None = None,
    ) -> AddStopOrderData | None:
        """Add Stop Order.

        `POST /api/v1/stop-order`

        Place stop order to the Spot trading system, you can place two major types of
        orders: limit and market. Orders can only be placed if your account has
        sufficient funds. Once an order is placed, your funds will be put on hold for
        the duration of the order. The amount of funds on hold depends on the order type
        and parameters specified.

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            type: specify if the order is an 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price, you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order, not need for market order.

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order

        When **type** is limit, size refers to the amount of trading targets (the asset
        name written in front) for the trading pair. Teh Size must be based on the
        baseIncrement of the trading pair. The baseIncrement represents the precision
        for the trading pair. The size of an order must be a positive-integer multiple
        of baseIncrement and must be between baseMinSize and baseMaxSize.

        When **type** is market, select one out of two: size or funds
            time_in_force: [Time in force](https://www.kucoin.com/docs-new/doc-338146)
                is a special strategy used during trading. Required for limit orders.
            post_only: passive order labels, this is disabled when the order timing
                strategy is IOC or FOK if **type** is limit.
            hidden: [Hidden order](https://www.kucoin.com/docs-new/doc-338146) or not
                (not shown in order book)
            iceberg: Whether or not only visible portions of orders are shown in
                [Iceberg orders](https://www.kucoin.com/docs-new/doc-338146)
            visible_size: When **type** is limit, this is Maximum visible quantity in
                iceberg orders.
            cancel_after: Cancel after n seconds, the order timing strategy is GTT, -1
                means it will not be cancelled automatically, the default value is -1

            funds: When **type** is market, select one out of two: size or funds
            stop_price: The trigger price.
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
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
            "stop_price": stop_price,
            "trade_type": trade_type,
        }
        return cast(
            "AddStopOrderData | None",
            await self.call(
                OPERATIONS["add_stop_order"],
                _arguments,
            ),
        )

    async def get_stop_orders_list(
        self,
        *,
        symbol: str | None = None,
        side: str | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        trade_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        stop: str | None = None,
    ) -> GetStopOrdersListData | None:
        """Get Stop Orders List.

        `GET /api/v1/stop-order`

        This interface is to obtain all Spot active stop order lists

        `iter_get_stop_orders_list()` walks every page of this list.

        Args:
            symbol: Only list orders for a specific symbol
            side: buy or sell
            type: limit, market
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin). Default is TRADE
            start_at: Start time (milisecond)
            end_at: End time (milisecond)
            current_page: Current page
            order_ids: Comma seperated order ID list
            page_size: Page size
            stop: Order type: stop: stop loss order, oco: oco order
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "side": side,
            "type": type,
            "trade_type": trade_type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "order_ids": order_ids,
            "page_size": page_size,
            "stop": stop,
        }
        return cast(
            "GetStopOrdersListData | None",
            await self.call(
                OPERATIONS["get_stop_orders_list"],
                _arguments,
            ),
        )

    def iter_get_stop_orders_list(
        self,
        *,
        symbol: str | None = None,
        side: str | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        trade_type: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        stop: str | None = None,
    ) -> AsyncIterator[GetStopOrdersListDataItem]:
        """Every item of `get_stop_orders_list`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetStopOrdersListData | None:
            return await self.get_stop_orders_list(
                symbol=symbol,
                side=side,
                type=type,
                trade_type=trade_type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                order_ids=order_ids,
                page_size=page_size,
                stop=stop,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "spot.order.get_stop_orders_list",
        )

    async def cancel_stop_order_by_client_oid(
        self,
        *,
        symbol: str | None = None,
        client_oid: str,
    ) -> CancelStopOrderByClientOidData | None:
        """Cancel Stop Order By ClientOid.

        `DELETE /api/v1/stop-order/cancelOrderByClientOid`

        This endpoint can be used to cancel a spot stop order by clientOid.

        Args:
            symbol: symbol
            client_oid: Unique order id created by users to identify their orders
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "client_oid": client_oid,
        }
        return cast(
            "CancelStopOrderByClientOidData | None",
            await self.call(
                OPERATIONS["cancel_stop_order_by_client_oid"],
                _arguments,
            ),
        )

    async def cancel_stop_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> CancelStopOrderByOrderIdData | None:
        """Cancel Stop Order By OrderId.

        `DELETE /api/v1/stop-order/{orderId}`

        This endpoint can be used to cancel a spot stop order by orderId.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "CancelStopOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["cancel_stop_order_by_order_id"],
                _arguments,
            ),
        )

    async def get_stop_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> GetStopOrderByOrderIdData | None:
        """Get Stop Order By OrderId.

        `GET /api/v1/stop-order/{orderId}`

        This interface is to obtain Spot stop order details by orderId

        Args:
            order_id: The order id
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetStopOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["get_stop_order_by_order_id"],
                _arguments,
            ),
        )

    async def batch_cancel_stop_orders(
        self,
        *,
        symbol: str | None = None,
        trade_type: str | None = None,
        order_ids: str | None = None,
    ) -> BatchCancelStopOrdersData | None:
        """Batch Cancel Stop Orders.

        `DELETE /api/v1/stop-order/cancel`

        This endpoint can be used to cancel a spot stop orders by batch.

        Args:
            symbol: Cancel the open order for the specified symbol
            trade_type: The type of trading : TRADE（Spot）, MARGIN_TRADE (Cross Margin),
                MARGIN_ISOLATED_TRADE (Isolated Margin).
            order_ids: Comma seperated order IDs.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
            "order_ids": order_ids,
        }
        return cast(
            "BatchCancelStopOrdersData | None",
            await self.call(
                OPERATIONS["batch_cancel_stop_orders"],
                _arguments,
            ),
        )

    async def get_stop_order_by_client_oid(
        self,
        *,
        client_oid: str,
        symbol: str | None = None,
    ) -> list[GetStopOrderByClientOidData] | None:
        """Get Stop Order By ClientOid.

        `GET /api/v1/stop-order/queryOrderByClientOid`

        This interface is to obtain Spot stop order details by orderId

        Args:
            client_oid: The client order id
            symbol: symbol name
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "symbol": symbol,
        }
        return cast(
            "list[GetStopOrderByClientOidData] | None",
            await self.call(
                OPERATIONS["get_stop_order_by_client_oid"],
                _arguments,
            ),
        )

    async def add_oco_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        remark: str | None = None,
        price: DecimalString,
        size: DecimalString,
        stop_price: DecimalString,
        limit_price: DecimalString,
        trade_type: AddOcoOrderTradeType | AddOcoOrderTradeTypeLiteral | None = None,
    ) -> AddOcoOrderData | None:
        """Add OCO Order.

        `POST /api/v3/oco/order`

        Place OCO order to the Spot trading system

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            price: Specify price for order
            size: Specify quantity for order
            stop_price: trigger price.
            limit_price: The limit order price after take-profit and stop-loss are
                triggered.
            trade_type: Transaction Type, currently only supports TRADE (spot
                transactions), the default is TRADE
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "remark": remark,
            "price": price,
            "size": size,
            "stop_price": stop_price,
            "limit_price": limit_price,
            "trade_type": trade_type,
        }
        return cast(
            "AddOcoOrderData | None",
            await self.call(
                OPERATIONS["add_oco_order"],
                _arguments,
            ),
        )

    async def cancel_oco_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> CancelOcoOrderByOrderIdData | None:
        """Cancel OCO Order By OrderId.

        `DELETE /api/v3/oco/order/{orderId}`

        This endpoint can be used to cancel a spot order by orderId. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to Websocket.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "CancelOcoOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["cancel_oco_order_by_order_id"],
                _arguments,
            ),
        )

    async def get_oco_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> GetOcoOrderByOrderIdData | None:
        """Get OCO Order By OrderId.

        `GET /api/v3/oco/order/{orderId}`

        Request via this interface an OCO order information via the order ID.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetOcoOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["get_oco_order_by_order_id"],
                _arguments,
            ),
        )

    async def cancel_oco_order_by_client_oid(
        self,
        *,
        client_oid: str,
    ) -> CancelOcoOrderByClientOidData | None:
        """Cancel OCO Order By ClientOid.

        `DELETE /api/v3/oco/client-order/{clientOid}`

        Request via this interface to cancel a stop order via the clientOid. You will
        receive cancelledOrderIds field once the system has received the cancellation
        request. The cancellation request will be processed by the matching engine in
        sequence. To know if the request is processed (successfully or not), you may
        check the order status or the update message from the pushes.

        Args:
            client_oid: Client Order Id，unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
        }
        return cast(
            "CancelOcoOrderByClientOidData | None",
            await self.call(
                OPERATIONS["cancel_oco_order_by_client_oid"],
                _arguments,
            ),
        )

    async def get_oco_order_by_client_oid(
        self,
        *,
        client_oid: str,
    ) -> GetOcoOrderByClientOidData | None:
        """Get OCO Order By ClientOid.

        `GET /api/v3/oco/client-order/{clientOid}`

        Request via this interface to get a oco order information via the client order
        ID.

        Args:
            client_oid: Client Order Id，unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
        }
        return cast(
            "GetOcoOrderByClientOidData | None",
            await self.call(
                OPERATIONS["get_oco_order_by_client_oid"],
                _arguments,
            ),
        )

    async def batch_cancel_oco_order(
        self,
        *,
        order_ids: str | None = None,
        symbol: str | None = None,
    ) -> BatchCancelOcoOrderData | None:
        """Batch Cancel OCO Order.

        `DELETE /api/v3/oco/orders`

        This interface can batch cancel OCO orders through orderIds. You will receive
        canceledOrderIds field once the system has received the cancellation request.
        The cancellation request will be processed by the matching engine in sequence.
        To know if the request is processed (successfully or not), you may check the
        order status or the update message from the pushes.

        Args:
            order_ids: Specify the order ID; there can be multiple orders, separated by
                commas. If not passed, all OCO orders will be canceled by default.
            symbol: Trading pair. If not passed, the OCO orders of all symbols will be
                canceled by default.
        """
        _arguments: dict[str, Any] = {
            "order_ids": order_ids,
            "symbol": symbol,
        }
        return cast(
            "BatchCancelOcoOrderData | None",
            await self.call(
                OPERATIONS["batch_cancel_oco_order"],
                _arguments,
            ),
        )

    async def get_oco_order_list(
        self,
        *,
        symbol: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        current_page: int | None = None,
    ) -> GetOcoOrderListData | None:
        """Get OCO Order List.

        `GET /api/v3/oco/orders`

        Request your current OCO order list via this endpoint. Items are paginated and
        sorted to show the latest first. See the Pagination section for retrieving
        additional entries after the first page.

        `iter_get_oco_order_list()` walks every page of this list.

        Args:
            symbol: symbol
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            order_ids: Specify orderId collection, up to 500 orders
            page_size: Size per page, minimum value 10, maximum value 500
            current_page: Page number, minimum value 1
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "start_at": start_at,
            "end_at": end_at,
            "order_ids": order_ids,
            "page_size": page_size,
            "current_page": current_page,
        }
        return cast(
            "GetOcoOrderListData | None",
            await self.call(
                OPERATIONS["get_oco_order_list"],
                _arguments,
            ),
        )

    def iter_get_oco_order_list(
        self,
        *,
        symbol: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        order_ids: str | None = None,
        page_size: int | None = None,
        current_page: int | None = None,
    ) -> AsyncIterator[GetOcoOrderListDataItem]:
        """Every item of `get_oco_order_list`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetOcoOrderListData | None:
            return await self.get_oco_order_list(
                symbol=symbol,
                start_at=start_at,
                end_at=end_at,
                order_ids=order_ids,
                page_size=page_size,
                current_page=_at,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "spot.order.get_oco_order_list",
        )

    async def get_oco_order_detail_by_order_id(
        self,
        *,
        order_id: str,
    ) -> GetOcoOrderDetailByOrderIdData | None:
        """Get OCO Order Detail By OrderId.

        `GET /api/v3/oco/order/details/{orderId}`

        Request via this interface to get a oco order detail via the order ID.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetOcoOrderDetailByOrderIdData | None",
            await self.call(
                OPERATIONS["get_oco_order_detail_by_order_id"],
                _arguments,
            ),
        )

    async def add_order_old(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        remark: str | None = None,
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
        trade_type: AddOrderOldTradeType | AddOrderOldTradeTypeLiteral | None = None,
    ) -> AddOrderOldData | None:
        """Add Order - Old.

        `POST /api/v1/orders`

        Place order to the Spot trading system, you can place two major types of orders:
        limit and market. Orders can only be placed if your account has sufficient
        funds. Once an order is placed, your funds will be put on hold for the duration
        of the order. The amount of funds on hold depends on the order type and
        parameters specified.

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            type: specify if the order is an 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price, you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order

        When **type** is limit, size refers to the amount of trading targets (the asset
        name written in front) for the trading pair. Teh Size must be based on the
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
            cancel_after: Cancel after n seconds，the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            trade_type: The type of trading : **TRADE**（Spot Trade）, **MARGIN_TRADE**
                (Margin Trade). Default is **TRADE**. **Note: To improve the system
                performance and to accelerate order placing and processing, KuCoin has
                added a new interface for order placing of margin. For traders still
                using the current interface, please move to the new one as soon as
                possible. The current one will no longer accept margin orders by May
                1st, 2021 (UTC). At the time, KuCoin will notify users via the
                announcement, please pay attention to it.**
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
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
            "trade_type": trade_type,
        }
        return cast(
            "AddOrderOldData | None",
            await self.call(
                OPERATIONS["add_order_old"],
                _arguments,
            ),
        )

    async def batch_cancel_order_old(
        self,
        *,
        symbol: str | None = None,
        trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = None,
    ) -> BatchCancelOrderOldData | None:
        """Batch Cancel Order - Old.

        `DELETE /api/v1/orders`

        Request via this endpoint to cancel all open orders. The response is a list of
        ids of the canceled orders.

        Args:
            symbol: symbol
            trade_type: The type of trading :TRADE(Spot Trading), MARGIN_TRADE(Cross
                Margin Trading), MARGIN_ISOLATED_TRADE(Isolated Margin Trading), and the
                default is TRADE to cancel the spot trading orders.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "trade_type": trade_type,
        }
        return cast(
            "BatchCancelOrderOldData | None",
            await self.call(
                OPERATIONS["batch_cancel_order_old"],
                _arguments,
            ),
        )

    async def get_orders_list_old(
        self,
        *,
        symbol: str | None = None,
        status: GetOrdersListOldStatus | GetOrdersListOldStatusLiteral | None = None,
        side: Side | SideLiteral | None = None,
        type: GetOrdersListOldType | GetOrdersListOldTypeLiteral | None = None,
        trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetOrdersListOldData | None:
        """Get Orders List - Old.

        `GET /api/v1/orders`

        Request your current order list via this endpoint. The return value is the data
        after Pagination, sorted in descending order according to time.

        `iter_get_orders_list_old()` walks every page of this list.

        Args:
            symbol: Symbol
            status: Active or done (done as default); only list orders with a specific
                status.
            side: Buy or Sell
            type: Order type
            trade_type: The type of trading: TRADE - Spot Trading (TRADE as default),
                MARGIN_TRADE - Cross Margin Trading, MARGIN_ISOLATED_TRADE - Isolated
                Margin Trading.
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page.
            page_size: Number of results per request. Minimum is 10, maximum is 500.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "status": status,
            "side": side,
            "type": type,
            "trade_type": trade_type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetOrdersListOldData | None",
            await self.call(
                OPERATIONS["get_orders_list_old"],
                _arguments,
            ),
        )

    def iter_get_orders_list_old(
        self,
        *,
        symbol: str | None = None,
        status: GetOrdersListOldStatus | GetOrdersListOldStatusLiteral | None = None,
        side: Side | SideLiteral | None = None,
        type: GetOrdersListOldType | GetOrdersListOldTypeLiteral | None = None,
        trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetOrdersListOldDataItem]:
        """Every item of `get_orders_list_old`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetOrdersListOldData | None:
            return await self.get_orders_list_old(
                symbol=symbol,
                status=status,
                side=side,
                type=type,
                trade_type=trade_type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "spot.order.get_orders_list_old",
        )

    async def add_order_test_old(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        remark: str | None = None,
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
        trade_type: AddOrderOldTradeType | AddOrderOldTradeTypeLiteral | None = None,
    ) -> AddOrderTestOldData | None:
        """Add Order Test - Old.

        `POST /api/v1/orders/test`

        Order test endpoint, the request parameters and return parameters of this
        endpoint are exactly the same as the order endpoint, and can be used to verify
        whether the signature is correct and other operations. After placing an order,
        the order will not enter the matching system, and the order cannot be queried.

        Args:
            client_oid: Client Order Id，The ClientOid field is a unique ID created by
                the user（we recommend using a UUID）, and can only contain numbers,
                letters, underscores （_）, and hyphens （-）. This field is returned when
                order information is obtained. You can use clientOid to tag your orders.
                ClientOid is different from the order ID created by the service
                provider. Please do not initiate requests using the same clientOid. The
                maximum length for the ClientOid is 40 characters.

        Please remember the orderId created by the service provider, it used to check
        for updates in order status.
            side: specify if the order is to 'buy' or 'sell'
            symbol: symbol
            type: specify if the order is an 'limit' order or 'market' order.

        The type of order you specify when you place your order determines whether or
        not you need to request other parameters and also affects the execution of the
        matching engine.

        When placing a limit order, you must specify a price and size. The system will
        try to match the order according to market price or a price better than market
        price. If the order cannot be immediately matched, it will stay in the order
        book until it is matched or the user cancels.

        Unlike limit orders, the price for market orders fluctuates with market prices.
        When placing a market order, you do not need to specify a price, you only need
        to specify a quantity. Market orders are filled immediately and will not enter
        the order book. All market orders are takers and a taker fee will be charged.
            remark: Order placement remarks, length cannot exceed 20 characters (ASCII)
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into four strategies: CN, CO, CB , and DC
            price: Specify price for order

        When placing a limit order, the price must be based on priceIncrement for the
        trading pair. The price increment (priceIncrement) is the price precision for
        the trading pair. For example, for the BTC-USDT trading pair, the priceIncrement
        is 0.00001000. So the price for your orders cannot be less than 0.00001000 and
        must be a multiple of priceIncrement. Otherwise, the order will return an
        invalid priceIncrement error.
            size: Specify quantity for order

        When **type** is limit, size refers to the amount of trading targets (the asset
        name written in front) for the trading pair. Teh Size must be based on the
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
            cancel_after: Cancel after n seconds，the order timing strategy is GTT
            funds: When **type** is market, select one out of two: size or funds
            trade_type: The type of trading : **TRADE**（Spot Trade）, **MARGIN_TRADE**
                (Margin Trade). Default is **TRADE**. **Note: To improve the system
                performance and to accelerate order placing and processing, KuCoin has
                added a new interface for order placing of margin. For traders still
                using the current interface, please move to the new one as soon as
                possible. The current one will no longer accept margin orders by May
                1st, 2021 (UTC). At the time, KuCoin will notify users via the
                announcement, please pay attention to it.**
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "type": type,
            "remark": remark,
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
            "trade_type": trade_type,
        }
        return cast(
            "AddOrderTestOldData | None",
            await self.call(
                OPERATIONS["add_order_test_old"],
                _arguments,
            ),
        )

    async def batch_add_orders_old(
        self,
        *,
        order_list: list[BatchAddOrdersOldOrder] | None = None,
        symbol: str,
    ) -> BatchAddOrdersOldData | None:
        """Batch Add Orders - Old.

        `POST /api/v1/orders/multi`

        Request via this endpoint to place 5 orders at the same time. The order type
        must be a limit order of the same symbol.
        """
        _arguments: dict[str, Any] = {
            "order_list": order_list,
            "symbol": symbol,
        }
        return cast(
            "BatchAddOrdersOldData | None",
            await self.call(
                OPERATIONS["batch_add_orders_old"],
                _arguments,
            ),
        )

    async def cancel_order_by_order_id_old(
        self,
        *,
        order_id: str,
    ) -> CancelOrderByOrderIdOldData | None:
        """Cancel Order By OrderId - Old.

        `DELETE /api/v1/orders/{orderId}`

        This endpoint can be used to cancel a spot order by orderId. This endpoint only
        sends cancellation requests. The results of the requests must be obtained by
        checking the order status or subscribing to Websocket.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "CancelOrderByOrderIdOldData | None",
            await self.call(
                OPERATIONS["cancel_order_by_order_id_old"],
                _arguments,
            ),
        )

    async def get_order_by_order_id_old(
        self,
        *,
        order_id: str,
    ) -> GetOrderByOrderIdOldData | None:
        """Get Order By OrderId - Old.

        `GET /api/v1/orders/{orderId}`

        Request a single order info by order ID via this endpoint.

        Args:
            order_id: The unique order id generated by the trading system
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetOrderByOrderIdOldData | None",
            await self.call(
                OPERATIONS["get_order_by_order_id_old"],
                _arguments,
            ),
        )

    async def cancel_order_by_client_oid_old(
        self,
        *,
        client_oid: str,
    ) -> CancelOrderByClientOidOldData | None:
        """Cancel Order By ClientOid - Old.

        `DELETE /api/v1/order/client-order/{clientOid}`

        This endpoint can be used to cancel a spot order by clientOid. This endpoint
        only sends cancellation requests. The results of the requests must be obtained
        by checking the order status or subscribing to websocket.

        Args:
            client_oid: Client Order Id，unique identifier created by the user
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
        }
        return cast(
            "CancelOrderByClientOidOldData | None",
            await self.call(
                OPERATIONS["cancel_order_by_client_oid_old"],
                _arguments,
            ),
        )

    async def get_order_by_client_oid_old(
        self,
        *,
        client_oid: str,
    ) -> GetOrderByClientOidOldData | None:
        """Get Order By ClientOid - Old.

        `GET /api/v1/order/client-order/{clientOid}`

        Request via this interface to check the information of a single active order via
        clientOid. The system will send a prompt that the order does not exist if the
        order does not exist or has been settled.

        Args:
            client_oid: Unique order ID created by users to identify their orders
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
        }
        return cast(
            "GetOrderByClientOidOldData | None",
            await self.call(
                OPERATIONS["get_order_by_client_oid_old"],
                _arguments,
            ),
        )

    async def get_recent_orders_list_old(
        self,
    ) -> list[GetRecentOrdersListOldData] | None:
        """Get Recent Orders List - Old.

        `GET /api/v1/limit/orders`

        Request your current order list via this endpoint. The return value is the data
        after Pagination, sorted in descending order according to time.
        """
        return cast(
            "list[GetRecentOrdersListOldData] | None",
            await self.call(
                OPERATIONS["get_recent_orders_list_old"],
            ),
        )

    async def get_trade_history_old(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetTradeHistoryOldType | GetTradeHistoryOldTypeLiteral | None = None,
        trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetTradeHistoryOldData | None:
        """Get Trade History - Old.

        `GET /api/v1/fills`

        Request recent fills via this endpoint. The return value is the data after
        Pagination, sorted in descending order according to time.

        `iter_get_trade_history_old()` walks every page of this list.

        Args:
            symbol: symbol
            order_id: The unique order ID generated by the trading system. (If orderId
                is specified, please ignore the other query parameters.)
            side: Specify if the order is to 'buy' or 'sell'.
            type: limit, market, limit_stop or market_stop
            trade_type: The type of trading: TRADE - Spot Trading (TRADE as default),
                MARGIN_TRADE - Cross Margin Trading, MARGIN_ISOLATED_TRADE - Isolated
                Margin Trading.
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page.
            page_size: Number of results per request. Minimum is 10, maximum is 500.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "order_id": order_id,
            "side": side,
            "type": type,
            "trade_type": trade_type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetTradeHistoryOldData | None",
            await self.call(
                OPERATIONS["get_trade_history_old"],
                _arguments,
            ),
        )

    def iter_get_trade_history_old(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetTradeHistoryOldType | GetTradeHistoryOldTypeLiteral | None = None,
        trade_type: BatchCancelOrderOldTradeType | BatchCancelOrderOldTradeTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetTradeHistoryOldDataItem]:
        """Every item of `get_trade_history_old`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetTradeHistoryOldData | None:
            return await self.get_trade_history_old(
                symbol=symbol,
                order_id=order_id,
                side=side,
                type=type,
                trade_type=trade_type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "spot.order.get_trade_history_old",
        )

    async def get_recent_trade_history_old(
        self,
    ) -> list[GetRecentTradeHistoryOldData] | None:
        """Get Recent Trade History - Old.

        `GET /api/v1/limit/fills`

        Request a list of 1000 fills in the last 24 hours via this endpoint. The return
        value is the data after Pagination, sorted in descending order according to
        time.
        """
        return cast(
            "list[GetRecentTradeHistoryOldData] | None",
            await self.call(
                OPERATIONS["get_recent_trade_history_old"],
            ),
        )


class AsyncSpotOrderServiceWithRawResponse:
    """The operations of a AsyncSpotOrderService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncSpotOrderService) -> None:
        self.add_order = async_raw_response_wrapper(client.add_order)
        self.cancel_all_orders_by_symbol = async_raw_response_wrapper(
            client.cancel_all_orders_by_symbol
        )
        self.add_order_sync = async_raw_response_wrapper(client.add_order_sync)
        self.add_order_test = async_raw_response_wrapper(client.add_order_test)
        self.batch_add_orders = async_raw_response_wrapper(client.batch_add_orders)
        self.batch_add_orders_sync = async_raw_response_wrapper(client.batch_add_orders_sync)
        self.cancel_order_by_order_id = async_raw_response_wrapper(client.cancel_order_by_order_id)
        self.get_order_by_order_id = async_raw_response_wrapper(client.get_order_by_order_id)
        self.cancel_order_by_order_id_sync = async_raw_response_wrapper(
            client.cancel_order_by_order_id_sync
        )
        self.cancel_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_order_by_client_oid
        )
        self.get_order_by_client_oid = async_raw_response_wrapper(client.get_order_by_client_oid)
        self.cancel_order_by_client_oid_sync = async_raw_response_wrapper(
            client.cancel_order_by_client_oid_sync
        )
        self.cancel_partial_order = async_raw_response_wrapper(client.cancel_partial_order)
        self.cancel_all_orders = async_raw_response_wrapper(client.cancel_all_orders)
        self.modify_order = async_raw_response_wrapper(client.modify_order)
        self.get_symbols_with_open_order = async_raw_response_wrapper(
            client.get_symbols_with_open_order
        )
        self.get_open_orders = async_raw_response_wrapper(client.get_open_orders)
        self.get_open_orders_by_page = async_raw_response_wrapper(client.get_open_orders_by_page)
        self.get_closed_orders = async_raw_response_wrapper(client.get_closed_orders)
        self.get_trade_history = async_raw_response_wrapper(client.get_trade_history)
        self.get_dcp = async_raw_response_wrapper(client.get_dcp)
        self.set_dcp = async_raw_response_wrapper(client.set_dcp)
        self.add_stop_order = async_raw_response_wrapper(client.add_stop_order)
        self.get_stop_orders_list = async_raw_response_wrapper(client.get_stop_orders_list)
        self.cancel_stop_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_stop_order_by_client_oid
        )
        self.cancel_stop_order_by_order_id = async_raw_response_wrapper(
            client.cancel_stop_order_by_order_id
        )
        self.get_stop_order_by_order_id = async_raw_response_wrapper(
            client.get_stop_order_by_order_id
        )
        self.batch_cancel_stop_orders = async_raw_response_wrapper(client.batch_cancel_stop_orders)
        self.get_stop_order_by_client_oid = async_raw_response_wrapper(
            client.get_stop_order_by_client_oid
        )
        self.add_oco_order = async_raw_response_wrapper(client.add_oco_order)
        self.cancel_oco_order_by_order_id = async_raw_response_wrapper(
            client.cancel_oco_order_by_order_id
        )
        self.get_oco_order_by_order_id = async_raw_response_wrapper(
            client.get_oco_order_by_order_id
        )
        self.cancel_oco_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_oco_order_by_client_oid
        )
        self.get_oco_order_by_client_oid = async_raw_response_wrapper(
            client.get_oco_order_by_client_oid
        )
        self.batch_cancel_oco_order = async_raw_response_wrapper(client.batch_cancel_oco_order)
        self.get_oco_order_list = async_raw_response_wrapper(client.get_oco_order_list)
        self.get_oco_order_detail_by_order_id = async_raw_response_wrapper(
            client.get_oco_order_detail_by_order_id
        )
        self.add_order_old = async_raw_response_wrapper(client.add_order_old)
        self.batch_cancel_order_old = async_raw_response_wrapper(client.batch_cancel_order_old)
        self.get_orders_list_old = async_raw_response_wrapper(client.get_orders_list_old)
        self.add_order_test_old = async_raw_response_wrapper(client.add_order_test_old)
        self.batch_add_orders_old = async_raw_response_wrapper(client.batch_add_orders_old)
        self.cancel_order_by_order_id_old = async_raw_response_wrapper(
            client.cancel_order_by_order_id_old
        )
        self.get_order_by_order_id_old = async_raw_response_wrapper(
            client.get_order_by_order_id_old
        )
        self.cancel_order_by_client_oid_old = async_raw_response_wrapper(
            client.cancel_order_by_client_oid_old
        )
        self.get_order_by_client_oid_old = async_raw_response_wrapper(
            client.get_order_by_client_oid_old
        )
        self.get_recent_orders_list_old = async_raw_response_wrapper(
            client.get_recent_orders_list_old
        )
        self.get_trade_history_old = async_raw_response_wrapper(client.get_trade_history_old)
        self.get_recent_trade_history_old = async_raw_response_wrapper(
            client.get_recent_trade_history_old
        )
