"""Asynchronous service for the futures fundingfees endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import Cursor, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.futures.funding_fees.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.futures.funding_fees.models import (
        GetCurrentFundingRateData,
        GetPrivateFundingHistoryData,
        GetPrivateFundingHistoryDataData,
        GetPublicFundingHistoryData,
    )


class AsyncFuturesFundingFeesService(AsyncService):
    """The futures fundingfees endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncFuturesFundingFeesServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncFuturesFundingFeesServiceWithRawResponse(self)

    async def get_current_funding_rate(
        self,
        *,
        symbol: str,
    ) -> GetCurrentFundingRateData | None:
        """Get Current Funding Rate.

        `GET /api/v1/funding-rate/{symbol}/current`

        Get Current Funding Rate.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
        }
        return cast(
            "GetCurrentFundingRateData | None",
            await self.call(
                OPERATIONS["get_current_funding_rate"],
                _arguments,
            ),
        )

    async def get_public_funding_history(
        self,
        *,
        symbol: str,
        from_: int,
        to: int,
    ) -> list[GetPublicFundingHistoryData] | None:
        """Get Public Funding History.

        `GET /api/v1/contract/funding-rates`

        Query the funding rate at each settlement time point within a certain time range
        of the corresponding contract.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            from_: Begin time (milliseconds)
            to: End time (milliseconds)
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "from_": from_,
            "to": to,
        }
        return cast(
            "list[GetPublicFundingHistoryData] | None",
            await self.call(
                OPERATIONS["get_public_funding_history"],
                _arguments,
            ),
        )

    async def get_private_funding_history(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
        reverse: bool | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
    ) -> GetPrivateFundingHistoryData | None:
        """Get Private Funding History.

        `GET /api/v1/funding-history`

        Submit request to get the funding history.

        `iter_get_private_funding_history()` walks every page of this list.

        Args:
            symbol: Symbol of the contract. Please refer to [Get Symbol endpoint:
                symbol](https://www.kucoin.com/docs-new/api-3470220)
            start_at: Begin time (milliseconds)
            end_at: End time (milliseconds)
            reverse: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            offset: Start offset. The unique attribute of the last returned result of
                the last request. The data of the first page will be returned by
                default.
            forward: This parameter functions to judge whether the lookup is forward or
                not. True means “yes” and False means “no”. This parameter is set as
                true by default.
            max_count: Max. record count. The default record count is 10
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
            "GetPrivateFundingHistoryData | None",
            await self.call(
                OPERATIONS["get_private_funding_history"],
                _arguments,
            ),
        )

    def iter_get_private_funding_history(
        self,
        *,
        symbol: str,
        start_at: int | None = None,
        end_at: int | None = None,
        reverse: bool | None = None,
        offset: int | None = None,
        forward: bool | None = None,
        max_count: int | None = None,
    ) -> AsyncIterator[GetPrivateFundingHistoryDataData]:
        """Every item of `get_private_funding_history`, page after page: each page asks for
        the next by `offset`, taken from its last item's `id`; the walk starts at the
        `offset` given (the first page by default) and ends at an empty page, one whose
        `has_more` is not true, one shorter than `max_count`, or one without a next
        cursor; a cursor the API sends again ends it with a RuntimeWarning.
        """

        async def _page(_at: Any) -> GetPrivateFundingHistoryData | None:
            return await self.get_private_funding_history(
                symbol=symbol,
                start_at=start_at,
                end_at=end_at,
                reverse=reverse,
                offset=_at,
                forward=forward,
                max_count=max_count,
            )

        return async_walk_pages(
            _page,
            Cursor(
                items="data_list", next_in_last_item="id", has_more="has_more", page_size=max_count
            ),
            offset,
            "futures.funding_fees.get_private_funding_history",
        )


class AsyncFuturesFundingFeesServiceWithRawResponse:
    """The operations of a AsyncFuturesFundingFeesService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncFuturesFundingFeesService) -> None:
        self.get_current_funding_rate = async_raw_response_wrapper(client.get_current_funding_rate)
        self.get_public_funding_history = async_raw_response_wrapper(
            client.get_public_funding_history
        )
        self.get_private_funding_history = async_raw_response_wrapper(
            client.get_private_funding_history
        )
