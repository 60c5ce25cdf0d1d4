"""A schema's `pattern` is checked and satisfied without Python's backtracking regex engine.

generator.ir.patterns runs the common subset of the syntax as an automaton (linear time) and
answers None, "cannot tell", for anything else; where it answers, it agrees with re.search.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ir.patterns import pattern_is_checkable, pattern_matches, pattern_sample

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


@settings(max_examples=200, deadline=None, derandomize=True)
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


@settings(max_examples=200, deadline=None, derandomize=True)
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
