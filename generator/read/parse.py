"""Operation sections → IR: the page's JSON blocks and tables, merged into one `Api`.

Request bodies and responses come from their raw JSON Schema blocks, filled in and checked
against the tables that repeat them; parameters come from the Parameters table and the
Enumerated Values and Detailed descriptions that follow it. Any input that would make the IR
wrong is a ParseError naming the file and line; disagreements the IR can survive are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import (
    HTTP_METHODS,
    PARAMETER_LOCATIONS,
    Api,
    HttpMethod,
    JsonValue,
    Operation,
    Parameter,
    ParameterLocation,
    RequestBody,
    Response,
    Schema,
)
from generator.naming import operation_names, snake_case
from generator.read.artefacts import (
    NO_SCHEMA,
    body_media_type,
    read_block,
    read_response_headers,
    servers_section,
)
from generator.read.circular import (
    SCHEMA_COLUMNS,
    NamedSchemas,
    linked_names,
    root_names,
    row_names,
)
from generator.read.page import (
    OperationSection,
    Page,
    ResponseSchemaTables,
    Table,
    TextBlock,
    read_page,
)
from generator.read.schema_json import SchemaPath
from generator.read.schema_table import (
    ANONYMOUS_NAME,
    EnumRows,
    RowMerger,
    SchemaRow,
    build_row_tree,
    cell_text,
    convert_enum_values,
    parse_required,
    parse_type_cell,
    read_enum_table,
    split_name,
)
from generator.read.security import (
    name_schemes,
    read_requirements,
    read_schemes,
    read_servers,
)
from generator.source_files import decode_source, read_source_bytes

PARAMETER_COLUMNS = ("Name", "In", "Type", "Required", "Description")
RESPONSE_COLUMNS = ("Status", "Meaning", "Description", "Schema")

UNTAGGED_GROUP = "Default"
"""The heading Widdershins puts untagged operations under; it is not a tag of the spec."""

_STATUS = re.compile(r"[1-5](?:[0-9]{2}|XX)|default")
"""A Responses table's status: what OpenAPI allows as a response's key."""
_METHOD_LINE = re.compile(r"^(?P<method>\S+) (?P<path>\S+)$")
_PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")
_TITLE = re.compile(r"^(?P<title>.*\S) v(?P<version>\S+)$")
_DETAILED = re.compile(r"^\*\*(?P<name>[^*]+)\*\*: ?(?P<text>.*)$", re.S)
# An operation's name becomes file names (the fixture `<package>/fixtures/<name>.json`), and
# file systems allow 255 bytes per name: this leaves room for the suffix and for the prefix
# and underscore naming may add.
MAX_OPERATION_NAME = 200


@dataclass(frozen=True)
class ParseResult:
    api: Api
    warnings: tuple[ParseWarning, ...]
    title_line: int = 1
    """The line of the page's title, which gives the API's version."""
    parameter_lines: Mapping[tuple[str, str, str], int] = field(default_factory=dict)
    """The line of each parameter's table row: (operation slug, location, name) → line; for
    the errors of a later stage about a parameter (the IR carries no lines)."""
    operation_lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each operation's heading, by slug, for the same purpose."""


MAX_PAGE_BYTES = 64 * 1024 * 1024
"""Largest page read: KuCoin's largest is some 300 KB; a path naming a disk image or a
device fails at once instead of filling memory."""


def parse_file(path: str | Path) -> ParseResult:
    """Read and parse a page. Raises ParseError for bad input, OSError if it cannot be read."""
    file = str(path)
    raw = read_source_bytes(Path(path), MAX_PAGE_BYTES, "page")
    return parse_page(file, decode_source(file, raw, "page"))


def parse_page(file: str, text: str) -> ParseResult:
    """Parse the text of a Widdershins page; `file` names it in errors and warnings."""
    page = read_page(file, text.replace("\r\n", "\n"))
    return _PageParser(page).parse()


