"""Line layout for generated statements, as black lays them out.

Generation runs no formatter: running black cost most of a generation's time. The wrapping
that depends on the page (how long a field's description or a list of names is) is decided
here, the way black decides it for the few statement shapes the templates write; the static
lines of the templates are written as black writes them. black stays the formatter of
record: the tests run it over every module the test pages and the golden records generate,
and hypothesis checks random statements against it, so a template or layout change that
black would rewrite fails `make test`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from generator.sdk.black_width import WIDTH_TABLE
from generator.sdk.import_order import ruff_sorted

LINE_LENGTH = 100
INDENT = "    "

_RANGE_STARTS = tuple(start for start, _, _ in WIDTH_TABLE)


def width(text: str) -> int:
    """Columns `text` takes, counted exactly as black counts them (`black.strings.str_width`,
    from its table in `generator.sdk.black_width`): wide East Asian characters and most emoji
    two, every other character one, combining marks included."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    codepoint = ord(char)
    index = bisect_right(_RANGE_STARTS, codepoint) - 1
    if index < 0:
        return 1
    _, end, columns = WIDTH_TABLE[index]
    if codepoint > end:
        return 1
    return max(columns, 0)


def bracketed(
    indent: int,
    head: str,
    items: Sequence[str],
    tail: str = "",
    *,
    brackets: str = "()",
    collection: bool = False,
) -> str:
    """`head(items)tail`, written at `indent` spaces, wrapped the way black wraps it.

    On one line if it fits; else the items go on their own line between the brackets; and if
    they do not fit there either, or the brackets hold a collection literal (`collection`,
    black always explodes those), one item per line with a trailing comma. The first line
    is returned without its indent (the template writes it); the others carry theirs.
    """
    one_line = head + inline(items, brackets, collection=collection) + tail
    if width(" " * indent + one_line) <= LINE_LENGTH or not items:
        return one_line
    opening, closing = brackets[0], brackets[1]
    pad = " " * indent
    inner = pad + INDENT
    joined = ", ".join(items)
    if not collection and (len(items) == 1 or width(inner + joined) <= LINE_LENGTH):
        # One argument stays whole even when too long: there is nothing to split it at.
        return f"{head}{opening}\n{inner}{joined}\n{pad}{closing}{tail}"
    body = "\n".join(f"{inner}{item}," for item in items)
    return f"{head}{opening}\n{body}\n{pad}{closing}{tail}"


def inline(items: Sequence[str], brackets: str = "()", *, collection: bool = False) -> str:
    """`items` between `brackets` on one line; a one-item tuple (`collection`) keeps its comma."""
    joined = ", ".join(items)
    if collection and brackets == "()" and len(items) == 1:
        joined += ","
    return f"{brackets[0]}{joined}{brackets[1]}"


def assignment(indent: int, target: str, value: str) -> str:
    """`target = value` at `indent` spaces: black puts a value that is too long for the line
    in parentheses on a line of its own, when that makes it fit."""
    pad = " " * indent
    line = f"{target} = {value}"
    if width(pad + line) <= LINE_LENGTH or width(pad + INDENT + value) > LINE_LENGTH:
        return line
    return f"{target} = (\n{pad}{INDENT}{value}\n{pad})"


def import_from(indent: int, module: str, names: Sequence[str]) -> str:
    """`from module import names` at `indent` spaces, the names in the order ruff wants; black
    explodes an import that does not fit into one name per line between parentheses."""
    names = ruff_sorted(names)
    line = f"from {module} import {', '.join(names)}"
    if width(" " * indent + line) <= LINE_LENGTH:
        return line
    return bracketed(indent, f"from {module} import ", names, collection=True)
