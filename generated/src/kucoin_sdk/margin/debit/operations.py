"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "borrow": Operation(
            name="borrow",
            method="POST",
            path="/api/v3/margin/borrow",
            summary="Borrow",
            inputs=(
                Input("currency", "currency", "body"),
                Input("size", "size", "body"),
                Input("time_in_force", "timeInForce", "body"),
                Input("symbol", "symbol", "body"),
                Input("is_isolated", "isIsolated", "body"),
                Input("is_hf", "isHf", "body"),
            ),
            body="object",
            service="margin.debit",
            models="margin.debit.models",
        ),
        "get_borrow_history": Operation(
            name="get_borrow_history",
            method="GET",
            path="/api/v3/margin/borrow",
            summary="Get Borrow History",
            inputs=(
                Input("currency", "currency", "query"),
                Input("is_isolated", "isIsolated", "query"),
                Input("symbol", "symbol", "query"),
                Input("order_no", "orderNo", "query"),
                Input("start_time", "startTime", "query"),
                Input("end_time", "endTime", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="margin.debit",
            models="margin.debit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "repay": Operation(
            name="repay",
            method="POST",
            path="/api/v3/margin/repay",
            summary="Repay",
            inputs=(
                Input("currency", "currency", "body"),
                Input("size", "size", "body"),
                Input("symbol", "symbol", "body"),
                Input("is_isolated", "isIsolated", "body"),
                Input("is_hf", "isHf", "body"),
            ),
            body="object",
            service="margin.debit",
            models="margin.debit.models",
        ),
        "get_repay_history": Operation(
            name="get_repay_history",
            method="GET",
            path="/api/v3/margin/repay",
            summary="Get Repay History",
            inputs=(
                Input("currency", "currency", "query"),
                Input("is_isolated", "isIsolated", "query"),
                Input("symbol", "symbol", "query"),
                Input("order_no", "orderNo", "query"),
                Input("start_time", "startTime", "query"),
                Input("end_time", "endTime", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="margin.debit",
            models="margin.debit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "get_interest_history": Operation(
            name="get_interest_history",
            method="GET",
            path="/api/v3/margin/interest",
            summary="Get Interest History.",
            inputs=(
                Input("currency", "currency", "query"),
                Input("is_isolated", "isIsolated", "query"),
                Input("symbol", "symbol", "query"),
                Input("start_time", "startTime", "query"),
                Input("end_time", "endTime", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="margin.debit",
            models="margin.debit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "modify_leverage": Operation(
            name="modify_leverage",
            method="POST",
            path="/api/v3/position/update-user-leverage",
            summary="Modify Leverage",
            inputs=(
                Input("symbol", "symbol", "body"),
                Input("is_isolated", "isIsolated", "body"),
                Input("leverage", "leverage", "body"),
            ),
            body="object",
            service="margin.debit",
            models="margin.debit.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
