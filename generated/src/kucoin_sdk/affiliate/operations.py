"""Every operation of the API: what the clients call, the docs list and tests walk."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Operation

OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        "get_account": Operation(
            name="get_account",
            method="GET",
            path="/api/v2/affiliate/inviter/statistics",
            summary="Get Account",
            service="affiliate",
            models="affiliate.models",
        ),
    }
)
"""Every operation of the page, by name (the package's `operations` has them all)."""
