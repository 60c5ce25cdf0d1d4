"""Asynchronous service for the margin credit endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import AsyncService
from kucoin_sdk._pages import PageNumbers, async_walk_pages
from kucoin_sdk._response import async_raw_response_wrapper
from kucoin_sdk.margin.credit.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalString
    from kucoin_sdk.margin.credit.enums import (
        Status,
        StatusLiteral,
    )
    from kucoin_sdk.margin.credit.models import (
        GetLoanMarketData,
        GetLoanMarketInterestRateData,
        GetPurchaseOrdersData,
        GetPurchaseOrdersDataItem,
        GetRedeemOrdersData,
        GetRedeemOrdersDataItem,
        PurchaseData,
        RedeemData,
    )


class AsyncMarginCreditService(AsyncService):
    """The margin credit endpoints, served through the package's AsyncClient: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> AsyncMarginCreditServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return AsyncMarginCreditServiceWithRawResponse(self)

    async def get_loan_market(
        self,
        *,
        currency: str | None = None,
    ) -> list[GetLoanMarketData] | None:
        """Get Loan Market.

        `GET /api/v3/project/list`

        This API endpoint is used to get the information about the currencies available
        for lending.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetLoanMarketData] | None",
            await self.call(
                OPERATIONS["get_loan_market"],
                _arguments,
            ),
        )

    async def get_loan_market_interest_rate(
        self,
        *,
        currency: str,
    ) -> list[GetLoanMarketInterestRateData] | None:
        """Get Loan Market Interest Rate.

        `GET /api/v3/project/marketInterestRate`

        This API endpoint is used to get the interest rates of the margin lending market
        over the past 7 days.

        Args:
            currency: currency
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
        }
        return cast(
            "list[GetLoanMarketInterestRateData] | None",
            await self.call(
                OPERATIONS["get_loan_market_interest_rate"],
                _arguments,
            ),
        )

    async def purchase(
        self,
        *,
        currency: str,
        size: DecimalString,
        interest_rate: DecimalString,
    ) -> PurchaseData | None:
        """Purchase.

        `POST /api/v3/purchase`

        Invest credit in the market and earn interest

        Args:
            currency: Currency
            size: Purchase amount
            interest_rate: Purchase interest rate
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "size": size,
            "interest_rate": interest_rate,
        }
        return cast(
            "PurchaseData | None",
            await self.call(
                OPERATIONS["purchase"],
                _arguments,
            ),
        )

    async def modify_purchase(
        self,
        *,
        currency: str,
        interest_rate: DecimalString,
        purchase_order_no: str,
    ) -> str | None:
        """Modify Purchase.

        `POST /api/v3/lend/purchase/update`

        This API endpoint is used to update the interest rates of subscription orders,
        which will take effect at the beginning of the next hour. Please ensure that the
        funds are in the main (funding) account.

        Args:
            currency: Currency
            interest_rate: Modified purchase interest rate
            purchase_order_no: Purchase order ID
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "interest_rate": interest_rate,
            "purchase_order_no": purchase_order_no,
        }
        return cast(
            "str | None",
            await self.call(
                OPERATIONS["modify_purchase"],
                _arguments,
            ),
        )

    async def get_purchase_orders(
        self,
        *,
        status: Status | StatusLiteral,
        currency: str | None = None,
        purchase_order_no: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetPurchaseOrdersData | None:
        """Get Purchase Orders.

        `GET /api/v3/purchase/orders`

        This API endpoint provides a pagination query for the purchase orders.

        `iter_get_purchase_orders()` walks every page of this list.

        Args:
            status: DONE-completed; PENDING-settling
            currency: Currency
            purchase_order_no: Purchase order ID
            current_page: Current page; default is 1
            page_size: Page size; 1<=pageSize<=50; default is 50
        """
        _arguments: dict[str, Any] = {
            "status": status,
            "currency": currency,
            "purchase_order_no": purchase_order_no,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetPurchaseOrdersData | None",
            await self.call(
                OPERATIONS["get_purchase_orders"],
                _arguments,
            ),
        )

    def iter_get_purchase_orders(
        self,
        *,
        status: Status | StatusLiteral,
        currency: str | None = None,
        purchase_order_no: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetPurchaseOrdersDataItem]:
        """Every item of `get_purchase_orders`, page after page, from `current_page`
        (default 1) to the last page.
        """

        async def _page(_at: Any) -> GetPurchaseOrdersData | None:
            return await self.get_purchase_orders(
                status=status,
                currency=currency,
                purchase_order_no=purchase_order_no,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "margin.credit.get_purchase_orders",
        )

    async def redeem(
        self,
        *,
        currency: str,
        size: DecimalString,
        purchase_order_no: str,
    ) -> RedeemData | None:
        """Redeem.

        `POST /api/v3/redeem`

        Redeem your loan order.

        Args:
            currency: Currency
            size: Redemption amount
            purchase_order_no: Purchase order ID
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "size": size,
            "purchase_order_no": purchase_order_no,
        }
        return cast(
            "RedeemData | None",
            await self.call(
                OPERATIONS["redeem"],
                _arguments,
            ),
        )

    async def get_redeem_orders(
        self,
        *,
        status: Status | StatusLiteral,
        currency: str | None = None,
        redeem_order_no: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetRedeemOrdersData | None:
        """Get Redeem Orders.

        `GET /api/v3/redeem/orders`

        This API endpoint provides pagination query for the redeem orders.

        `iter_get_redeem_orders()` walks every page of this list.

        Args:
            status: DONE-completed; PENDING-settling
            currency: currency
            redeem_order_no: Redeem order ID
            current_page: Current page; default is 1
            page_size: Page size; 1<=pageSize<=50; default is 50
        """
        _arguments: dict[str, Any] = {
            "status": status,
            "currency": currency,
            "redeem_order_no": redeem_order_no,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetRedeemOrdersData | None",
            await self.call(
                OPERATIONS["get_redeem_orders"],
                _arguments,
            ),
        )

    def iter_get_redeem_orders(
        self,
        *,
        status: Status | StatusLiteral,
        currency: str | None = None,
        redeem_order_no: str | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[GetRedeemOrdersDataItem]:
        """Every item of `get_redeem_orders`, page after page, from `current_page` (default
        1) to the last page.
        """

        async def _page(_at: Any) -> GetRedeemOrdersData | None:
            return await self.get_redeem_orders(
                status=status,
                currency=currency,
                redeem_order_no=redeem_order_no,
                current_page=_at,
                page_size=page_size,
            )

        return async_walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "margin.credit.get_redeem_orders",
        )


class AsyncMarginCreditServiceWithRawResponse:
    """The operations of a AsyncMarginCreditService, each returning its call's RawResponse."""

    def __init__(self, client: AsyncMarginCreditService) -> None:
        self.get_loan_market = async_raw_response_wrapper(client.get_loan_market)
        self.get_loan_market_interest_rate = async_raw_response_wrapper(
            client.get_loan_market_interest_rate
        )
        self.purchase = async_raw_response_wrapper(client.purchase)
        self.modify_purchase = async_raw_response_wrapper(client.modify_purchase)
        self.get_purchase_orders = async_raw_response_wrapper(client.get_purchase_orders)
        self.redeem = async_raw_response_wrapper(client.redeem)
        self.get_redeem_orders = async_raw_response_wrapper(client.get_redeem_orders)
