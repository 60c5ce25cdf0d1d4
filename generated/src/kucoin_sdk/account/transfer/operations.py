"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_transfer_quotas": Operation(
            name="get_transfer_quotas",
            method="GET",
            path="/api/v1/accounts/transferable",
            summary="Get Transfer Quotas",
            inputs=(
                Input("currency", "currency", "query"),
                Input("type", "type", "query"),
                Input("tag", "tag", "query"),
            ),
            service="account.transfer",
            models="account.transfer.models",
        ),
        "flex_transfer": Operation(
            name="flex_transfer",
            method="POST",
            path="/api/v3/accounts/universal-transfer",
            summary="Flex Transfer",
            inputs=(
                Input("client_oid", "clientOid", "body"),
                Input("currency", "currency", "body"),
                Input("amount", "amount", "body"),
                Input("from_user_id", "fromUserId", "body"),
                Input("from_account_type", "fromAccountType", "body"),
                Input("from_account_tag", "fromAccountTag", "body"),
                Input("type", "type", "body"),
                Input("to_user_id", "toUserId", "body"),
                Input("to_account_type", "toAccountType", "body"),
                Input("to_account_tag", "toAccountTag", "body"),
            ),
            body="object",
            service="account.transfer",
            models="account.transfer.models",
        ),
        "sub_account_transfer": Operation(
            name="sub_account_transfer",
            method="POST",
            path="/api/v2/accounts/sub-transfer",
            summary="Sub-account Transfer",
            inputs=(
                Input("client_oid", "clientOid", "body"),
                Input("currency", "currency", "body"),
                Input("amount", "amount", "body"),
                Input("direction", "direction", "body"),
                Input("account_type", "accountType", "body"),
                Input("sub_account_type", "subAccountType", "body"),
                Input("sub_user_id", "subUserId", "body"),
                Input("tag", "tag", "body"),
                Input("sub_tag", "subTag", "body"),
            ),
            body="object",
            service="account.transfer",
            models="account.transfer.models",
        ),
        "internal_transfer": Operation(
            name="internal_transfer",
            method="POST",
            path="/api/v2/accounts/inner-transfer",
            summary="Internal Transfer",
            inputs=(
                Input("client_oid", "clientOid", "body"),
                Input("currency", "currency", "body"),
                Input("amount", "amount", "body"),
                Input("to", "to", "body"),
                Input("from_tag", "fromTag", "body"),
                Input("to_tag", "toTag", "body"),
                Input("from_", "from", "body"),
            ),
            body="object",
            service="account.transfer",
            models="account.transfer.models",
        ),
        "get_futures_account_transfer_out_ledger": Operation(
            name="get_futures_account_transfer_out_ledger",
            method="GET",
            path="/api/v1/transfer-list",
            summary="Get Futures Account Transfer Out Ledger",
            inputs=(
                Input("currency", "currency", "query"),
                Input("type", "type", "query"),
                Input("tag", "tag", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.transfer",
            host="https://api-futures.kucoin.com",
            models="account.transfer.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "futures_account_transfer_out": Operation(
            name="futures_account_transfer_out",
            method="POST",
            path="/api/v3/transfer-out",
            summary="Futures Account Transfer Out",
            inputs=(
                Input("currency", "currency", "body"),
                Input("amount", "amount", "body"),
                Input("rec_account_type", "recAccountType", "body"),
            ),
            body="object",
            service="account.transfer",
            host="https://api-futures.kucoin.com",
            models="account.transfer.models",
        ),
        "futures_account_transfer_in": Operation(
            name="futures_account_transfer_in",
            method="POST",
            path="/api/v1/transfer-in",
            summary="Futures Account Transfer In",
            inputs=(
                Input("currency", "currency", "body"),
                Input("amount", "amount", "body"),
                Input("pay_account_type", "payAccountType", "body"),
            ),
            body="object",
            service="account.transfer",
            host="https://api-futures.kucoin.com",
            models="account.transfer.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
