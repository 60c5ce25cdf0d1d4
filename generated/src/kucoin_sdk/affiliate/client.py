"""Synchronous service for the affiliate endpoints: one method per operation of the page."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.affiliate.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk.affiliate.models import (
        GetAccountData,
    )


class AffiliateService(SyncService):
    """The affiliate endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AffiliateServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AffiliateServiceWithRawResponse(self)

    def get_account(
        self,
    ) -> GetAccountData | None:
        """Get Account.

        `GET /api/v2/affiliate/inviter/statistics`

        Affiliate user rebate information can be obtained at this endpoint.
        """
        return cast(
            "GetAccountData | None",
            self.call(
                OPERATIONS["get_account"],
            ),
        )


class AffiliateServiceWithRawResponse:
    """The operations of a AffiliateService, each returning its call's RawResponse."""

    def __init__(self, client: AffiliateService) -> None:
        self.get_account = raw_response_wrapper(client.get_account)
