"""The IR snapshot's YAML emitter: any plain data reads back as itself, with libyaml's loader
and PyYAML's own, and the text is the same whichever is installed."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.ir.yaml_text import dump_yaml

# Text as pages and JSON carry it: any code point but unpaired surrogates (the parser
# rejects them before they reach the IR).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
DATA = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=20,
)
LOADERS = [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)]


@given(DATA)
def test_any_plain_data_reads_back_as_itself_with_either_loader(data: Any) -> None:
    text = dump_yaml(data)
    for loader in LOADERS:
        assert yaml.load(text, Loader=loader) == data


@pytest.mark.parametrize(
    "text",
    [
        "true",
        "no",
        "null",
        "~",
        "1_000",
        "0x1f",
        "1:20",
        "2001-12-14",
        "1e5",
        ".5",
        "<<",
        "=",
        "- item",
        "key: value",
        "a #comment",
        "trailing ",
        " leading",
        "",
        "'quoted'",
        '"quoted"',
        "line\nbreak",
        "line\nbreak\n",
        "\u2028",
        "\ufeff",
        "tab\there",
        "@at",
        "`tick",
        "%percent",
        "!tag",
        "&anchor",
        "*alias",
        "|pipe",
        ">fold",
        "?question",
    ],
)
def test_text_yaml_would_misread_is_quoted_and_reads_back(text: str) -> None:
    for loader in LOADERS:
        assert yaml.load(dump_yaml({"k": text, text: [text]}), Loader=loader) == {
            "k": text,
            text: [text],
        }


def test_readable_text_stays_plain_and_paragraphs_become_literal_blocks() -> None:
    data = {"description": "Specify if the order is 'buy' or 'sell', e.g. [a, b]: see #1", "x": 1}
    assert dump_yaml(data) == (
        "description: \"Specify if the order is 'buy' or 'sell', e.g. [a, b]: see #1\"\nx: 1\n"
    )
    assert dump_yaml({"d": "Plain words, (parentheses) and a/b."}) == (
        "d: Plain words, (parentheses) and a/b.\n"
    )
    assert dump_yaml({"d": "First paragraph.\n\nSecond."}) == (
        "d: |-\n  First paragraph.\n\n  Second.\n"
    )


def test_nested_lists_and_mappings_are_block_style() -> None:
    data = {"a": [{"b": 1, "c": [1, 2]}, [3, 4], {}], "e": []}
    assert dump_yaml(data) == "a:\n- b: 1\n  c:\n  - 1\n  - 2\n- - 3\n  - 4\n- {}\ne: []\n"


@pytest.mark.parametrize("value", [1, [1, {"a": "b"}], {"n": [1]}, "multi\nline"])
def test_a_key_longer_than_a_yaml_reader_looks_is_written_explicitly(value: Any) -> None:
    data = {"k" * 2000: value, "short": 1}
    for loader in LOADERS:
        assert yaml.load(dump_yaml(data), Loader=loader) == data
