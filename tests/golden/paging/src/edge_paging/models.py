"""Request and response models of paging.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from edge_paging._base import RequestModel, RequestRootModel, ResponseModel


class GetOrderListRequest(RequestModel):
    """The inputs of Get Order List."""

    status: str | None = Field(default=None, description="active or done")
    current_page: int | None = Field(default=None, alias="currentPage", description="Current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Page size")


class GetOrderListDataItem(ResponseModel):
    """One item of `items` in the Get Order List response."""

    id: str | None = Field(default=None)


class GetOrderListData(ResponseModel):
    """The `data` of the Get Order List response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOrderListDataItem] | None = Field(default=None)


class GetOpenOrdersRequest(RequestModel):
    """The inputs of Get Open Orders."""

    symbol: str = Field(description="Symbol")
    page_num: int | None = Field(default=None, alias="pageNum", description="Current page")
    page_size: int | None = Field(default=None, alias="pageSize", description="Size per page")


class GetOpenOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Open Orders response."""

    id: str | None = Field(default=None)


class GetOpenOrdersData(ResponseModel):
    """The `data` of the Get Open Orders response."""

    current_page: int | None = Field(default=None, alias="currentPage")
    page_size: int | None = Field(default=None, alias="pageSize")
    total_num: int | None = Field(default=None, alias="totalNum")
    total_page: int | None = Field(default=None, alias="totalPage")
    items: list[GetOpenOrdersDataItem] | None = Field(default=None)


class GetClosedOrdersRequest(RequestModel):
    """The inputs of Get Closed Orders."""

    symbol: str = Field(description="Symbol")
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The id of the last set of data from the previous batch",
    )
    limit: int | None = Field(default=None, description="Default 20, max 100")


class GetClosedOrdersDataItem(ResponseModel):
    """One item of `items` in the Get Closed Orders response."""

    id: str | None = Field(default=None)


class GetClosedOrdersData(ResponseModel):
    """The `data` of the Get Closed Orders response."""

    last_id: int | None = Field(default=None, alias="lastId")
    items: list[GetClosedOrdersDataItem] | None = Field(default=None)


class GetLedgersRequest(RequestModel):
    """The inputs of Get Ledgers."""

    currency: str | None = Field(default=None, description="Currency")
    last_id: int | None = Field(
        default=None,
        alias="lastId",
        description="The ID of the last set of data from the previous data batch",
    )
    limit: int | None = Field(default=None, description="Default 100, max 200")


class GetLedgersData(ResponseModel):
    """One item of the `data` of the Get Ledgers response."""

    id: int | None = Field(default=None)
    amount: Decimal | None = Field(default=None)


class GetFundingHistoryRequest(RequestModel):
    """The inputs of Get Funding History."""

    symbol: str = Field(description="Symbol")
    offset: int | None = Field(default=None, description="Start offset")
    max_count: int | None = Field(default=None, alias="maxCount", description="Max record count")


class GetFundingHistoryDataData(ResponseModel):
    """One item of `dataList` in the Get Funding History response."""

    id: int | None = Field(default=None)
    funding: str | None = Field(default=None)


class GetFundingHistoryData(ResponseModel):
    """The `data` of the Get Funding History response."""

    data_list: list[GetFundingHistoryDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(default=None, alias="hasMore")


class GetIndexListRequest(RequestModel):
    """The inputs of Get Index List."""

    symbol: str = Field(description="Symbol")
    offset: int | None = Field(default=None, description="Start offset")
    max_count: int | None = Field(default=None, alias="maxCount", description="Max record count")


class GetIndexListDataData(ResponseModel):
    """One item of `dataList` in the Get Index List response."""

    value: str | None = Field(default=None)


class GetIndexListData(ResponseModel):
    """The `data` of the Get Index List response."""

    data_list: list[GetIndexListDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(default=None, alias="hasMore")


class GetKlinesRequest(RequestModel):
    """The inputs of Get Klines."""

    symbol: str = Field(description="Symbol")
    start_at: int | None = Field(
        default=None, alias="startAt", description="Start time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")


class GetKlinesData(ResponseModel):
    """One item of the `data` of the Get Klines response."""

    time_: int | None = Field(default=None, alias="time")
    close: str | None = Field(default=None)


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_order_list": GetOrderListRequest,
    "get_open_orders": GetOpenOrdersRequest,
    "get_closed_orders": GetClosedOrdersRequest,
    "get_ledgers": GetLedgersRequest,
    "get_funding_history": GetFundingHistoryRequest,
    "get_index_list": GetIndexListRequest,
    "get_klines": GetKlinesRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_order_list": GetOrderListData,
    "get_open_orders": GetOpenOrdersData,
    "get_closed_orders": GetClosedOrdersData,
    "get_ledgers": list[GetLedgersData],
    "get_funding_history": GetFundingHistoryData,
    "get_index_list": GetIndexListData,
    "get_klines": list[GetKlinesData],
}
"""The type of every operation's response `data`, by operation name."""
