"""Errors and warnings that point at a place in the source page.

The parser raises `ParseError` for input it cannot turn into a correct IR and collects
`ParseWarning`s for input it can read but where the page contradicts itself. The CLI prints
both as one line each: `file:line[:column]: error: message`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A 1-based line (and optional 1-based column) in a source file."""

    file: str
    line: int
    column: int | None = None

    def __str__(self) -> str:
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


class ParseError(Exception):
    """The page cannot be read: `location` says where, `message` what is wrong."""

    def __init__(self, location: SourceLocation, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message


@dataclass(frozen=True)
class ParseWarning:
    """The page can be read, but two of its sources disagree or something was ignored.

    `other` is the second place involved (e.g. the JSON line a table row contradicts).
    """

    location: SourceLocation
    message: str
    other: SourceLocation | None = None

    def __str__(self) -> str:
        text = f"{self.location}: warning: {self.message}"
        if self.other is not None:
            text += f" (see line {self.other.line})"
        return text
