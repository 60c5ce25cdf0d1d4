"""Every operation of the API, by `service.name`: what the docs list and tests walk. The
clients call each service's own table (`<service>.operations`)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_futures._operation import Operation
from kucoin_futures.funding_fees.operations import OPERATIONS as FUNDING_FEES
from kucoin_futures.market.operations import OPERATIONS as MARKET
from kucoin_futures.order.operations import OPERATIONS as ORDER
from kucoin_futures.positions.operations import OPERATIONS as POSITIONS

_BY_SERVICE: Mapping[str, Mapping[str, Operation]] = {
    "order": ORDER,
    "market": MARKET,
    "positions": POSITIONS,
    "funding_fees": FUNDING_FEES,
}
OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        f"{service}.{name}": operation
        for service, operations in _BY_SERVICE.items()
        for name, operation in operations.items()
    }
)
"""Every operation, by `service.name` (`order.add_order`)."""
