"""The OpenAPI snapshot's JSON writer writes what `json.dumps(indent=2, ensure_ascii=False)`
writes, byte for byte, for any data, and the OpenAPI export of every test page with it."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ir.json_text import dump_json
from generator.ir.openapi import dump_openapi, to_openapi
from generator.read.parse import parse_file
from tests.support.pages import REPO, SHARED_PAGES

# Any code point, lone surrogates too, and the characters JSON escapes.
TEXT = st.text(st.sampled_from('"\\\n\t\x00\x7f\u2028é\ud800') | st.characters(), max_size=20)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()  # NaN and the infinities too, which json.dumps writes as NaN, Infinity
    | TEXT
)
KEYS = TEXT | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
DATA = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4)
    | st.lists(children, max_size=3).map(tuple)
    | st.dictionaries(TEXT, children, max_size=4)
    | st.dictionaries(KEYS, children, max_size=3),
    max_leaves=25,
)
PAGES = [*SHARED_PAGES, *sorted((REPO / "tests/data/edge").glob("*.md"))]


def _standard(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


@settings(max_examples=300)
@given(DATA)
def test_any_json_data_is_written_as_json_dumps_writes_it(data: Any) -> None:
    assert dump_json(data) == _standard(data)


@pytest.mark.parametrize(
    "data",
    [{}, [], (), "", {"a": {}}, [[]], {"a": [1, 2.5, None, True]}, [math.inf, -math.inf, 1e-7]],
)
def test_empty_and_nested_containers_are_written_as_json_dumps_writes_them(data: Any) -> None:
    assert dump_json(data) == _standard(data)


def test_what_json_cannot_hold_fails_as_in_json_dumps() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dump_json({"a": [object()]})
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        dump_json(cycle)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_the_openapi_export_of_every_test_page_is_json_dumps_text(page: Path) -> None:
    api = parse_file(page).api
    assert dump_openapi(api) == _standard(to_openapi(api)) + "\n"
