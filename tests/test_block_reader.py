"""The line reader gives markdown-it-py's blocks wherever it answers, and hands the rest over.

generator/read/blocks.py reads the Markdown Widdershins writes without a Markdown library;
markdown-it-py (generator/read/markdown_blocks.py) stays the reference and reads what the line
reader declines. These tests hold the reader to that: on every test page, on Markdown built
from the constructs where the two could part ways, and through the whole page walker.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diagnostics import ParseError
from generator.read import blocks, markdown_blocks, page
from generator.read.blocks import UnsupportedMarkdown, read_blocks
from tests.support.pages import REPO, SHARED_PAGES

BEYOND = REPO / "tests" / "data" / "beyond"
"""Pages of APIs beyond KuCoin: their `Base URLs:` and `# Authentication` lists are outside
the subset the line reader reads, so markdown-it-py reads them."""
TEST_PAGES = sorted(p for p in (REPO / "tests" / "data").rglob("*.md") if p.parent != BEYOND)


def _markdown(path: str) -> str:
    text, _ = page._split_front_matter(path, (REPO / path).read_text("utf-8"))
    return text


def _reference(text: str) -> list[blocks.Block] | None:
    """markdown-it-py's blocks, or None where it reports the page cut short."""
    try:
        return markdown_blocks.markdown_blocks("page.md", text)
    except ParseError:
        return None


@pytest.mark.parametrize("path", [str(p.relative_to(REPO)) for p in TEST_PAGES])
def test_every_test_page_reads_as_markdown_it_reads_it(path: str) -> None:
    text = _markdown(path)
    assert read_blocks(text) == _reference(text)


BEYOND_PAGES = sorted(p for p in BEYOND.glob("*.md") if p.name != "README.md")


@pytest.mark.parametrize("path", [str(p.relative_to(REPO)) for p in BEYOND_PAGES])
def test_pages_with_lists_are_left_to_markdown_it(path: str) -> None:
    with pytest.raises(UnsupportedMarkdown):
        read_blocks(_markdown(path))


@pytest.mark.parametrize("path", [str(p.relative_to(REPO)) for p in SHARED_PAGES])
def test_the_family_pages_need_no_markdown_library(path: str) -> None:
    """The speed of a run rests on Widdershins' own pages never falling back."""
    assert len(read_blocks(_markdown(path))) > 10


def _accepted(line: str) -> bool:
    try:
        read_blocks(line + "\n")
    except UnsupportedMarkdown:
        # A fence, comment or table opens on this line and needs the lines after it.
        return line.startswith(("```", "~~~", "<!--", "|"))
    return True


# Lines where the two readers could part ways: every block kind Widdershins writes, and each
# construct the line reader must decline (lists, breaks, setext underlines, indented code,
# lazy continuations, tabs, unclosed fences and comments, tables without a leading pipe).
_LINES = [
    "",
    " ",
    "# Title",
    "## Add Order",
    "## Trailing  ",
    "###### Six",
    "####### Seven",
    "#hashtag",
    "# closed #",
    "#",
    "```",
    "```json",
    "````",
    "~~~",
    "~~~ info",
    "```a`b",
    "   ```",
    "    ```",
    "``code`` span",
    "`POST /api/v1/orders`",
    "> Code samples",
    "> 200 Response",
    ">",
    ">no space",
    ">  two spaces",
    "> > nested",
    "> - item",
    "> | a |",
    '<h1 id="futures">futures v1.0.0</h1>',
    '<h3 id="x-parameters">Parameters</h3>',
    '<aside class="success">',
    "</aside>",
    "<!-- Generator: Widdershins v4.0.1 -->",
    "<!-- open",
    "close -->",
    '<a id="opId001"></a>',
    '<a id="x"></a> and text',
    "<div>",
    "<DIV class=x>",
    "<p/>",
    "<p/x",
    "<pre>",
    "<span>inline</span>",
    "<br/>",
    "<?php ?>",
    "<!DOCTYPE html>",
    "| Name | In |",
    "| ---- | -- |",
    "|:-|-:|",
    "| - | - |",
    "|---|",
    "| a \\| b | c |",
    "| a | b | c |",
    "|a",
    "|",
    "a | b",
    "--- | ---",
    ":-- | --:",
    "- item",
    "-",
    "* item",
    "+ item",
    "1. one",
    "1) one",
    "2. two",
    "1999 was a year",
    "***",
    "---",
    "___",
    "_ _ _",
    "===",
    "= equal",
    "**bold** text",
    "*em*",
    "--flag",
    "+++",
    "[ref]: https://x.test",
    "[link](https://x.test) text",
    "    indented",
    "  two spaces",
    "\ttab",
    "a\tb",
    "cr\r",
    "nbsp\u00a0",
    "text",
    "more text here",
    "Status Code **200**",
    "trailing space ",
    "back\\slash \\_ \\|",
]

