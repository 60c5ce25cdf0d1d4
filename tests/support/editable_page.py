"""Edit a copy of a real page line by line, for tests that need a page broken in one place."""

from __future__ import annotations

import pytest

from generator.diagnostics import ParseError
from generator.read.parse import parse_page
from tests.support.pages import PAGES_DIR as PAGES

SEED_NAME = "futures-order.md"
FILE = "bad-page.md"
"""The name the tests give the edited page; errors must carry it back."""


class EditablePage:
    """A page's lines, 1-based, with the small edits the tests need."""

    def __init__(self, name: str = SEED_NAME) -> None:
        self.lines = (PAGES / name).read_text(encoding="utf-8").split("\n")

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def find(self, needle: str, *, after: int = 0, exact: bool = False) -> int:
        """The first line after line `after` that contains `needle` (or is it, stripped)."""
        for index in range(after, len(self.lines)):
            text = self.lines[index]
            if (text.strip() == needle) if exact else (needle in text):
                return index + 1
        raise AssertionError(f"{needle!r} not found after line {after}")

    def section(self, summary: str) -> int:
        """The line of the `## summary` heading that opens an operation."""
        return self.find(f"## {summary}", exact=True)

    def section_end(self, summary: str) -> int:
        """The last line of the operation opened by `## summary`."""
        start = self.section(summary)
        for index in range(start, len(self.lines)):
            if self.lines[index].startswith("## "):
                return index
        return len(self.lines)

    def find_in(self, summary: str, needle: str, *, after: str | None = None) -> int:
        """`needle` inside the operation `summary` (after the line holding `after`)."""
        start = self.section(summary)
        if after is not None:
            start = self.find(after, after=start)
        found = self.find(needle, after=start)
        assert found <= self.section_end(summary), f"{needle!r} is not in {summary!r}"
        return found

    def replace(self, number: int, old: str, new: str) -> None:
        text = self.lines[number - 1]
        assert text.count(old) == 1, f"line {number} {text!r} must hold {old!r} once"
        self.lines[number - 1] = text.replace(old, new)

    def set(self, number: int, new: str) -> None:
        self.lines[number - 1] = new

    def insert_after(self, number: int, *new_lines: str) -> None:
        self.lines[number:number] = list(new_lines)

    def column(self, number: int, token: str) -> int:
        """The 1-based column where `token` starts on line `number`."""
        text = self.line(number)
        assert text.count(token) == 1, f"line {number} {text!r} must hold {token!r} once"
        return text.index(token) + 1

    def paragraph_after(self, number: int) -> list[str]:
        """The lines of the paragraph that starts on line `number`."""
        lines = []
        while number <= len(self.lines) and self.line(number).strip():
            lines.append(self.line(number))
            number += 1
        return lines

    def delete(self, number: int) -> None:
        del self.lines[number - 1]

    def cells(self, number: int) -> list[str]:
        return [cell.strip() for cell in self.line(number).strip().strip("|").split("|")]


def parse_error(page: EditablePage) -> ParseError:
    """The ParseError reading `page` (as FILE) raises; fails when it reads, or when the error
    names another file."""
    with pytest.raises(ParseError) as caught:
        parse_page(FILE, page.text)
    error = caught.value
    assert error.location.file == FILE
    return error
