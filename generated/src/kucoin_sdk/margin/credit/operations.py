"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_loan_market": Operation(
            name="get_loan_market",
            method="GET",
            path="/api/v3/project/list",
            summary="Get Loan Market",
            inputs=(Input("currency", "currency", "query"),),
            service="margin.credit",
            models="margin.credit.models",
        ),
        "get_loan_market_interest_rate": Operation(
            name="get_loan_market_interest_rate",
            method="GET",
            path="/api/v3/project/marketInterestRate",
            summary="Get Loan Market Interest Rate",
            inputs=(Input("currency", "currency", "query"),),
            service="margin.credit",
            models="margin.credit.models",
        ),
        "purchase": Operation(
            name="purchase",
            method="POST",
            path="/api/v3/purchase",
            summary="Purchase",
            inputs=(
                Input("currency", "currency", "body"),
                Input("size", "size", "body"),
                Input("interest_rate", "interestRate", "body"),
            ),
            body="object",
            service="margin.credit",
            models="margin.credit.models",
        ),
        "modify_purchase": Operation(
            name="modify_purchase",
            method="POST",
            path="/api/v3/lend/purchase/update",
            summary="Modify Purchase",
            inputs=(
                Input("currency", "currency", "body"),
                Input("interest_rate", "interestRate", "body"),
                Input("purchase_order_no", "purchaseOrderNo", "body"),
            ),
            body="object",
            service="margin.credit",
            models="margin.credit.models",
        ),
        "get_purchase_orders": Operation(
            name="get_purchase_orders",
            method="GET",
            path="/api/v3/purchase/orders",
            summary="Get Purchase Orders",
            inputs=(
                Input("status", "status", "query"),
                Input("currency", "currency", "query"),
                Input("purchase_order_no", "purchaseOrderNo", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="margin.credit",
            models="margin.credit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "redeem": Operation(
            name="redeem",
            method="POST",
            path="/api/v3/redeem",
            summary="Redeem",
            inputs=(
                Input("currency", "currency", "body"),
                Input("size", "size", "body"),
                Input("purchase_order_no", "purchaseOrderNo", "body"),
            ),
            body="object",
            service="margin.credit",
            models="margin.credit.models",
        ),
        "get_redeem_orders": Operation(
            name="get_redeem_orders",
            method="GET",
            path="/api/v3/redeem/orders",
            summary="Get Redeem Orders",
            inputs=(
                Input("status", "status", "query"),
                Input("currency", "currency", "query"),
                Input("redeem_order_no", "redeemOrderNo", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="margin.credit",
            models="margin.credit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
