"""Which named schema each `"[Circular]"` of a page's JSON blocks stands for.

Widdershins inlines every `$ref`; where a schema contains itself it prints the JSON string
`"[Circular]"` in place of the schema that is already one of its ancestors (a schema used
twice side by side is printed twice in full). The JSON does not say which ancestor; the
page's tables and its `# Schemas` section do:

1. a table row at that very place names it (`[Node](#schemanode)`, `[[Node](#schemanode)]`);
2. otherwise it is an ancestor the page names (a table row, the `body` row, the Responses
   table's Schema column, a `# Schemas` heading), one whose printed schema in `# Schemas`
   agrees with it being there: following the same steps from that schema's own print leads
   back to it (or to a `"[Circular]"`), never to another schema. Where no named ancestor, or
   named ancestors of different names, fit, the page does not say: a located error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import ParseError, SourceLocation
from generator.ir.model import NamedSchema, Schema
from generator.read.json_source import JsonBlockError, load_located_json
from generator.read.page import SchemaSection, Table
from generator.read.schema_json import (
    ADDITIONAL_STEP,
    CIRCULAR,
    ITEMS_STEP,
    PART_STEP,
    VARIANT_STEP,
    Ancestors,
    CircularNamer,
    SchemaPath,
    read_json_schema,
)
from generator.read.schema_table import (
    ADDITIONAL_PROPERTIES_NAME,
    ANONYMOUS_NAME,
    SchemaRow,
    TypeCell,
    build_row_tree,
    cell_text,
    parse_required,
    parse_type_cell,
    split_name,
)

SCHEMA_COLUMNS = ("Name", "Type", "Required", "Restrictions", "Description")


@dataclass(frozen=True)
class NamedPlaces:
    """What a page says about the named schemas of one JSON block."""

    at: Mapping[SchemaPath, str] = field(default_factory=dict)
    """The places of the block a table names, by path from the block's root."""
    printed: Mapping[str, Any] = field(default_factory=dict)
    """Each named schema's JSON as the `# Schemas` section prints it, by name."""


def row_names(rows: Sequence[SchemaRow], path: SchemaPath = ()) -> dict[SchemaPath, str]:
    """The places a tree of `»` rows (rooted at `path`) names: a row typed `[Node](...)` is
    Node, one typed `[[Node](...)]` has Node items (a map's `**additionalProperties**` row
    names its values). A union's `_anonymous_` rows name none:
    which variant they stand for is the merge's business."""
    names: dict[SchemaPath, str] = {}
    for row in rows:
        if row.name == ANONYMOUS_NAME:
            continue
        step = ADDITIONAL_STEP if row.name == ADDITIONAL_PROPERTIES_NAME else row.name
        here = (*path, step)
        names.update(cell_names(row.type, here))
        inner = (*here, ITEMS_STEP) if row.type.type == "array" else here
        names.update(row_names(row.children, inner))
    return names


def root_names(root: SchemaRow) -> dict[SchemaPath, str]:
    """The places a row standing for a whole schema names: itself, and its rows'."""
    inner = (ITEMS_STEP,) if root.type.type == "array" else ()
    return cell_names(root.type, ()) | row_names(root.children, inner)


def linked_names(text: str) -> dict[SchemaPath, str]:
    """The places a cell naming a whole schema (the `body` row's Type, the Responses
    table's Schema) names; none where it is no type (`Inline`, or a cell this reader does not
    know: the JSON says the rest)."""
    try:
        return cell_names(parse_type_cell(text, SourceLocation("", 0)), ())
    except ParseError:
        return {}


def cell_names(cell: TypeCell, path: SchemaPath) -> dict[SchemaPath, str]:
    """The places a Type cell at `path` names (itself, or its items)."""
    if cell.ref is not None:
        return {path: cell.ref}
    if cell.items is not None:
        return cell_names(cell.items, (*path, ITEMS_STEP))
    return {}


def circular_name(
    path: SchemaPath, ancestors: Ancestors, places: NamedPlaces
) -> str | tuple[str, ...] | None:
    """The name of the schema the `"[Circular]"` at `path` stands for: a name, None where
    the page names no ancestor that fits, or the names of several that do."""
    if path in places.at:
        return places.at[path]
    fitting: list[str] = []
    for ancestor_path, node in ancestors:
        name = places.at.get(ancestor_path)
        if name is None or name in fitting:
            continue
        printed = places.printed.get(name)
        steps = path[len(ancestor_path) :]
        if printed is None or (_agrees(node, printed) and _leads_back(printed, steps)):
            fitting.append(name)
    if not fitting:
        return None
    return fitting[0] if len(fitting) == 1 else tuple(fitting)


def _leads_back(printed: Any, steps: SchemaPath) -> bool:
    """Whether `steps` from a schema's own print reach a node that may be that schema."""
    node = printed
    for step in steps:
        if node == CIRCULAR:
            return True  # the print stops where an ancestor repeats; nothing to refute
        node = _step(node, step)
        if node is None:
            return False
    return node == CIRCULAR or _agrees(node, printed)


