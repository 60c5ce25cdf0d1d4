"""What Widdershins prints beside an operation's schemas, read into the IR: a form body's
YAML schema and its media type, an example printed in a schema's place, the Response
Headers table, and the `SERVERS` sections that are no operation.

`generator.read.page` finds these on the page; `generator.read.parse` calls here to read
them, so the operation reader stays about schemas and tables.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import FORM_MEDIA_TYPES, Header, JsonValue, Schema
from generator.read.json_source import JsonBlockError, LocatedObject, load_located_json
from generator.read.page import CodeBlock, OperationSection, Table
from generator.read.schema_json import (
    CircularNamer,
    LocatedSchema,
    is_schema_keyword,
    read_schema_document,
)
from generator.read.schema_table import cell_text, parse_type_cell
from generator.read.skipped import servers_skipped
from generator.read.yaml_blocks import load_located_yaml

HEADER_COLUMNS = ("Status", "Header", "Type", "Format", "Description")
NO_SCHEMA = "None"
"""The Responses table's Schema cell of a response whose media type gives no schema: a
JSON block printed for it is the media type's `example`, not a schema."""


def servers_section(file: str, section: OperationSection) -> ParseWarning | None:
    """The warning that skips a `SERVERS /path` section, or None for an operation.

    Widdershins takes a path's own `servers` for one more method and prints it as an
    operation without its URLs: the page cannot say where that path is served.
    """
    line = section.method_line
    if line is None or not line.text.startswith("SERVERS "):
        return None
    path = line.text.removeprefix("SERVERS ").strip()
    return ParseWarning(SourceLocation(file, line.line), servers_skipped(path))


def read_block(
    file: str, block: CodeBlock, circular: CircularNamer | None = None, *, example: bool = False
) -> tuple[LocatedSchema | None, JsonValue]:
    """A body's or response's block (JSON, or YAML for a form body), parsed once: its schema,
    or the example value Widdershins printed in the schema's place (where the document gives
    a media type's `example` or a body's `examples`). The block is an example where
    `example` says so (the Responses table's Schema cell is `None`), or where it is no object
    of schema keywords. A `"[Circular]"` in a schema is named by `circular`
    (generator.read.schema_json). Raises ParseError at the line of malformed JSON or YAML."""
    if block.language == "yaml":
        document = load_located_yaml(file, block.line, block.text)
    else:
        try:
            document = load_located_json(block.text)
        except JsonBlockError as error:
            location = SourceLocation(file, block.line + error.line - 1, error.column)
            raise ParseError(location, f"malformed JSON: {error.message}") from None
    if example or not isinstance(document, LocatedObject):
        return None, _plain(document)
    if not all(map(is_schema_keyword, document)):
        return None, _plain(document)
    return read_schema_document(file, block.line, document, circular), None


def body_media_type(
    file: str, section: OperationSection, block: CodeBlock | None
) -> tuple[str, list[ParseWarning]]:
    """The media type of an operation's body (media_type_sent), from the `Content-Type` its
    code samples send, the only place Widdershins prints it; for a YAML block without one,
    with a warning, `application/x-www-form-urlencoded`."""
    sent = section.content_type
    media_type = media_type_sent(None if sent is None else sent.text, _language(block))
    if media_type is not None:
        return media_type, []
    assert block is not None
    warning = ParseWarning(
        SourceLocation(file, block.line - 1),
        f"operation `{section.route}`: no code sample says which media type its YAML body "
        f"has; read as {FORM_MEDIA_TYPES[0]}",
    )
    return FORM_MEDIA_TYPES[0], [warning]


def media_type_sent(sent: str | None, block: str | None) -> str | None:
    """The media type of a body whose value is printed first in a `block` ("json", "yaml",
    or None for none) and whose code samples send `sent` (the body's first media type):
    after a JSON block, a JSON or form media type sent (`application/vnd.x+json`; a form is
    printed as JSON first when the body has a JSON media type too), else `application/json`;
    after a YAML block (a form) the one sent, None when none is."""
    if block != "yaml":
        sends = sent is not None and ("json" in sent or sent in FORM_MEDIA_TYPES)
        return sent if sent is not None and sends else "application/json"
    return sent


def _language(block: CodeBlock | None) -> str | None:
    return None if block is None else block.language


def _plain(value: object) -> JsonValue:
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value  # type: ignore[return-value]


def read_response_headers(file: str, table: Table | None) -> dict[str, tuple[Header, ...]]:
    """The Response Headers table: each status's headers, in the table's order."""
    if table is None:
        return {}
    if table.header != HEADER_COLUMNS:
        raise ParseError(
            SourceLocation(file, table.line),
            f"Response Headers table has columns {list(table.header)}, "
            f"expected {list(HEADER_COLUMNS)}",
        )
    headers: dict[str, list[Header]] = {}
    for row in table.rows:
        at = SourceLocation(file, row.line)
        status, name, type_text, format_text, description = row.cells[:5]
        if not name:
            raise ParseError(at, "a response header without a name")
        # A header the document gives no schema prints an empty (or "undefined") type.
        schema = Schema()
        if type_text not in ("", "undefined"):
            schema = parse_type_cell(type_text, at).schema()
        if format_text:
            schema = replace(schema, format=format_text)
        listed = headers.setdefault(status, [])
        if any(header.name == name for header in listed):
            raise ParseError(at, f"response header {name!r} of status {status} is listed twice")
        listed.append(Header(name, schema, cell_text(description)))
    return {status: tuple(items) for status, items in headers.items()}
