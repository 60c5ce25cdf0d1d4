"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_margin_risk_limit": Operation(
            name="get_margin_risk_limit",
            method="GET",
            path="/api/v3/margin/currencies",
            summary="Get Margin Risk Limit",
            inputs=(
                Input("is_isolated", "isIsolated", "query"),
                Input("currency", "currency", "query"),
                Input("symbol", "symbol", "query"),
            ),
            service="margin.risk_limit",
            models="margin.risk_limit.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
