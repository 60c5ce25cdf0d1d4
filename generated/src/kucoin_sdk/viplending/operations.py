"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_discount_rate_configs": Operation(
            name="get_discount_rate_configs",
            method="GET",
            path="/api/v1/otc-loan/discount-rate-configs",
            summary="Get Discount Rate Configs",
            service="viplending",
            models="viplending.models",
        ),
        "get_loan_info": Operation(
            name="get_loan_info",
            method="GET",
            path="/api/v1/otc-loan/loan",
            summary="Get Loan Info",
            service="viplending",
            models="viplending.models",
        ),
        "get_accounts": Operation(
            name="get_accounts",
            method="GET",
            path="/api/v1/otc-loan/accounts",
            summary="Get Accounts",
            service="viplending",
            models="viplending.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
