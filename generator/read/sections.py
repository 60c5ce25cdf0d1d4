"""What the walk of a page (`generator.read.page`) hands the parser: the page's operation
sections, each block still text or a table with its source line. Nothing here reads a
schema or a table; `generator.read.parse` does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diagnostics import ParseWarning
from generator.read.blocks import Table


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
    content_type: TextBlock | None = None
    """The `'Content-Type': '...'` a code sample sends (the media type of the body, which
    Widdershins prints nowhere else), the value alone."""
    response_headers: Table | None = None
    callback: bool = False
    """Whether this is a callback's operation, printed inside its operation's section."""

    @property
    def route(self) -> str:
        """How a warning names the operation: its method line, else its heading."""
        return self.method_line.text if self.method_line else self.summary


@dataclass
class SchemaSection:
    """One `<h2 id="tocS_Name">` entry of the `# Schemas` section: the schema's name, its JSON
    block and its Properties table (which names the schemas its fields refer to)."""

    name: str
    line: int
    json: CodeBlock | None = None
    properties: Table | None = None


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
    schemas: tuple[SchemaSection, ...] = ()
    """The named schemas of the `# Schemas` section, in page order."""
