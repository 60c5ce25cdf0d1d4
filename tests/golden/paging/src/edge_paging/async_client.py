"""Asynchronous client for paging: one method per operation of the documentation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from edge_paging._client import AsyncClientBase
from edge_paging._pages import Cursor, PageNumbers, async_walk_pages
from edge_paging._response import async_raw_response_wrapper
from edge_paging.operations import OPERATIONS

if TYPE_CHECKING:
    from edge_paging.models import (
        GetClosedOrdersData,
        GetClosedOrdersDataItem,
        GetFundingHistoryData,
        GetFundingHistoryDataData,
        GetIndexListData,
        GetKlinesData,
        GetLedgersData,
        GetOpenOrdersData,
        GetOpenOrdersDataItem,
        GetOrderListData,
        GetOrderListDataItem,
    )


class AsyncClient(AsyncClientBase):
    """Asynchronous paging client.

    Credentials come from the arguments or, when omitted, from the environment variables
    KUCOIN_API_KEY, KUCOIN_API_SECRET and KUCOIN_API_PASSPHRASE; without them only
    public endpoints can be called. Use it as a context manager, or call `aclose()`.

    Options: `base_url` (default https://api.paging.example), `timeout` (seconds per attempt,
    connect to last byte), `total_timeout` (seconds per call, retries included),
    `max_retries`, `max_retry_wait`, `max_response_bytes` (the largest answer read),
    `headers` (sent with every request), `allow_insecure_http` and `transport`.
    `with_options(...)` gives a copy with other options for some calls;
    `with_raw_response.<operation>(...)` returns a call's HTTP response with its data.

    Reads (GET) are retried on timeouts, dropped connections and server errors, with
    exponential backoff and jitter. Any other request (placing, cancelling an order) is
    retried only when it surely did not take effect: the connection never opened, or the
    server refused it before acting (a rate limit, a rejected timestamp). A request that may
    have taken effect (a timeout, a dropped connection, a 5xx or unreadable answer) is never
    sent again: its error says `may_have_taken_effect`, as a duplicate order costs real money.

    With credentials, every host must be https:// (localhost included) unless
    `allow_insecure_http=True`: the key and signatures would travel in clear text.
    """

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncClientWithRawResponse(self)

    async def get_order_list(
        self,
        *,
        status: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetOrderListData | None:
        """Get Order List.

        `GET /api/v1/orders`

        Orders of one status, page by page.

        `iter_get_order_list()` walks every page of this list.

        Args:
            status: active or done
            current_page: Current page
            page_size: Page size
        """
        _arguments: dict[str, Any] = {
            "status": status,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetOrderListData | None",
            await self.call(
                OPERATIONS["get_order_list"],
                _arguments,
            ),
        )

    def iter_get_order_list(
        self,
        *,
        status: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetOrderListDataItem]:
        """Every item of `get_order_list`, page after page, from `current_page` (default 1)
        to the last page.
        """

        async def _page(_at: Any) -> GetOrderListData | None:
            return await self.get_order_list(
                status=status,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "get_order_list",
        )

    async def get_open_orders(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> GetOpenOrdersData | None:
        """Get Open Orders.

        `GET /api/v1/hf/orders/active/page`

        Open orders, asked for by pageNum.

        `iter_get_open_orders()` walks every page of this list.

        Args:
            symbol: Symbol
            page_num: Current page
            page_size: Size per page
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "page_num": page_num,
            "page_size": page_size,
        }
        return cast(
            "GetOpenOrdersData | None",
            await self.call(
                OPERATIONS["get_open_orders"],
                _arguments,
            ),
        )

    def iter_get_open_orders(
        self,
        *,
        symbol: str,
        page_num: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetOpenOrdersDataItem]:
        """Every item of `get_open_orders`, page after page, from `page_num` (default 1) to
        the last page.
        """

        async def _page(_at: Any) -> GetOpenOrdersData | None:
            return await self.get_open_orders(
                symbol=symbol,
                page_num=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page, PageNumbers(items="items", total_pages="total_page"), page_num, "get_open_orders"
        )

    async def get_closed_orders(
        self,
        *,
        symbol: str,
        last_id: int | None = None,
        limit: int | None = None,
    ) -> GetClosedOrdersData | None:
        """Get Closed Orders.

        `GET /api/v1/hf/orders/done`

        Closed orders; the data's lastId asks for the next page.

        `iter_get_closed_orders()` walks every page of this list.

        Args:
            symbol: Symbol
            last_id: The id of the last set of data from the previous batch
            limit: Default 20, max 100
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "last_id": last_id,
            "limit": limit,
        }
        return cast(
            "GetClosedOrdersData | None",
            await self.call(
                OPERATIONS["get_closed_orders"],
                _arguments,
            ),
        )

    def iter_get_closed_orders(
        self,
        *,
        symbol: str,
        last_id: int | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[GetClosedOrdersDataItem]:
        """Every item of `get_closed_orders`, page after page: each page asks for the next
        by `last_id`, taken from its `last_id`; the walk starts at the `last_id` given
        (the first page by default) and ends at an empty page, one shorter than `limit`,
        or one without a next cursor; a cursor the API sends again ends it with a
        RuntimeWarning.
        """

        async def _page(_at: Any) -> GetClosedOrdersData | None:
            return await self.get_closed_orders(
                symbol=symbol,
                last_id=_at,
                limit=limit,
            )

        return async_walk_pages(
            _page,
            Cursor(items="items", next_in_data="last_id", page_size=limit),
            last_id,
            "get_closed_orders",
        )

    async def get_ledgers(
        self,
        *,
        currency: str | None = None,
        last_id: int | None = None,
        limit: int | None = None,
    ) -> list[GetLedgersData] | None:
        """Get Ledgers.

        `GET /api/v1/hf/accounts/ledgers`

        Ledger entries; the last entry's id asks for the next page.

        `iter_get_ledgers()` walks every page of this list.

        Args:
            currency: Currency
            last_id: The ID of the last set of data from the previous data batch
            limit: Default 100, max 200
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "last_id": last_id,
            "limit": limit,
        }
        return cast(
            "list[GetLedgersData] | None",
            await self.call(
                OPERATIONS["get_ledgers"],
                _arguments,
            ),
        )

    def iter_get_ledgers(
        self,
        *,
        currency: str | None = None,
        last_id: int | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[GetLedgersData]:
        """Every item of `get_ledgers`, page after page: each page asks for the next by
        `last_id`, taken from its last item's `id`; the walk starts at the `last_id`
        given (the first page by default) and ends at an empty page, one shorter than
        `limit`, or one without a next cursor; a cursor the API sends again ends it with
        a RuntimeWarning.
        """

        async def _page(_at: Any) -> list[GetLedgersData] | None:
            return await self.get_ledgers(
                currency=currency,
                last_id=_at,
                limit=limit,
            )

        return async_walk_pages(
            _page,
            Cursor(items=None, next_in_last_item="id", page_size=limit),
            last_id,
            "get_ledgers",
        )

    async def get_funding_history(
        self,
        *,
        symbol: str,
        offset: int | None = None,
        max_count: int | None = None,
    ) -> GetFundingHistoryData | None:
        """Get Funding History.

        `GET /api/v1/funding-history`

        Funding fees; the last item's id is the next offset, while hasMore.

        `iter_get_funding_history()` walks every page of this list.

        Args:
            symbol: Symbol
            offset: Start offset
            max_count: Max record count
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "offset": offset,
            "max_count": max_count,
        }
        return cast(
            "GetFundingHistoryData | None",
            await self.call(
                OPERATIONS["get_funding_history"],
                _arguments,
            ),
        )

    def iter_get_funding_history(
        self,
        *,
        symbol: str,
        offset: int | None = None,
        max_count: int | None = None,
    ) -> AsyncIterator[GetFundingHistoryDataData]:
        """Every item of `get_funding_history`, page after page: each page asks for the
        next by `offset`, taken from its last item's `id`; the walk starts at the
        `offset` given (the first page by default) and ends at an empty page, one whose
        `has_more` is not true, one shorter than `max_count`, or one without a next
        cursor; a cursor the API sends again ends it with a RuntimeWarning.
        """

        async def _page(_at: Any) -> GetFundingHistoryData | None:
            return await self.get_funding_history(
                symbol=symbol,
                offset=_at,
                max_count=max_count,
            )

        return async_walk_pages(
            _page,
            Cursor(
                items="data_list", next_in_last_item="id", has_more="has_more", page_size=max_count
            ),
            offset,
            "get_funding_history",
        )

    async def get_index_list(
        self,
        *,
        symbol: str,
        offset: int | None = None,
        max_count: int | None = None,
    ) -> GetIndexListData | None:
        """Get Index List.

        `GET /api/v1/index/query`

        Index values: an offset, but no item field to take it from.

        Args:
            symbol: Symbol
            offset: Start offset
            max_count: Max record count
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "offset": offset,
            "max_count": max_count,
        }
        return cast(
            "GetIndexListData | None",
            await self.call(
                OPERATIONS["get_index_list"],
                _arguments,
            ),
        )

    async def get_klines(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
    ) -> list[GetKlinesData] | None:
        """Get Klines.

        `GET /api/v1/klines`

        Candles of a time window: no page to walk.

        Args:
            symbol: Symbol
            start_at: Start time (milliseconds)
            end_at: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "start_at": start_at,
            "end_at": end_at,
        }
        return cast(
            "list[GetKlinesData] | None",
            await self.call(
                OPERATIONS["get_klines"],
                _arguments,
            ),
        )


class AsyncClientWithRawResponse:
    """The operations of a AsyncClient, each returning its call's RawResponse."""

    def __init__(self, client: AsyncClient) -> None:
        self.get_order_list = async_raw_response_wrapper(client.get_order_list)
        self.get_open_orders = async_raw_response_wrapper(client.get_open_orders)
        self.get_closed_orders = async_raw_response_wrapper(client.get_closed_orders)
        self.get_ledgers = async_raw_response_wrapper(client.get_ledgers)
        self.get_funding_history = async_raw_response_wrapper(client.get_funding_history)
        self.get_index_list = async_raw_response_wrapper(client.get_index_list)
        self.get_klines = async_raw_response_wrapper(client.get_klines)
