"""A schema's `pattern` is checked and satisfied without Python's backtracking regex engine.

generator.ir.patterns runs the common subset of the syntax as an automaton (linear time) and
answers None, "cannot tell", for anything else; where it answers, it agrees with re.search.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import SchemaValidator, ValidationError

from generator.ir.patterns import (
    pattern_is_checkable,
    pattern_matches,
    pattern_sample,
    rust_pattern,
)

ATOMS = ["a", "b", "1", "-", ".", r"\d", r"\w", r"\s", r"\.", "[ab]", "[^a]", "[a-c1]", "[]a]", "x"]
QUANTIFIERS = ["", "", "*", "+", "?", "{2}", "{1,}", "{,2}", "{1,3}", "*?", "+?"]


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()) and draw(st.booleans()):
            group = "|".join(draw(st.lists(patterns(depth + 1), min_size=1, max_size=3)))
            atom = draw(st.sampled_from(["({})", "(?:{})", "(?P<g{}>{})"]))
            atom = atom.format(group) if "P<" not in atom else atom.format(depth, group)
        else:
            atom = draw(st.sampled_from(ATOMS))
        pieces.append(atom + draw(st.sampled_from(QUANTIFIERS)))
    anchor_start = draw(st.sampled_from(["", "^", r"\A"]))
    anchor_end = draw(st.sampled_from(["", "$", r"\Z"]))
    return anchor_start + "".join(pieces) + anchor_end


@settings(max_examples=200)
@given(patterns(), st.lists(st.text(alphabet="ab1c-. x\n", max_size=6), min_size=1, max_size=5))
def test_where_the_automaton_answers_it_agrees_with_re_search(
    pattern: str, texts: list[str]
) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return  # named groups drawn twice: no page pattern compiles like that
    for text in texts:
        answer = pattern_matches(pattern, text)
        if answer is not None:
            assert answer == bool(compiled.search(text)), (pattern, text)


@settings(max_examples=200)
@given(patterns(), st.integers(0, 6), st.integers(0, 12))
def test_a_sample_matches_its_pattern_and_has_the_length_asked_for(
    pattern: str, min_length: int, extra: int
) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    sample = pattern_sample(pattern, min_length, min_length + extra)
    if sample is not None:
        assert compiled.search(sample), (pattern, sample)
        assert min_length <= len(sample) <= min_length + extra


@pytest.mark.parametrize(
    ("pattern", "minimum", "maximum", "expected"),
    [
        (r"^[0-9]+$", 5, 5, "11111"),
        (r"^[A-Z]{3}-\d{2,4}$", 0, None, "AAA-11"),
        (r"^(BTC|ETH)USDTM$", 0, None, "BTCUSDTM"),
        (r"^\d+(\.\d{1,8})?$", 0, None, "1"),
        (r"^[a-z0-9_-]{3,16}$", 0, 8, "aaa"),
    ],
)
def test_samples_of_typical_field_patterns(
    pattern: str, minimum: int, maximum: int | None, expected: str
) -> None:
    assert pattern_sample(pattern, minimum, maximum) == expected


def test_a_pattern_that_backtracks_for_ever_in_re_is_decided_at_once() -> None:
    # re.search(r"(a+)+$", "a" * 40 + "b") runs for hours; the automaton is linear.
    assert pattern_matches(r"(a+)+$", "a" * 40 + "b") is False
    assert pattern_matches(r"(a+)+$", "a" * 10_000) is True


def rust_accepts(pattern: str, text: str) -> bool:
    """Whether a pydantic string field with `pattern` (its default engine, Rust's `regex`
    crate) accepts `text`."""
    validator = SchemaValidator({"type": "str", "pattern": pattern})
    try:
        validator.validate_python(text)
    except ValidationError:
        return False
    return True


# Texts that tell the dialects apart: a last newline (`$`), Unicode digits, letters, marks and
# separators (`\d \w \s`), characters Rust reads as syntax inside a class.
DIALECT_TEXTS = "ab1c-. x\n\u0663\u00e9\u0301\u203f\x1c\u00a0&~#["


@settings(max_examples=300)
@given(
    patterns(),
    st.lists(st.text(alphabet=DIALECT_TEXTS, max_size=6), min_size=1, max_size=5),
)
def test_the_pattern_written_for_pydantic_matches_what_re_search_matches(
    pattern: str, texts: list[str]
) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    written = rust_pattern(pattern)
    if written is None:
        return
    for text in texts:
        assert rust_accepts(written, text) == bool(compiled.search(text)), (pattern, written, text)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"^[A-Z]{3}$", ["ABC", "ABC\n", "ABCD", "AB"]),
        (r"^\w+\Z", ["a_1", "a\n", "\u00e9", "\u203f", "a\u0301"]),
        (r"^[\s]+$", ["\x1c", " \n", "\u00a0", "a"]),
        (r"^[&~\[\]^-]+$", ["&&", "~~", "[]", "^-", "a"]),
        (r"^(\d+|x)\.?$", ["\u0663", "x.", "x\n", ".", "x.\n\n"]),
    ],
)
def test_dialect_differences_are_written_away(pattern: str, texts: list[str]) -> None:
    written = rust_pattern(pattern)
    assert written is not None
    for text in texts:
        assert rust_accepts(written, text) == bool(re.search(pattern, text)), (written, text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?!0)[0-9]{6}$",  # look-ahead: Rust has none
        r"a$\n",  # `$` before more pattern: `re` lets it stand before a last newline
        r"\w{1000}",  # compiles past the crate's size limit
        "[\ud800]",  # no text from JSON holds a lone surrogate, and Rust cannot name one
    ],
)
def test_a_pattern_rust_cannot_say_alike_is_not_written(pattern: str) -> None:
    assert rust_pattern(pattern) is None


def test_every_pattern_written_compiles_in_pydantic() -> None:
    # The size budget leaves room: the largest counts the budget allows still compile.
    for pattern in [
        r"^\w{80}$",
        r"^\D{300}$",
        r"^\d{600}$",
        r"^[^a-z]{1000}$",
        r"^(\w|\d|\D){25}$",
    ]:
        written = rust_pattern(pattern)
        assert written is not None, pattern
        SchemaValidator({"type": "str", "pattern": written})


@pytest.mark.parametrize(
    "pattern",
    [r"^(?=a)\w+$", r"(?<!-)x", r"(a)\1", r"\bword\b", r"(?i)abc", r"a*+", r"[[:alpha:]]"],
)
def test_syntax_beyond_the_subset_is_not_guessed_at(pattern: str) -> None:
    assert not pattern_is_checkable(pattern)
    assert pattern_matches(pattern, "abc") is None
    assert pattern_sample(pattern) is None


def test_a_length_no_text_of_the_pattern_has_gives_no_sample() -> None:
    assert pattern_sample(r"^[0-9]{2}$", 3, 5) is None


def test_a_text_too_long_for_the_step_budget_is_not_decided() -> None:
    assert pattern_matches(r"^[a-z]{1,50}(x|y)*$", "a" * 1_000_000) is None


def test_an_absurd_length_gives_no_sample_instead_of_a_long_build() -> None:
    assert pattern_sample(r"^a+$", 10**9) is None
