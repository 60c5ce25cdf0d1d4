"""The page's schema tables (`»` rows, Enumerated Values) as a second source for schemas.

Widdershins prints each body and response schema twice: as raw JSON, where nodes deeper
than its depth limit become `{}`, and as table rows, which go deeper. This module reads the
rows into a tree and merges it into the schema read from JSON: what only the table knows is
filled in; where both know a fact and disagree, the JSON wins and a warning names both lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import SCHEMA_TYPES, EnumValue, Property, Schema, SchemaType
from generator.ir.values import as_type, enum_key
from generator.read.markdown_text import unwrap
from generator.read.page import Table, TableRow
from generator.read.schema_json import (
    ADDITIONAL_STEP,
    ITEMS_STEP,
    VARIANT_STEP,
    SchemaPath,
    part_step,
    variant_step,
)

ADDITIONAL_PROPERTIES_NAME = "**additionalProperties**"
ANONYMOUS_NAME = "_anonymous_"
"""The name Widdershins gives a row with no name of its own: a union's variant."""
NO_DESCRIPTION = "none"
"""What Widdershins prints in a Description or Restrictions cell that has nothing to say."""


@dataclass(frozen=True)
class TypeCell:
    """A table's Type cell: `integer(int64)` is integer/int64, `[string]` an array of string.

    `type` is None where the cell names no type: `any`, or a link to a named schema, whose
    name is `ref` (`[Node](#schemanode)`).
    """

    type: SchemaType | None
    format: str | None = None
    items: TypeCell | None = None
    nullable: bool = False
    ref: str | None = None

    def schema(self) -> Schema:
        return Schema(
            type=self.type,
            format=self.format,
            nullable=self.nullable,
            items=None if self.items is None else self.items.schema(),
        )

    def __str__(self) -> str:
        text = f"[{self.items}]" if self.items is not None else (self.type or "any")
        if self.format:
            text += f"({self.format})"
        return text + ("¦null" if self.nullable else "")


_TYPE_CELL = re.compile(r"^(?P<type>[a-z]+)(?:\((?P<format>[^()\s]+)\))?$")
_SCHEMA_LINK = re.compile(r"^\[(?P<name>[^\]]+)\]\(#[^)]*\)$")
_NULLABLE = "¦null"


def parse_type_cell(text: str, at: SourceLocation) -> TypeCell:
    """Read a Type cell; raises ParseError for a type no OpenAPI 3.0 schema has."""
    cell = text.strip()
    nullable = cell.endswith(_NULLABLE)
    cell = cell.removesuffix(_NULLABLE)
    if link := _SCHEMA_LINK.match(cell):
        return TypeCell(None, nullable=nullable, ref=link.group("name"))
    if cell == "any":
        return TypeCell(None, nullable=nullable)
    if cell.startswith("[") and cell.endswith("]"):
        return TypeCell("array", items=parse_type_cell(cell[1:-1], at), nullable=nullable)
    if cell.startswith("array[") and cell.endswith("]"):
        return TypeCell("array", items=parse_type_cell(cell[6:-1], at), nullable=nullable)
    match = _TYPE_CELL.match(cell)
    if match is None or match.group("type") not in SCHEMA_TYPES:
        raise ParseError(
            at,
            f"unknown type {text!r}; expected one of {', '.join(SCHEMA_TYPES)} "
            "(optionally with a (format)), [type] or array[type]",
        )
    return TypeCell(cast(SchemaType, match.group("type")), match.group("format"), nullable=nullable)


def type_cell_matches(schema: Schema, cell: TypeCell) -> bool:
    """Whether the schema's own type, format and item types are what the cell says.

    Widdershins drops an array's own format and its items' format from the cell.
    """
    if cell.type is None:
        return True
    if schema.type != cell.type:
        return False
    if cell.type != "array" and schema.format != cell.format:
        return False
    if cell.items is None or schema.items is None or schema.items.type is None:
        return True
    return cell.items.type is None or schema.items.type == cell.items.type


