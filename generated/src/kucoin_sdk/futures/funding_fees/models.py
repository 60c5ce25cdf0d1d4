"""Request and response models of futures.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk.futures.funding_fees.enums import (
    MarginMode,
    Period,
)


class GetCurrentFundingRateRequest(RequestModel):
    """The inputs of Get Current Funding Rate."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetCurrentFundingRateData(ResponseModel):
    """The `data` of the Get Current Funding Rate response."""

    symbol: str | None = Field(default=None, description="Funding Rate Symbol\n")
    granularity: int | None = Field(default=None, description="Granularity (milliseconds)\n")
    time_point: int | None = Field(
        default=None,
        alias="timePoint",
        description="The funding rate settlement time point of the previous cycle\n(milliseconds)\nBefore going live, the system will pre-generate the first funding rate record to ensure the billing cycle can start immediately after the contract is launched.\n The timePoint field represents the time the funding rate data was generated, not the actual time it takes effect or is settled.\n The first actual settlement will occur at the designated settlement time (00:00 / 08:00 / 14:00) after the contract goes live.\n\n",
    )
    value: Decimal | None = Field(default=None, description="Current cycle funding rate\n")
    predicted_value: Decimal | None = Field(
        default=None, alias="predictedValue", description="Predicted funding rate\n"
    )
    funding_rate_cap: Decimal | None = Field(
        default=None, alias="fundingRateCap", description="Maximum Funding Rate"
    )
    funding_rate_floor: Decimal | None = Field(
        default=None, alias="fundingRateFloor", description="Minimum Funding Rate"
    )
    period: Period | int | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Indicates whether the current funding fee is charged within this cycle",
    )
    funding_time: int | None = Field(
        default=None,
        alias="fundingTime",
        description="Indicates the next funding fee settlement time point, which can be used to synchronize periodic settlement timing.",
    )


class GetPublicFundingHistoryRequest(RequestModel):
    """The inputs of Get Public Funding History."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    from_: int = Field(alias="from", description="Begin time (milliseconds)")
    to: int = Field(description="End time (milliseconds)")


class GetPublicFundingHistoryData(ResponseModel):
    """One item of the `data` of the Get Public Funding History response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    funding_rate: Decimal | None = Field(
        default=None, alias="fundingRate", description="Funding rate"
    )
    timepoint: int | None = Field(default=None, description="Time point (milliseconds)\n\n")


class GetPrivateFundingHistoryRequest(RequestModel):
    """The inputs of Get Private Funding History."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    start_at: int | None = Field(
        default=None, alias="startAt", description="Begin time (milliseconds)"
    )
    end_at: int | None = Field(default=None, alias="endAt", description="End time (milliseconds)")
    reverse: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    offset: int | None = Field(
        default=None,
        description="Start offset. The unique attribute of the last returned result of the last request. The data of the first page will be returned by default.",
    )
    forward: bool | None = Field(
        default=None,
        description="This parameter functions to judge whether the lookup is forward or not. True means “yes” and False means “no”. This parameter is set as true by default.",
    )
    max_count: int | None = Field(
        default=None,
        alias="maxCount",
        description="Max. record count. The default record count is 10",
    )


class GetPrivateFundingHistoryDataData(ResponseModel):
    """One item of `dataList` in the Get Private Funding History response."""

    id: int | None = Field(default=None, description="ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    time_point: int | None = Field(
        default=None, alias="timePoint", description="Time point (milliseconds)\n"
    )
    funding_rate: Decimal | None = Field(
        default=None, alias="fundingRate", description="Funding rate\n"
    )
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price\n")
    position_qty: int | None = Field(default=None, alias="positionQty", description="Position size")
    position_cost: Decimal | None = Field(
        default=None, alias="positionCost", description="Position value at settlement period\n"
    )
    funding: Decimal | None = Field(
        default=None,
        description="Settled funding fees A positive number means that the user received the funding fee, and vice versa.\n",
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Settlement currency\n"
    )
    context: str | None = Field(default=None, description="Context")
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )


class GetPrivateFundingHistoryData(ResponseModel):
    """The `data` of the Get Private Funding History response."""

    data_list: list[GetPrivateFundingHistoryDataData] | None = Field(default=None, alias="dataList")
    has_more: bool | None = Field(
        default=None, alias="hasMore", description="Whether there are more pages\n"
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_current_funding_rate": GetCurrentFundingRateRequest,
    "get_public_funding_history": GetPublicFundingHistoryRequest,
    "get_private_funding_history": GetPrivateFundingHistoryRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_current_funding_rate": GetCurrentFundingRateData,
    "get_public_funding_history": list[GetPublicFundingHistoryData],
    "get_private_funding_history": GetPrivateFundingHistoryData,
}
"""The type of every operation's response `data`, by operation name."""
