"""Undoing Prettier: unwrapping and unescaping keep the author's Markdown intact."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.read.markdown_text import paragraph_text, unescape, unwrap


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"underline(\_)", "underline(_)"),
        (r"lots \* multiplier", "lots * multiplier"),
        (r"a \| b", "a | b"),
        (r"keep `code\_span` as is", r"keep `code\_span` as is"),
        (r"``double \_ tick`` then \_", r"``double \_ tick`` then _"),
        (r"an unmatched ` backtick \_", "an unmatched ` backtick _"),
        (r"a backslash before a letter \n stays", r"a backslash before a letter \n stays"),
        ("**bold** and [link](https://x.test/a_b)", "**bold** and [link](https://x.test/a_b)"),
    ],
)
def test_unescape_drops_only_commonmark_escapes_outside_code(source: str, expected: str) -> None:
    assert unescape(source) == expected


def test_unwrap_joins_prettier_lines_with_single_spaces() -> None:
    assert unwrap("Place order in the futures\ntrading  system.\n") == (
        "Place order in the futures trading system."
    )


def test_paragraph_text_restores_a_link_split_across_lines() -> None:
    source = (
        "Symbol of the contract. Please refer to\n[Get Symbol endpoint: symbol](https://x.test/a)"
    )
    assert paragraph_text(source) == (
        "Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://x.test/a)"
    )


@given(
    st.text(
        alphabet=st.one_of(st.sampled_from(" \t\n\xa0\u3000\u2028\x1c\x85ab"), st.characters()),
        max_size=30,
    )
)
def test_unwrap_of_text_with_single_spaces_only_is_the_regex_join(text: str) -> None:
    """unwrap skips its regex where the only white space is single spaces."""
    assert unwrap(text) == re.sub(r"\s+", " ", text).strip()
