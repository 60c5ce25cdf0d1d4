"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_withdrawal_quotas": Operation(
            name="get_withdrawal_quotas",
            method="GET",
            path="/api/v1/withdrawals/quotas",
            summary="Get Withdrawal Quotas",
            inputs=(Input("currency", "currency", "query"), Input("chain", "chain", "query")),
            service="account.withdrawal",
            models="account.withdrawal.models",
        ),
        "withdraw_v3": Operation(
            name="withdraw_v3",
            method="POST",
            path="/api/v3/withdrawals",
            summary="Withdraw (V3)",
            inputs=(
                Input("currency", "currency", "body"),
                Input("chain", "chain", "body"),
                Input("amount", "amount", "body"),
                Input("memo", "memo", "body"),
                Input("is_inner", "isInner", "body"),
                Input("remark", "remark", "body"),
                Input("fee_deduct_type", "feeDeductType", "body"),
                Input("to_address", "toAddress", "body"),
                Input("withdraw_type", "withdrawType", "body"),
            ),
            body="object",
            service="account.withdrawal",
            models="account.withdrawal.models",
        ),
        "cancel_withdrawal": Operation(
            name="cancel_withdrawal",
            method="DELETE",
            path="/api/v1/withdrawals/{withdrawalId}",
            summary="Cancel Withdrawal",
            inputs=(Input("withdrawal_id", "withdrawalId", "path"),),
            service="account.withdrawal",
            models="account.withdrawal.models",
        ),
        "get_withdrawal_history_by_id": Operation(
            name="get_withdrawal_history_by_id",
            method="GET",
            path="/api/v1/withdrawals/{withdrawalId}",
            summary="Get Withdrawal History By ID",
            inputs=(Input("withdrawal_id", "withdrawalId", "path"),),
            service="account.withdrawal",
            models="account.withdrawal.models",
        ),
        "get_withdrawal_history": Operation(
            name="get_withdrawal_history",
            method="GET",
            path="/api/v1/withdrawals",
            summary="Get Withdrawal History",
            inputs=(
                Input("currency", "currency", "query"),
                Input("status", "status", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.withdrawal",
            models="account.withdrawal.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "withdraw_v1": Operation(
            name="withdraw_v1",
            method="POST",
            path="/api/v1/withdrawals",
            summary="Withdraw - V1",
            inputs=(
                Input("currency", "currency", "body"),
                Input("chain", "chain", "body"),
                Input("address", "address", "body"),
                Input("amount", "amount", "body"),
                Input("memo", "memo", "body"),
                Input("is_inner", "isInner", "body"),
                Input("remark", "remark", "body"),
                Input("fee_deduct_type", "feeDeductType", "body"),
            ),
            body="object",
            service="account.withdrawal",
            models="account.withdrawal.models",
        ),
        "get_withdrawal_history_old": Operation(
            name="get_withdrawal_history_old",
            method="GET",
            path="/api/v1/hist-withdrawals",
            summary="Get Withdrawal History - Old",
            inputs=(
                Input("currency", "currency", "query"),
                Input("status", "status", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.withdrawal",
            models="account.withdrawal.models",
            paging=Paging("currentPage", "1", "items"),
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