@dataclass
class SchemaRow:
    """One `»` row of a body or response schema table, with the rows nested under it."""

    name: str
    depth: int
    line: int
    type: TypeCell
    required: bool
    description: str | None
    read_only: bool = False
    write_only: bool = False
    children: list[SchemaRow] = field(default_factory=list)


def cell_text(text: str) -> str | None:
    """A Description cell's text, None where Widdershins printed "none"."""
    return None if text == NO_DESCRIPTION or not text else text


def split_name(cell: str) -> tuple[int, str]:
    """`»» orderId` → (2, "orderId")."""
    stripped = cell.lstrip("» ")
    return cell[: len(cell) - len(stripped)].count("»"), stripped.strip()


def parse_required(text: str, at: SourceLocation) -> bool:
    if text not in ("true", "false"):
        raise ParseError(at, f"Required must be 'true' or 'false', not {text!r}")
    return text == "true"


MAX_ROW_DEPTH = 32
"""Deepest `»` nesting a table row may have (the KuCoin pages go 4 deep); merging and every
later stage recurse once per level."""


def build_row_tree(
    rows: Sequence[SchemaRow], root_depth: int, at: SourceLocation
) -> list[SchemaRow]:
    """Nest rows by their `»` depth; the result holds the rows at `root_depth`."""
    roots: list[SchemaRow] = []
    stack: list[SchemaRow] = []
    for row in rows:
        if row.depth > MAX_ROW_DEPTH:
            raise ParseError(
                replace(at, line=row.line),
                f"row {row.name!r} is nested {row.depth} deep; at most {MAX_ROW_DEPTH} "
                "levels are supported",
            )
        while stack and stack[-1].depth >= row.depth:
            stack.pop()
        expected = stack[-1].depth + 1 if stack else root_depth
        if row.depth != expected:
            raise ParseError(
                replace(at, line=row.line),
                f"row {row.name!r} is nested {row.depth} deep, but the row above it allows "
                f"at most {expected}",
            )
        (stack[-1].children if stack else roots).append(row)
        stack.append(row)
    return roots


@dataclass(frozen=True)
class EnumRows:
    """The values an Enumerated Values table lists for one name, and where."""

    name: str
    depth: int | None
    """`»` depth for body fields, None for names printed bare (parameters, response fields)."""
    values: tuple[str, ...]
    line: int
    value_lines: tuple[int, ...] = ()
    """The line of each value's row."""


def read_enum_table(table: Table, file: str, depth_prefixed: bool) -> list[EnumRows]:
    """Group the rows of an Enumerated Values table by name, in page order."""
    expected = ("Parameter", "Value") if depth_prefixed else ("Property", "Value")
    if table.header != expected:
        raise ParseError(
            SourceLocation(file, table.line),
            f"Enumerated Values table has columns {list(table.header)}, expected {list(expected)}",
        )
    groups: dict[tuple[int, str], list[TableRow]] = {}
    for row in table.rows:
        depth, name = split_name(row.cells[0])
        groups.setdefault((depth, name), []).append(row)
    return [
        EnumRows(
            name=name,
            depth=depth if depth_prefixed and depth else None,
            values=tuple(row.cells[1] for row in rows),
            line=rows[0].line,
            value_lines=tuple(row.line for row in rows),
        )
        for (depth, name), rows in groups.items()
    ]


def convert_enum_values(
    rows: EnumRows, schema_type: SchemaType | None, file: str
) -> tuple[tuple[EnumValue, ...], list[ParseWarning]]:
    """Table cells are text; give each value the JSON type its schema says. A cell that is
    no value of that type is dropped, with a warning at its row."""
    converted: list[EnumValue] = []
    warnings: list[ParseWarning] = []
    lines = rows.value_lines or (rows.line,) * len(rows.values)
    for text, line in zip(rows.values, lines, strict=True):
        at = SourceLocation(file, line)
        typed = as_type(text, schema_type)
        if not typed:
            message = f"enum value {text!r} is not a valid {schema_type}; sdkgen drops it"
            warnings.append(ParseWarning(at, message))
            continue
        if any(enum_key(typed[0]) == enum_key(seen.value) for seen in converted):
            warnings.append(ParseWarning(at, f"enum value {text!r} is listed twice; kept once"))
            continue
        converted.append(EnumValue(typed[0]))
    return tuple(converted), warnings


