"""The escaping filters' fast paths write exactly what their per-character rules write.

Most page text needs no escaping, so `generator.sdk.escaping` checks a whole string at once
and falls back to escaping character by character only when it must. These tests hold the
fast paths to the per-character rules on the characters where they could part: quotes,
backslashes, line breaks, controls, DEL, invisible separators, non-ASCII and lone surrogates.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.sdk.escaping import (
    _escape_docstring,
    _escape_docstring_char,
    _escape_invisible,
    _string_literal,
    _toml_char,
    _wrap_line,
    docstring_text,
    python_literal,
    toml_string,
)

# Every character class an escaping rule treats apart, plus some that are printable.
_TRICKY = "\"\\'\n\r\t\x00\x1b\x7f\x85\xa0\xad\u2028\u2029\ufeff\u200b\ud800\udfffé中𝄞 a#:{}"
_TEXTS = st.text(
    alphabet=st.one_of(
        st.sampled_from(_TRICKY), st.characters(exclude_categories=[]), st.just(" ")
    ),
    max_size=40,
)
_EXAMPLES = [
    "",
    "plain text",
    'say "hi"',
    "back\\slash",
    '\\"',
    "two\nlines",
    "tab\there",
    "line\u2028separator",
    "lone \ud800 surrogate",
    "del \x7f and nbsp \xa0",
    _TRICKY,
]


def _docstring_by_char(text: str) -> str:
    return "".join(_escape_docstring_char(char) for char in text)


def _toml_by_char(text: str) -> str:
    return '"' + "".join(_toml_char(char) for char in text) + '"'


def _invisible_by_char(literal: str) -> str:
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode() for char in literal
    )


def _assert_whole_string_escaping_matches_the_per_character_rules(text: str) -> None:
    assert _escape_docstring(text) == _docstring_by_char(text)
    assert toml_string(text) == _toml_by_char(text)
    assert _escape_invisible(text) == _invisible_by_char(text)


@pytest.mark.parametrize("text", _EXAMPLES)
def test_known_tricky_text_is_escaped_as_the_per_character_rules_escape_it(text: str) -> None:
    _assert_whole_string_escaping_matches_the_per_character_rules(text)


@settings(max_examples=300)
@given(text=_TEXTS)
def test_any_text_is_escaped_as_the_per_character_rules_escape_it(text: str) -> None:
    _assert_whole_string_escaping_matches_the_per_character_rules(text)


@settings(max_examples=200)
@given(text=_TEXTS)
def test_the_filters_escape_page_text_as_the_per_character_rules_do(text: str) -> None:
    assert docstring_text(text) == _docstring_by_char(" ".join(text.split()))
    assert python_literal(text) == _invisible_by_char(_string_literal(text))


def _wrapped_by_textwrap(line: str, width: int) -> str:
    lead = line[: len(line) - len(line.lstrip(" "))]
    return textwrap.fill(
        " ".join(line.split()),
        width,
        initial_indent=lead,
        subsequent_indent=lead + "    " if lead else "",
        break_long_words=False,
        break_on_hyphens=False,
    )


@settings(max_examples=300)
@given(
    line=st.text(
        alphabet=st.one_of(st.sampled_from(" \t\xa0\u2028\x1c-a"), st.characters()), max_size=60
    ),
    width=st.integers(min_value=1, max_value=50),
)
def test_a_docstring_line_is_wrapped_as_textwrap_wraps_it(line: str, width: int) -> None:
    assert _wrap_line(line, width) == _wrapped_by_textwrap(line, width)


@settings(max_examples=500)
@given(
    indent=st.integers(min_value=0, max_value=12),
    words=st.lists(
        st.one_of(
            st.sampled_from(["a", "of", "the", "orderId", "-", "e.g.", "x" * 30]),
            st.text(alphabet="ab-_.", min_size=1, max_size=25),
        ),
        max_size=40,
    ),
    spaces=st.sampled_from([" ", "  ", " \t", "\xa0"]),
    width=st.integers(min_value=1, max_value=100),
)
def test_a_long_docstring_line_is_filled_word_by_word_as_textwrap_fills_it(
    indent: int, words: list[str], spaces: str, width: int
) -> None:
    """Lines longer than the width (prose paragraphs, Args entries) with every word length
    against every width: the greedy fill gives textwrap's lines."""
    line = " " * indent + spaces.join(words)
    assert _wrap_line(line, width) == _wrapped_by_textwrap(line, width)
