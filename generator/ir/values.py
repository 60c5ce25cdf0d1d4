"""JSON values against IR schemas: whether a value is valid, and what a page's example or
default offers.

Shared by the reader (which warns where a page's `default` or `example` breaks its own schema)
and the SDK stage (whose fixtures must validate against their own models).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any, Literal

from generator.ir.model import JsonValue, Schema, SchemaType


def enum_key(value: Any) -> str:
    """Enum values compared as the page's tables print them: text as is, others as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if value is not None else "null"


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def value_problem(value: JsonValue, schema: Schema) -> str | None:
    """Why `value` is not valid against `schema` (the keywords the IR keeps), or None.

    A `pattern` is checked where generator.ir.patterns can decide it without Python's
    backtracking engine; a pattern beyond that subset is taken to match.
    """
    if value is None:
        return None if schema.nullable or schema.type is None else "null is not allowed"
    if schema.type is not None and (
        not isinstance(value, _PYTHON_TYPES[schema.type])
        or (isinstance(value, bool) and schema.type != "boolean")
    ):
        return f"{json_kind(value)} is not of type {schema.type!r}"
    if schema.enum and enum_key(value) not in {enum_key(option.value) for option in schema.enum}:
        return f"{short(value)} is not one of the enum values"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_problem(value, schema)
    if isinstance(value, str):
        if schema.min_length is not None and len(value) < schema.min_length:
            return f"{short(value)} is shorter than {schema.min_length}"
        if schema.max_length is not None and len(value) > schema.max_length:
            return f"{short(value)} is longer than {schema.max_length}"
        if schema.pattern is not None:
            # Imported here: the pattern engine (generator.ir.patterns) builds its automaton classes
            # at import, and only a schema with a `pattern` needs it.
            from generator.ir.patterns import pattern_matches

            if pattern_matches(schema.pattern, value) is False:
                return f"{short(value)} does not match the pattern {schema.pattern!r}"
    if isinstance(value, list):
        if schema.min_items is not None and len(value) < schema.min_items:
            return f"it has fewer than {schema.min_items} items"
        if schema.max_items is not None and len(value) > schema.max_items:
            return f"it has more than {schema.max_items} items"
        for item in value:
            problem = None if schema.items is None else value_problem(item, schema.items)
            if problem is not None:
                return problem
    if isinstance(value, dict):
        missing = [name for name in schema.required if name not in value]
        if missing:
            return f"required property {missing[0]!r} is missing"
        for key, item in value.items():
            member = schema.find_property(key)
            if member is None and isinstance(schema.additional_properties, Schema):
                member = schema.additional_properties
            if member is None and schema.additional_properties is False:
                return f"property {key!r} is not allowed"
            problem = None if member is None else value_problem(item, member)
            if problem is not None:
                return problem
    return None


def _number_problem(value: int | float, schema: Schema) -> str | None:
    low, high = schema.minimum, schema.maximum
    if low is not None and (value < low or (schema.exclusive_minimum and value == low)):
        return f"{value!r} is below the minimum {low!r}" + (
            " (exclusive)" if schema.exclusive_minimum else ""
        )
    if high is not None and (value > high or (schema.exclusive_maximum and value == high)):
        return f"{value!r} is above the maximum {high!r}" + (
            " (exclusive)" if schema.exclusive_maximum else ""
        )
    step = schema.multiple_of
    if step is not None and not _is_multiple(value, step):
        return f"{value!r} is not a multiple of {step!r}"
    return None


def _is_multiple(value: int | float, step: int | float) -> bool:
    """Whether `value` is a multiple of `step` as the page writes them (in decimal: 0.3 is a
    multiple of 0.1, as it is for the Decimal fields of the models)."""
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0
    quotient = Decimal(repr(value)) / Decimal(repr(step))
    return quotient == quotient.to_integral_value()


# JSON's own number grammar: Python's int() and float() also take "1_000", "٣" and "inf".
_JSON_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


