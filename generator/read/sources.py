"""An input file read into the IR, whichever door it takes: a Widdershins page (`.md`) or
an OpenAPI 3.0 document (`.json`, `.yaml`, `.yml`), told apart by the file's name."""

from __future__ import annotations

from pathlib import Path

from generator.read.openapi import read_document, read_document_text
from generator.read.openapi_document import is_document_path
from generator.read.parse import ParseResult, parse_file, parse_page


def read_source(path: Path) -> ParseResult:
    """A page (`.md`) or an OpenAPI document (`.json`, `.yaml`, `.yml`) read into the IR."""
    if is_document_path(path):
        return read_document(path)
    return parse_file(path)


def read_source_text(file: str, text: str) -> ParseResult:
    """`read_source` of a file's text (as committed at a git revision); `file` tells a page
    from a document by its name, as there."""
    if is_document_path(Path(file)):
        return read_document_text(file, text)
    return parse_page(file, text)