_line = st.one_of(
    st.sampled_from(_LINES),
    st.text(alphabet=" ab|-*#>`~<:\\_=[]!1.)", min_size=1, max_size=10),
)
# Mostly lines the reader accepts, so that its own paths (not its refusals) are what is drawn.
_ACCEPTED_LINES = [line for line in _LINES if line and _accepted(line)] + ["", "", ""]
_accepted_line = st.one_of(
    st.sampled_from(_ACCEPTED_LINES),
    st.text(alphabet=" ab|-*`~:\\_=!", min_size=1, max_size=8),
)


@settings(max_examples=1000)
@given(
    st.one_of(st.lists(_line, max_size=14), st.lists(_accepted_line, max_size=20)), st.booleans()
)
def test_the_line_reader_answers_only_as_markdown_it_would(
    lines: list[str], trailing_newline: bool
) -> None:
    text = "\n".join(lines) + ("\n" if trailing_newline else "")
    try:
        fast = read_blocks(text)
    except UnsupportedMarkdown:
        return
    assert fast == _reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "- a list\n",
        "1. a list\n",
        "a\n===\n",
        "a\n---\n",
        "paragraph\n- interrupted by a list\n",
        "    indented code\n",
        "text with a\ttab\n",
        "```json\n{\n",
        "<!-- never closed\n",
        "> quote\nlazy continuation\n",
        "head | er\n--- | ---\n",
        "text\n| a |\n| - |\n",
        "<span>inline html</span>\n",
        "[ref]: https://x.test\n",
        "## Closing sequence ##\n",
        "***\n",
    ],
)
def test_markdown_outside_widdershins_subset_goes_to_markdown_it(text: str) -> None:
    with pytest.raises(UnsupportedMarkdown):
        read_blocks(text)


@pytest.mark.parametrize("path", [str(p.relative_to(REPO)) for p in TEST_PAGES])
def test_a_page_reads_the_same_through_either_reader(
    path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page walker sees the same blocks from either reader, so the fallback changes only
    the speed: sections, lines and warnings are equal."""
    source = (REPO / path).read_text("utf-8")
    try:
        fast = page.read_page(path, source)
    except ParseError as error:
        fast_error: str | None = str(error)
    else:
        fast_error = None

    def decline(text: str) -> list[blocks.Block]:
        raise UnsupportedMarkdown("declined by the test")

    monkeypatch.setattr(page, "read_blocks", decline)
    try:
        slow = page.read_page(path, source)
    except ParseError as error:
        assert str(error) == fast_error
    else:
        assert fast_error is None
        assert dataclasses.asdict(slow) == dataclasses.asdict(fast)


def test_a_page_cut_short_inside_a_fence_is_located_by_the_fallback() -> None:
    source = '<h1 id="t">T v1</h1>\n\n## Op\n\n`GET /x`\n\n```json\n{\n'
    with pytest.raises(ParseError, match="never closed") as caught:
        page.read_page("cut.md", source)
    assert caught.value.location.line == 7


@given(st.text(alphabet="ab|\\ -:", max_size=40))
def test_table_cells_are_split_exactly_as_markdown_it_splits_them(row: str) -> None:
    assert markdown_blocks.ESCAPED_SPLIT is not None, "markdown-it-py has no escapedSplit"
    assert blocks.split_cells(row) == markdown_blocks.ESCAPED_SPLIT(row)
