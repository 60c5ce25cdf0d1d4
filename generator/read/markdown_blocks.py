"""A page's top-level blocks as markdown-it-py reads them: the reference reader.

`generator.read.blocks` reads the Markdown Widdershins writes without a Markdown library and
hands anything else here. This module tokenises with markdown-it-py (block rules only) and
flattens its token stream into the same `Block`s, so either reader feeds the page walker.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.diagnostics import ParseError, SourceLocation
from generator.read.blocks import Block, Table, TableRow, split_cells
from generator.read.markdown_text import unescape, unwrap

# Only block structure and the raw text of inline tokens are read; skipping the inline pass
# (links, emphasis) halves the tokenising time.
_MARKDOWN = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])

_TABLE_RULE = importlib.import_module("markdown_it.rules_block.table")
ESCAPED_SPLIT: Callable[[str], list[str]] | None = getattr(_TABLE_RULE, "escapedSplit", None)
if ESCAPED_SPLIT is not None:  # a markdown-it-py without it is only slower, never wrong
    # Prettier pads every cell of a KuCoin table to its column's width, so rows run to
    # hundreds of characters and escapedSplit's character loop was a fifth of a page's parse;
    # `split_cells` is its twin without the loop where no pipe is escaped. The table rule
    # looks the function up at each call.
    vars(_TABLE_RULE)["escapedSplit"] = split_cells


def markdown_blocks(file: str, text: str) -> list[Block]:
    """The top-level blocks of `text` (front matter already blanked out).

    Raises ParseError when a fence is never closed: the page was cut short."""
    tokens = _MARKDOWN.parse(text)
    _check_fences_closed(file, tokens, text.split("\n"))
    return list(_top_level_blocks(tokens))


def _check_fences_closed(file: str, tokens: Sequence[Token], lines: Sequence[str]) -> None:
    """A fence left open runs to the end of the page (CommonMark): the page was cut short.

    Reading on would report errors in the rest of the page as if it were code, at lines
    past its end (a JSON block's "Expecting value" after the last line)."""
    for token in tokens:
        if token.type != "fence" or token.level != 0 or not token.map:
            continue  # a fence inside a blockquote or list ends with it
        opening, end = token.map
        closing = lines[end - 1].strip() if opening < end - 1 < len(lines) else ""
        fence_char = token.markup[0]
        if not (closing.startswith(token.markup) and closing == fence_char * len(closing)):
            raise ParseError(
                SourceLocation(file, opening + 1),
                f"code block opened with {token.markup!r} is never closed: the page ends inside it",
            )


def _top_level_blocks(tokens: Sequence[Token]) -> Iterator[Block]:
    """Flatten markdown-it's token stream into the page's top-level blocks."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        start, end = (token.map[0] + 1, token.map[1]) if token.map else (0, 0)
        if token.type == "heading_open":
            yield Block(token.tag, start, end, tokens[index + 1].content)
            index += 3
        elif token.type == "paragraph_open":
            yield Block("paragraph", start, end, tokens[index + 1].content)
            index += 3
        elif token.type in ("fence", "code_block"):
            yield Block("fence", start + 1, end, token.content, info=token.info.strip())
            index += 1
        elif token.type == "html_block":
            yield Block("html", start, end, token.content)
            index += 1
        elif token.type == "table_open":
            closing = _matching_close(tokens, index)
            yield Block("table", start, end, "", table=_table(tokens[index:closing]))
            index = closing + 1
        elif token.type.endswith("_open") and token.nesting == 1:
            closing = _matching_close(tokens, index)
            inner = " ".join(t.content for t in tokens[index:closing] if t.type == "inline")
            kind = token.type.removesuffix("_open")
            yield Block(kind, start, end, "", children_text=inner)
            index = closing + 1
        else:
            yield Block(token.type, start, end, token.content)
            index += 1


def _matching_close(tokens: Sequence[Token], opening: int) -> int:
    depth = 0
    for index in range(opening, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _table(tokens: Sequence[Token]) -> Table:
    rows: list[TableRow] = []
    cells: list[str] = []
    row_line = 0
    for token in tokens:
        if token.type == "tr_open":
            cells = []
            row_line = token.map[0] + 1 if token.map else 0
        elif token.type == "inline":
            cells.append(unescape(unwrap(token.content)))
        elif token.type == "tr_close":
            rows.append(TableRow(row_line, tuple(cells)))
    header, *body = rows
    return Table(header.line, header.cells, tuple(body))
