"""Split a Widdershins page into operation sections, each block with its source line.

The page's top-level blocks come from `generator.read.blocks` (or, for Markdown outside the
subset Widdershins writes, from markdown-it-py in `generator.read.markdown_blocks`); this
module walks them with the small state machine Widdershins' templates imply: an
`## Summary` heading opens an operation; blockquotes (`> Body parameter`, `> 200 Response`)
and `<h3>` headings (`Parameters`, `Responses`, `Response Schema`) say what the next code
block or table is. Text comes out as its author wrote it (unwrapped, unescaped); nothing here
interprets a schema or a table.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

import yaml

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.read.blocks import Block, Table, TableRow, UnsupportedMarkdown, read_blocks
from generator.read.markdown_text import paragraph_text, unescape, unwrap

__all__ = [
    "CodeBlock",
    "OperationSection",
    "Page",
    "ResponseSchemaTables",
    "Table",
    "TableRow",
    "TextBlock",
    "read_page",
]


@dataclass(frozen=True)
class CodeBlock:
    """A fenced block: `line` is the line of its first content line."""

    line: int
    language: str
    text: str


@dataclass(frozen=True)
class TextBlock:
    """A block of prose as its author wrote it (paragraphs unwrapped)."""

    line: int
    text: str


@dataclass(frozen=True)
class ResponseSchemaTables:
    """A `Status Code **NNN**` entry under Response Schema, and its Enumerated Values."""

    status: str
    line: int
    table: Table | None = None
    enums: Table | None = None


@dataclass
class OperationSection:
    """Everything the page prints for one operation, still as text and tables."""

    summary: str
    line: int
    tag: str | None
    end_line: int = 0
    anchor: str | None = None
    method_line: TextBlock | None = None
    description: list[TextBlock] = field(default_factory=list)
    emphasized_summary: TextBlock | None = None
    """`_summary_` under the method line, printed when the heading is the operationId."""
    body: CodeBlock | None = None
    parameters: Table | None = None
    parameter_enums: Table | None = None
    detailed_descriptions: list[TextBlock] = field(default_factory=list)
    response_examples: list[tuple[str, CodeBlock]] = field(default_factory=list)
    responses: Table | None = None
    response_schemas: list[ResponseSchemaTables] = field(default_factory=list)
    authentication: TextBlock | None = None
    """The `<aside>` saying which methods authenticate a call, or that none is needed."""


@dataclass(frozen=True)
class Page:
    file: str
    title: str
    title_line: int
    description: tuple[TextBlock, ...]
    operations: tuple[OperationSection, ...]
    warnings: tuple[ParseWarning, ...]
    servers: tuple[TextBlock, ...] = ()
    """The lines of the `Base URLs:` list, one TextBlock per line, as written."""
    authentication: tuple[TextBlock, ...] = ()
    """The lines of the `# Authentication` section (security schemes), one per line."""


_Mode = Literal[
    "start",
    "code_samples",
    "description",
    "body",
    "parameters",
    "parameter_enums",
    "detailed",
    "examples",
    "response_example",
    "responses",
    "response_schema",
    "response_enums",
    "other",
]

# Widdershins prints ids unescaped: an operationId holding quotes or `<&>` gives
# `<a id="opIdfind "x" & <y>"></a>` and `<h3 id="find-"x"-&-<y>-parameters">Parameters</h3>`.
# An anchor ends at its line's last `"></a>`; an <h3>'s id at the last `">` before a text
# without quotes or tags (Widdershins' own words: Parameters, Responses...).
_H1_HTML = re.compile(r"^<h1 id=\"[^\"]*\">(?P<text>.*)</h1>\s*$", re.S)
_H3_HTML = re.compile(r"^<h3 id=\".*\">(?P<text>[^\"<>]*)</h3>\s*$", re.S)
_ANCHOR = re.compile(r"^<a id=\"(?P<id>.*)\"></a>$")
_RESPONSE_EXAMPLE = re.compile(r"^(?P<status>[1-5][0-9X]{2}|default) Response$")
_STATUS_CODE = re.compile(r"^Status Code \*\*(?P<status>[^*]+)\*\*$")
_CODE_SPAN_ONLY = re.compile(r"^`(?P<code>[^`]*)`$")
_COMBINATOR = re.compile(r"^_(?:oneOf|xor|anyOf|or|allOf|and|continued)_$")
"""The line Widdershins prints between the tables of a response schema's union or
intersection: the next table goes on with the same rows (its `»` depths say where)."""
_EMPHASIS_ONLY = re.compile(r"^([*_])[^*_].*\1$", re.S)
_ASIDE = re.compile(r"^<aside class=\"(?:warning|success)\">\n?(?P<text>.*?)\n?</aside>$", re.S)
_AUTHENTICATION = "Authentication"
_BASE_URLS = "Base URLs:"


def read_page(file: str, text: str) -> Page:
    """Split the page `text` (read from `file`, used in messages) into sections.

    Raises ParseError when the page is not a Widdershins page (no title heading, broken
    front matter) or when a section holds something in a place no Widdershins page does.
    """
    text, front_matter = _split_front_matter(file, text)
    try:
        blocks = read_blocks(text)
    except UnsupportedMarkdown:
        # Imported here: most pages never need it, and importing it costs more than
        # reading a page without it.
        from generator.read.markdown_blocks import markdown_blocks

        blocks = markdown_blocks(file, text)
    walker = _Walker(file, front_matter, text.split("\n"))
    walker.walk(blocks)
    return walker.finish(text.count("\n") + 1)


def _split_front_matter(file: str, text: str) -> tuple[str, dict[str, object]]:
    """Blank out the YAML front matter (keeping line numbers) and return it parsed."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return text, {}
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            try:
                data = yaml.safe_load("\n".join(lines[1:index]))
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 2
                raise ParseError(
                    SourceLocation(file, line), f"front matter is not valid YAML: {error}"
                ) from None
            blanked = [""] * (index + 1) + lines[index + 1 :]
            return "\n".join(blanked), data if isinstance(data, dict) else {}
    raise ParseError(SourceLocation(file, 1), "front matter opened with '---' is never closed")


