"""JSON blocks load the same through the C scanner as through the locating Python scanner.

generator/read/json_source.py reads a well-formed block with the standard library's C scanner
and gives each object its line from the order its braces close; anything else (malformed JSON,
a repeated key, NaN, a huge number, an unpaired surrogate, deep nesting) is read by the
Python scanner, which wraps every object as it parses it and reports the error. Both must
give the same objects, key order and lines.
"""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.read import json_source
from generator.read.json_source import JsonBlockError, LocatedObject, load_located_json
from tests.support.pages import SHARED_PAGES


def _python_path(text: str) -> Any:
    """What the locating Python scanner alone gives (the C scanner's answer set aside)."""
    with mock.patch.object(json_source, "_load_with_c_scanner", return_value=json_source._DECLINED):
        return load_located_json(text)


def _shape(value: Any) -> Any:
    """The value with every object's line made visible, for comparison."""
    if isinstance(value, LocatedObject):
        return ("object", value.line, [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, dict):
        return ("plain dict", [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return (type(value).__name__, value)


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.sampled_from('ab{}[]":,\\\n\t é😀'), max_size=8),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(alphabet='ab{}[]"\\', max_size=4), children, max_size=4),
    max_leaves=25,
)


@given(_json, st.sampled_from([None, 0, 1, 2, 4]))
def test_the_c_scanner_and_the_python_scanner_agree_on_objects_and_lines(
    value: Any, indent: int | None
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    fast = json_source._load_with_c_scanner(text, [0, *_line_starts(text)])
    assert fast is not json_source._DECLINED
    assert _shape(fast) == _shape(_python_path(text))


def _line_starts(text: str) -> list[int]:
    return [index + 1 for index, character in enumerate(text) if character == "\n"]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": NaN}',
        '{"a": 1e999}',
        '{"a": "\\ud800"}',
        '{"\\udc00": 1}',
        "[" * 70 + "]" * 70,
        '{"a": [1, 2}',
        '{"a": 1,}',
        "",
        '{"a": "unterminated}',
        '{"a": 1} trailing',
        '{"a": "tab\there"}',
    ],
)
def test_blocks_the_c_scanner_declines_get_the_python_scanners_error(text: str) -> None:
    assert json_source._load_with_c_scanner(text, [0]) is json_source._DECLINED
    with pytest.raises(JsonBlockError) as fast:
        load_located_json(text)
    with pytest.raises(JsonBlockError) as slow:
        _python_path(text)
    assert (fast.value.message, fast.value.line, fast.value.column) == (
        slow.value.message,
        slow.value.line,
        slow.value.column,
    )


def test_the_family_pages_json_blocks_take_the_c_scanner() -> None:
    """Every request body and response schema of the sample pages: same objects and lines."""
    blocks = 0
    for page in SHARED_PAGES:
        lines = page.read_text("utf-8").split("\n")
        starts = [i for i, line in enumerate(lines) if line == "```json"]
        for start in starts:
            end = lines.index("```", start + 1)
            text = "\n".join(lines[start + 1 : end])
            fast = json_source._load_with_c_scanner(text, [0, *_line_starts(text)])
            assert fast is not json_source._DECLINED, f"{page.name}:{start + 2}"
            assert _shape(fast) == _shape(_python_path(text))
            blocks += 1
    assert blocks > 40
