"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_basic_fee_spot_margin": Operation(
            name="get_basic_fee_spot_margin",
            method="GET",
            path="/api/v1/base-fee",
            summary="Get Basic Fee - Spot/Margin",
            inputs=(Input("currency_type", "currencyType", "query"),),
            service="account.fee",
            models="account.fee.models",
        ),
        "get_actual_fee_spot_margin": Operation(
            name="get_actual_fee_spot_margin",
            method="GET",
            path="/api/v1/trade-fees",
            summary="Get Actual Fee - Spot/Margin",
            inputs=(Input("symbols", "symbols", "query"),),
            service="account.fee",
            models="account.fee.models",
        ),
        "get_actual_fee_futures": Operation(
            name="get_actual_fee_futures",
            method="GET",
            path="/api/v1/trade-fees",
            summary="Get Actual Fee - Futures",
            inputs=(Input("symbol", "symbol", "query"),),
            service="account.fee",
            host="https://api-futures.kucoin.com",
            models="account.fee.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
