"""Synchronous service for the viplending endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.viplending.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.viplending.models import (
        GetAccountsData,
        GetDiscountRateConfigsData,
        GetLoanInfoData,
    )


class ViplendingService(SyncService):
    """The viplending endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> ViplendingServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return ViplendingServiceWithRawResponse(self)

    def get_discount_rate_configs(
        self,
    ) -> list[GetDiscountRateConfigsData] | None:
        """Get Discount Rate Configs.

        `GET /api/v1/otc-loan/discount-rate-configs`

        Get the gradient discount rate of each currency
        """
        return cast(
            "list[GetDiscountRateConfigsData] | None",
            self.call(
                OPERATIONS["get_discount_rate_configs"],
            ),
        )

    def get_loan_info(
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
            self.call(
                OPERATIONS["get_loan_info"],
            ),
        )

    def get_accounts(
        self,
    ) -> list[GetAccountsData] | None:
        """Get Accounts.

        `GET /api/v1/otc-loan/accounts`

        Accounts participating in OTC lending. This interface is only for querying
        accounts currently running OTC lending.
        """
        return cast(
            "list[GetAccountsData] | None",
            self.call(
                OPERATIONS["get_accounts"],
            ),
        )


class ViplendingServiceWithRawResponse:
    """The operations of a ViplendingService, each returning its call's RawResponse."""

    def __init__(self, client: ViplendingService) -> None:
        self.get_discount_rate_configs = raw_response_wrapper(client.get_discount_rate_configs)
        self.get_loan_info = raw_response_wrapper(client.get_loan_info)
        self.get_accounts = raw_response_wrapper(client.get_accounts)
