"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "add_deposit_address_v3": Operation(
            name="add_deposit_address_v3",
            method="POST",
            path="/api/v3/deposit-address/create",
            summary="Add Deposit Address (V3)",
            inputs=(
                Input("currency", "currency", "body"),
                Input("chain", "chain", "body"),
                Input("to", "to", "body"),
                Input("amount", "amount", "body"),
            ),
            body="object",
            service="account.deposit",
            models="account.deposit.models",
        ),
        "get_deposit_address_v3": Operation(
            name="get_deposit_address_v3",
            method="GET",
            path="/api/v3/deposit-addresses",
            summary="Get Deposit Address (V3)",
            inputs=(
                Input("currency", "currency", "query"),
                Input("amount", "amount", "query"),
                Input("chain", "chain", "query"),
            ),
            service="account.deposit",
            models="account.deposit.models",
        ),
        "get_deposit_history": Operation(
            name="get_deposit_history",
            method="GET",
            path="/api/v1/deposits",
            summary="Get Deposit History",
            inputs=(
                Input("currency", "currency", "query"),
                Input("status", "status", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
                Input("current_page", "currentPage", "query"),
                Input("page_size", "pageSize", "query"),
            ),
            service="account.deposit",
            models="account.deposit.models",
            paging=Paging("currentPage", "1", "items"),
        ),
        "get_deposit_addresses_v2": Operation(
            name="get_deposit_addresses_v2",
            method="GET",
            path="/api/v2/deposit-addresses",
            summary="Get Deposit Addresses (V2)",
            inputs=(Input("currency", "currency", "query"), Input("chain", "chain", "query")),
            service="account.deposit",
            models="account.deposit.models",
        ),
        "get_deposit_addresses_v1": Operation(
            name="get_deposit_addresses_v1",
            method="GET",
            path="/api/v1/deposit-addresses",
            summary="Get Deposit Addresses - V1",
            inputs=(Input("currency", "currency", "query"), Input("chain", "chain", "query")),
            service="account.deposit",
            models="account.deposit.models",
        ),
        "add_deposit_address_v1": Operation(
            name="add_deposit_address_v1",
            method="POST",
            path="/api/v1/deposit-addresses",
            summary="Add Deposit Address - V1",
            inputs=(
                Input("currency", "currency", "body"),
                Input("chain", "chain", "body"),
                Input("to", "to", "body"),
            ),
            body="object",
            service="account.deposit",
            models="account.deposit.models",
        ),
        "get_deposit_history_old": Operation(
            name="get_deposit_history_old",
            method="GET",
            path="/api/v1/hist-deposits",
            summary="Get Deposit History - Old",
            inputs=(
                Input("currency", "currency", "query"),
                Input("status", "status", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
            ),
            service="account.deposit",
            models="account.deposit.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