class _Walker:
    """Feeds top-level blocks through the section state machine."""

    def __init__(self, file: str, front_matter: dict[str, object], lines: list[str]) -> None:
        self.file = file
        self.lines = lines
        self.servers: list[TextBlock] = []
        self.authentication: list[TextBlock] = []
        self.authentication_line: int | None = None
        """The `# Authentication` heading's line while the walk is inside that section."""
        self.in_servers = False
        self.front_matter = front_matter
        self.title: str | None = None
        self.title_line = 0
        self.description: list[TextBlock] = []
        self.tag: str | None = None
        self.operations: list[OperationSection] = []
        self.warnings: list[ParseWarning] = []
        self.current: OperationSection | None = None
        self.mode: _Mode = "start"
        self.response_status: str | None = None
        self.in_schemas = False
        self.continues_table = False
        """Whether the next response schema table goes on with the last (after `_oneOf_`)."""

    def at(self, line: int) -> SourceLocation:
        return SourceLocation(self.file, line)

    def walk(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            if self.in_schemas:
                break
            self.handle(block)

    def handle(self, block: Block) -> None:
        is_h1 = block.kind == "h1" or (block.kind == "html" and _H1_HTML.match(block.content))
        if self.authentication_line is not None:
            if not is_h1:
                return
            self.end_authentication(block.line - 1)
        if self.in_servers and not block.kind.endswith("_list"):
            self.in_servers = False
        if block.kind == "html" and (h1 := _H1_HTML.match(block.content)):
            self.close_operation(block.line - 1)
            self.h1(html.unescape(h1.group("text")).strip(), block.line)
        elif block.kind == "h1" and paragraph_text(block.content) == _AUTHENTICATION:
            # Widdershins prints the security schemes under this heading, before the
            # operations; its Markdown (nested lists, tables inside them, indented items a
            # reader takes for code) is read line by line in `generator.read.security`.
            self.close_operation(block.line - 1)
            self.authentication_line = block.line
        elif block.kind == "h1":
            # Widdershins ends the operations with "# Schemas" (components) in Markdown.
            self.close_operation(block.line - 1)
            self.in_schemas = True
        elif block.kind == "h2":
            self.close_operation(block.line - 1)
            self.current = OperationSection(paragraph_text(block.content), block.line, self.tag)
            self.mode = "start"
        elif self.current is None:
            self.preamble(block)
        else:
            self.operation_block(self.current, block)

    def h1(self, text: str, line: int) -> None:
        if self.title is None:
            self.title, self.title_line = text, line
        else:
            self.tag = text

    def end_authentication(self, end_line: int) -> None:
        assert self.authentication_line is not None
        self.authentication.extend(
            TextBlock(line, self.lines[line - 1])
            for line in range(self.authentication_line + 1, end_line + 1)
        )
        self.authentication_line = None

    def preamble(self, block: Block) -> None:
        """Blocks before the first operation: the API description (after the title), and the
        `Base URLs:` list that follows it."""
        if self.title is None or self.tag is not None:
            return
        if self.in_servers:
            self.servers.extend(
                TextBlock(line, self.lines[line - 1])
                for line in range(block.line, block.end_line + 1)
            )
            return
        if block.kind == "paragraph" and block.content.strip() == _BASE_URLS:
            self.in_servers = True
            return
        if block.kind == "blockquote":
            return  # Widdershins' "Scroll down for code samples" boilerplate.
        if block.kind == "paragraph":
            self.description.append(TextBlock(block.line, paragraph_text(block.content)))

    def operation_block(self, op: OperationSection, block: Block) -> None:
        if block.kind == "blockquote":
            self.blockquote(op, block)
        elif block.kind == "html":
            self.html(op, block)
        elif block.kind in ("h3", "h4", "h5", "h6"):
            self.subheading(op, paragraph_text(block.content), block.line)
        elif block.kind == "fence":
            self.fence(op, block)
        elif block.kind == "table":
            assert block.table is not None
            self.table(op, block.table)
        elif block.kind == "paragraph":
            self.paragraph(op, block)
        elif self.mode == "description":
            op.description.append(TextBlock(block.line, block.children_text or block.content))

    def blockquote(self, op: OperationSection, block: Block) -> None:
        text = unwrap(block.children_text)
        if text == "Code samples":
            self.mode = "code_samples"
        elif text == "Body parameter":
            self.mode = "body"
        elif text == "Example responses":
            self.mode = "examples"
        elif match := _RESPONSE_EXAMPLE.match(text):
            self.mode = "response_example"
            self.response_status = match.group("status")
        elif self.mode == "description":
            op.description.append(TextBlock(block.line, "> " + unescape(text)))

    def html(self, op: OperationSection, block: Block) -> None:
        content = block.content.strip()
        if h3 := _H3_HTML.match(content):
            self.subheading(op, html.unescape(h3.group("text")).strip(), block.line)
        elif anchor := _ANCHOR.match(content):
            op.anchor = anchor.group("id")
        elif aside := _ASIDE.match(content):
            if op.authentication is not None:
                raise ParseError(self.at(block.line), "a second authentication note")
            op.authentication = TextBlock(block.line + 1, aside.group("text"))
        # Other raw HTML (comments) carries nothing the IR models.

    def subheading(self, op: OperationSection, text: str, line: int) -> None:
        if text == "Parameters":
            self.mode = "parameters"
        elif text == "Responses":
            self.mode = "responses"
        elif text == "Response Schema":
            self.mode = "response_schema"
        elif text == "Enumerated Values" and self.mode in ("parameters", "detailed"):
            # Widdershins prints Detailed descriptions (long parameter descriptions) before
            # the parameters' Enumerated Values; either may be missing.
            self.mode = "parameter_enums"
        elif text == "Enumerated Values" and self.mode == "response_schema":
            self.mode = "response_enums"
        elif text == "Detailed descriptions" and self.mode in ("parameters", "parameter_enums"):
            self.mode = "detailed"
        else:
            self.warnings.append(
                ParseWarning(self.at(line), f"section {text!r} is not understood; ignored")
            )
            self.mode = "other"

    def fence(self, op: OperationSection, block: Block) -> None:
        code = CodeBlock(block.line, block.info, block.content)
        if self.mode == "code_samples":
            return
        if self.mode == "body" and block.info == "json":
            if op.body is not None:
                raise ParseError(self.at(block.line), "a second request body block")
            op.body = code
        elif self.mode == "response_example" and block.info == "json":
            assert self.response_status is not None
            op.response_examples.append((self.response_status, code))
        elif self.mode == "description":
            op.description.append(TextBlock(block.line, f"```{block.info}\n{block.content}```"))

    def table(self, op: OperationSection, table: Table) -> None:
        slot = {
            "parameters": "parameters",
            "parameter_enums": "parameter_enums",
            "responses": "responses",
        }.get(self.mode)
        if slot is not None:
            if getattr(op, slot) is not None:
                raise ParseError(self.at(table.line), f"a second {slot.replace('_', ' ')} table")
            setattr(op, slot, table)
        elif self.mode in ("response_schema", "response_enums") and op.response_schemas:
            entry = op.response_schemas[-1]
            attribute = "table" if self.mode == "response_schema" else "enums"
            if self.continues_table and entry.table is not None:
                self.continues_table = False
                if table.header != entry.table.header:
                    raise ParseError(self.at(table.line), "a table that goes on with other columns")
                rows = entry.table.rows + table.rows
                op.response_schemas[-1] = replace(entry, table=replace(entry.table, rows=rows))
                return
            if getattr(entry, attribute) is not None:
                raise ParseError(self.at(table.line), "a second table for the same status code")
            if self.mode == "response_schema":
                op.response_schemas[-1] = replace(entry, table=table)
            else:
                op.response_schemas[-1] = replace(entry, enums=table)
        elif self.mode != "other":
            raise ParseError(self.at(table.line), "a table where none belongs")

    def paragraph(self, op: OperationSection, block: Block) -> None:
        content = block.content.strip()
        if anchor := _ANCHOR.match(content):
            op.anchor = anchor.group("id")
        elif self.mode in ("start", "code_samples") and (code := _CODE_SPAN_ONLY.match(content)):
            op.method_line = TextBlock(block.line, code.group("code").strip())
            self.mode = "description"
        elif self.mode == "description":
            emphasis = _EMPHASIS_ONLY.match(content)
            if emphasis and not op.description and op.emphasized_summary is None:
                op.emphasized_summary = TextBlock(block.line, paragraph_text(content))
            else:
                op.description.append(TextBlock(block.line, paragraph_text(content)))
        elif self.mode == "detailed":
            op.detailed_descriptions.append(TextBlock(block.line, paragraph_text(content)))
        elif self.mode == "response_schema" and (status := _STATUS_CODE.match(content)):
            op.response_schemas.append(ResponseSchemaTables(status.group("status"), block.line))
        elif (
            self.mode == "response_schema"
            and _COMBINATOR.match(content)
            and op.response_schemas
            and op.response_schemas[-1].table is not None
        ):
            self.continues_table = True
        elif self.mode in ("start", "code_samples"):
            raise ParseError(
                self.at(block.line),
                f"operation {op.summary!r}: expected the method line `METHOD /path`, "
                f"found {content[:60]!r}",
            )

    def close_operation(self, end_line: int) -> None:
        if self.current is not None:
            self.current.end_line = end_line
            self.operations.append(self.current)
            self.current = None

    def finish(self, last_line: int) -> Page:
        self.close_operation(last_line)
        if self.authentication_line is not None:
            self.end_authentication(min(last_line, len(self.lines)))
        title = self.title
        if title is None:
            front_title = self.front_matter.get("title")
            if not isinstance(front_title, str):
                raise ParseError(
                    self.at(1), "no API title: expected an <h1> title or front matter 'title'"
                )
            title = front_title
        return Page(
            file=self.file,
            title=title,
            title_line=self.title_line or 1,
            description=tuple(self.description),
            operations=tuple(self.operations),
            warnings=tuple(self.warnings),
            servers=tuple(self.servers),
            authentication=tuple(self.authentication),
        )
