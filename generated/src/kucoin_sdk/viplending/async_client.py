"""Asynchronous service for the viplending endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.viplending.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.viplending.models import (
        GetAccountsData,
        GetDiscountRateConfigsData,
        GetLoanInfoData,
    )


class AsyncViplendingService(AsyncService):
    """The viplending endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncViplendingServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncViplendingServiceWithRawResponse(self)

    async def get_discount_rate_configs(
        self,
    ) -> list[GetDiscountRateConfigsData] | None:
        """Get Discount Rate Configs.

        `GET /api/v1/otc-loan/discount-rate-configs`

        Get the gradient discount rate of each currency
        """
        return cast(
            "list[GetDiscountRateConfigsData] | None",
            await self.call(
                OPERATIONS["get_discount_rate_configs"],
            ),
        )

    async def get_loan_info(
        self,
    ) -> GetLoanInfoData | None:
        """Get Loan Info.

        `GET /api/v1/otc-loan/loan`

        The following information is only applicable to loans. Get information on
        off-exchange funding and loans. This endpoint is only for querying accounts that
        are currently involved in loans.
        """
        return cast(
            "GetLoanInfoData | None",
            await self.call(
                OPERATIONS["get_loan_info"],
            ),
        )

    async def get_accounts(
        self,
    ) -> list[GetAccountsData] | None:
        """Get Accounts.

        `GET /api/v1/otc-loan/accounts`

        Accounts participating in OTC lending. This interface is only for querying
        accounts currently running OTC lending.
        """
        return cast(
            "list[GetAccountsData] | None",
            await self.call(
                OPERATIONS["get_accounts"],
            ),
        )


class AsyncViplendingServiceWithRawResponse:
    """The operations of a AsyncViplendingService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncViplendingService) -> None:
        self.get_discount_rate_configs = async_raw_response_wrapper(
            client.get_discount_rate_configs
        )
        self.get_loan_info = async_raw_response_wrapper(client.get_loan_info)
        self.get_accounts = async_raw_response_wrapper(client.get_accounts)
