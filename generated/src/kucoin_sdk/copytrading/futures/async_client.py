"""Asynchronous service for the copytrading futures endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.copytrading.futures.operations import OPERATIONS

if TYPE_CHECKING:
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
    from kucoin_sdk.copytrading.futures.models import (
        AddIsolatedMarginData,
        AddOrderData,
        AddOrderTestData,
        AddTakeProfitAndStopLossOrderData,
        CancelOrderByClientOidData,
        CancelOrderByOrderIdData,
        GetMaxOpenSizeData,
    )


class AsyncCopytradingFuturesService(AsyncService):
    """The copytrading futures endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncCopytradingFuturesServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncCopytradingFuturesServiceWithRawResponse(self)

    async def add_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        leverage: int | None = None,
        type: Type | TypeLiteral,
        stop: Stop | StopLiteral | None = None,
        stop_price_type: StopPriceType | StopPriceTypeLiteral | None = None,
        stop_price: DecimalString | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
    ) -> AddOrderData | None:
        """Add Order.

        `POST /api/v1/copy-trade/futures/orders`

        Place order to the futures trading system, you can place two major types of
        orders: limit and market. Orders can only be placed if your account has
        sufficient funds. Once an order is placed, your funds will be put on hold for
        the duration of the order. The amount of funds on hold depends on the order type
        and parameters specified.

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
            stop: Either 'down' or 'up'. If stop is used,parameter stopPrice and
                stopPriceType also need to be provieded.
            stop_price_type: Either 'TP' or 'MP', Need to be defined if stop is
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
            margin_mode: Margin mode: ISOLATED, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: Order size (Lot), must be a positive integer. The quantity unit of
                coin-swap contracts is size(lot), and other units are not supported.
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
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "stop": stop,
            "stop_price_type": stop_price_type,
            "stop_price": stop_price,
            "reduce_only": reduce_only,
            "close_order": close_order,
            "margin_mode": margin_mode,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
        }
        return cast(
            "AddOrderData | None",
            await self.call(
                OPERATIONS["add_order"],
                _arguments,
            ),
        )

    async def cancel_order_by_order_id(
        self,
        *,
        order_id: str | None = None,
    ) -> CancelOrderByOrderIdData | None:
        """Cancel Order By OrderId.

        `DELETE /api/v1/copy-trade/futures/orders`

        Cancel order by system-generated orderId.

        Args:
            order_id: Order ID
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

    async def add_order_test(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        leverage: int,
        type: Type | TypeLiteral,
        stop: Stop | StopLiteral | None = None,
        stop_price_type: StopPriceType | StopPriceTypeLiteral | None = None,
        stop_price: DecimalString | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
    ) -> AddOrderTestData | None:
        """Add Order Test.

        `POST /api/v1/copy-trade/futures/orders/test`

        Place order the futures trading system just for validation

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
            stop: Either 'down' or 'up'. If stop is used, parameter stopPrice and
                stopPriceType also need to be provided.
            stop_price_type: Either 'TP' or 'MP' need to be defined if stop is
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
            margin_mode: Margin mode: ISOLATED, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: Order size (lot), must be a positive integer. The quantity unit of
                coin-swap contracts is size (lot), and other units are not supported.
            time_in_force: Optional for type is 'limit' order, [Time in
                force](https://www.kucoin.com/docs-new/doc-338146) is a special strategy
                used during trading, default is GTC
            post_only: Optional for type is 'limit' order, post only flag, invalid when
                timeInForce is IOC. When postOnly is true, not allowed to choose hidden
                or iceberg. The post-only flag ensures that the trader always pays the
                maker fee and provides liquidity to the order book. If any part of the
                order is going to pay taker fees, the order will be fully rejected.
            hidden: Optional for type is 'limit' order, orders not displaying in order
                book. When hidden is chosen, choosing postOnly is not allowed.
            iceberg: Optional for type is 'limit' order, Only visible portion of the
                order is displayed in the order book. When iceberg is chose, choosing
                postOnly is not allowed.
            visible_size: Optional for type is 'limit' order, the maximum visible size
                of an iceberg order. Please place order in size (lots). The units of qty
                (base currency) and valueQty (value) are not supported. Need to be
                defined if iceberg is specified.
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "stop": stop,
            "stop_price_type": stop_price_type,
            "stop_price": stop_price,
            "reduce_only": reduce_only,
            "close_order": close_order,
            "margin_mode": margin_mode,
            "price": price,
            "size": size,
            "time_in_force": time_in_force,
            "post_only": post_only,
            "hidden": hidden,
            "iceberg": iceberg,
            "visible_size": visible_size,
        }
        return cast(
            "AddOrderTestData | None",
            await self.call(
                OPERATIONS["add_order_test"],
                _arguments,
            ),
        )

    async def add_take_profit_and_stop_loss_order(
        self,
        *,
        client_oid: str,
        side: Side | SideLiteral,
        symbol: str,
        leverage: int,
        type: Type | TypeLiteral,
        stop_price_type: StopPriceType | StopPriceTypeLiteral | None = None,
        reduce_only: bool | None = None,
        close_order: bool | None = None,
        margin_mode: MarginMode | MarginModeLiteral | None = None,
        price: DecimalString | None = None,
        size: int,
        time_in_force: TimeInForce | TimeInForceLiteral | None = None,
        post_only: bool | None = None,
        hidden: bool | None = None,
        iceberg: bool | None = None,
        visible_size: DecimalString | None = None,
        trigger_stop_up_price: DecimalString | None = None,
        trigger_stop_down_price: DecimalString | None = None,
    ) -> AddTakeProfitAndStopLossOrderData | None:
        """Add Take Profit And Stop Loss Order.

        `POST /api/v1/copy-trade/futures/st-orders`

        Place take profit and stop loss order supports both take-profit and stop-loss
        functions, and other functions are exactly the same as the place order
        interface.

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
            stop_price_type: Either 'TP' or 'MP'
            reduce_only: A mark to reduce the position size only. Set to false by
                default. Need to set the position size when reduceOnly is true. If set
                to true, only the orders reducing the position size will be executed. If
                the reduce-only order size exceeds the position size, the extra size
                will be canceled.
            close_order: A mark to close the position. Set to false by default. If
                closeOrder is set to true, the system will close the position and the
                position size will become 0. Side, Size and Leverage fields can be left
                empty and the system will determine the side and size automatically.
            margin_mode: Margin mode: ISOLATED, default: ISOLATED
            price: Required for type is 'limit' order, indicating the operating price
            size: Order size (lot), must be a positive integer. The quantity unit of
                coin-swap contracts is size (lot), and other units are not supported.
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
            trigger_stop_up_price: Take profit price
            trigger_stop_down_price: Stop loss price
        """
        _arguments: dict[str, Any] = {
            "client_oid": client_oid,
            "side": side,
            "symbol": symbol,
            "leverage": leverage,
            "type": type,
            "stop_price_type": stop_price_type,
            "reduce_only": reduce_only,
            "close_order": close_order,
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
        }
        return cast(
            "AddTakeProfitAndStopLossOrderData | None",
            await self.call(
                OPERATIONS["add_take_profit_and_stop_loss_order"],
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

        `DELETE /api/v1/copy-trade/futures/orders/client-order`

        Cancel order by client-defined orderId.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            client_oid: The user self-defined order ID.
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

    async def get_max_open_size(
        self,
        *,
        symbol: str,
        price: DecimalNumber,
        leverage: int,
    ) -> GetMaxOpenSizeData | None:
        """Get Max Open Size.

        `GET /api/v1/copy-trade/futures/get-max-open-size`

        Get Maximum Open Position Size.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            price: Order Price
            leverage: Leverage
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "price": price,
            "leverage": leverage,
        }
        return cast(
            "GetMaxOpenSizeData | None",
            await self.call(
                OPERATIONS["get_max_open_size"],
                _arguments,
            ),
        )

    async def get_max_withdraw_margin(
        self,
        *,
        symbol: str,
    ) -> str | None:
        """Get Max Withdraw Margin.

        `GET /api/v1/copy-trade/futures/position/margin/max-withdraw-margin`

        This interface can query the maximum amount of margin that the current position
        supports withdrawal.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["get_max_withdraw_margin"],
                _arguments,
            ),
        )

    async def add_isolated_margin(
        self,
        *,
        symbol: str,
        margin: DecimalNumber,
        biz_no: str,
    ) -> AddIsolatedMarginData | None:
        """Add Isolated Margin.

        `POST /api/v1/copy-trade/futures/position/margin/deposit-margin`

        Add Isolated Margin Manually.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            margin: Margin amount (min. margin amount≥0.00001667XBT）
            biz_no: A unique ID generated by the user, to ensure the operation is
                processed by the system only once, The maximum length cannot exceed 36
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "margin": margin,
            "biz_no": biz_no,
        }
        return cast(
            "AddIsolatedMarginData | None",
            await self.call(
                OPERATIONS["add_isolated_margin"],
                _arguments,
            ),
        )

    async def remove_isolated_margin(
        self,
        *,
        symbol: str,
        withdraw_amount: DecimalNumber,
    ) -> str | None:
        """Remove Isolated Margin.

        `POST /api/v1/copy-trade/futures/position/margin/withdraw-margin`

        Remove Isolated Margin Manually.

        Args:
            symbol: Symbol of the contract, Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            withdraw_amount: The size of the position that can be deposited. If it is
                USDT-margin, it represents the amount of USDT. If it is coin-margin,
                this value represents the number of coins
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "withdraw_amount": withdraw_amount,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["remove_isolated_margin"],
                _arguments,
            ),
        )

    async def modify_isolated_margin_risk_limit(
        self,
        *,
        symbol: str,
        level: int,
    ) -> bool | None:
        """Modify Isolated Margin Risk Limit.

        `POST /api/v1/copy-trade/futures/position/risk-limit-level/change`

        This interface can be used to obtain information about risk limit level of a
        specific contract (only valid for Isolated Margin).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            level: Level
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "level": level,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["modify_isolated_margin_risk_limit"],
                _arguments,
            ),
        )

    async def modify_isolated_margin_auto_deposit_status(
        self,
        *,
        symbol: str,
        status: bool,
    ) -> bool | None:
        """Modify Isolated Margin Auto-Deposit Status.

        `POST /api/v1/copy-trade/futures/position/margin/auto-deposit-status`

        This endpoint is only applicable to isolated margin and is no longer
        recommended. It is recommended to use cross margin instead.

        Args:
            symbol: Symbol of the contract

            status: Status
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "status": status,
        }
        return cast(
            "bool | None",
            await self.call(
                OPERATIONS["modify_isolated_margin_auto_deposit_status"],
                _arguments,
            ),
        )


class AsyncCopytradingFuturesServiceWithRawResponse:
    """The operations of a AsyncCopytradingFuturesService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncCopytradingFuturesService) -> None:
        self.add_order = async_raw_response_wrapper(client.add_order)
        self.cancel_order_by_order_id = async_raw_response_wrapper(client.cancel_order_by_order_id)
        self.add_order_test = async_raw_response_wrapper(client.add_order_test)
        self.add_take_profit_and_stop_loss_order = async_raw_response_wrapper(
            client.add_take_profit_and_stop_loss_order
        )
        self.cancel_order_by_client_oid = async_raw_response_wrapper(
            client.cancel_order_by_client_oid
        )
        self.get_max_open_size = async_raw_response_wrapper(client.get_max_open_size)
        self.get_max_withdraw_margin = async_raw_response_wrapper(client.get_max_withdraw_margin)
        self.add_isolated_margin = async_raw_response_wrapper(client.add_isolated_margin)
        self.remove_isolated_margin = async_raw_response_wrapper(client.remove_isolated_margin)
        self.modify_isolated_margin_risk_limit = async_raw_response_wrapper(
            client.modify_isolated_margin_risk_limit
        )
        self.modify_isolated_margin_auto_deposit_status = async_raw_response_wrapper(
            client.modify_isolated_margin_auto_deposit_status
        )
