"""Decimal inputs: what a request takes for money and quantities, and how it is sent.

A decimal field of a request takes a `Decimal`, an `int` or a numeric `str` ("30000.5",
"1e-8"), and is sent exactly, in the form the API documents for it: `DecimalString` as a JSON
string ("30000.5"), `DecimalNumber` as a JSON number (30000.5, written from the Decimal's
digits, never through a float). A `float` is refused, at type-checking time and at run time:
0.1 + 0.2 is 0.30000000000000004, and a price must not depend on how a float prints.
Convert with `Decimal(str(x))` where a float is really meant. Booleans, NaN and infinities
are refused too.

Type checkers see `Decimal | int | str`; pydantic sees a Decimal with a validator before it
(so a field's bounds, `ge`, `le`, `multiple_of`, are checked on the number) and, for
`DecimalString`, a serializer writing it as text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BeforeValidator, PlainSerializer

_NUMERIC_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def decimal_input(value: Any) -> Any:
    """`value` as a Decimal when it is a Decimal, an int or a numeric text; ValueError for a
    float, a boolean, a text that is not a number, NaN and infinities. Anything else is
    left to pydantic's Decimal validation, which refuses it."""
    if isinstance(value, bool):
        raise ValueError("a boolean is not a decimal")
    if isinstance(value, float):
        raise ValueError(
            f"a float ({value!r}) is not taken for a decimal, whose digits must be exact: "
            f"pass Decimal({str(value)!r}), a str or an int"
        )
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite decimal")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        if not _NUMERIC_TEXT.fullmatch(value):
            raise ValueError(f"{value[:40]!r} is not a decimal number (like '30000.5')")
        return Decimal(value)
    return value


def decimal_text(value: Decimal) -> str:
    """A decimal as the text of its digits, never in exponent form: 0.00000010, 1000."""
    return format(value, "f")


if TYPE_CHECKING:
    DecimalString = Decimal | int | str
    DecimalNumber = Decimal | int | str
else:
    DecimalString = Annotated[
        Decimal,
        BeforeValidator(decimal_input),
        PlainSerializer(decimal_text, return_type=str),
    ]
    """A decimal the API carries as a JSON string: sent as "30000.5"."""
    DecimalNumber = Annotated[Decimal, BeforeValidator(decimal_input)]
    """A decimal the API carries as a JSON number: sent as 30000.5, exactly."""
