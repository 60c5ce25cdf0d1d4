"""Asynchronous service for the futures order endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.futures.order.operations import OPERATIONS

if TYPE_CHECKING:
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
        GetOrderListStatus,
        GetOrderListStatusLiteral,
        GetOrderListType,
        GetOrderListTypeLiteral,
        GetTradeHistoryType,
        GetTradeHistoryTypeLiteral,
        MarginMode,
        MarginModeLiteral,
        Side,
        SideLiteral,
        TimeInForce,
        TimeInForceLiteral,
    )
    from kucoin_sdk.futures.order.models import (
        AddOrderData,
        AddOrderTestData,
        AddTakeProfitAndStopLossOrderData,
        BatchAddOrdersData,
        BatchAddOrdersItem,
        BatchCancelOrdersClientOids,
        BatchCancelOrdersData,
        CancelAllOrdersData,
        CancelAllOrdersV1Data,
        CancelAllStopOrdersData,
        CancelOrderByClientOidData,
        CancelOrderByOrderIdData,
        GetOpenOrderValueData,
        GetOrderByClientOidData,
        GetOrderByOrderIdData,
        GetOrderListData,
        GetOrderListDataItem,
        GetRecentClosedOrdersData,
        GetRecentTradeHistoryData,
        GetStopOrderListData,
        GetStopOrderListDataItem,
        GetTradeHistoryData,
        GetTradeHistoryDataItem,
    )


class AsyncFuturesOrderService(AsyncService):
    """The futures order endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncFuturesOrderServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncFuturesOrderServiceWithRawResponse(self)

    async def add_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral | None = None,
        symbol: str,
        leverage: int | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        remark: str | None = None,
        stop: AddOrderStop | AddOrderStopLiteral | None = None,
        stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = None,
        stop_price: DecimalString | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        force_hold: bool | None = None,
        stp: AddOrderStp | AddOrderStpLiteral | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        qty: DecimalString | None = None,
        value_qty: DecimalString | None = None,
    ) -> AddOrderData | None:
        """Add Order.

        `POST /api/v1/orders`

        Place order in the futures trading system. You can place two major types of
        order: Limit and market. Orders can only be placed if your account has
        sufficient funds. Once an order is placed, your funds will be put on hold for
        the duration of the order. The amount of funds on hold depends on the order type
        and parameters specified.

        Args:
            client_oid: Unique order ID created by users to identify their orders. The
                maximum length cannot exceed 40, e.g. UUID only allows numbers,
                characters, underline(_), and separator (-).
            side: Specify if the order is to 'buy' or 'sell'.
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            leverage: Used to calculate the margin to be frozen for the order. If you
                are to close the position, this parameter is not required.
            type: Specify if the order is a 'limit' order or 'market' order
            remark: Remark for the order: Length cannot exceed 100 utf8 characters
            stop: Either 'down' or 'up'. If stop is used, parameter stopPrice and
                stopPriceType also need to be provided.
            stop_price_type: Either 'TP', 'IP' or 'MP', Need to be defined if stop is
                specified.
            stop_price: Needs to be defined if stop is specified.
            reduce_only: A mark to reduce the position size only. Set to false by
                default. Need to set the position size when reduceOnly is true. If set
                to true, only the orders reducing the position size will be executed. If
                the reduce-only order size exceeds the position size, the extra size
                will be canceled.
            close_order: A mark to close the position. Set to false by default. If
                closeOrder is set to true, the system will close the position and the
                position size will become 0. Side, Size and Leverage fields can be left
                empty and the system will determine the side and size automatically.
            force_hold: A mark to force-hold the funds for an order, even though it's an
                order to reduce the position size. This helps the order stay on the
                order book and not get canceled when the position size changes. Set to
                false by default. The system will force-freeze a certain amount of funds
                for this order, including orders whose direction is opposite to the
                current positions. This feature is to ensure that the order won’t be
                canceled by the matching engine in such a way that not enough funds are
                frozen for the order.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into these strategies: CN, CO, CB. DC not currently supported.
            margin_mode: Margin mode: ISOLATED, CROSS, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: **Choose one of size, qty, valueQty**, Order size (lot), must be a
                positive integer. The quantity unit of coin-swap contracts is size
                (lot), and other units are not supported.
            time_in_force: Optional for type is 'limit' order, [Time in
                force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy
                used during trading, default is GTC
            post_only: Optional for type is 'limit' order, post only flag, invalid when
                timeInForce is IOC. When postOnly is true, choosing hidden or iceberg is
                not allowed. The post-only flag ensures that the trader always pays the
                maker fee and provides liquidity to the order book. If any part of the
                order is going to pay taker fees, the order will be fully rejected.
            hidden: Optional for type is 'limit' order, orders not displaying in order
                book. When hidden is chosen, choosing postOnly is not allowed.
            iceberg: Optional for type is 'limit' order, Only visible portion of the
                order is displayed in the order book. When iceberg is chosen, choosing
                postOnly is not allowed.
            visible_size: Optional for type is 'limit' order, the maximum visible size
                of an iceberg order. Please place order in size (lots). The units of qty
                (base currency) and valueQty (value) are not supported. Need to be
                defined if iceberg is specified.
            qty: **Choose one of size, qty, valueQty**. Order size (base currency) must
                be an integer multiple of the multiplier. The unit of the quantity of
                coin-swap is size (lot), which is not supported.
            value_qty: **Choose one of size, qty, valueQty**. Order size (Value),
                USDS-Swap correspond to USDT or USDC. The unit of the quantity of
                coin-swap is size (lot), which is not supported.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "remark": remark,
            "stop": stop,
            "stop_price_type": stop_price_type,
            "stop_price": stop_price,
            "reduce_only": reduce_only,
            "close_order": close_order,
            "force_hold": force_hold,
            "stp": stp,
            "margin_mode": margin_mode,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "qty": qty,
            "value_qty": value_qty,
        }
        return cast(
            "AddOrderData | None",
            await self.call(
                OPERATIONS["add_order"],
                _arguments,
            ),
        )

    async def get_order_list(
        self,
        *,
        status: GetOrderListStatus | GetOrderListStatusLiteral | None = None,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetOrderListType | GetOrderListTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetOrderListData | None:
        """Get Order List.

        `GET /api/v1/orders`

        List your current orders.

        `iter_get_order_list()` walks every page of this list.

        Args:
            status: active or done, done as default. Only list orders for a specific
                status
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            side: buy or sell
            type: Order Type
            start_at: Start time (milisecond)
            end_at: End time (milisecond)
            current_page: Current request page, The default currentPage is 1
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed
                1000
        """
        _arguments: dict[str, Any] = {
            "status": status,
            "symbol": symbol,
            "side": side,
            "type": type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetOrderListData | None",
            await self.call(
                OPERATIONS["get_order_list"],
                _arguments,
            ),
        )

    def iter_get_order_list(
        self,
        *,
        status: GetOrderListStatus | GetOrderListStatusLiteral | None = None,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetOrderListType | GetOrderListTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetOrderListDataItem]:
        """Every item of `get_order_list`, page after page, from `current_page` (default 1)
        to the last page.
        """

        async def _page(_at: Any) -> GetOrderListData | None:
            return await self.get_order_list(
                status=status,
                symbol=symbol,
                side=side,
                type=type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "futures.order.get_order_list",
        )

    async def cancel_all_orders_v1(
        self,
        *,
        symbol: str | None = None,
    ) -> CancelAllOrdersV1Data | None:
        """Cancel All Orders - V1.

        `DELETE /api/v1/orders`

        Cancel all open orders (excluding stop orders). The response is a list of
        orderIDs of the canceled orders.

        The API also has a newer operation for this, `cancel_all_orders`; prefer it in
        new code.

        Args:
            symbol: To cancel all limit orders for a specific contract only, unless
                otherwise specified, all limit orders will be deleted. Please refer to
                [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "CancelAllOrdersV1Data | None",
            await self.call(
                OPERATIONS["cancel_all_orders_v1"],
                _arguments,
            ),
        )

    async def add_order_test(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral | None = None,
        symbol: str,
        leverage: int | None = None,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
        stop: AddOrderStop | AddOrderStopLiteral | None = None,
        stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = None,
        stop_price: DecimalString | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        force_hold: bool | None = None,
        stp: AddOrderStp | AddOrderStpLiteral | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        qty: DecimalString | None = None,
        value_qty: DecimalString | None = None,
    ) -> AddOrderTestData | None:
        """Add Order Test.

        `POST /api/v1/orders/test`

        Place order to the futures trading system just for validation

        Args:
            client_oid: Unique order id created by users to identify their orders, the
                maximum length cannot exceed 40, e.g. UUID, Only allows numbers,
                characters, underline(_), and separator(-)
            side: specify if the order is to 'buy' or 'sell'
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            leverage: Used to calculate the margin to be frozen for the order. If you
                are to close the position, this parameter is not required.
            type: specify if the order is an 'limit' order or 'market' order
            remark: remark for the order, length cannot exceed 100 utf8 characters
            stop: Either 'down' or 'up'. If stop is used,parameter stopPrice and
                stopPriceType also need to be provieded.
            stop_price_type: Either 'TP', 'IP' or 'MP', Need to be defined if stop is
                specified.
            stop_price: Need to be defined if stop is specified.
            reduce_only: A mark to reduce the position size only. Set to false by
                default. Need to set the position size when reduceOnly is true. If set
                to true, only the orders reducing the position size will be executed. If
                the reduce-only order size exceeds the position size, the extra size
                will be canceled.
            close_order: A mark to close the position. Set to false by default. If
                closeOrder is set to true, the system will close the position and the
                position size will become 0. Side, Size and Leverage fields can be left
                empty and the system will determine the side and size automatically.
            force_hold: A mark to forcely hold the funds for an order, even though it's
                an order to reduce the position size. This helps the order stay on the
                order book and not get canceled when the position size changes. Set to
                false by default. The system will forcely freeze certain amount of funds
                for this order, including orders whose direction is opposite to the
                current positions. This feature is to ensure that the order won’t be
                canceled by the matching engine in such a circumstance that not enough
                funds are frozen for the order.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into these strategies: CN, CO, CB. Not supported DC at the
                moment.
            margin_mode: Margin mode: ISOLATED, CROSS, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: **Choose one of size, qty, valueQty**, Order size (Lot), must be a
                positive integer. The quantity unit of coin-swap contracts is size(lot),
                and other units are not supported.
            time_in_force: Optional for type is 'limit' order, [Time in
                force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy
                used during trading, default is GTC
            post_only: Optional for type is 'limit' order, post only flag, invalid when
                timeInForce is IOC. When postOnly is true, not allowed choose hidden or
                iceberg. The post-only flag ensures that the trader always pays the
                maker fee and provides liquidity to the order book. If any part of the
                order is going to pay taker fee, the order will be fully rejected.
            hidden: Optional for type is 'limit' order, orders not displaying in order
                book. When hidden chose, not allowed choose postOnly.
            iceberg: Optional for type is 'limit' order, Only visible portion of the
                order is displayed in the order book. When iceberg chose, not allowed
                choose postOnly.
            visible_size: Optional for type is 'limit' order, The maximum visible size
                of an iceberg order. please place order in size (lots), The units of qty
                (base currency) and valueQty (value) are not supported. Need to be
                defined if iceberg is specified.
            qty: **Choose one of size, qty, valueQty**, Order size (Base currency) must
                be an integer multiple of the multiplier. The unit of the quantity of
                coin-swap is size(lot), which is not supported
            value_qty: **Choose one of size, qty, valueQty**, Order size (Value),
                USDS-Swap correspond to USDT or USDC. The unit of the quantity of
                coin-swap is size(lot), which is not supported
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "remark": remark,
            "stop": stop,
            "stop_price_type": stop_price_type,
            "stop_price": stop_price,
            "reduce_only": reduce_only,
            "close_order": close_order,
            "force_hold": force_hold,
            "stp": stp,
            "margin_mode": margin_mode,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "qty": qty,
            "value_qty": value_qty,
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
        items: Sequence[BatchAddOrdersItem | Mapping[str, Any]],
    ) -> list[BatchAddOrdersData] | None:
        """Batch Add Orders.

        `POST /api/v1/orders/multi`

        Place multiple order to the futures trading system, you can place two major
        types of orders: limit and market. Orders can only be placed if your account has
        sufficient funds. Once an order is placed, your funds will be put on hold for
        the duration of the order. The amount of funds on hold depends on the order type
        and parameters specified. You can place up to 20 orders at one time, including
        limit orders, market orders, and stop orders Please be noted that the system
        would hold the fees from the orders entered the orderbook in advance.
        """
        return cast(
            "list[BatchAddOrdersData] | None",
            await self.call(
                OPERATIONS["batch_add_orders"],
                items=items,
            ),
        )

    async def add_take_profit_and_stop_loss_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral | None = None,
        symbol: str,
        leverage: int | None = None,
        type: AddOrderType | AddOrderTypeLiteral,
        remark: str | None = None,
        stop_price_type: AddOrderStopPriceType | AddOrderStopPriceTypeLiteral | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        force_hold: bool | None = None,
        stp: AddOrderStp | AddOrderStpLiteral | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int | None = None,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        trigger_stop_up_price: DecimalString | None = None,
        trigger_stop_down_price: DecimalString | None = None,
        qty: DecimalString | None = None,
        value_qty: DecimalString | None = None,
    ) -> AddTakeProfitAndStopLossOrderData | None:
        """Add Take Profit And Stop Loss Order.

        `POST /api/v1/st-orders`

        Place take profit and stop loss order supports both take-profit and stop-loss
        functions, and other functions are exactly the same as the place order
        interface.

        Args:
            client_oid: Unique order id created by users to identify their orders, the
                maximum length cannot exceed 40, e.g. UUID, Only allows numbers,
                characters, underline(_), and separator(-)
            side: specify if the order is to 'buy' or 'sell'
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            leverage: Used to calculate the margin to be frozen for the order. If you
                are to close the position, this parameter is not required.
            type: specify if the order is an 'limit' order or 'market' order
            remark: remark for the order, length cannot exceed 100 utf8 characters
            stop_price_type: Either 'TP', 'IP' or 'MP'
            reduce_only: A mark to reduce the position size only. Set to false by
                default. Need to set the position size when reduceOnly is true. If set
                to true, only the orders reducing the position size will be executed. If
                the reduce-only order size exceeds the position size, the extra size
                will be canceled.
            close_order: A mark to close the position. Set to false by default. If
                closeOrder is set to true, the system will close the position and the
                position size will become 0. Side, Size and Leverage fields can be left
                empty and the system will determine the side and size automatically.
            force_hold: A mark to forcely hold the funds for an order, even though it's
                an order to reduce the position size. This helps the order stay on the
                order book and not get canceled when the position size changes. Set to
                false by default. The system will forcely freeze certain amount of funds
                for this order, including orders whose direction is opposite to the
                current positions. This feature is to ensure that the order won’t be
                canceled by the matching engine in such a circumstance that not enough
                funds are frozen for the order.
            stp: [Self Trade Prevention](https://www.kucoin.com/docs-new/doc-338146) is
                divided into these strategies: CN, CO, CB. Not supported DC at the
                moment.
            margin_mode: Margin mode: ISOLATED, CROSS, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: **Choose one of size, qty, valueQty**, Order size (Lot), must be a
                positive integer. The quantity unit of coin-swap contracts is size(lot),
                and other units are not supported.
            time_in_force: Optional for type is 'limit' order, [Time in
                force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy
                used during trading, default is GTC
            post_only: Optional for type is 'limit' order, post only flag, invalid when
                timeInForce is IOC. When postOnly is true, not allowed choose hidden or
                iceberg. The post-only flag ensures that the trader always pays the
                maker fee and provides liquidity to the order book. If any part of the
                order is going to pay taker fee, the order will be fully rejected.
            hidden: Optional for type is 'limit' order, orders not displaying in order
                book. When hidden chose, not allowed choose postOnly.
            iceberg: Optional for type is 'limit' order, Only visible portion of the
                order is displayed in the order book. When iceberg chose, not allowed
                choose postOnly.
            visible_size: Optional for type is 'limit' order, The maximum visible size
                of an iceberg order. please place order in size (lots), The units of qty
                (base currency) and valueQty (value) are not supported. Need to be
                defined if iceberg is specified.
            trigger_stop_up_price: Take profit price
            trigger_stop_down_price: Stop loss price
            qty: **Choose one of size, qty, valueQty**, Order size (Base currency) must
                be an integer multiple of the multiplier. The unit of the quantity of
                coin-swap is size(lot), which is not supported
            value_qty: **Choose one of size, qty, valueQty**, Order size (Value),
                USDS-Swap correspond to USDT or USDC. The unit of the quantity of
                coin-swap is size(lot), which is not supported
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "remark": remark,
            "stop_price_type": stop_price_type,
            "reduce_only": reduce_only,
            "close_order": close_order,
            "force_hold": force_hold,
            "stp": stp,
            "margin_mode": margin_mode,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
            "trigger_stop_up_price": trigger_stop_up_price,
            "trigger_stop_down_price": trigger_stop_down_price,
            "qty": qty,
            "value_qty": value_qty,
        }
        return cast(
            "AddTakeProfitAndStopLossOrderData | None",
            await self.call(
                OPERATIONS["add_take_profit_and_stop_loss_order"],
                _arguments,
            ),
        )

    async def cancel_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> CancelOrderByOrderIdData | None:
        """Cancel Order By OrderId.

        `DELETE /api/v1/orders/{orderId}`

        Cancel order by system generated orderId.
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "CancelOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["cancel_order_by_order_id"],
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

        `DELETE /api/v1/orders/client-order/{clientOid}`

        Cancel order by client defined orderId.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            client_oid: client order id
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

    async def batch_cancel_orders(
        self,
        *,
        order_ids_list: list[str] | None = None,
        client_oids_list: list[BatchCancelOrdersClientOids] | None = None,
    ) -> list[BatchCancelOrdersData] | None:
        """Batch Cancel Orders.

        `DELETE /api/v1/orders/multi-cancel`

        Cancel a bach of orders by client defined orderId or system generated orderId

        Args:
            order_ids_list: the list of orderId
            client_oids_list: the list of client orderId
        """
        _arguments: dict[str, Any] = {
            "order_ids_list": order_ids_list,
            "client_oids_list": client_oids_list,
        }
        return cast(
            "list[BatchCancelOrdersData] | None",
            await self.call(
                OPERATIONS["batch_cancel_orders"],
                _arguments,
            ),
        )

    async def cancel_all_orders(
        self,
        *,
        symbol: str,
    ) -> CancelAllOrdersData | None:
        """Cancel All Orders.

        `DELETE /api/v3/orders`

        Cancel all open orders (excluding stop orders). The response is a list of
        orderIDs of the canceled orders.

        Args:
            symbol: Cancel all limit orders for a specific symbol only, Please refer to
                [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "CancelAllOrdersData | None",
            await self.call(
                OPERATIONS["cancel_all_orders"],
                _arguments,
            ),
        )

    async def cancel_all_stop_orders(
        self,
        *,
        symbol: str | None = None,
    ) -> CancelAllStopOrdersData | None:
        """Cancel All Stop orders.

        `DELETE /api/v1/stopOrders`

        Cancel all untriggered stop orders. The response is a list of orderIDs of the
        canceled stop orders. To cancel triggered stop orders, please use 'Cancel
        Multiple Futures Limit orders'.

        Args:
            symbol: Cancel all limit orders for a specific contract only, If not
                specified, all the limit orders will be deleted, Please refer to [Get
                Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "CancelAllStopOrdersData | None",
            await self.call(
                OPERATIONS["cancel_all_stop_orders"],
                _arguments,
            ),
        )

    async def get_stop_order_list(
        self,
        *,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetStopOrderListData | None:
        """Get Stop Order List.

        `GET /api/v1/stopOrders`

        Get the un-triggered stop orders list. Stop orders that have been triggered can
        be queried through the general order interface

        `iter_get_stop_order_list()` walks every page of this list.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            side: buy or sell
            type: limit, market
            start_at: Start time (milisecond)
            end_at: End time (milisecond)
            current_page: Current request page, The default currentPage is 1
            page_size: pageSize, The default pageSize is 50, The maximum cannot exceed
                1000
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "side": side,
            "type": type,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetStopOrderListData | None",
            await self.call(
                OPERATIONS["get_stop_order_list"],
                _arguments,
            ),
        )

    def iter_get_stop_order_list(
        self,
        *,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: AddOrderType | AddOrderTypeLiteral | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetStopOrderListDataItem]:
        """Every item of `get_stop_order_list`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetStopOrderListData | None:
            return await self.get_stop_order_list(
                symbol=symbol,
                side=side,
                type=type,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "futures.order.get_stop_order_list",
        )

    async def get_order_by_order_id(
        self,
        *,
        order_id: str,
    ) -> GetOrderByOrderIdData | None:
        """Get Order By OrderId.

        `GET /api/v1/orders/{order-id}`

        Get a single order by order id (including a stop order).
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
        }
        return cast(
            "GetOrderByOrderIdData | None",
            await self.call(
                OPERATIONS["get_order_by_order_id"],
                _arguments,
            ),
        )

    async def get_order_by_client_oid(
        self,
        *,
        client_oid: str,
    ) -> GetOrderByClientOidData | None:
        """Get Order By ClientOid.

        `GET /api/v1/orders/byClientOid`

        Get a single order by client order ID (including a stop order).

        Args:
            client_oid: The user self-defined order ID.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
        }
        return cast(
            "GetOrderByClientOidData | None",
            await self.call(
                OPERATIONS["get_order_by_client_oid"],
                _arguments,
            ),
        )

    async def get_recent_closed_orders(
        self,
        *,
        symbol: str | None = None,
    ) -> list[GetRecentClosedOrdersData] | None:
        """Get Recent Closed Orders.

        `GET /api/v1/recentDoneOrders`

        Get a list of recent 1000 closed orders in the last 24 hours. If you need to get
        your recent traded order history with low latency, you may query this endpoint.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "list[GetRecentClosedOrdersData] | None",
            await self.call(
                OPERATIONS["get_recent_closed_orders"],
                _arguments,
            ),
        )

    async def get_open_order_value(
        self,
        *,
        symbol: str,
    ) -> GetOpenOrderValueData | None:
        """Get Open Order Value.

        `GET /api/v1/openOrderStatistics`

        You can query this endpoint to get the total number and value of all your active
        orders.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetOpenOrderValueData | None",
            await self.call(
                OPERATIONS["get_open_order_value"],
                _arguments,
            ),
        )

    async def get_recent_trade_history(
        self,
        *,
        symbol: str | None = None,
    ) -> list[GetRecentTradeHistoryData] | None:
        """Get Recent Trade History.

        `GET /api/v1/recentFills`

        Get a list of recent 1000 fills in the last 24 hours. If you need to get your
        recently traded order history with low latency, you may query this endpoint.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "list[GetRecentTradeHistoryData] | None",
            await self.call(
                OPERATIONS["get_recent_trade_history"],
                _arguments,
            ),
        )

    async def get_trade_history(
        self,
        *,
        order_id: str | None = None,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetTradeHistoryType | GetTradeHistoryTypeLiteral | None = None,
        trade_types: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetTradeHistoryData | None:
        """Get Trade History.

        `GET /api/v1/fills`

        Get a list of recent fills. If you need to get your recent trade history with
        low latency, please query endpoint Get List of Orders Completed in 24h. The
        requested data is not real-time.

        `iter_get_trade_history()` walks every page of this list.

        Args:
            order_id: List fills for a specific order only (if you specify orderId,
                other parameters can be ignored)
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            side: Order side
            type: Order Type
            trade_types: Transaction type: trade, adl, liquid, settlement. Supports
                querying multiple types at the same time, separated by commas. Query all
                types when empty
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            current_page: Current request page. The default currentPage is 1
            page_size: pageSize, The default pageSize is 50; the maximum cannot exceed
                1000
        """
        _arguments: dict[str, Any] = {
            "order_id": order_id,
            "symbol": symbol,
            "side": side,
            "type": type,
            "trade_types": trade_types,
            "start_at": start_at,
            "end_at": end_at,
            "current_page": current_page,
            "page_size": page_size,
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
        order_id: str | None = None,
        symbol: str | None = None,
        side: Side | SideLiteral | None = None,
        type: GetTradeHistoryType | GetTradeHistoryTypeLiteral | None = None,
        trade_types: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetTradeHistoryDataItem]:
        """Every item of `get_trade_history`, page after page, from `current_page` (default
        1) to the last page.
        """

        async def _page(_at: Any) -> GetTradeHistoryData | None:
            return await self.get_trade_history(
                order_id=order_id,
                symbol=symbol,
                side=side,
                type=type,
                trade_types=trade_types,
                start_at=start_at,
                end_at=end_at,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "futures.order.get_trade_history",
        )


class AsyncFuturesOrderServiceWithRawResponse:
    """The operations of a AsyncFuturesOrderService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncFuturesOrderService) -> None:
        self.add_order = async_raw_response_wrapper(client.add_order)
        self.get_order_list = async_raw_response_wrapper(client.get_order_list)
        self.cancel_all_orders_v1 = async_raw_response_wrapper(client.cancel_all_orders_v1)
        self.add_order_test = async_raw_response_wrapper(client.add_order_test)
        self.batch_add_orders = async_raw_response_wrapper(client.batch_add_orders)
        self.add_take_profit_and_stop_loss_order = async_raw_response_wrapper(
            client.add_take_profit_and_stop_loss_order
        )
        self.cancel_order_by_order_id = async_raw_response_wrapper(client.cancel_order_by_order_id)
        self.cancel_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_order_by_client_oid
        )
        self.batch_cancel_orders = async_raw_response_wrapper(client.batch_cancel_orders)
        self.cancel_all_orders = async_raw_response_wrapper(client.cancel_all_orders)
        self.cancel_all_stop_orders = async_raw_response_wrapper(client.cancel_all_stop_orders)
        self.get_stop_order_list = async_raw_response_wrapper(client.get_stop_order_list)
        self.get_order_by_order_id = async_raw_response_wrapper(client.get_order_by_order_id)
        self.get_order_by_client_oid = async_raw_response_wrapper(client.get_order_by_client_oid)
        self.get_recent_closed_orders = async_raw_response_wrapper(client.get_recent_closed_orders)
        self.get_open_order_value = async_raw_response_wrapper(client.get_open_order_value)
        self.get_recent_trade_history = async_raw_response_wrapper(client.get_recent_trade_history)
        self.get_trade_history = async_raw_response_wrapper(client.get_trade_history)
