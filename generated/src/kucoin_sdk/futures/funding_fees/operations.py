"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation, Paging

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_current_funding_rate": Operation(
            name="get_current_funding_rate",
            method="GET",
            path="/api/v1/funding-rate/{symbol}/current",
            summary="Get Current Funding Rate",
            inputs=(Input("symbol", "symbol", "path"),),
            service="futures.funding_fees",
            models="futures.funding_fees.models",
        ),
        "get_public_funding_history": Operation(
            name="get_public_funding_history",
            method="GET",
            path="/api/v1/contract/funding-rates",
            summary="Get Public Funding History",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("from_", "from", "query"),
                Input("to", "to", "query"),
            ),
            service="futures.funding_fees",
            models="futures.funding_fees.models",
        ),
        "get_private_funding_history": Operation(
            name="get_private_funding_history",
            method="GET",
            path="/api/v1/funding-history",
            summary="Get Private Funding History",
            inputs=(
                Input("symbol", "symbol", "query"),
                Input("start_at", "startAt", "query"),
                Input("end_at", "endAt", "query"),
                Input("reverse", "reverse", "query"),
                Input("offset", "offset", "query"),
                Input("forward", "forward", "query"),
                Input("max_count", "maxCount", "query"),
            ),
            service="futures.funding_fees",
            models="futures.funding_fees.models",
            paging=Paging("offset", None, "dataList"),
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