class RowMerger:
    """Merges a tree of table rows into a schema read from JSON, collecting warnings."""

    def __init__(
        self, file: str, json_lines: dict[SchemaPath, int], enums: Sequence[EnumRows]
    ) -> None:
        self.file = file
        self.json_lines = json_lines
        self.enums = list(enums)
        self.used_enums: set[int] = set()
        self.warnings: list[ParseWarning] = []

    def unused_enums(self) -> list[EnumRows]:
        return [rows for index, rows in enumerate(self.enums) if index not in self.used_enums]

    def unused_enum_warnings(self) -> list[ParseWarning]:
        """One warning per Enumerated Values group that no field of the schema took."""
        return [
            ParseWarning(
                SourceLocation(self.file, rows.line),
                f"Enumerated Values lists {rows.name!r}, which matches no field; ignored",
            )
            for rows in self.unused_enums()
        ]

    def merge_children(self, schema: Schema, path: SchemaPath, rows: Sequence[SchemaRow]) -> Schema:
        """Apply `rows` as the members of `schema` (of its items, for an array)."""
        if not rows:
            return schema
        if schema.type == "array" or schema.items is not None:
            items = self.merge_children(schema.items or Schema(), (*path, ITEMS_STEP), rows)
            return replace(schema, items=items)
        if schema.variants or schema.all_of:
            return self.merge_variants(schema, path, rows)
        json_knew_members = bool(schema.properties)
        properties = list(schema.properties)
        required = list(schema.required)
        additional = schema.additional_properties
        for row in rows:
            if row.name == ADDITIONAL_PROPERTIES_NAME:
                base = additional if isinstance(additional, Schema) else Schema()
                additional = self.merge_row(base, (*path, ADDITIONAL_STEP), row)
                continue
            index = next((i for i, p in enumerate(properties) if p.name == row.name), None)
            if index is None:
                if json_knew_members:
                    self.warn(
                        row.line,
                        f"field {row.name!r} is in the table but not in the JSON "
                        "schema; taken from the table",
                        path,
                    )
                properties.append(
                    Property(row.name, self.merge_row(Schema(), (*path, row.name), row))
                )
                if row.required and row.name not in required:
                    required.append(row.name)
                continue
            properties[index] = Property(
                row.name, self.merge_row(properties[index].schema, (*path, row.name), row)
            )
            if row.required != (row.name in required):
                if json_knew_members:
                    self.warn(
                        row.line,
                        f"field {row.name!r} is required={row.required} in the "
                        f"table but required={not row.required} in the JSON schema",
                        path,
                    )
                elif row.required:
                    required.append(row.name)
        return replace(
            schema,
            type=schema.type or "object",
            properties=tuple(properties),
            required=tuple(required),
            additional_properties=additional,
        )

    def merge_variants(self, schema: Schema, path: SchemaPath, rows: Sequence[SchemaRow]) -> Schema:
        """Apply `rows`, one `_anonymous_` row per variant in order, to a union's variants
        (or an intersection's parts).

        Rows that do not line up with the variants are left out, with a warning: the JSON
        schema holds the union whole, the rows only its first line of descriptions.
        """
        variants = schema.variants or schema.all_of
        step = variant_step if schema.variants else part_step
        if len(rows) != len(variants) or any(row.name != ANONYMOUS_NAME for row in rows):
            self.warn(
                rows[0].line,
                f"the table's rows do not line up with the {len(variants)} schemas of the "
                "JSON schema's union or intersection; the JSON schema is kept",
                path,
            )
            return schema
        merged = tuple(
            self.merge_row(variant, (*path, step(index)), row)
            for index, (variant, row) in enumerate(zip(variants, rows, strict=True))
        )
        if schema.one_of:
            return replace(schema, one_of=merged)
        if schema.any_of:
            return replace(schema, any_of=merged)
        return replace(schema, all_of=merged)

    def merge_row(self, schema: Schema, path: SchemaPath, row: SchemaRow) -> Schema:
        """Fill `schema` (from JSON, possibly the empty `{}`) with what the row says."""
        if schema.ref is not None:
            return schema  # a cycle closing: the row describes the schema it names
        json_was_silent = schema == Schema()
        if schema.type is None:
            cell_schema = row.type.schema()
            schema = replace(
                schema,
                type=cell_schema.type,
                format=cell_schema.format,
                nullable=schema.nullable or cell_schema.nullable,
                items=schema.items or cell_schema.items,
            )
        elif not type_cell_matches(schema, row.type):
            shown = schema.type + (f"({schema.format})" if schema.format else "")
            self.warn(
                row.line,
                f"field {row.name!r} has type {str(row.type)!r} in the "
                f"table but {shown!r} in the JSON schema",
                path,
            )
        if schema.description is None:
            schema = replace(schema, description=row.description)
        elif row.description is not None and not same_description(
            schema.description, row.description
        ):
            self.warn(
                row.line,
                f"field {row.name!r} is described differently in the table "
                f"({row.description!r}) and the JSON schema ({schema.description!r})",
                path,
            )
        if (row.read_only and not schema.read_only) or (row.write_only and not schema.write_only):
            schema = replace(
                schema,
                read_only=schema.read_only or row.read_only,
                write_only=schema.write_only or row.write_only,
            )
        schema = self.merge_enum(schema, path, row, json_was_silent)
        return self.merge_children(schema, path, row.children)

    def merge_enum(
        self, schema: Schema, path: SchemaPath, row: SchemaRow, json_was_silent: bool
    ) -> Schema:
        for index, rows in enumerate(self.enums):
            if rows.name != row.name or rows.depth not in (None, row.depth):
                continue
            target = schema.items if schema.type == "array" and schema.items else schema
            if target.enum:
                self.used_enums.add(index)
                listed = tuple(enum_key(value.value) for value in target.enum)
                in_variant = any(step.startswith(VARIANT_STEP) for step in path)
                # Variants of a union may each have a field of one name: the Enumerated Values
                # table prints their values under that name together.
                table = tuple(dict.fromkeys(rows.values))  # a repeat is the JSON's warning
                if listed != table and not (in_variant and set(listed) <= set(table)):
                    self.warn(
                        rows.line,
                        f"enum of {row.name!r} lists {list(rows.values)} in the "
                        f"table but {list(listed)} in the JSON schema",
                        path,
                    )
            elif json_was_silent or rows.depth is not None:
                # Response enum tables name fields without their path, so a bare name only
                # fills a field the JSON said nothing about (depth-limited `{}`, table-only
                # rows); a `»`-prefixed name fixes the depth and may fill any field there.
                self.used_enums.add(index)
                values, warnings = convert_enum_values(rows, target.type, self.file)
                self.warnings.extend(warnings)
                if target is schema:
                    schema = replace(schema, enum=values)
                else:
                    schema = replace(schema, items=replace(target, enum=values))
        return schema

    def warn(self, line: int, message: str, path: SchemaPath) -> None:
        json_line = _nearest_line(self.json_lines, path)
        other = SourceLocation(self.file, json_line) if json_line is not None else None
        self.warnings.append(ParseWarning(SourceLocation(self.file, line), message, other))


def same_description(json_text: str, table_text: str) -> bool:
    """Whether a table cell repeats a JSON description (whitespace and wrapping aside).

    Parameter tables print only a description's first line; schema tables print it whole
    with line breaks as `<br>`.
    """
    table = unwrap(table_text.replace("<br>", " "))
    return table in (unwrap(json_text), unwrap(json_text.split("\n", 1)[0]))


def _nearest_line(lines: dict[SchemaPath, int], path: SchemaPath) -> int | None:
    while True:
        if path in lines:
            return lines[path]
        if not path:
            return None
        path = path[:-1]
