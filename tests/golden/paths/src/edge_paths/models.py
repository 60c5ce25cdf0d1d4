"""Request and response models of edge-paths.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from edge_paths._base import RequestModel, RequestRootModel, ResponseModel


class GetThingPartRequest(RequestModel):
    """The inputs of Get Thing Part."""

    thing_id: str = Field(alias="thing-id", description="Thing id")
    part_id: int = Field(alias="part-id", description="Part number")
    with_history: bool | None = Field(
        default=None, alias="withHistory", description="Include the part's history"
    )


class GetThingPartData(ResponseModel):
    """The `data` of the Get Thing Part response."""

    thing_id: str | None = Field(default=None, alias="thingId", description="Thing id")
    part_id: int | None = Field(default=None, alias="partId", description="Part number")
    weight: Decimal | None = Field(default=None, description="Weight (kg)")
    history: list[str] | None = Field(default=None, description="Earlier names")


class DeleteThingPartRequest(RequestModel):
    """The inputs of Delete Thing Part."""

    thing_id: str = Field(alias="thing-id", description="Thing id")
    part_id: int = Field(alias="part-id", description="Part number")


class RenameThingRequest(RequestModel):
    """The inputs of Rename Thing."""

    thing_id: str = Field(alias="thing-id", description="Thing id")
    name: str = Field(description="New name")
    labels: list[str] | None = Field(default=None, description="Labels to set")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_thing_part": GetThingPartRequest,
    "delete_thing_part": DeleteThingPartRequest,
    "rename_thing": RenameThingRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_thing_part": GetThingPartData,
    "delete_thing_part": bool,
    "rename_thing": str,
}
"""The type of every operation's response `data`, by operation name."""
