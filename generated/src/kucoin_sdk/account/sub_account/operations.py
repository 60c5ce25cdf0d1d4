"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "add_sub_account": Operation(
            name="add_sub_account",
            method="POST",
            path="/api/v2/sub/user/created",
            summary="Add sub-account",
            inputs=(
                Input("password", "password", "body"),
                Input("remarks", "remarks", "body"),
                Input("sub_name", "subName", "body"),
                Input("access", "access", "body"),
            ),
            body="object",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "add_sub_account_margin_permission": Operation(
            name="add_sub_account_margin_permission",
            method="POST",
            path="/api/v3/sub/user/margin/enable",
            summary="Add sub-account Margin Permission",
            inputs=(Input("uid", "uid", "body"),),
            body="object",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "add_sub_account_futures_permission": Operation(
            name="add_sub_account_futures_permission",
            method="POST",
            path="/api/v3/sub/user/futures/enable",
            summary="Add sub-account Futures Permission",
            inputs=(Input("uid", "uid", "body"),),
            body="object",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "get_sub_account_list_summary_info": Operation(
            name="get_sub_account_list_summary_info",
            method="GET",
            path="/api/v2/sub/user",
            summary="Get sub-account List - Summary Info",
            inputs=(
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.sub_account",
            models="account.sub_account.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "get_sub_account_detail_balance": Operation(
            name="get_sub_account_detail_balance",
            method="GET",
            path="/api/v1/sub-accounts/{subUserId}",
            summary="Get sub-account Detail - Balance",
            inputs=(
                Input("sub_user_id", "subUserId", "path"),
                Input("include_base_amount", "includeBaseAmount", "query"),
                Input("base_currency", "baseCurrency", "query"),
                Input("base_amount", "baseAmount", "query"),
            ),
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "get_sub_account_list_spot_balance_v2": Operation(
            name="get_sub_account_list_spot_balance_v2",
            method="GET",
            path="/api/v2/sub-accounts",
            summary="Get sub-account List - Spot Balance (V2)",
            inputs=(
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.sub_account",
            models="account.sub_account.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "get_sub_account_list_futures_balance_v2": Operation(
            name="get_sub_account_list_futures_balance_v2",
            method="GET",
            path="/api/v1/account-overview-all",
            summary="Get sub-account List - Futures Balance (V2)",
            inputs=(Input("currency", "currency", "query"),),
            service="account.sub_account",
            host="https://api-futures.kucoin.com",
            models="account.sub_account.models",
        ),
        "add_sub_account_api": Operation(
            name="add_sub_account_api",
            method="POST",
            path="/api/v1/sub/api-key",
            summary="Add sub-account API",
            inputs=(
                Input("passphrase", "passphrase", "body"),
                Input("remark", "remark", "body"),
                Input("permission", "permission", "body"),
                Input("ip_whitelist", "ipWhitelist", "body"),
                Input("expire", "expire", "body"),
                Input("sub_name", "subName", "body"),
            ),
            body="object",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "get_sub_account_api_list": Operation(
            name="get_sub_account_api_list",
            method="GET",
            path="/api/v1/sub/api-key",
            summary="Get sub-account API List",
            inputs=(Input("api_key", "apiKey", "query"), Input("sub_name", "subName", "query")),
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "delete_sub_account_api": Operation(
            name="delete_sub_account_api",
            method="DELETE",
            path="/api/v1/sub/api-key",
            summary="Delete sub-account API",
            inputs=(
                Input("api_key", "apiKey", "query"),
                Input("sub_name", "subName", "query"),
                Input("passphrase", "passphrase", "query"),
            ),
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "modify_sub_account_api": Operation(
            name="modify_sub_account_api",
            method="POST",
            path="/api/v1/sub/api-key/update",
            summary="Modify sub-account API",
            inputs=(
                Input("passphrase", "passphrase", "body"),
                Input("permission", "permission", "body"),
                Input("ip_whitelist", "ipWhitelist", "body"),
                Input("expire", "expire", "body"),
                Input("sub_name", "subName", "body"),
                Input("api_key", "apiKey", "body"),
            ),
            body="object",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "get_sub_account_list_summary_info_v1": Operation(
            name="get_sub_account_list_summary_info_v1",
            method="GET",
            path="/api/v1/sub/user",
            summary="Get sub-account List - Summary Info (V1)",
            newer_twin="get_sub_account_list_summary_info",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
        "get_sub_account_list_spot_balance_v1": Operation(
            name="get_sub_account_list_spot_balance_v1",
            method="GET",
            path="/api/v1/sub-accounts",
            summary="Get sub-account List - Spot Balance (V1)",
            service="account.sub_account",
            models="account.sub_account.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
