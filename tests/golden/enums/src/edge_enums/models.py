"""Request and response models of edge-enums.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from edge_enums._base import RequestModel, RequestRootModel, ResponseModel
from edge_enums._decimals import DecimalNumber
from edge_enums.enums import (
    Kind,
    Level,
    LevelLiteral,
    Mode,
    ModeLiteral,
    Priority,
    PriorityLiteral,
    Types,
    TypesLiteral,
)


class UpdateSettingsRequest(RequestModel):
    """The inputs of Update Settings."""

    mode: Mode | ModeLiteral | None = Field(
        default=None, description="Trading mode; empty to reset"
    )
    level: Level | LevelLiteral | None = Field(default=None, description="Risk level")
    ratio: DecimalNumber | None = Field(default=None, description="Margin ratio")
    notify: bool | None = Field(default=None, description="Send notifications")


class GetEventsRequest(RequestModel):
    """The inputs of Get Events."""

    types: list[Types | TypesLiteral] | None = Field(
        default=None, description="Event types to include"
    )
    priority: Priority | PriorityLiteral | None = Field(
        default=None, description="Minimum priority"
    )
    min_score: DecimalNumber | None = Field(
        default=None, alias="minScore", description="Minimum score"
    )


class GetEventsDataEvent(ResponseModel):
    """One item of `events` in the Get Events response."""

    kind: Kind | str | None = Field(
        default=None, union_mode="left_to_right", description="Event kind"
    )
    score: Decimal | None = Field(default=None, description="Score")
    level: Level | int | None = Field(
        default=None, union_mode="left_to_right", description="Risk level"
    )
    ts: int | None = Field(default=None, description="Time (milliseconds)")


class GetEventsData(ResponseModel):
    """The `data` of the Get Events response."""

    events: list[GetEventsDataEvent] | None = Field(default=None, description="Matching events")
    total: int | None = Field(default=None, description="Number of events")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "update_settings": UpdateSettingsRequest,
    "get_events": GetEventsRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "update_settings": bool,
    "get_events": GetEventsData,
    "get_mode": str,
}
"""The type of every operation's response `data`, by operation name."""
