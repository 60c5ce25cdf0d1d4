"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from edge_paths._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_thing_part": Operation(
            name="get_thing_part",
            method="GET",
            path="/api/v1/things/{thing-id}/parts/{part-id}",
            summary="Get Thing Part",
            inputs=(
                Input("thing_id", "thing-id", "path"),
                Input("part_id", "part-id", "path"),
                Input("with_history", "withHistory", "query"),
            ),
        ),
        "delete_thing_part": Operation(
            name="delete_thing_part",
            method="DELETE",
            path="/api/v1/things/{thing-id}/parts/{part-id}",
            summary="Delete Thing Part",
            inputs=(Input("thing_id", "thing-id", "path"), Input("part_id", "part-id", "path")),
        ),
        "rename_thing": Operation(
            name="rename_thing",
            method="PUT",
            path="/api/v1/things/{thing-id}",
            summary="Rename Thing",
            inputs=(
                Input("thing_id", "thing-id", "path"),
                Input("name", "name", "body"),
                Input("labels", "labels", "body"),
            ),
            body="object",
        ),
    }
)
"""Every operation, by name."""
