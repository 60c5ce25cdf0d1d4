"""Synchronous service for the margin market endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.margin.market.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.margin.market.models import (
        GetEtfInfoData,
        GetMarginConfigData,
        GetMarkPriceDetailData,
        GetMarkPriceListData,
        GetSymbolsCrossMarginData,
        GetSymbolsIsolatedMarginData,
    )


class MarginMarketService(SyncService):
    """The margin market endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> MarginMarketServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return MarginMarketServiceWithRawResponse(self)

    def get_symbols_cross_margin(
        self,
        *,
        symbol: str | None = None,
    ) -> GetSymbolsCrossMarginData | None:
        """Get Symbols - Cross Margin.

        `GET /api/v3/margin/symbols`

        This endpoint allows querying the configuration of cross margin symbol.

        Args:
            symbol: If not provided, all cross margin symbol will be queried. If
                provided, only the specified symbol will be queried.
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetSymbolsCrossMarginData | None",
            self.call(
                OPERATIONS["get_symbols_cross_margin"],
                _arguments,
            ),
        )

    def get_etf_info(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetEtfInfoData] | None:
        """Get ETF Info.

        `GET /api/v3/etf/info`

        This interface returns leveraged token information.

        Args:
            currency: ETF Currency: If empty, query all currencies
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetEtfInfoData] | None",
            self.call(
                OPERATIONS["get_etf_info"],
                _arguments,
            ),
        )

    def get_mark_price_detail(
        self,
        *,
        symbol: str,
    ) -> GetMarkPriceDetailData | None:
        """Get Mark Price Detail.

        `GET /api/v1/mark-price/{symbol}/current`

        This endpoint returns the current Mark price for specified margin trading pairs.

        Args:
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetMarkPriceDetailData | None",
            self.call(
                OPERATIONS["get_mark_price_detail"],
                _arguments,
            ),
        )

    def get_margin_config(
        self,
    ) -> GetMarginConfigData | None:
        """Get Margin Config.

        `GET /api/v1/margin/config`

        Request the configure info of the cross margin via this endpoint.
        """
        return cast(
            "GetMarginConfigData | None",
            self.call(
                OPERATIONS["get_margin_config"],
            ),
        )

    def get_mark_price_list(
        self,
    ) -> list[GetMarkPriceListData] | None:
        """Get Mark Price List.

        `GET /api/v3/mark-price/all-symbols`

        This endpoint returns the current Mark price for all margin trading pairs.
        """
        return cast(
            "list[GetMarkPriceListData] | None",
            self.call(
                OPERATIONS["get_mark_price_list"],
            ),
        )

    def get_symbols_isolated_margin(
        self,
    ) -> list[GetSymbolsIsolatedMarginData] | None:
        """Get Symbols - Isolated Margin.

        `GET /api/v1/isolated/symbols`

        This endpoint allows querying the configuration of isolated margin symbol.
        """
        return cast(
            "list[GetSymbolsIsolatedMarginData] | None",
            self.call(
                OPERATIONS["get_symbols_isolated_margin"],
            ),
        )


class MarginMarketServiceWithRawResponse:
    """The operations of a MarginMarketService, each returning its call's RawResponse."""

    def __init__(self, client: MarginMarketService) -> None:
        self.get_symbols_cross_margin = raw_response_wrapper(client.get_symbols_cross_margin)
        self.get_etf_info = raw_response_wrapper(client.get_etf_info)
        self.get_mark_price_detail = raw_response_wrapper(client.get_mark_price_detail)
        self.get_margin_config = raw_response_wrapper(client.get_margin_config)
        self.get_mark_price_list = raw_response_wrapper(client.get_mark_price_list)
        self.get_symbols_isolated_margin = raw_response_wrapper(client.get_symbols_isolated_margin)
