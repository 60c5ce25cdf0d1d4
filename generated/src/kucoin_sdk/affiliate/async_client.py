"""Asynchronous service for the affiliate endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.affiliate.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.affiliate.models import (
        GetAccountData,
    )


class AsyncAffiliateService(AsyncService):
    """The affiliate endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncAffiliateServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncAffiliateServiceWithRawResponse(self)

    async def get_account(
        self,
    ) -> GetAccountData | None:
        """Get Account.

        `GET /api/v2/affiliate/inviter/statistics`

        Affiliate user rebate information can be obtained at this endpoint.
        """
        return cast(
            "GetAccountData | None",
            await self.call(
                OPERATIONS["get_account"],
            ),
        )


class AsyncAffiliateServiceWithRawResponse:
    """The operations of a AsyncAffiliateService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncAffiliateService) -> None:
        self.get_account = async_raw_response_wrapper(client.get_account)