def _step(node: Any, step: str) -> Any:
    if not isinstance(node, dict):
        return None
    if step == ITEMS_STEP:
        return node.get("items")
    if step == ADDITIONAL_STEP:
        return node.get("additionalProperties")
    if step[:1] in (VARIANT_STEP, PART_STEP) and step[1:].isdigit():
        keys = ("allOf",) if step[0] == PART_STEP else ("oneOf", "anyOf")
        for key in keys:
            variants = node.get(key)
            if isinstance(variants, list) and int(step[1:]) < len(variants):
                return variants[int(step[1:])]
        return None
    properties = node.get("properties")
    return properties.get(step) if isinstance(properties, dict) else None


def _agrees(one: Any, other: Any) -> bool:
    """Whether two prints may be of one schema: equal, but where either says "[Circular]"
    (each print stops at its own ancestors)."""
    if one == CIRCULAR or other == CIRCULAR:
        return True
    if isinstance(one, dict) and isinstance(other, dict):
        return one.keys() == other.keys() and all(_agrees(one[k], other[k]) for k in one)
    if isinstance(one, list) and isinstance(other, list):
        return len(one) == len(other) and all(map(_agrees, one, other))
    return bool(one == other)


class _Printed(Mapping[str, Any]):
    """Each named schema's JSON, parsed when a `"[Circular]"` first asks for it: a page
    without one reads none of its `# Schemas` section."""

    def __init__(self, file: str, sections: Mapping[str, SchemaSection]) -> None:
        self.file = file
        self.sections = {name: s.json for name, s in sections.items() if s.json is not None}
        self.loaded: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self.loaded:
            block = self.sections[name]
            try:
                self.loaded[name] = load_located_json(block.text)
            except JsonBlockError as error:
                location = SourceLocation(self.file, block.line + error.line - 1, error.column)
                raise ParseError(location, f"malformed JSON: {error.message}") from None
        return self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.sections)

    def __len__(self) -> int:
        return len(self.sections)


class NamedSchemas:
    """The `# Schemas` section of a page, and the names its `"[Circular]"`s resolve to.

    `namer(places)` gives the JSON reader of one block what it needs; every name it hands out
    is remembered (with the first place that needed it), and `used()` reads those schemas,
    and the ones their own cycles name, from the section.
    """

    def __init__(self, file: str, sections: Sequence[SchemaSection]) -> None:
        self.file = file
        self.sections = {section.name: section for section in sections}
        self.printed = _Printed(file, self.sections)
        self.needed: dict[str, SourceLocation] = {}

    def places(self, at: Mapping[SchemaPath, str]) -> NamedPlaces:
        return NamedPlaces(at, self.printed)

    def namer(self, at: Mapping[SchemaPath, str]) -> CircularNamer:
        """The namer of one block whose places `at` the page's tables name."""
        places = self.places(at)

        def name(path: SchemaPath, ancestors: Ancestors, where: SourceLocation) -> str:
            found = circular_name(path, ancestors, places)
            shown = "/".join(path) or "the root"
            if found is None:
                raise ParseError(
                    where,
                    f'"[Circular]" at {shown}: the page names no enclosing schema it can stand '
                    "for (no table row or `# Schemas` entry says which); sdkgen cannot tell "
                    "which schema repeats here",
                )
            if isinstance(found, tuple):
                raise ParseError(
                    where,
                    f'"[Circular]" at {shown} may stand for any of {", ".join(found)}; sdkgen '
                    "cannot tell which schema repeats here",
                )
            self.needed.setdefault(found, where)
            return found

        return name

    def used(self) -> tuple[NamedSchema, ...]:
        """Each schema a `"[Circular]"` named, read from its `# Schemas` entry, in name
        order. Raises ParseError where the section does not print one of them."""
        read: dict[str, Schema] = {}
        while pending := [name for name in self.needed if name not in read]:
            for name in pending:
                read[name] = self.read(name)
        return tuple(NamedSchema(name, read[name]) for name in sorted(read))

    def read(self, name: str) -> Schema:
        section = self.sections.get(name)
        if section is None or section.json is None:
            raise ParseError(
                self.needed[name],
                f'"[Circular]" stands for schema {name!r}, which the `# Schemas` section does '
                "not print",
            )
        at: dict[SchemaPath, str] = {(): name}
        if section.properties is not None:
            at.update(row_names(self.property_rows(section.properties)))
        json = section.json
        return read_json_schema(self.file, json.line, json.text, self.namer(at)).schema

    def property_rows(self, table: Table) -> list[SchemaRow]:
        """A Properties table's rows, nested (its fields are printed without `»`)."""
        at = SourceLocation(self.file, table.line)
        if table.header != SCHEMA_COLUMNS:
            raise ParseError(
                at,
                f"Properties table has columns {list(table.header)}, expected "
                f"{list(SCHEMA_COLUMNS)}",
            )
        rows = []
        for row in table.rows:
            depth, name = split_name(row.cells[0])
            where = SourceLocation(self.file, row.line)
            rows.append(
                SchemaRow(
                    name=name,
                    depth=depth,
                    line=row.line,
                    type=parse_type_cell(row.cells[1], where),
                    required=parse_required(row.cells[2], where),
                    description=cell_text(row.cells[4]),
                )
            )
        return build_row_tree(rows, 0, at)