class _PageParser:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.file = page.file
        self.warnings: list[ParseWarning] = list(page.warnings)
        self.parameter_lines: dict[tuple[str, str, str], int] = {}
        self.operation_rows: dict[tuple[str, str], int] = {}
        self.named = NamedSchemas(self.file, page.schemas)

    def at(self, line: int) -> SourceLocation:
        return SourceLocation(self.file, line)

    def parse(self) -> ParseResult:
        title = _TITLE.match(self.page.title)
        if title is None:
            raise ParseError(
                self.at(self.page.title_line),
                f"title {self.page.title!r} is not 'TITLE vVERSION' as Widdershins prints it",
            )
        sections = []
        for section in self.page.operations:
            if (skipped := servers_section(self.file, section)) is not None:
                self.warnings.append(skipped)
            else:
                sections.append(section)
        if not sections:
            raise ParseError(self.at(self.page.title_line), "the page documents no operation")
        operations: list[Operation] = []
        seen_routes: dict[tuple[str, str], int] = {}
        seen_ids: set[str] = set()
        heading_lines: list[int] = []
        row_lines: list[dict[tuple[str, str], int]] = []
        for section in sections:
            self.operation_rows = {}
            operation = self.operation(section)
            route = (operation.method, operation.path)
            if route in seen_routes:
                raise ParseError(
                    self.at(self.method_line(section).line),
                    f"duplicate operation {operation.method} {operation.path} "
                    f"(first documented at line {seen_routes[route]})",
                )
            seen_routes[route] = self.method_line(section).line
            if operation.operation_id in seen_ids:
                # OpenAPI: an operationId is unique among all operations of the document. A
                # page whose operation was copied with its anchor (a KuCoin page edit, the
                # bench's synthetic pages) reads, the copy without the id.
                operation = replace(operation, operation_id=None)
            elif operation.operation_id is not None:
                seen_ids.add(operation.operation_id)
            heading_lines.append(section.line)
            row_lines.append(self.operation_rows)
            operations.append(operation)
        names, notes = operation_names(
            (op.slug, op.operation_id, op.method, op.path) for op in operations
        )
        for note in notes:
            self.warnings.append(ParseWarning(self.at(self.page.title_line), note))
        seen_slugs: dict[str, int] = {}
        rows = zip(operations, names, heading_lines, strict=True)
        for index, (operation, name, line) in enumerate(rows):
            if name in seen_slugs:
                raise ParseError(
                    self.at(line),
                    f"operation {operation.method} {operation.path} gets the name {name!r}, "
                    f"already taken by the operation at line {seen_slugs[name]}",
                )
            seen_slugs[name] = line
            operations[index] = replace(operation, slug=name)
            for (location, parameter), row in row_lines[index].items():
                self.parameter_lines[(name, location, parameter)] = row
        schemes, naming_warnings = name_schemes(
            self.file,
            self.page.authentication[0].line - 1 if self.page.authentication else 1,
            read_schemes(self.file, self.page.authentication),
            operations,
        )
        self.warnings.extend(naming_warnings)
        api = Api(
            title=title.group("title"),
            version=title.group("version"),
            description=_join(self.page.description),
            operations=tuple(operations),
            servers=read_servers(self.file, self.page.servers),
            security_schemes=schemes,
            schemas=self.named.used(),
        )
        return ParseResult(
            api,
            tuple(self.warnings),
            self.page.title_line,
            self.parameter_lines,
            operation_lines=seen_slugs,
        )

    def operation(self, section: OperationSection) -> Operation:
        method_line = self.method_line(section)
        match = _METHOD_LINE.match(method_line.text)
        if match is None or match.group("method") not in HTTP_METHODS:
            raise ParseError(
                self.at(method_line.line),
                f"method line `{method_line.text}` is not `METHOD /path` with METHOD one of "
                f"{', '.join(HTTP_METHODS)}",
            )
        method = cast(HttpMethod, match.group("method"))
        path = match.group("path")
        template_names = self.path_template(path, method_line.line)

        summary, description = self.summary_and_description(section)
        slug = snake_case(summary)
        if not slug:
            raise ParseError(self.at(section.line), f"summary {summary!r} has no letter or digit")
        if len(slug) > MAX_OPERATION_NAME:
            raise ParseError(
                self.at(section.line),
                f"summary {summary[:40] + '...'!r} gives a name of {len(slug)} characters, too "
                f"long for a file name; shorten it to at most {MAX_OPERATION_NAME}",
            )

        detailed = self.detailed_descriptions(section.detailed_descriptions)
        param_rows, body_row, body_rows = self.split_parameter_table(section.parameters)
        enum_groups = (
            read_enum_table(section.parameter_enums, self.file, depth_prefixed=True)
            if section.parameter_enums is not None
            else []
        )
        parameters = self.parameters(param_rows, enum_groups, detailed)
        for line, cells in param_rows:
            self.operation_rows[(cells[1], cells[0])] = line
        self.check_path_parameters(template_names, parameters, param_rows, method_line.line)
        request_body = self.request_body(section, body_row, body_rows, enum_groups, detailed)

        operation_id = None
        if section.anchor is not None and section.anchor.startswith("opId"):
            operation_id = section.anchor.removeprefix("opId")
        return Operation(
            slug=slug,
            method=method,
            path=path,
            summary=summary,
            description=description,
            operation_id=operation_id,
            tags=(section.tag,) if section.tag and section.tag != UNTAGGED_GROUP else (),
            parameters=parameters,
            request_body=request_body,
            responses=self.responses(section),
            security=(
                ()
                if section.authentication is None
                else read_requirements(
                    self.file, section.authentication.line, section.authentication.text
                )
            ),
        )

    def method_line(self, section: OperationSection) -> TextBlock:
        if section.method_line is None:
            raise ParseError(
                self.at(section.line),
                f"operation {section.summary!r} has no method line `METHOD /path`",
            )
        return section.method_line

    def route_name(self, section: OperationSection) -> str | None:
        """The name Widdershins heads an operation without operationId with: `get_/a/{id}`
        with each `/` made `_` (`get__a_{id}`)."""
        match = _METHOD_LINE.match(section.method_line.text) if section.method_line else None
        if match is None:
            return None
        return f"{match.group('method').lower()}_{match.group('path')}".replace("/", "_")

    def summary_and_description(self, section: OperationSection) -> tuple[str, str | None]:
        """The heading is the summary, unless Widdershins printed the operationId there (or,
        for an operation without one, `method_path`) and the summary as an emphasised line
        under the method line."""
        blocks = list(section.description)
        emphasized = section.emphasized_summary
        if emphasized is not None:
            if section.anchor == f"opId{section.summary}" or (
                section.anchor is None and section.summary == self.route_name(section)
            ):
                return emphasized.text[1:-1].strip(), _join(blocks)
            blocks.insert(0, emphasized)
        return section.summary, _join(blocks)

    def path_template(self, path: str, line: int) -> list[str]:
        """The parameter names in a path template; ParseError for a path no server can have."""
        at = self.at(line)
        if not path.startswith("/"):
            raise ParseError(at, f"path {path!r} must start with '/'")
        # A `#` is a character of the path (OpenAPI's paths are not URLs; the runtime sends
        # it percent-encoded), but a `?` would start a query Widdershins cut off already.
        if "?" in path:
            raise ParseError(at, f"path {path!r} must not contain a query")
        names = _PATH_PARAMETER.findall(path)
        if "{" in _PATH_PARAMETER.sub("", path) or "}" in _PATH_PARAMETER.sub("", path):
            raise ParseError(at, f"path {path!r} has an unbalanced '{{' or '}}'")
        for name in names:
            if not name.strip() or "/" in name:
                raise ParseError(at, f"path {path!r} has an empty or invalid parameter {{{name}}}")
        # A name may appear twice (`/users/{id}/mirror/{id}`): one parameter fills both.
        return list(dict.fromkeys(names))

    def split_parameter_table(
        self, table: Table | None
    ) -> tuple[
        list[tuple[int, tuple[str, ...]]], tuple[int, tuple[str, ...]] | None, list[SchemaRow]
    ]:
        """Separate parameter rows from the `body` row and its `»` field rows."""
        if table is None:
            return [], None, []
        if table.header != PARAMETER_COLUMNS:
            raise ParseError(
                self.at(table.line),
                f"Parameters table has columns {list(table.header)}, "
                f"expected {list(PARAMETER_COLUMNS)}",
            )
        params: list[tuple[int, tuple[str, ...]]] = []
        body_row: tuple[int, tuple[str, ...]] | None = None
        body_rows: list[SchemaRow] = []
        for row in table.rows:
            name_cell, location = row.cells[0], row.cells[1]
            depth, name = split_name(name_cell)
            if location != "body":
                if location not in PARAMETER_LOCATIONS:
                    raise ParseError(
                        self.at(row.line),
                        f"parameter {name!r} is 'in' {location!r}; expected one of "
                        f"{', '.join((*PARAMETER_LOCATIONS, 'body'))}",
                    )
                params.append((row.line, row.cells))
            elif depth == 0:
                if body_row is not None:
                    raise ParseError(self.at(row.line), "a second 'body' row")
                body_row = (row.line, row.cells)
            else:
                body_rows.append(
                    self.schema_row(
                        name, depth, row.line, row.cells[2], row.cells[3], "none", row.cells[4]
                    )
                )
        return params, body_row, body_rows

    def schema_row(
        self,
        name: str,
        depth: int,
        line: int,
        type_text: str,
        required: str,
        restrictions: str,
        description: str,
    ) -> SchemaRow:
        at = self.at(line)
        if not name:
            raise ParseError(at, "a table row has an empty name")
        if restrictions not in ("none", "read-only", "write-only"):
            raise ParseError(
                at, f"Restrictions must be none, read-only or write-only, " f"not {restrictions!r}"
            )
        return SchemaRow(
            name=name,
            depth=depth,
            line=line,
            type=parse_type_cell(type_text, at),
            required=parse_required(required, at),
            description=cell_text(description),
            read_only=restrictions == "read-only",
            write_only=restrictions == "write-only",
        )

    def parameters(
        self,
        rows: Sequence[tuple[int, tuple[str, ...]]],
        enum_groups: Sequence[EnumRows],
        detailed: dict[str, str],
    ) -> tuple[Parameter, ...]:
        parameters: list[Parameter] = []
        seen: set[tuple[str, str]] = set()
        for line, cells in rows:
            at = self.at(line)
            name, location, type_text, required_text, description_text = cells[:5]
            if not name or "»" in name:
                raise ParseError(at, f"parameter name {name!r} is empty or nested")
            if (name, location) in seen:
                raise ParseError(at, f"{location} parameter {name!r} is listed twice")
            seen.add((name, location))
            schema = parse_type_cell(type_text, at).schema()
            for group in enum_groups:
                if group.depth is None and group.name == name:
                    schema = self.with_enum(schema, group)
            description = detailed.get(name, cell_text(description_text))
            parameters.append(
                Parameter(
                    name=name,
                    location=cast(ParameterLocation, location),
                    required=parse_required(required_text, at),
                    schema=schema,
                    description=description,
                )
            )
        names = {p.name for p in parameters}
        for group in enum_groups:
            if group.depth is None and group.name not in names:
                self.warnings.append(
                    ParseWarning(
                        self.at(group.line),
                        f"Enumerated Values lists {group.name!r}, which is no parameter; ignored",
                    )
                )
        return tuple(parameters)

    def check_path_parameters(
        self,
        template_names: Sequence[str],
        parameters: Sequence[Parameter],
        rows: Sequence[tuple[int, tuple[str, ...]]],
        method_line: int,
    ) -> None:
        in_table = {p.name for p in parameters if p.location == "path"}
        for name in template_names:
            if name not in in_table:
                raise ParseError(
                    self.at(method_line),
                    f"path parameter {{{name}}} has no row with In=path in the Parameters table",
                )
        for (line, _cells), parameter in zip(rows, parameters, strict=True):
            if parameter.location == "path" and parameter.name not in template_names:
                raise ParseError(
                    self.at(line),
                    f"path parameter {parameter.name!r} does not appear in the path template",
                )
            if parameter.location == "path" and not parameter.required:
                raise ParseError(
                    self.at(line), f"path parameter {parameter.name!r} must be " "required"
                )

    def detailed_descriptions(self, blocks: Sequence[TextBlock]) -> dict[str, str]:
        """`**name**: text` entries (text may run over several paragraphs), by name."""
        entries: dict[str, list[str]] = {}
        current: list[str] | None = None
        for block in blocks:
            match = _DETAILED.match(block.text)
            if match is not None:
                current = entries.setdefault(match.group("name").strip(), [])
                current.append(match.group("text").strip())
            elif current is not None:
                current.append(block.text)
            else:
                self.warnings.append(
                    ParseWarning(
                        self.at(block.line), "text under Detailed descriptions names no parameter"
                    )
                )
        return {name: "\n\n".join(p for p in parts if p) for name, parts in entries.items()}

    def request_body(
        self,
        section: OperationSection,
        body_row: tuple[int, tuple[str, ...]] | None,
        field_rows: list[SchemaRow],
        enum_groups: Sequence[EnumRows],
        detailed: dict[str, str],
    ) -> RequestBody | None:
        if section.body is None and body_row is None:
            return None
        body_enums = [group for group in enum_groups if group.depth is not None]
        anchor_line = (
            body_row[0] if body_row is not None else (section.body.line if section.body else 0)
        )
        tree = build_row_tree(field_rows, 1, self.at(anchor_line))
        located, example = None, None
        if section.body is not None:
            names = row_names(tree)
            if body_row is not None:
                names.update(linked_names(body_row[1][2]))
            located, example = read_block(self.file, section.body, self.named.namer(names))
        if located is not None:
            self.warnings.extend(located.warnings)
            schema, lines = located.schema, located.lines
        elif body_row is not None:
            schema, lines = parse_type_cell(body_row[1][2], self.at(body_row[0])).schema(), {}
        else:
            schema, lines = Schema(), {}
        merger = RowMerger(self.file, lines, body_enums)
        schema = merger.merge_children(schema, (), tree)
        self.warnings.extend(merger.warnings)
        self.warnings.extend(merger.unused_enum_warnings())
        media_type, warnings = body_media_type(self.file, section, section.body)
        self.warnings.extend(warnings)
        if body_row is None:
            return RequestBody(schema=schema, media_type=media_type, example=example)
        line, cells = body_row
        return RequestBody(
            schema=schema,
            required=parse_required(cells[3], self.at(line)),
            description=detailed.get("body", cell_text(cells[4])),
            media_type=media_type,
            example=example,
        )

    def responses(self, section: OperationSection) -> tuple[Response, ...]:
        descriptions: dict[str, str | None] = {}
        named: dict[str, dict[SchemaPath, str]] = {}
        """The places each status's schema has a name for: the Schema column names the whole
        schema (`[Node](#schemanode)`), the Response Schema table's rows its fields."""
        no_schema: set[str] = set()
        if section.responses is not None:
            table = section.responses
            if table.header != RESPONSE_COLUMNS:
                raise ParseError(
                    self.at(table.line),
                    f"Responses table has columns {list(table.header)}, "
                    f"expected {list(RESPONSE_COLUMNS)}",
                )
            for row in table.rows:
                status = row.cells[0]
                if _STATUS.fullmatch(status) is None:
                    raise ParseError(
                        self.at(row.line),
                        f"status {status[:40]!r} is not an HTTP status code (such as 200 or "
                        "4XX) or 'default'; is a row of the Responses table broken?",
                    )
                if status in descriptions:
                    raise ParseError(self.at(row.line), f"status {status} is listed twice")
                descriptions[status] = cell_text(row.cells[2])
                named[status] = linked_names(row.cells[3])
                if row.cells[3] == NO_SCHEMA:
                    no_schema.add(status)
        examples = dict(section.response_examples)
        schema_tables = {entry.status: entry for entry in section.response_schemas}
        statuses = list(descriptions)
        statuses += [s for s in (*examples, *schema_tables) if s not in statuses]
        if not statuses:
            # OpenAPI requires at least one response; Widdershins prints a Responses table
            # for every operation, so its absence means the page lost part of the section.
            raise ParseError(
                self.at(section.line),
                f"operation {section.summary!r} documents no response: expected a Responses "
                "table",
            )
        headers = read_response_headers(self.file, section.response_headers)
        responses = []
        for status in statuses:
            schema: Schema | None = None
            lines: dict[SchemaPath, int] = {}
            entry = schema_tables.get(status)
            root, rows = self.response_rows(entry) if entry is not None else (None, [])
            example: JsonValue = None
            if status in examples:
                names = named.get(status, {}) | row_names(rows)
                if root is not None:
                    names |= root_names(root)
                located, example = read_block(
                    self.file,
                    examples[status],
                    self.named.namer(names),
                    example=status in no_schema,
                )
                if located is not None:
                    self.warnings.extend(located.warnings)
                    schema, lines = located.schema, located.lines
            if entry is not None and entry.table is not None:
                schema = self.merge_response_table(
                    schema or Schema(type="object"), lines, entry, rows
                )
            responses.append(
                Response(
                    status,
                    descriptions.get(status),
                    schema,
                    example=example,
                    headers=headers.get(status, ()),
                )
            )
        return tuple(responses)

    def response_rows(
        self, entry: ResponseSchemaTables
    ) -> tuple[SchemaRow | None, list[SchemaRow]]:
        """The rows of a status's Response Schema table, nested by their `»` depth, and the
        `_anonymous_` row standing for the whole answer where the table starts with one."""
        table = entry.table
        if table is None:
            return None, []
        if table.header != SCHEMA_COLUMNS:
            raise ParseError(
                self.at(table.line),
                f"Response Schema table has columns {list(table.header)}, "
                f"expected {list(SCHEMA_COLUMNS)}",
            )
        rows = []
        for row in table.rows:
            depth, name = split_name(row.cells[0])
            rows.append(self.schema_row(name, depth, row.line, *row.cells[1:5]))
        if rows and rows[0].depth == 0 and rows[0].name == ANONYMOUS_NAME:
            # A top-level array of a named schema: its `_anonymous_` row stands for the
            # whole answer (`[[Tree](#schematree)]`), the `»` rows under it for its fields.
            tree = build_row_tree(rows, 0, self.at(table.line))
            if len(tree) > 1:
                raise ParseError(
                    self.at(tree[1].line),
                    f"row {tree[1].name!r} is a second row for the whole answer, after "
                    f"{ANONYMOUS_NAME!r}",
                )
            return tree[0], tree[0].children
        return None, build_row_tree(rows, 1, self.at(table.line))

    def merge_response_table(
        self,
        schema: Schema,
        lines: dict[SchemaPath, int],
        entry: ResponseSchemaTables,
        rows: list[SchemaRow],
    ) -> Schema:
        enums = read_enum_table(entry.enums, self.file, depth_prefixed=False) if entry.enums else []
        merger = RowMerger(self.file, lines, enums)
        merged = merger.merge_children(schema, (), rows)
        self.warnings.extend(merger.warnings)
        self.warnings.extend(merger.unused_enum_warnings())
        return merged

    def with_enum(self, schema: Schema, group: EnumRows) -> Schema:
        """A parameter's schema with the table's enum values (on the items, for an array)."""
        target = schema.items if schema.type == "array" and schema.items is not None else schema
        values, warnings = convert_enum_values(group, target.type, self.file)
        self.warnings.extend(warnings)
        if target is schema:
            return replace(schema, enum=values)
        return replace(schema, items=replace(target, enum=values))


def _join(blocks: Sequence[TextBlock]) -> str | None:
    return "\n\n".join(block.text for block in blocks) or None
