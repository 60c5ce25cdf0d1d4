"""A page's top-level Markdown blocks, read line by line for the Markdown Widdershins writes.

Widdershins and Prettier write a small, regular subset of CommonMark: ATX headings, fenced
code, GFM tables with a leading pipe, one-paragraph blockquotes, block-level HTML and plain
paragraphs, each separated by a blank line. `read_blocks` reads that subset in one pass over
the lines; on anything outside it (a list, an indented line, a tab, a paragraph a table or
an underline could interrupt, an unclosed fence, ...) it raises `UnsupportedMarkdown` and the
caller reads the page with markdown-it-py instead (`markdown_blocks`). Where it does answer,
its blocks are exactly markdown-it-py's (tests/test_block_reader.py checks both on every test
page and on generated Markdown), so the fallback changes only the speed, never the result.

markdown-it-py stays the reference: it is imported only when a page needs it, which is also
why a page here costs a quarter of what tokenising it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.read.markdown_text import unescape, unwrap


class UnsupportedMarkdown(Exception):
    """The page holds Markdown this reader does not read; markdown-it-py reads it."""


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A GFM table: header cells and body rows, cells unescaped and trimmed."""

    line: int
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class Block:
    """One top-level block. `line` and `end_line` are 1-based and inclusive, except that a
    fence's `line` is its first content line; `children_text` is a container's text."""

    kind: str
    line: int
    end_line: int
    content: str
    info: str = ""
    table: Table | None = None
    children_text: str = ""


# Whitespace other than space and newline (tabs, CR, NBSP, ...) and NUL: CommonMark gives
# them meanings (tab stops, line ends, replacement) this reader does not model.
_UNMODELLED_CHARACTERS = re.compile(r"[^\S \n]|\x00")
_ATX_HEADING = re.compile(r"(#{1,6})(?: (.*))?$")
_FENCE_OPENING = re.compile(r"(`{3,}|~{3,})(.*)$")
_ORDERED_ITEM = re.compile(r"[0-9]{1,9}[.)](?: |$)")
# CommonMark's HTML blocks of type 6: a block-level tag, open or closing; they end at a blank
# line and may interrupt a paragraph.
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup"
    r"|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame"
    r"|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav"
    r"|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th"
    r"|thead|title|tr|track|ul)(?: |/?>|$)",
    re.IGNORECASE | re.ASCII,
)
# The anchor Widdershins writes before an operation: not an HTML block (an open tag followed
# by more than whitespace), so CommonMark reads it as a paragraph.
_ANCHOR_PARAGRAPH = re.compile(r'<a id=".*"></a>$')  # ids unescaped: see page._ANCHOR
_DELIMITER_CELL = re.compile(r"^:?-+:?$")
# First characters after which a line may open a block other than a paragraph, or interrupt
# one: such lines are left to markdown-it-py (`_is_paragraph_text` looks closer at fences,
# list markers, thematic breaks, link reference definitions and ordered list items).
_BLOCK_MARKERS = frozenset("#>|< ")
# markdown-it-py stops padding short table rows after this many cells (its MAX_AUTOCOMPLETED_CELLS).
_MAX_AUTOCOMPLETED_CELLS = 0x10000


def read_blocks(text: str) -> list[Block]:
    """The top-level blocks of `text` (front matter already blanked out), in order.

    Raises UnsupportedMarkdown where the page steps outside the subset this reader knows."""
    if _UNMODELLED_CHARACTERS.search(text):
        raise UnsupportedMarkdown("a tab, carriage return or other special whitespace")
    lines = text.split("\n")
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip(" "):
            index += 1
            continue
        first = line[0]
        if first == "#":
            block, index = _heading(line, index)
        elif first in "`~" and (opening := _FENCE_OPENING.match(line)):
            block, index = _fence(lines, index, opening)
        elif first == ">":
            block, index = _blockquote(lines, index)
        elif first == "<" and not _ANCHOR_PARAGRAPH.match(line):
            block, index = _html(lines, index)
        elif first == "|":
            block, index = _table(lines, index)
        else:
            block, index = _paragraph(lines, index)
        blocks.append(block)
    return blocks


def _heading(line: str, index: int) -> tuple[Block, int]:
    match = _ATX_HEADING.match(line)
    content = (match.group(2) or "").strip(" ") if match else ""
    if match is None or not content or content.endswith("#"):
        raise UnsupportedMarkdown("a heading with a closing sequence, or not a heading")
    return Block(f"h{len(match.group(1))}", index + 1, index + 1, content), index + 1


def _fence(lines: list[str], index: int, opening: re.Match[str]) -> tuple[Block, int]:
    marker, info = opening.groups()
    if marker[0] == "`" and "`" in info:
        raise UnsupportedMarkdown("a backtick in a fence's info string")
    character = marker[0]
    for closing in range(index + 1, len(lines)):
        candidate = lines[closing]
        stripped = candidate.lstrip(" ")
        if (
            len(candidate) - len(stripped) <= 3
            and stripped.startswith(marker)
            and not stripped.rstrip(" ").strip(character)
        ):
            content = "".join(f"{line}\n" for line in lines[index + 1 : closing])
            return Block("fence", index + 2, closing + 1, content, info=info.strip()), closing + 1
    raise UnsupportedMarkdown("a fence that is never closed")


