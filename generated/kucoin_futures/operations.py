"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from pydantic import BaseModel


def _models() -> ModuleType:
    # The models (and pydantic) load on the first call, not when the client is imported.
    return import_module("kucoin_futures.models")


@dataclass(frozen=True)
class Operation:
    """One endpoint as the documentation gives it.

    `path` is written as on the page (`/api/v1/orders/{order-id}`); `path_params`,
    `query_params` and `body_fields` are wire names; `response_model` is the type of the
    envelope's `data`.
    """

    name: str
    method: str
    path: str
    summary: str
    deprecated: bool = False
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body: Literal["object", "array"] | None = None
    body_fields: tuple[str, ...] = ()
    newer_twin: str | None = None
    """The operation that supersedes this legacy one, when the API has both."""

    @property
    def request_model(self) -> type[BaseModel] | None:
        """The model that validates every input, or None for an operation without inputs."""
        return cast("type[BaseModel] | None", _models().REQUEST_MODELS.get(self.name))

    @property
    def response_model(self) -> Any:
        """The type of the envelope's `data` (a model, a list of models, a scalar type)."""
        return _models().RESPONSE_TYPES[self.name]


OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "add_order": Operation(
            name="add_order",
            method="POST",
            path="/api/v1/orders",
            summary="Add Order",
            body="object",
            body_fields=(
                "clientOid",
                "side",
                "symbol",
                "leverage",
                "type",
                "remark",
                "stop",
                "stopPriceType",
                "stopPrice",
                "reduceOnly",
                "closeOrder",
                "forceHold",
                "stp",
                "marginMode",
                "price",
                "size",
                "timeInForce",
                "postOnly",
                "hidden",
                "iceberg",
                "visibleSize",
                "qty",
                "valueQty",
            ),
        ),
        "get_order_list": Operation(
            name="get_order_list",
            method="GET",
            path="/api/v1/orders",
            summary="Get Order List",
            query_params=(
                "status",
                "symbol",
                "side",
                "type",
                "startAt",
                "endAt",
                "currentPage",
                "pageSize",
            ),
        ),
        "cancel_all_orders_v1": Operation(
            name="cancel_all_orders_v1",
            method="DELETE",
            path="/api/v1/orders",
            summary="Cancel All Orders - V1",
            query_params=("symbol",),
            newer_twin="cancel_all_orders",
        ),
        "add_order_test": Operation(
            name="add_order_test",
            method="POST",
            path="/api/v1/orders/test",
            summary="Add Order Test",
            body="object",
            body_fields=(
                "clientOid",
                "side",
                "symbol",
                "leverage",
                "type",
                "remark",
                "stop",
                "stopPriceType",
                "stopPrice",
                "reduceOnly",
                "closeOrder",
                "forceHold",
                "stp",
                "marginMode",
                "price",
                "size",
                "timeInForce",
                "postOnly",
                "hidden",
                "iceberg",
                "visibleSize",
                "qty",
                "valueQty",
            ),
        ),
        "batch_add_orders": Operation(
            name="batch_add_orders",
            method="POST",
            path="/api/v1/orders/multi",
            summary="Batch Add Orders",
            body="array",
        ),
        "add_take_profit_and_stop_loss_order": Operation(
            name="add_take_profit_and_stop_loss_order",
            method="POST",
            path="/api/v1/st-orders",
            summary="Add Take Profit And Stop Loss Order",
            body="object",
            body_fields=(
                "clientOid",
                "side",
                "symbol",
                "leverage",
                "type",
                "remark",
                "stopPriceType",
                "reduceOnly",
                "closeOrder",
                "forceHold",
                "stp",
                "marginMode",
                "price",
                "size",
                "timeInForce",
                "postOnly",
                "hidden",
                "iceberg",
                "visibleSize",
                "triggerStopUpPrice",
                "triggerStopDownPrice",
                "qty",
                "valueQty",
            ),
        ),
        "cancel_order_by_order_id": Operation(
            name="cancel_order_by_order_id",
            method="DELETE",
            path="/api/v1/orders/{orderId}",
            summary="Cancel Order By OrderId",
            path_params=("orderId",),
        ),
        "cancel_order_by_client_oid": Operation(
            name="cancel_order_by_client_oid",
            method="DELETE",
            path="/api/v1/orders/client-order/{clientOid}",
            summary="Cancel Order By ClientOid",
            path_params=("clientOid",),
            query_params=("symbol",),
        ),
        "batch_cancel_orders": Operation(
            name="batch_cancel_orders",
            method="DELETE",
            path="/api/v1/orders/multi-cancel",
            summary="Batch Cancel Orders",
            body="object",
            body_fields=("orderIdsList", "clientOidsList"),
        ),
        "cancel_all_orders": Operation(
            name="cancel_all_orders",
            method="DELETE",
            path="/api/v3/orders",
            summary="Cancel All Orders",
            query_params=("symbol",),
        ),
        "cancel_all_stop_orders": Operation(
            name="cancel_all_stop_orders",
            method="DELETE",
            path="/api/v1/stopOrders",
            summary="Cancel All Stop orders",
            query_params=("symbol",),
        ),
        "get_stop_order_list": Operation(
            name="get_stop_order_list",
            method="GET",
            path="/api/v1/stopOrders",
            summary="Get Stop Order List",
            query_params=("symbol", "side", "type", "startAt", "endAt", "currentPage", "pageSize"),
        ),
        "get_order_by_order_id": Operation(
            name="get_order_by_order_id",
            method="GET",
            path="/api/v1/orders/{order-id}",
            summary="Get Order By OrderId",
            path_params=("order-id",),
        ),
        "get_order_by_client_oid": Operation(
            name="get_order_by_client_oid",
            method="GET",
            path="/api/v1/orders/byClientOid",
            summary="Get Order By ClientOid",
            query_params=("clientOid",),
        ),
        "get_recent_closed_orders": Operation(
            name="get_recent_closed_orders",
            method="GET",
            path="/api/v1/recentDoneOrders",
            summary="Get Recent Closed Orders",
            query_params=("symbol",),
        ),
        "get_open_order_value": Operation(
            name="get_open_order_value",
            method="GET",
            path="/api/v1/openOrderStatistics",
            summary="Get Open Order Value",
            query_params=("symbol",),
        ),
        "get_recent_trade_history": Operation(
            name="get_recent_trade_history",
            method="GET",
            path="/api/v1/recentFills",
            summary="Get Recent Trade History",
            query_params=("symbol",),
        ),
        "get_trade_history": Operation(
            name="get_trade_history",
            method="GET",
            path="/api/v1/fills",
            summary="Get Trade History",
            query_params=(
                "orderId",
                "symbol",
                "side",
                "type",
                "tradeTypes",
                "startAt",
                "endAt",
                "currentPage",
                "pageSize",
            ),
        ),
    }
)
