"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from edge_paging._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_order_list": Operation(
            name="get_order_list",
            method="GET",
            path="/api/v1/orders",
            summary="Get Order List",
            inputs=(
                Input("status", "status", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            paging=Paging("currentPage", "1", "items"),
        ),
        "get_open_orders": Operation(
            name="get_open_orders",
            method="GET",
            path="/api/v1/hf/orders/active/page",
            summary="Get Open Orders",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("page_num", "pageNum", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            paging=Paging("pageNum", "1", "items"),
        ),
        "get_closed_orders": Operation(
            name="get_closed_orders",
            method="GET",
            path="/api/v1/hf/orders/done",
            summary="Get Closed Orders",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("last_id", "lastId", "query"),
                Input("limit", "limit", "query"),
            ),
            paging=Paging("lastId", None, "items"),
        ),
        "get_ledgers": Operation(
            name="get_ledgers",
            method="GET",
            path="/api/v1/hf/accounts/ledgers",
            summary="Get Ledgers",
            inputs=(
                Input("currency", "currency", "query"),
                Input("last_id", "lastId", "query"),
                Input("limit", "limit", "query"),
            ),
            paging=Paging("lastId", None, None),
        ),
        "get_funding_history": Operation(
            name="get_funding_history",
            method="GET",
            path="/api/v1/funding-history",
            summary="Get Funding History",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("offset", "offset", "query"),
                Input("max_count", "maxCount", "query"),
            ),
            paging=Paging("offset", None, "dataList"),
        ),
        "get_index_list": Operation(
            name="get_index_list",
            method="GET",
            path="/api/v1/index/query",
            summary="Get Index List",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("offset", "offset", "query"),
                Input("max_count", "maxCount", "query"),
            ),
        ),
        "get_klines": Operation(
            name="get_klines",
            method="GET",
            path="/api/v1/klines",
            summary="Get Klines",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
            ),
        ),
    }
)
"""Every operation, by name."""
