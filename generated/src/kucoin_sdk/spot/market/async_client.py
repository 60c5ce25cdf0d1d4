"""Asynchronous service for the spot market endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.spot.market.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.spot.market.enums import (
        AnnType,
        AnnTypeLiteral,
        Lang,
        LangLiteral,
        Type,
        TypeLiteral,
    )
    from kucoin_sdk.spot.market.models import (
        Get24hrStatsData,
        GetAllCurrenciesData,
        GetAllSymbolsData,
        GetAllTickersData,
        GetAnnouncementsData,
        GetAnnouncementsDataItem,
        GetCallAuctionInfoData,
        GetCallAuctionPartOrderBookData,
        GetCurrencyData,
        GetFullOrderBookData,
        GetPartOrderBookData,
        GetPrivateTokenSpotMarginData,
        GetPublicTokenSpotMarginData,
        GetServiceStatusData,
        GetSymbolData,
        GetTickerData,
        GetTradeHistoryData,
    )


class AsyncSpotMarketService(AsyncService):
    """The spot market endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncSpotMarketServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncSpotMarketServiceWithRawResponse(self)

    async def get_announcements(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
        ann_type: AnnType | AnnTypeLiteral | None = None,
        lang: Lang | LangLiteral | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
    ) -> GetAnnouncementsData | None:
        """Get Announcements.

        `GET /api/v3/announcements`

        This interface can obtain the latest news announcements, and the default page
        search is for announcements within a month.

        `iter_get_announcements()` walks every page of this list.

        Args:
            current_page: page number
            page_size: page Size
            ann_type: Announcement types: latest-announcements , activities (latest
                activities), new-listings (new currency online), product-updates
                (product updates), vip (institutions and VIPs), maintenance-updates
                (system maintenance), product -updates (product news), delistings
                (currency offline), others, api-campaigns (API user activities), default
                : latest-announcements
            lang: Language type, the default is en_US, the specific value parameters are
                as follows
            start_time: Announcement online start time (milliseconds)
            end_time: Announcement online end time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "current_page": current_page,
            "page_size": page_size,
            "ann_type": ann_type,
            "lang": lang,
            "start_time": start_time,
            "end_time": end_time,
        }
        return cast(
            "GetAnnouncementsData | None",
            await self.call(
                OPERATIONS["get_announcements"],
                _arguments,
            ),
        )

    def iter_get_announcements(
        self,
        *,
        current_page: int | None = None,
        page_size: int | None = None,
        ann_type: AnnType | AnnTypeLiteral | None = None,
        lang: Lang | LangLiteral | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
    ) -> AsyncIterator[GetAnnouncementsDataItem]:
        """Every item of `get_announcements`, page after page, from `current_page` (default
        1) to the last page.
        """

        async def _page(_at: Any) -> GetAnnouncementsData | None:
            return await self.get_announcements(
                current_page=_at,
                page_size=page_size,
                ann_type=ann_type,
                lang=lang,
                start_time=start_time,
                end_time=end_time,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "spot.market.get_announcements",
        )

    async def get_currency(
        self,
        *,
        chain: str | None = None,
        currency: str,
    ) -> GetCurrencyData | None:
        """Get Currency.

        `GET /api/v3/currencies/{currency}`

        Request the currency details of a specified currency via this endpoint.

        Args:
            chain: Support for querying the chain of currency, e.g. the available values
                for USDT are OMNI, ERC20, TRC20. This only applies to multi-chain
                currencies; no need for single-chain currencies.
            currency: Path parameter, Currency
        """
        _arguments: dict[str, Any] = {
            "chain": chain,
            "currency": currency,
        }
        return cast(
            "GetCurrencyData | None",
            await self.call(
                OPERATIONS["get_currency"],
                _arguments,
            ),
        )

    async def get_all_currencies(
        self,
    ) -> list[GetAllCurrenciesData] | None:
        """Get All Currencies.

        `GET /api/v3/currencies`

        Request a currency list via this endpoint. Not all currencies can currently be
        used for trading.
        """
        return cast(
            "list[GetAllCurrenciesData] | None",
            await self.call(
                OPERATIONS["get_all_currencies"],
            ),
        )

    async def get_symbol(
        self,
        *,
        symbol: str,
    ) -> GetSymbolData | None:
        """Get Symbol.

        `GET /api/v2/symbols/{symbol}`

        Request via this endpoint to get detail currency pairs for trading. If you want
        to get the market information of the trading symbol, please use Get All Tickers.

        Args:
            symbol: Path parameter, Symbol
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
        *,
        market: str | None = None,
    ) -> list[GetAllSymbolsData] | None:
        """Get All Symbols.

        `GET /api/v2/symbols`

        Request a list of available currency pairs for trading via this endpoint. If you
        want to get the market information of the trading symbol, please use Get All
        Tickers.

        Args:
            market: [The trading market](https://www.kucoin.com/docs-new/api-222921786)
        """
        _arguments: dict[str, Any] = {
            "market": market,
        }
        return cast(
            "list[GetAllSymbolsData] | None",
            await self.call(
                OPERATIONS["get_all_symbols"],
                _arguments,
            ),
        )

    async def get_ticker(
        self,
        *,
        symbol: str,
    ) -> GetTickerData | None:
        """Get Ticker.

        `GET /api/v1/market/orderbook/level1`

        Request via this endpoint to get Level 1 Market Data. The returned value
        includes the best bid price and size, the best ask price and size as well as the
        last traded price and the last traded size.

        Args:
            symbol: symbol
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
    ) -> GetAllTickersData | None:
        """Get All Tickers.

        `GET /api/v1/market/allTickers`

        Request market tickers for all the trading pairs in the market (including 24h
        volume); takes a snapshot every 2 seconds. On the rare occasion that we change
        the currency name, if you still want the changed symbol name, you can use the
        symbolName field instead of the symbol field via “Get all tickers” endpoint.
        """
        return cast(
            "GetAllTickersData | None",
            await self.call(
                OPERATIONS["get_all_tickers"],
            ),
        )

    async def get_trade_history(
        self,
        *,
        symbol: str,
    ) -> list[GetTradeHistoryData] | None:
        """Get Trade History.

        `GET /api/v1/market/histories`

        Request via this endpoint to get the trade history of the specified symbol, the
        returned quantity is the last 100 transaction records.

        Args:
            symbol: symbol
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
        type: Type | TypeLiteral,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> list[list[str]] | None:
        """Get Klines.

        `GET /api/v1/market/candles`

        Get the Kline of the symbol. Data are returned in grouped buckets based on
        requested type. For each query, the system would return at most 1500 pieces of
        data. To obtain more data, please page the data by time.

        Args:
            symbol: symbol
            type: Type of candlestick patterns: 1min, 3min, 5min, 15min, 30min, 1hour,
                2hour, 4hour, 6hour, 8hour, 12hour, 1day, 1week, 1month
            start_at: Start time (second), default is 0
            end_at: End time (second), default is 0
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "type": type,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "list[list[str]] | None",
            await self.call(
                OPERATIONS["get_klines"],
                _arguments,
            ),
        )

    async def get_part_order_book(
        self,
        *,
        symbol: str,
        size: int,
    ) -> GetPartOrderBookData | None:
        """Get Part OrderBook.

        `GET /api/v1/market/orderbook/level2_{size}`

        Query for part orderbook depth data. (aggregated by price) You are recommended
        to request via this endpoint as the system reponse would be faster and cosume
        less traffic.

        Args:
            symbol: symbol
            size: Get the depth layer, optional value: 20, 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "size": size,
        }
        return cast(
            "GetPartOrderBookData | None",
            await self.call(
                OPERATIONS["get_part_order_book"],
                _arguments,
            ),
        )

    async def get_full_order_book(
        self,
        *,
        symbol: str,
    ) -> GetFullOrderBookData | None:
        """Get Full OrderBook.

        `GET /api/v3/market/orderbook/level2`

        Query for Full orderbook depth data. (aggregated by price) It is generally used
        by professional traders because it uses more server resources and traffic, and
        we have strict access rate limit control. To maintain up-to-date Order Book,
        please use Websocket incremental feed after retrieving the OrderBook.

        Args:
            symbol: symbol
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

    async def get_call_auction_part_order_book(
        self,
        *,
        symbol: str,
        size: int,
    ) -> GetCallAuctionPartOrderBookData | None:
        """Get Call Auction Part OrderBook.

        `GET /api/v1/market/orderbook/callauction/level2_{size}`

        Query for call auction part orderbook depth data. (aggregated by price). It is
        recommended that you request via this endpoint, as the system response will be
        faster and consume less traffic.

        Args:
            symbol: symbol
            size: Get the depth layer, optional value: 20, 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "size": size,
        }
        return cast(
            "GetCallAuctionPartOrderBookData | None",
            await self.call(
                OPERATIONS["get_call_auction_part_order_book"],
                _arguments,
            ),
        )

    async def get_call_auction_info(
        self,
        *,
        symbol: str,
    ) -> GetCallAuctionInfoData | None:
        """Get Call Auction Info.

        `GET /api/v1/market/callauctionData`

        Get call auction data. This interface will return the following information for
        the specified symbol during the call auction phase: estimated transaction price,
        estimated transaction quantity, bid price range, and ask price range.

        Args:
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetCallAuctionInfoData | None",
            await self.call(
                OPERATIONS["get_call_auction_info"],
                _arguments,
            ),
        )

    async def get_fiat_price(
        self,
        *,
        base: str | None = None,
        currencies: str | None = None,
    ) -> dict[str, str] | None:
        """Get Fiat Price.

        `GET /api/v1/prices`

        Request the fiat price of the currencies for the available trading pairs via
        this endpoint.

        Args:
            base: Ticker symbol of a base currency, e.g. USD, EUR. Default is USD
            currencies: Comma-separated cryptocurrencies to be converted into fiat,
                e.g.: BTC,ETH, etc. Default to return the fiat price of all currencies.
        """
        _arguments: dict[str, Any] = {
            "base": base,
            "currencies": currencies,
        }
        return cast(
            "dict[str, str] | None",
            await self.call(
                OPERATIONS["get_fiat_price"],
                _arguments,
            ),
        )

    async def get_24hr_stats(
        self,
        *,
        symbol: str,
    ) -> Get24hrStatsData | None:
        """Get 24hr Stats.

        `GET /api/v1/market/stats`

        Request via this endpoint to get the statistics of the specified ticker in the
        last 24 hours.

        Args:
            symbol: symbol
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "Get24hrStatsData | None",
            await self.call(
                OPERATIONS["get_24hr_stats"],
                _arguments,
            ),
        )

    async def get_market_list(
        self,
    ) -> list[str] | None:
        """Get Market List.

        `GET /api/v1/markets`

        Request via this endpoint the transaction currency for the entire trading
        market.
        """
        return cast(
            "list[str] | None",
            await self.call(
                OPERATIONS["get_market_list"],
            ),
        )

    async def get_client_ip_address(
        self,
    ) -> str | None:
        """Get Client IP Address.

        `GET /api/v1/my-ip`

        Get the server time.
        """
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["get_client_ip_address"],
            ),
        )

    async def get_server_time(
        self,
    ) -> int | None:
        """Get Server Time.

        `GET /api/v1/timestamp`

        Get the server time.
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

    async def get_public_token_spot_margin(
        self,
    ) -> GetPublicTokenSpotMarginData | None:
        """Get Public Token - Spot/Margin.

        `POST /api/v1/bullet-public`

        This interface can obtain the token required for Websocket to establish a
        Spot/Margin connection. If you need use public channels (e.g. all public market
        data), please make request as follows to obtain the server list and public token
        """
        return cast(
            "GetPublicTokenSpotMarginData | None",
            await self.call(
                OPERATIONS["get_public_token_spot_margin"],
            ),
        )

    async def get_private_token_spot_margin(
        self,
    ) -> GetPrivateTokenSpotMarginData | None:
        """Get Private Token - Spot/Margin.

        `POST /api/v1/bullet-private`

        This interface can obtain the token required for Websocket to establish a
        Spot/Margin private connection. If you need use private channels (e.g. account
        balance notice), please make request as follows to obtain the server list and
        private token
        """
        return cast(
            "GetPrivateTokenSpotMarginData | None",
            await self.call(
                OPERATIONS["get_private_token_spot_margin"],
            ),
        )


class AsyncSpotMarketServiceWithRawResponse:
    """The operations of a AsyncSpotMarketService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncSpotMarketService) -> None:
        self.get_announcements = async_raw_response_wrapper(client.get_announcements)
        self.get_currency = async_raw_response_wrapper(client.get_currency)
        self.get_all_currencies = async_raw_response_wrapper(client.get_all_currencies)
        self.get_symbol = async_raw_response_wrapper(client.get_symbol)
        self.get_all_symbols = async_raw_response_wrapper(client.get_all_symbols)
        self.get_ticker = async_raw_response_wrapper(client.get_ticker)
        self.get_all_tickers = async_raw_response_wrapper(client.get_all_tickers)
        self.get_trade_history = async_raw_response_wrapper(client.get_trade_history)
        self.get_klines = async_raw_response_wrapper(client.get_klines)
        self.get_part_order_book = async_raw_response_wrapper(client.get_part_order_book)
        self.get_full_order_book = async_raw_response_wrapper(client.get_full_order_book)
        self.get_call_auction_part_order_book = async_raw_response_wrapper(
            client.get_call_auction_part_order_book
        )
        self.get_call_auction_info = async_raw_response_wrapper(client.get_call_auction_info)
        self.get_fiat_price = async_raw_response_wrapper(client.get_fiat_price)
        self.get_24hr_stats = async_raw_response_wrapper(client.get_24hr_stats)
        self.get_market_list = async_raw_response_wrapper(client.get_market_list)
        self.get_client_ip_address = async_raw_response_wrapper(client.get_client_ip_address)
        self.get_server_time = async_raw_response_wrapper(client.get_server_time)
        self.get_service_status = async_raw_response_wrapper(client.get_service_status)
        self.get_public_token_spot_margin = async_raw_response_wrapper(
            client.get_public_token_spot_margin
        )
        self.get_private_token_spot_margin = async_raw_response_wrapper(
            client.get_private_token_spot_margin
        )
