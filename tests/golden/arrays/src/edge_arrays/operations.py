"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from edge_arrays._operation import Input, Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "batch_add_widgets": Operation(
            name="batch_add_widgets",
            method="POST",
            path="/api/v1/widgets/batch",
            summary="Batch Add Widgets",
            body="array",
        ),
        "add_combo": Operation(
            name="add_combo",
            method="POST",
            path="/api/v1/combos",
            summary="Add Combo",
            inputs=(Input("client_oid", "clientOid", "body"), Input("groups", "groups", "body")),
            body="object",
        ),
        "get_widget_names": Operation(
            name="get_widget_names",
            method="GET",
            path="/api/v1/widgets/names",
            summary="Get Widget Names",
        ),
    }
)
"""Every operation, by name."""
