"""Synchronous service for the margin debit endpoints: one method per operation of the page."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from kucoin_sdk._client import SyncService
from kucoin_sdk._pages import PageNumbers, walk_pages
from kucoin_sdk._response import raw_response_wrapper
from kucoin_sdk.margin.debit.operations import OPERATIONS

if TYPE_CHECKING:
    from kucoin_sdk._decimals import DecimalNumber
    from kucoin_sdk.margin.debit.enums import (
        TimeInForce,
        TimeInForceLiteral,
    )
    from kucoin_sdk.margin.debit.models import (
        BorrowData,
        GetBorrowHistoryData,
        GetBorrowHistoryDataItem,
        GetInterestHistoryData,
        GetInterestHistoryDataItem,
        GetRepayHistoryData,
        GetRepayHistoryDataItem,
        RepayData,
    )


class MarginDebitService(SyncService):
    """The margin debit endpoints, served through the package's Client: its credentials,
    hosts, options and connection pool."""

    @cached_property
    def with_raw_response(self) -> MarginDebitServiceWithRawResponse:
        """Every operation, returning its call's RawResponse: `status_code`, `headers`,
        `rate_limit`, and `parse()` for the data."""
        return MarginDebitServiceWithRawResponse(self)

    def borrow(
        self,
        *,
        currency: str,
        size: DecimalNumber,
        time_in_force: TimeInForce | TimeInForceLiteral,
        symbol: str | None = None,
        is_isolated: bool | None = None,
        is_hf: bool | None = None,
    ) -> BorrowData | None:
        """Borrow.

        `POST /api/v3/margin/borrow`

        This API endpoint is used to initiate an application for cross or isolated
        margin borrowing.

        Args:
            currency: currency
            size: Borrow amount
            time_in_force: timeInForce: IOC, FOK
            symbol: symbol, mandatory for isolated margin account
            is_isolated: true-isolated, false-cross; default is false
            is_hf: true: high frequency borrowing, false: low frequency borrowing;
                default false
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "size": size,
            "time_in_force": time_in_force,
            "symbol": symbol,
            "is_isolated": is_isolated,
            "is_hf": is_hf,
        }
        return cast(
            "BorrowData | None",
            self.call(
                OPERATIONS["borrow"],
                _arguments,
            ),
        )

    def get_borrow_history(
        self,
        *,
        currency: str,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        order_no: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetBorrowHistoryData | None:
        """Get Borrow History.

        `GET /api/v3/margin/borrow`

        This API endpoint is used to get the borrowing orders for cross and isolated
        margin accounts.

        `iter_get_borrow_history()` walks every page of this list.

        Args:
            currency: currency
            is_isolated: true-isolated, false-cross; default is false
            symbol: symbol, mandatory for isolated margin account
            order_no: Borrow Order ID
            start_time: The start and end times are not restricted. If the start time is
                empty or less than 1680278400000, the default value is set to
                1680278400000 (April 1, 2023, 00:00:00)
            end_time: End time
            current_page: Current query page, with a starting value of 1. Default:1
            page_size: Number of results per page. Default is 50, minimum is 10, maximum
                is 500
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "is_isolated": is_isolated,
            "symbol": symbol,
            "order_no": order_no,
            "start_time": start_time,
            "end_time": end_time,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetBorrowHistoryData | None",
            self.call(
                OPERATIONS["get_borrow_history"],
                _arguments,
            ),
        )

    def iter_get_borrow_history(
        self,
        *,
        currency: str,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        order_no: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetBorrowHistoryDataItem]:
        """Every item of `get_borrow_history`, page after page, from `current_page`
        (default 1) to the last page.
        """

        def _page(_at: Any) -> GetBorrowHistoryData | None:
            return self.get_borrow_history(
                currency=currency,
                is_isolated=is_isolated,
                symbol=symbol,
                order_no=order_no,
                start_time=start_time,
                end_time=end_time,
                current_page=_at,
                page_size=page_size,
            )

        return walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "margin.debit.get_borrow_history",
        )

    def repay(
        self,
        *,
        currency: str,
        size: DecimalNumber,
        symbol: str | None = None,
        is_isolated: bool | None = None,
        is_hf: bool | None = None,
    ) -> RepayData | None:
        """Repay.

        `POST /api/v3/margin/repay`

        This API endpoint is used to initiate an application for cross or isolated
        margin repayment.

        Args:
            currency: currency
            size: Borrow amount
            symbol: symbol, mandatory for isolated margin account
            is_isolated: true-isolated, false-cross; default is false
            is_hf: true: high frequency borrowing, false: low frequency borrowing;
                default false
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "size": size,
            "symbol": symbol,
            "is_isolated": is_isolated,
            "is_hf": is_hf,
        }
        return cast(
            "RepayData | None",
            self.call(
                OPERATIONS["repay"],
                _arguments,
            ),
        )

    def get_repay_history(
        self,
        *,
        currency: str,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        order_no: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetRepayHistoryData | None:
        """Get Repay History.

        `GET /api/v3/margin/repay`

        This API endpoint is used to get the borrowing orders for cross and isolated
        margin accounts.

        `iter_get_repay_history()` walks every page of this list.

        Args:
            currency: currency
            is_isolated: true-isolated, false-cross; default is false
            symbol: symbol, mandatory for isolated margin account
            order_no: Repay order ID
            start_time: The start and end times are not restricted. If the start time is
                empty or less than 1680278400000, the default value is set to
                1680278400000 (April 1, 2023, 00:00:00)
            end_time: End time
            current_page: Current query page, with a starting value of 1. Default:1
            page_size: Number of results per page. Default is 50, minimum is 10, maximum
                is 500
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "is_isolated": is_isolated,
            "symbol": symbol,
            "order_no": order_no,
            "start_time": start_time,
            "end_time": end_time,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetRepayHistoryData | None",
            self.call(
                OPERATIONS["get_repay_history"],
                _arguments,
            ),
        )

    def iter_get_repay_history(
        self,
        *,
        currency: str,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        order_no: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetRepayHistoryDataItem]:
        """Every item of `get_repay_history`, page after page, from `current_page` (default
        1) to the last page.
        """

        def _page(_at: Any) -> GetRepayHistoryData | None:
            return self.get_repay_history(
                currency=currency,
                is_isolated=is_isolated,
                symbol=symbol,
                order_no=order_no,
                start_time=start_time,
                end_time=end_time,
                current_page=_at,
                page_size=page_size,
            )

        return walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "margin.debit.get_repay_history",
        )

    def get_interest_history(
        self,
        *,
        currency: str | None = None,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> GetInterestHistoryData | None:
        """Get Interest History.

        `GET /api/v3/margin/interest`

        Request the interest records of the cross/isolated margin lending via this
        endpoint.

        `iter_get_interest_history()` walks every page of this list.

        Args:
            currency: currency
            is_isolated: true-isolated, false-cross; default is false
            symbol: symbol, mandatory for isolated margin account
            start_time: The start and end times are not restricted. If the start time is
                empty or less than 1680278400000, the default value is set to
                1680278400000 (April 1, 2023, 00:00:00)
            end_time: End time
            current_page: Current query page, with a starting value of 1. Default:1
            page_size: Number of results per page. Default is 50, minimum is 10, maximum
                is 500
        """
        _arguments: dict[str, Any] = {
            "currency": currency,
            "is_isolated": is_isolated,
            "symbol": symbol,
            "start_time": start_time,
            "end_time": end_time,
            "current_page": current_page,
            "page_size": page_size,
        }
        return cast(
            "GetInterestHistoryData | None",
            self.call(
                OPERATIONS["get_interest_history"],
                _arguments,
            ),
        )

    def iter_get_interest_history(
        self,
        *,
        currency: str | None = None,
        is_isolated: bool | None = None,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        current_page: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[GetInterestHistoryDataItem]:
        """Every item of `get_interest_history`, page after page, from `current_page`
        (default 1) to the last page.
        """

        def _page(_at: Any) -> GetInterestHistoryData | None:
            return self.get_interest_history(
                currency=currency,
                is_isolated=is_isolated,
                symbol=symbol,
                start_time=start_time,
                end_time=end_time,
                current_page=_at,
                page_size=page_size,
            )

        return walk_pages(
            _page,
            PageNumbers(items="items", total_pages="total_page"),
            current_page,
            "margin.debit.get_interest_history",
        )

    def modify_leverage(
        self,
        *,
        symbol: str | None = None,
        is_isolated: bool | None = None,
        leverage: str,
    ) -> str | None:
        """Modify Leverage.

        `POST /api/v3/position/update-user-leverage`

        This endpoint allows modifying the leverage multiplier for cross margin or
        isolated margin.

        Args:
            symbol: symbol, mandatory for isolated margin account
            is_isolated: true-isolated, false-cross; default is false
            leverage: New leverage multiplier. Must be greater than 1 and up to two
                decimal places, and cannot be less than the user's current debt leverage
                or greater than the system's maximum leverage
        """
        _arguments: dict[str, Any] = {
            "symbol": symbol,
            "is_isolated": is_isolated,
            "leverage": leverage,
        }
        return cast(
            "str | None",
            self.call(
                OPERATIONS["modify_leverage"],
                _arguments,
            ),
        )


class MarginDebitServiceWithRawResponse:
    """The operations of a MarginDebitService, each returning its call's RawResponse."""

    def __init__(self, client: MarginDebitService) -> None:
        self.borrow = raw_response_wrapper(client.borrow)
        self.get_borrow_history = raw_response_wrapper(client.get_borrow_history)
        self.repay = raw_response_wrapper(client.repay)
        self.get_repay_history = raw_response_wrapper(client.get_repay_history)
        self.get_interest_history = raw_response_wrapper(client.get_interest_history)
        self.modify_leverage = raw_response_wrapper(client.modify_leverage)
