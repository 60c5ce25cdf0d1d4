"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from edge_enums._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "update_settings": Operation(
            name="update_settings",
            method="POST",
            path="/api/v1/settings",
            summary="Update Settings",
            inputs=(
                Input("mode", "mode", "body"),
                Input("level", "level", "body"),
                Input("ratio", "ratio", "body"),
                Input("notify", "notify", "body"),
            ),
            body="object",
        ),
        "get_events": Operation(
            name="get_events",
            method="GET",
            path="/api/v1/events",
            summary="Get Events",
            inputs=(
                Input("types", "types", "query"),
                Input("priority", "priority", "query"),
                Input("min_score", "minScore", "query"),
            ),
        ),
        "get_mode": Operation(
            name="get_mode",
            method="GET",
            path="/api/v1/settings/mode",
            summary="Get Mode",
        ),
    }
)
"""Every operation, by name."""
