"""Request and response models of edge-arrays.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from edge_arrays._base import RequestModel, RequestRootModel, ResponseModel
from edge_arrays._decimals import DecimalNumber, DecimalString
from edge_arrays.enums import (
    Status,
)


class BatchAddWidgetsItemPart(RequestModel):
    """One item of `parts` in the Batch Add Widgets request."""

    sku: str = Field(description="Stock keeping unit")
    qty: int = Field(description="Quantity")


class BatchAddWidgetsItem(RequestModel):
    """One item of the body of the Batch Add Widgets request."""

    name: str = Field(description="Widget name")
    price: DecimalNumber | None = Field(default=None, description="Unit price")
    parts: list[BatchAddWidgetsItemPart] = Field(description="Parts of the widget")


class BatchAddWidgetsRequest(RequestRootModel[list[BatchAddWidgetsItem]]):
    """The body of the Batch Add Widgets request: a list."""


class BatchAddWidgetsDataPart(ResponseModel):
    """One item of `parts` in the Batch Add Widgets response."""

    sku: str | None = Field(default=None, description="Stock keeping unit")
    qty: int | None = Field(default=None, description="Quantity")


class BatchAddWidgetsData(ResponseModel):
    """One item of the `data` of the Batch Add Widgets response."""

    id: str | None = Field(default=None, description="Widget id")
    name: str | None = Field(default=None, description="Widget name")
    parts: list[BatchAddWidgetsDataPart] | None = Field(
        default=None, description="Parts of the widget"
    )


class AddComboGroupLeg(RequestModel):
    """One item of `legs` in the Add Combo request."""

    symbol: str = Field(description="Symbol of the contract")
    size: DecimalNumber = Field(description="Leg size")
    price: DecimalString | None = Field(default=None, description="Limit price")


class AddComboGroup(RequestModel):
    """One item of `groups` in the Add Combo request."""

    name: str = Field(description="Group name")
    legs: list[AddComboGroupLeg] = Field(description="Legs of the group")


class AddComboRequest(RequestModel):
    """The inputs of Add Combo."""

    client_oid: str = Field(alias="clientOid", description="Unique id created by the user")
    groups: list[AddComboGroup] = Field(description="Leg groups")


class AddComboDataGroupLeg(ResponseModel):
    """One item of `legs` in the Add Combo response."""

    symbol: str | None = Field(default=None, description="Symbol of the contract")
    filled: Decimal | None = Field(default=None, description="Filled size")
    status: Status | str | None = Field(
        default=None, union_mode="left_to_right", description="Leg status"
    )


class AddComboDataGroup(ResponseModel):
    """One item of `groups` in the Add Combo response."""

    name: str | None = Field(default=None, description="Group name")
    legs: list[AddComboDataGroupLeg] | None = Field(default=None, description="Legs of the group")


class AddComboData(ResponseModel):
    """The `data` of the Add Combo response."""

    combo_id: str | None = Field(default=None, alias="comboId", description="Combo id")
    groups: list[AddComboDataGroup] | None = Field(default=None, description="Leg groups")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "batch_add_widgets": BatchAddWidgetsRequest,
    "add_combo": AddComboRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "batch_add_widgets": list[BatchAddWidgetsData],
    "add_combo": AddComboData,
    "get_widget_names": list[str],
}
"""The type of every operation's response `data`, by operation name."""
