"""Which `format`s decide the generated SDK's type of a value, stated once for both sides
that need it: the plan (sdk/plan.py), which types the value, and the release side
(release/diff_schemas.py), which may not import the plan but must know whether a change of
format changes what callers get.

No format does today: an `int64` and a plain integer are both `int`, a `date-time` string
is a `str`, a `decimal` number a `Decimal`, and no format adds a bound (`_constraints` in
sdk/plan.py reads none). A change of format is then documentation. To give a format a type
of its own (a `date-time` string as `datetime`, say), add its pair here and its type to the
plan's table of scalars, which looks the pair up; the release side then calls a change into
or out of it breaking.
"""

from __future__ import annotations

from generator.ir.model import Schema

TYPING_FORMATS: frozenset[tuple[str, str]] = frozenset()
"""The (type, format) pairs the SDK types differently from their type without a format."""


def typing_format(schema: Schema) -> str | None:
    """The schema's format where it decides the SDK's type (a pair of TYPING_FORMATS), else
    None: a format that only documents the value."""
    if schema.type is None or schema.format is None:
        return None
    return schema.format if (schema.type, schema.format) in TYPING_FORMATS else None
