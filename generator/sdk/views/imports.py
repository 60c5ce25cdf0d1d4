"""Import lines of the names a page's types need, as black lays them out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.sdk.plan_model import TypeRef

DECIMAL_INPUTS = frozenset({"DecimalNumber", "DecimalString"})
"""The request types of decimals, from the package's `_decimals` module."""
NULL = "Null"
"""JSON null, for a nullable request field, from the package's `_base` module."""


def type_imports(types: Iterable[TypeRef]) -> set[str]:
    """Every name the types need in scope."""
    return {name for type_ in types for name in type_.imports}


def exploded_import(indent: int, module: str, names: Sequence[str]) -> tuple[str, ...]:
    """`from module import (` one name per line `)`, as lines: how the page's own classes
    are imported, whatever their number (black keeps the trailing comma's layout)."""
    if not names:
        return ()
    pad = " " * indent
    return (
        f"{pad}from {module} import (",
        *(f"{pad}    {name}," for name in names),
        f"{pad})",
    )