def as_type(value: JsonValue, schema_type: SchemaType | None) -> tuple[JsonValue, ...]:
    """`value` as a value of `schema_type`, where it writes one, as a one-item tuple: the
    text "5" or the number 5.0 as the integer 5, the number 5 as the text "5", the text
    "true" as true. () where it writes none; the value as it is when the type is not said.
    """
    if schema_type is None or value is None:
        return (value,)
    if isinstance(value, (list, dict)):
        return ()
    if schema_type == "string":
        return (value if isinstance(value, str) else enum_key(value),)
    if schema_type == "boolean":
        if isinstance(value, bool):
            return (value,)
        return (value == "true",) if value in ("true", "false") else ()
    if isinstance(value, bool) or (isinstance(value, str) and len(value) > _LONGEST_NUMBER):
        return ()
    if schema_type == "integer":
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return (int(value),)
        return (int(value),) if isinstance(value, str) and _JSON_INTEGER.match(value) else ()
    if schema_type == "number":
        if isinstance(value, (int, float)):
            return (value,)
        if isinstance(value, str) and _JSON_NUMBER.match(value):
            number = float(value) if any(c in value for c in ".eE") else int(value)
            return (number,) if math.isfinite(number) else ()
    return ()


_LONGEST_NUMBER = 400
"""Longest text read as a number: int() refuses over 4300 digits, and no API value is long."""


ExampleReading = Literal[
    "as written", "one of a list", "one-item array", "as its type", "as its enum value"
]


def enum_value_named(value: JsonValue, schema: Schema) -> tuple[JsonValue, ...]:
    """The one enum value that `value`, a text, names in another case (`MAIN` for `main`),
    as a one-item tuple; () when there is none, or more than one."""
    if not isinstance(value, str):
        return ()
    same = [
        option.value
        for option in schema.enum
        if isinstance(option.value, str) and option.value.casefold() == value.casefold()
    ]
    return (same[0],) if len(same) == 1 else ()


def example_readings(schema: Schema) -> tuple[tuple[JsonValue, ExampleReading], ...]:
    """The values the schema's `example` offers, best first, each with how it was read.

    The example as written first. KuCoin's pages also write the example of a scalar as a list
    of examples (`["XBTUSDTM", "XBTUSDCM"]`; often of one), so each item of a list given for
    a non-array schema comes next; an array's example given as one bare item is read as a
    one-item array; last, a scalar written as another type is read as the value of the
    schema's type it writes (`3` for a string is "3"), and a text as the enum value it
    names in another case (`OPEN` for `open`).
    """
    example = schema.example
    if example is None:
        return ()
    readings: list[tuple[JsonValue, ExampleReading]] = [(example, "as written")]
    if isinstance(example, list) and schema.type != "array":
        readings += [(item, "one of a list") for item in example]
    elif schema.type == "array" and not isinstance(example, list):
        readings.append(([example], "one-item array"))
    for value, _ in list(readings):
        if isinstance(value, (list, dict)):
            continue
        typed = as_type(value, schema.type)
        if typed and type(typed[0]) is not type(value):
            readings.append((typed[0], "as its type"))
        readings += [(named, "as its enum value") for named in enum_value_named(value, schema)]
    return tuple(readings)


def read_example(schema: Schema) -> tuple[JsonValue, ExampleReading] | None:
    """The first of `example_readings` valid against `schema`; None when there is no example
    or none of its readings fits."""
    for value, reading in example_readings(schema):
        if value_problem(value, schema) is None:
            return value, reading
    return None


def read_default(schema: Schema) -> tuple[JsonValue, ExampleReading] | None:
    """The value the schema's `default` stands for, valid against `schema`, with how it was
    read: as written, else the value of the schema's type it writes (`"false"` for a boolean
    is false), else the enum value it names in another case (`MAIN` for `main`). None when
    there is no default or none of its readings fits (`-1` below a `minimum` of 0).

    The IR keeps the default as the page writes it; this is how the SDK stage reads it."""
    default = schema.default
    if default is None:
        return None
    readings: list[tuple[JsonValue, ExampleReading]] = [(default, "as written")]
    typed = as_type(default, schema.type)
    if typed and type(typed[0]) is not type(default):
        readings.append((typed[0], "as its type"))
    readings += [(named, "as its enum value") for named in enum_value_named(default, schema)]
    return next(((v, how) for v, how in readings if value_problem(v, schema) is None), None)


def fitting_example(schema: Schema) -> tuple[JsonValue, ...]:
    """The value `read_example` finds, as a one-item tuple; () when it finds none."""
    found = read_example(schema)
    return () if found is None else (found[0],)


def json_kind(value: Any) -> str:
    """What a JSON value is, for messages: "a string", "an array"..."""
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def short(value: Any, limit: int = 60) -> str:
    """`repr(value)`, cut to `limit` characters for a message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