def _blockquote(lines: list[str], index: int) -> tuple[Block, int]:
    end = index
    inner: list[str] = []
    while end < len(lines) and lines[end].startswith(">"):
        text = lines[end][1:]
        text = text[1:] if text.startswith(" ") else text
        if not text or not _is_paragraph_text(text, opening=not inner):
            raise UnsupportedMarkdown("a blockquote holding more than one plain paragraph")
        inner.append(text)
        end += 1
    if end < len(lines) and lines[end].strip(" "):
        raise UnsupportedMarkdown("a lazy continuation line after a blockquote")
    content = "\n".join(inner).strip(" ")
    return Block("blockquote", index + 1, end, "", children_text=content), end


def _html(lines: list[str], index: int) -> tuple[Block, int]:
    line = lines[index]
    if line.startswith("<!--"):
        end = next((i + 1 for i in range(index, len(lines)) if "-->" in lines[i]), None)
        if end is None:
            raise UnsupportedMarkdown("an HTML comment that is never closed")
    elif _BLOCK_TAG.match(line):
        end = index + 1
        while end < len(lines) and lines[end].strip(" "):
            end += 1
    else:
        raise UnsupportedMarkdown("HTML other than a comment or a block-level tag")
    # Each line keeps its newline; the page's last line may have none.
    content = "\n".join(lines[index:end]) + ("\n" if end < len(lines) else "")
    return Block("html", index + 1, end, content), end


def _table(lines: list[str], index: int) -> tuple[Block, int]:
    aligns = _delimiter_row(lines[index + 1]) if index + 1 < len(lines) else None
    header = _row_cells(lines[index])
    if aligns is None or len(header) != aligns or not header:
        raise UnsupportedMarkdown("a line starting with '|' that is not a table header")
    rows: list[TableRow] = []
    autocompleted = 0
    end = index + 2
    while end < len(lines) and lines[end].strip(" "):
        if not lines[end].startswith("|"):
            raise UnsupportedMarkdown("a table row without a leading pipe")
        cells = _row_cells(lines[end])
        autocompleted += aligns - len(cells)
        if autocompleted > _MAX_AUTOCOMPLETED_CELLS:
            raise UnsupportedMarkdown("a table with too many missing cells")
        padded = [cells[i] if i < len(cells) else "" for i in range(aligns)]
        rows.append(TableRow(end + 1, tuple(_cell(cell) for cell in padded)))
        end += 1
    table = Table(index + 1, tuple(_cell(cell) for cell in header), tuple(rows))
    return Block("table", index + 1, end, "", table=table), end


def _delimiter_row(line: str) -> int | None:
    """The number of columns a GFM delimiter row declares, or None if it is not one."""
    if len(line) < 2 or line[0] not in "|-:" or line[1] not in "|-: ":
        return None
    if (line[0] == "-" and line[1] == " ") or line.strip("|-: "):
        return None
    columns = line.split("|")
    count = 0
    for position, column in enumerate(columns):
        cell = column.strip(" ")
        if not cell and position in (0, len(columns) - 1):
            continue
        if not _DELIMITER_CELL.match(cell):
            return None
        count += 1
    return count


def _row_cells(line: str) -> list[str]:
    cells = split_cells(line.strip(" "))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def _cell(source: str) -> str:
    return unescape(unwrap(source.strip(" ")))


def split_cells(row: str) -> list[str]:
    """A table row split at its unescaped pipes, as markdown-it-py's `escapedSplit` splits it:
    `\\|` is a literal pipe (the backslash dropped), every other backslash stays."""
    if "\\|" not in row:
        return row.split("|")
    cells: list[str] = []
    current = ""
    last = 0
    escaped = False
    for position, character in enumerate(row):
        if character == "|":
            if not escaped:
                cells.append(current + row[last:position])
                current = ""
                last = position + 1
            else:
                current += row[last : position - 1]
                last = position
        escaped = character == "\\"
    cells.append(current + row[last:])
    return cells


def _paragraph(lines: list[str], index: int) -> tuple[Block, int]:
    if not _is_paragraph_text(lines[index], opening=True):
        raise UnsupportedMarkdown("a line that may open a block other than a paragraph")
    end = index + 1
    while end < len(lines) and lines[end].strip(" "):
        if not _is_paragraph_text(lines[end], opening=False):
            raise UnsupportedMarkdown("a paragraph line that may end the paragraph")
        end += 1
    content = "\n".join(lines[index:end]).strip(" ")
    return Block("paragraph", index + 1, end, content), end


def _is_paragraph_text(line: str, *, opening: bool) -> bool:
    """Whether CommonMark surely reads the non-blank `line` as paragraph text: as the line
    that opens a paragraph, or as one that continues it."""
    first = line[0]
    if not opening and _delimiter_row(line) is not None:
        return False  # the line before would be a table's header
    if first in "`~":
        return _FENCE_OPENING.match(line) is None
    if first in "-*+_=":
        # A list item, a thematic break or a setext underline; `**bold**` is text.
        list_item = first in "-*+" and line[1:2] in ("", " ")
        return not list_item and bool(line.strip(first + " "))
    if first in _BLOCK_MARKERS:
        # Widdershins' operation anchor is a paragraph of its own (not an HTML block).
        return opening and _ANCHOR_PARAGRAPH.match(line) is not None
    if first == "[":
        return not opening
    return not (first.isdigit() and _ORDERED_ITEM.match(line))
