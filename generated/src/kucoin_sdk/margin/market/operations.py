"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_symbols_cross_margin": Operation(
            name="get_symbols_cross_margin",
            method="GET",
            path="/api/v3/margin/symbols",
            summary="Get Symbols - Cross Margin",
            inputs=(Input("symbol", "symbol", "query"),),
            service="margin.market",
            models="margin.market.models",
        ),
        "get_etf_info": Operation(
            name="get_etf_info",
            method="GET",
            path="/api/v3/etf/info",
            summary="Get ETF Info",
            inputs=(Input("currency", "currency", "query"),),
            service="margin.market",
            models="margin.market.models",
        ),
        "get_mark_price_detail": Operation(
            name="get_mark_price_detail",
            method="GET",
            path="/api/v1/mark-price/{symbol}/current",
            summary="Get Mark Price Detail",
            inputs=(Input("symbol", "symbol", "path"),),
            service="margin.market",
            models="margin.market.models",
        ),
        "get_margin_config": Operation(
            name="get_margin_config",
            method="GET",
            path="/api/v1/margin/config",
            summary="Get Margin Config",
            service="margin.market",
            models="margin.market.models",
        ),
        "get_mark_price_list": Operation(
            name="get_mark_price_list",
            method="GET",
            path="/api/v3/mark-price/all-symbols",
            summary="Get Mark Price List",
            service="margin.market",
            models="margin.market.models",
        ),
        "get_symbols_isolated_margin": Operation(
            name="get_symbols_isolated_margin",
            method="GET",
            path="/api/v1/isolated/symbols",
            summary="Get Symbols - Isolated Margin",
            service="margin.market",
            models="margin.market.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
