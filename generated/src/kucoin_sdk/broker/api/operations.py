"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_broker_rebate": Operation(
            name="get_broker_rebate",
            method="GET",
            path="/api/v1/broker/api/rebase/download",
            summary="Get Broker Rebate",
            inputs=(
                Input("begin", "begin", "query"),
                Input("end", "end", "query"),
                Input("trade_type", "tradeType", "query"),
            ),
            service="broker.api",
            models="broker.api.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
