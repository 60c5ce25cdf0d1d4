"""Request and response models of margin.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalNumber
from kucoin_sdk.margin.debit.enums import (
    Status,
    TimeInForce,
    TimeInForceLiteral,
)


class BorrowRequest(RequestModel):
    """The inputs of Borrow."""

    currency: str = Field(description="currency")
    size: DecimalNumber = Field(description="Borrow amount")
    time_in_force: TimeInForce | TimeInForceLiteral = Field(
        alias="timeInForce", description="timeInForce: IOC, FOK"
    )
    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    is_hf: bool | None = Field(
        default=None,
        alias="isHf",
        description="true: high frequency borrowing, false: low frequency borrowing; default false",
    )


class BorrowData(ResponseModel):
    """The `data` of the Borrow response."""

    order_no: str | None = Field(default=None, alias="orderNo", description="Borrow Order ID")
    actual_size: str | None = Field(
        default=None, alias="actualSize", description="Actual borrowed amount"
    )


class GetBorrowHistoryRequest(RequestModel):
    """The inputs of Get Borrow History."""

    currency: str = Field(description="currency")
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    order_no: str | None = Field(default=None, alias="orderNo", description="Borrow Order ID")
    start_time: int | None = Field(
        default=None,
        alias="startTime",
        description="The start and end times are not restricted. If the start time is empty or less than 1680278400000, the default value is set to 1680278400000 (April 1, 2023, 00:00:00)",
    )
    end_time: int | None = Field(default=None, alias="endTime", description="End time")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current query page, with a starting value of 1. Default:1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per page. Default is 50, minimum is 10, maximum is 500",
    )


class GetBorrowHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Borrow History response."""

    order_no: str | None = Field(default=None, alias="orderNo", description="Borrow Order ID")
    symbol: str | None = Field(
        default=None, description="Isolated Margin symbol; empty for cross margin"
    )
    currency: str | None = Field(default=None, description="currency")
    size: Decimal | None = Field(default=None, description="Initiated borrow amount")
    actual_size: str | None = Field(
        default=None, alias="actualSize", description="Actual borrow amount"
    )
    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="PENDING: Processing, SUCCESS: Successful, FAILED: Failed",
    )
    created_time: int | None = Field(default=None, alias="createdTime", description="Borrow time")


class GetBorrowHistoryData(ResponseModel):
    """The `data` of the Get Borrow History response."""

    timestamp: int | None = Field(default=None)
    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetBorrowHistoryDataItem] | None = Field(default=None)


class RepayRequest(RequestModel):
    """The inputs of Repay."""

    currency: str = Field(description="currency")
    size: DecimalNumber = Field(description="Borrow amount")
    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    is_hf: bool | None = Field(
        default=None,
        alias="isHf",
        description="true: high frequency borrowing, false: low frequency borrowing; default false",
    )


class RepayData(ResponseModel):
    """The `data` of the Repay response."""

    timestamp: int | None = Field(default=None)
    order_no: str | None = Field(default=None, alias="orderNo", description="Repay order ID")
    actual_size: str | None = Field(
        default=None, alias="actualSize", description="Actual repay amount"
    )


class GetRepayHistoryRequest(RequestModel):
    """The inputs of Get Repay History."""

    currency: str = Field(description="currency")
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    order_no: str | None = Field(default=None, alias="orderNo", description="Repay order ID")
    start_time: int | None = Field(
        default=None,
        alias="startTime",
        description="The start and end times are not restricted. If the start time is empty or less than 1680278400000, the default value is set to 1680278400000 (April 1, 2023, 00:00:00)",
    )
    end_time: int | None = Field(default=None, alias="endTime", description="End time")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current query page, with a starting value of 1. Default:1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per page. Default is 50, minimum is 10, maximum is 500",
    )


class GetRepayHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Repay History response."""

    order_no: str | None = Field(default=None, alias="orderNo", description="Repay order ID")
    symbol: str | None = Field(
        default=None, description="Isolated Margin symbol; empty for cross margin"
    )
    currency: str | None = Field(default=None, description="currency")
    size: Decimal | None = Field(default=None, description="Amount of initiated repay")
    principal: str | None = Field(default=None, description="Amount of principal paid")
    interest: Decimal | None = Field(default=None, description="Amount of interest paid")
    status: Status | str | None = Field(
        default=None,
        union_mode="left_to_right",
        description="PENDING: Processing, SUCCESS: Successful, FAILED: Failed",
    )
    created_time: int | None = Field(
        default=None, alias="createdTime", description="Repayment time"
    )


class GetRepayHistoryData(ResponseModel):
    """The `data` of the Get Repay History response."""

    timestamp: int | None = Field(default=None)
    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetRepayHistoryDataItem] | None = Field(default=None)


class GetInterestHistoryRequest(RequestModel):
    """The inputs of Get Interest History.."""

    currency: str | None = Field(default=None, description="currency")
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    start_time: int | None = Field(
        default=None,
        alias="startTime",
        description="The start and end times are not restricted. If the start time is empty or less than 1680278400000, the default value is set to 1680278400000 (April 1, 2023, 00:00:00)",
    )
    end_time: int | None = Field(default=None, alias="endTime", description="End time")
    current_page: int | None = Field(
        default=None,
        alias="currentPage",
        description="Current query page, with a starting value of 1. Default:1",
    )
    page_size: int | None = Field(
        default=None,
        alias="pageSize",
        description="Number of results per page. Default is 50, minimum is 10, maximum is 500",
    )


class GetInterestHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Interest History. response."""

    currency: str | None = Field(default=None, description="currency")
    day_ratio: str | None = Field(default=None, alias="dayRatio", description="Daily interest rate")
    interest_amount: str | None = Field(
        default=None, alias="interestAmount", description="Interest amount"
    )
    created_time: int | None = Field(
        default=None, alias="createdTime", description="Interest Timestamp"
    )


class GetInterestHistoryData(ResponseModel):
    """The `data` of the Get Interest History. response."""

    timestamp: int | None = Field(default=None)
    current_page: int | None = Field(default=None, alias="currentPage", description="current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="page size")
    total_num: int | None = Field(default=None, alias="totalNum", description="total number")
    total_page: int | None = Field(default=None, alias="totalPage", description="total pages")
    items: list[GetInterestHistoryDataItem] | None = Field(default=None)


class ModifyLeverageRequest(RequestModel):
    """The inputs of Modify Leverage."""

    symbol: str | None = Field(
        default=None, description="symbol, mandatory for isolated margin account"
    )
    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="true-isolated, false-cross; default is false"
    )
    leverage: str = Field(
        description="New leverage multiplier. Must be greater than 1 and up to two decimal places, and cannot be less than the user's current debt leverage or greater than the system's maximum leverage"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "borrow": BorrowRequest,
    "get_borrow_history": GetBorrowHistoryRequest,
    "repay": RepayRequest,
    "get_repay_history": GetRepayHistoryRequest,
    "get_interest_history": GetInterestHistoryRequest,
    "modify_leverage": ModifyLeverageRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "borrow": BorrowData,
    "get_borrow_history": GetBorrowHistoryData,
    "repay": RepayData,
    "get_repay_history": GetRepayHistoryData,
    "get_interest_history": GetInterestHistoryData,
    "modify_leverage": str,
}
"""The type of every operation's response `data`, by operation name."""
