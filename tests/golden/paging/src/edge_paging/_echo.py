"""How the fake server answers a request: the example data, with the request's own values
where the answer documents a field of the same name.

Pure functions over JSON values, importing nothing: sdkgen applies the same echo to the
fixtures it ships, so a fixture's response is what the fake answers its request.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def echo(data: Any, sent: Any) -> Any:
    """The fixture's data with the request's values where both have a field of the same
    name and JSON type (an order's clientOid, its symbol); a list answers a list item by
    item."""
    if isinstance(data, list):
        if isinstance(sent, list):
            return [echo(item, sent[i] if i < len(sent) else {}) for i, item in enumerate(data)]
        return [echo(item, sent) for item in data]
    if not isinstance(data, dict) or not isinstance(sent, dict):
        return data
    echoed = dict(data)
    for name, value in data.items():
        given = sent.get(name)
        if given is not None and _same_json_type(given, value):
            echoed[name] = given
        elif isinstance(value, (dict, list)):
            echoed[name] = echo(value, sent)
    return echoed


def _same_json_type(left: Any, right: Any) -> bool:
    # A fraction is a float to sdkgen and a Decimal to the fake server (read exactly).
    scalars = (bool, str, int, (float, Decimal))
    return any(isinstance(left, kind) and isinstance(right, kind) for kind in scalars) and (
        isinstance(left, bool) == isinstance(right, bool)
    )
