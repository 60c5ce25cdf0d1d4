"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "purchase": Operation(
            name="purchase",
            method="POST",
            path="/api/v1/earn/orders",
            summary="Purchase",
            inputs=(
                Input("product_id", "productId", "body"),
                Input("amount", "amount", "body"),
                Input("account_type", "accountType", "body"),
            ),
            body="object",
            service="earn",
            models="earn.models",
        ),
        "redeem": Operation(
            name="redeem",
            method="DELETE",
            path="/api/v1/earn/orders",
            summary="Redeem",
            inputs=(
                Input("order_id", "orderId", "query"),
                Input("amount", "amount", "query"),
                Input("from_account_type", "fromAccountType", "query"),
                Input("confirm_punish_redeem", "confirmPunishRedeem", "query"),
            ),
            service="earn",
            models="earn.models",
        ),
        "get_redeem_preview": Operation(
            name="get_redeem_preview",
            method="GET",
            path="/api/v1/earn/redeem-preview",
            summary="Get Redeem Preview",
            inputs=(
                Input("order_id", "orderId", "query"),
                Input("from_account_type", "fromAccountType", "query"),
            ),
            service="earn",
            models="earn.models",
        ),
        "get_savings_products": Operation(
            name="get_savings_products",
            method="GET",
            path="/api/v1/earn/saving/products",
            summary="Get Savings Products",
            inputs=(Input("currency", "currency", "query"),),
            service="earn",
            models="earn.models",
        ),
        "get_promotion_products": Operation(
            name="get_promotion_products",
            method="GET",
            path="/api/v1/earn/promotion/products",
            summary="Get Promotion Products",
            inputs=(Input("currency", "currency", "query"),),
            service="earn",
            models="earn.models",
        ),
        "get_staking_products": Operation(
            name="get_staking_products",
            method="GET",
            path="/api/v1/earn/staking/products",
            summary="Get Staking Products",
            inputs=(Input("currency", "currency", "query"),),
            service="earn",
            models="earn.models",
        ),
        "get_kcs_staking_products": Operation(
            name="get_kcs_staking_products",
            method="GET",
            path="/api/v1/earn/kcs-staking/products",
            summary="Get KCS Staking Products",
            inputs=(Input("currency", "currency", "query"),),
            service="earn",
            models="earn.models",
        ),
        "get_eth_staking_products": Operation(
            name="get_eth_staking_products",
            method="GET",
            path="/api/v1/earn/eth-staking/products",
            summary="Get ETH Staking Products",
            inputs=(Input("currency", "currency", "query"),),
            service="earn",
            models="earn.models",
        ),
        "get_account_holding": Operation(
            name="get_account_holding",
            method="GET",
            path="/api/v1/earn/hold-assets",
            summary="Get Account Holding",
            inputs=(
                Input("currency", "currency", "query"),
                Input("product_id", "productId", "query"),
                Input("product_category", "productCategory", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="earn",
            models="earn.models",
            paging=Paging("currentPage", "1", "items"),
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
