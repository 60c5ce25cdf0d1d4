"""Asynchronous service for the futures market endpoints: one method per operation of the page."""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.futures.market.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.futures.market.enums import (
        Granularity,
        GranularityLiteral,
    )
    from kucoin_sdk.futures.market.models import (
        Get24hrStatsData,
        GetAllSymbolsData,
        GetAllTickersData,
        GetFullOrderBookData,
        GetInterestRateIndexData,
        GetMarkPriceData,
        GetPartOrderBookData,
        GetPremiumIndexData,
        GetPrivateTokenFuturesData,
        GetPublicTokenFuturesData,
        GetServiceStatusData,
        GetSpotIndexPriceData,
        GetSymbolData,
        GetTickerData,
        GetTradeHistoryData,
    )


class AsyncFuturesMarketService(AsyncService):
    """The futures market endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncFuturesMarketServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncFuturesMarketServiceWithRawResponse(self)

    async def get_symbol(
        self,
        *,
        symbol: str,
    ) -> GetSymbolData | None:
        """Get Symbol.

        `GET /api/v1/contracts/{symbol}`

        Get information of specified contracts that can be traded. This API will return
        a list of tradable contracts, including some key parameters of the contract such
        as the symbol name, tick size, mark price, etc.

        Args:
            symbol: Path Parameter. Symbol of the contract
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetSymbolData | None",
            await self.call(
                OPERATIONS["get_symbol"],
                _arguments,
            ),
        )

    async def get_all_symbols(
        self,
    ) -> list[GetAllSymbolsData] | None:
        """Get All Symbols.

        `GET /api/v1/contracts/active`

        Get detailed information of all contracts that can be traded. This API will
        return a list of tradable contracts, including some key parameters of the
        contract such as the symbol name, tick size, mark price, etc.
        """
        return cast(
            "list[GetAllSymbolsData] | None",
            await self.call(
                OPERATIONS["get_all_symbols"],
            ),
        )

    async def get_ticker(
        self,
        *,
        symbol: str,
    ) -> GetTickerData | None:
        """Get Ticker.

        `GET /api/v1/ticker`

        This endpoint returns \"last traded price/size\", \"best bid/ask price/size\" etc.
        of a single symbol. These messages can also be obtained through Websocket.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetTickerData | None",
            await self.call(
                OPERATIONS["get_ticker"],
                _arguments,
            ),
        )

    async def get_all_tickers(
        self,
    ) -> list[GetAllTickersData] | None:
        """Get All Tickers.

        `GET /api/v1/allTickers`

        This endpoint returns \"last traded price/size\", \"best bid/ask price/size\" etc.
        of a single symbol. These messages can also be obtained through Websocket.
        """
        return cast(
            "list[GetAllTickersData] | None",
            await self.call(
                OPERATIONS["get_all_tickers"],
            ),
        )

    async def get_full_order_book(
        self,
        *,
        symbol: str | None = None,
    ) -> GetFullOrderBookData | None:
        """Get Full OrderBook.

        `GET /api/v1/level2/snapshot`

        Query for Full orderbook depth data (aggregated by price). It is generally used
        by professional traders because it uses more server resources and traffic, and
        we have strict access rate limit control. To maintain an up-to-date Order Book,
        please use Websocket incremental feed after retrieving the OrderBook.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetFullOrderBookData | None",
            await self.call(
                OPERATIONS["get_full_order_book"],
                _arguments,
            ),
        )

    async def get_part_order_book(
        self,
        *,
        size: DecimalString,
        symbol: str,
    ) -> GetPartOrderBookData | None:
        """Get Part OrderBook.

        `GET /api/v1/level2/depth{size}`

        Query for part orderbook depth data. (aggregated by price). It is recommended
        that you request via this endpoint, as the system response will be faster and
        consume less traffic.

        Args:
            size: Get the depth layer, optional value: 20, 100
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "size": size,
            "symbol": symbol,
        }
        return cast(
            "GetPartOrderBookData | None",
            await self.call(
                OPERATIONS["get_part_order_book"],
                _arguments,
            ),
        )

    async def get_trade_history(
        self,
        *,
        symbol: str,
    ) -> list[GetTradeHistoryData] | None:
        """Get Trade History.

        `GET /api/v1/trade/history`

        Request the trade history of the specified symbol via this endpoint. The
        returned quantity is the last 100 transaction records.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "list[GetTradeHistoryData] | None",
            await self.call(
                OPERATIONS["get_trade_history"],
                _arguments,
            ),
        )

    async def get_klines(
        self,
        *,
        symbol: str,
        granularity: Granularity | GranularityLiteral,
        from_: int | None = None,
        to: int | None = None,
    ) -> list[list[Decimal]] | None:
        """Get Klines.

        `GET /api/v1/kline/query`

        Get the symbol’s candlestick chart. Data are returned in grouped buckets based
        on requested type. For each query, the system will return at most 500 pieces of
        data. To obtain more data, please page the data by time.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol, indexSymbol, premiumsSymbol1M,
                premiumsSymbol8H](https://www.kucoin.com/docs-new/api-3470220)
            granularity: Type of candlestick patterns (minutes)
            from_: Start time (milliseconds)
            to: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "granularity": granularity,
            "from_": from_,
            "to": to,
        }
        return cast(
            "list[list[Decimal]] | None",
            await self.call(
                OPERATIONS["get_klines"],
                _arguments,
            ),
        )

    async def get_mark_price(
        self,
        *,
        symbol: str,
    ) -> GetMarkPriceData | None:
        """Get Mark Price.

        `GET /api/v1/mark-price/{symbol}/current`

        Get the current mark price (Update snapshots once per second, real-time query).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetMarkPriceData | None",
            await self.call(
                OPERATIONS["get_mark_price"],
                _arguments,
            ),
        )

    async def get_spot_index_price(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
        reverse: bool | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
    ) -> GetSpotIndexPriceData | None:
        """Get Spot Index Price.

        `GET /api/v1/index/query`

        Get Spot Index Price (Update snapshots once per second, and there is a 5s cache
        when querying).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                indexSymbol](https://www.kucoin.com/docs-new/api-3470220)
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            reverse: This parameter functions to judge whether the lookup is reversed.
                True means “yes”. False means “no”. This parameter is set as True by
                default.
            offset: Start offset. The unique attribute of the last returned result of
                the last request. The data of the first page will be returned by
                default.
            forward: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            max_count: Max. record count. The default record count is 10; the maximum
                length cannot exceed 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "start_at": start_at,
            "end_at": end_at,
            "reverse": reverse,
            "offset": offset,
            "forward": forward,
            "max_count": max_count,
        }
        return cast(
            "GetSpotIndexPriceData | None",
            await self.call(
                OPERATIONS["get_spot_index_price"],
                _arguments,
            ),
        )

    async def get_interest_rate_index(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
        reverse: bool | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
    ) -> GetInterestRateIndexData | None:
        """Get Interest Rate Index.

        `GET /api/v1/interest/query`

        Get interest rate Index (real-time query).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                fundingBaseSymbol, fundingQuoteSymbol, fundingBaseSymbol1M,
                fundingQuoteSymbol1M](https://www.kucoin.com/docs-new/api-3470220)
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            reverse: This parameter functions to judge whether the lookup is reversed.
                True means “yes”. False means “no”. This parameter is set as True by
                default.
            offset: Start offset. The unique attribute of the last returned result of
                the last request. The data of the first page will be returned by
                default.
            forward: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            max_count: Max. record count. The default record count is 10; the maximum
                length cannot exceed 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "start_at": start_at,
            "end_at": end_at,
            "reverse": reverse,
            "offset": offset,
            "forward": forward,
            "max_count": max_count,
        }
        return cast(
            "GetInterestRateIndexData | None",
            await self.call(
                OPERATIONS["get_interest_rate_index"],
                _arguments,
            ),
        )

    async def get_premium_index(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
        reverse: bool | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
    ) -> GetPremiumIndexData | None:
        """Get Premium Index.

        `GET /api/v1/premium/query`

        Submit request to get premium index (Update snapshots once per second, real-time
        query).

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                premiumsSymbol1M,
                premiumsSymbol8H](https://www.kucoin.com/docs-new/api-3470220)
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
            reverse: This parameter functions to judge whether the lookup is reversed.
                True means “yes”. False means “no”. This parameter is set as True by
                default.
            offset: Start offset. The unique attribute of the last returned result of
                the last request. The data of the first page will be returned by
                default.
            forward: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            max_count: Max. record count. The default record count is 10; the maximum
                length cannot exceed 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "start_at": start_at,
            "end_at": end_at,
            "reverse": reverse,
            "offset": offset,
            "forward": forward,
            "max_count": max_count,
        }
        return cast(
            "GetPremiumIndexData | None",
            await self.call(
                OPERATIONS["get_premium_index"],
                _arguments,
            ),
        )

    async def get_24hr_stats(
        self,
    ) -> Get24hrStatsData | None:
        """Get 24hr stats.

        `GET /api/v1/trade-statistics`

        Get the statistics of the platform futures trading volume in the last 24 hours.
        """
        return cast(
            "Get24hrStatsData | None",
            await self.call(
                OPERATIONS["get_24hr_stats"],
            ),
        )

    async def get_server_time(
        self,
    ) -> int | None:
        """Get Server Time.

        `GET /api/v1/timestamp`

        Get the API server time. This is the Unix timestamp.
        """
        return cast(
            "int | None",
            await self.call(
                OPERATIONS["get_server_time"],
            ),
        )

    async def get_service_status(
        self,
    ) -> GetServiceStatusData | None:
        """Get Service Status.

        `GET /api/v1/status`

        Get the service status.
        """
        return cast(
            "GetServiceStatusData | None",
            await self.call(
                OPERATIONS["get_service_status"],
            ),
        )

    async def get_public_token_futures(
        self,
    ) -> GetPublicTokenFuturesData | None:
        """Get Public Token - Futures.

        `POST /api/v1/bullet-public`

        This interface can obtain the token required for Websocket to establish a
        Futures connection. If you need use public channels (e.g. all public market
        data), please make request as follows to obtain the server list and public token
        """
        return cast(
            "GetPublicTokenFuturesData | None",
            await self.call(
                OPERATIONS["get_public_token_futures"],
            ),
        )

    async def get_private_token_futures(
        self,
    ) -> GetPrivateTokenFuturesData | None:
        """Get Private Token - Futures.

        `POST /api/v1/bullet-private`

        This interface can obtain the token required for Websocket to establish a
        Futures private connection. If you need use private channels (e.g. account
        balance notice), please make request as follows to obtain the server list and
        private token
        """
        return cast(
            "GetPrivateTokenFuturesData | None",
            await self.call(
                OPERATIONS["get_private_token_futures"],
            ),
        )


class AsyncFuturesMarketServiceWithRawResponse:
    """The operations of a AsyncFuturesMarketService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncFuturesMarketService) -> None:
        self.get_symbol = async_raw_response_wrapper(client.get_symbol)
        self.get_all_symbols = async_raw_response_wrapper(client.get_all_symbols)
        self.get_ticker = async_raw_response_wrapper(client.get_ticker)
        self.get_all_tickers = async_raw_response_wrapper(client.get_all_tickers)
        self.get_full_order_book = async_raw_response_wrapper(client.get_full_order_book)
        self.get_part_order_book = async_raw_response_wrapper(client.get_part_order_book)
        self.get_trade_history = async_raw_response_wrapper(client.get_trade_history)
        self.get_klines = async_raw_response_wrapper(client.get_klines)
        self.get_mark_price = async_raw_response_wrapper(client.get_mark_price)
        self.get_spot_index_price = async_raw_response_wrapper(client.get_spot_index_price)
        self.get_interest_rate_index = async_raw_response_wrapper(client.get_interest_rate_index)
        self.get_premium_index = async_raw_response_wrapper(client.get_premium_index)
        self.get_24hr_stats = async_raw_response_wrapper(client.get_24hr_stats)
        self.get_server_time = async_raw_response_wrapper(client.get_server_time)
        self.get_service_status = async_raw_response_wrapper(client.get_service_status)
        self.get_public_token_futures = async_raw_response_wrapper(client.get_public_token_futures)
        self.get_private_token_futures = async_raw_response_wrapper(
            client.get_private_token_futures
        )
