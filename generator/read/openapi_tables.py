"""What of a document's schema and prose a Widdershins page carries, when it carries it only in
a table or a paragraph.

A parameter's schema is its Parameters row (Type cell: type, format, array items) and its
Enumerated Values; a response other than the first JSON one is its Response Schema
table (each `»` row: type cell, required, read-only or write-only, description; enums); a
description is a Markdown paragraph, which Prettier reflows. The page reader reads back
exactly these, so the document reader keeps exactly these.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from generator.ir.model import EnumValue, JsonValue, Property, Schema
from generator.read.openapi_schema import schema_name

_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")
_STRONG = re.compile(r"(?<![_\w])__(?=\S)([^_\n]*?\S)__(?![_\w])")


def prose(text: object) -> str | None:
    """`text` as the page reads it back: paragraphs (split at blank lines) each on one line,
    words separated by one space, emphasis written as Prettier writes it (`*a*` → `_a_`,
    `__a__` → `**a**`); None for no text."""
    if not isinstance(text, str):
        return None
    paragraphs = (" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n"))
    joined = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return _STRONG.sub(r"**\1**", _EMPHASIS.sub(r"_\1_", joined)) or None


def parameter_view(schema: Schema) -> Schema:
    """A parameter's schema (marked: generator.read.openapi_schema.REF_MARK) as its table row
    and Enumerated Values carry it: `type(format)`, `array[items type]` (an array with a
    format is `array(format)`, without items), or a link to the named schema it is (no
    type, so its enum values read as text); Widdershins prints no `¦null` there."""
    items = schema.items if schema.type == "array" and not schema.format else None
    if schema_name(schema) is not None:
        values = schema.enum or (schema.items.enum if schema.items is not None else ())
        return Schema(enum=tuple(EnumValue(_text(value.value)) for value in values))
    return Schema(
        type=schema.type,
        format=schema.format,
        items=None if items is None else Schema(type=items.type, enum=_values(items)),
        enum=_values(schema),
    )


def _text(value: JsonValue) -> str:
    """An enum value as the Enumerated Values table prints it (JavaScript's text)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else json.dumps(value)


def body_view(schema: Schema) -> Schema:
    """A request body (marked) as its Parameters rows carry it, when an example is printed
    in place of its schema: the `body` row's type cell, and an object's `»` rows (not those
    of a schema from `components/schemas`, which Widdershins does not expand there)."""
    cell = replace(parameter_view(schema), enum=())
    if schema.type != "object" or schema_name(schema) is not None:
        return cell
    return _members(cell, schema)


def table_view(schema: Schema) -> Schema | None:
    """A response schema as its Response Schema table carries it: an object's properties
    (an array's items' properties), row by row; None when it has no table (no members)."""
    members = schema.items if schema.type == "array" and schema.items is not None else schema
    if not members.properties or schema_name(schema) is not None:
        return None
    return Schema(
        type="object",
        required=tuple(name for name in members.required if members.find_property(name)),
        properties=_rows(members),
    )


def with_table_of(raw: Schema, other: Schema) -> tuple[Schema, list[str]]:
    """The first JSON response's raw schema with the Response Schema table Widdershins
    prints beside it, which is of the response's first media type (`other`, when that is
    not the JSON one): the table's members the JSON lacks are added, as the page reader adds
    them; where both know a member the JSON wins. Also the page reader's warning for each
    member added to a JSON schema that had members of its own."""
    table = table_view(other)
    if table is None or raw.type not in (None, "object") or raw.variants or raw.all_of:
        return raw, []
    added = [prop for prop in table.properties if raw.find_property(prop.name) is None]
    if not added:
        return raw, []
    warnings = [
        f"field {prop.name!r} is in the table but not in the JSON schema; taken from the table"
        for prop in added
        if raw.properties
    ]
    required = (*raw.required, *(p.name for p in added if p.name in table.required))
    return replace(raw, properties=(*raw.properties, *added), required=required), warnings


def _rows(schema: Schema) -> tuple[Property, ...]:
    return tuple(Property(prop.name, _row(prop.schema)) for prop in schema.properties)


def _row(schema: Schema) -> Schema:
    """A property as its `»` row carries it, with the rows nested under it: the members of
    an object, or of an array's items."""
    # A table cell holds one line: Widdershins trims it and joins its lines with <br>.
    cell = (schema.description or "").strip().replace("\r", "").replace("\n", "<br>")
    description = cell or None
    items = schema.items if schema.type == "array" else None
    if items is not None and schema_name(items) is not None:
        # Items from components/schemas: a link in brackets, their description too, and
        # no rows under it.
        if description is None and items.description:
            description = f"[{items.description}]"
        items = None
    row = replace(
        _cell(schema),
        description=description,
        read_only=schema.read_only,
        write_only=schema.write_only,
    )
    if items is not None and row.items is not None:
        return replace(row, items=_members(row.items, items))
    return _members(row, schema)


def _members(row: Schema, schema: Schema) -> Schema:
    """`row` with the rows of `schema`'s properties (and additionalProperties) under it."""
    additional = schema.additional_properties
    if not schema.properties and not isinstance(additional, Schema):
        return row
    return replace(
        row,
        type=row.type or "object",  # rows under a row whose cell names no type
        required=tuple(name for name in schema.required if schema.find_property(name)),
        properties=_rows(schema),
        additional_properties=_row(additional) if isinstance(additional, Schema) else None,
    )


def _cell(schema: Schema) -> Schema:
    """A `»` row's Type cell as the page reader reads it (and the enum values the
    Enumerated Values table lists for it): `type(format)`; an array `[items type]`, without
    either format; a schema inlined from `components/schemas` a link, with no type."""
    if schema.type == "array":
        items = schema.items
        if items is None:
            return Schema(type="array", nullable=schema.nullable, enum=_values(schema))
        return Schema(
            type="array",
            nullable=schema.nullable,
            items=Schema(type=None if schema_name(items) is not None else items.type),
            enum=_values(schema),
        )
    if schema_name(schema) is not None:
        return Schema(nullable=schema.nullable, enum=_values(schema))
    return Schema(
        type=schema.type, format=schema.format, nullable=schema.nullable, enum=_values(schema)
    )


def _values(schema: Schema) -> tuple[EnumValue, ...]:
    return tuple(EnumValue(value.value) for value in schema.enum)
