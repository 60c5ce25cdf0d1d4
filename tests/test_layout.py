"""The renderer writes code black leaves alone: real pages and random statements alike.

black formats a file twice when its first pass changes anything, so a rendering that is not
black-clean doubles the formatting cost, the largest part of a generation. These tests
catch that regression; black still corrects any such file, so the output stays right.
"""

from __future__ import annotations

import keyword
from pathlib import Path

import black
import black._width_table
import pytest
from black.mode import Mode, TargetVersion
from black.strings import str_width
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import config_path_for, load_config
from generator.read.parse import parse_file
from generator.sdk import black_width, layout
from generator.sdk.compose import build_plan
from generator.sdk.escaping import docstring_literal, python_literal, python_literal_at
from generator.sdk.render import render_package
from tests.support.pages import REPO, SHARED_PAGES

MODE = Mode(line_length=layout.LINE_LENGTH, target_versions={TargetVersion.PY311})
EDGE_PAGES = sorted((REPO / "tests" / "data" / "edge").glob("*.md"))


def _black(source: str) -> str:
    return black.format_str(source, mode=MODE)


def _rendered(page: Path) -> dict[str, str]:
    return render_package(build_plan(parse_file(page).api, load_config(config_path_for(page))))


@pytest.mark.parametrize("page", [*SHARED_PAGES, *EDGE_PAGES], ids=lambda p: p.stem)
def test_every_module_of_a_real_page_is_rendered_black_clean(page: Path) -> None:
    modules = {path: text for path, text in _rendered(page).items() if path.endswith(".py")}
    assert len(modules) >= 10
    unclean = [path for path, text in modules.items() if _black(text) != text]
    assert unclean == []


def test_a_field_that_fits_stays_on_one_line() -> None:
    line = layout.bracketed(4, "price: str | None = Field", ["default=None", 'alias="p"'])
    assert line == 'price: str | None = Field(default=None, alias="p")'


def test_arguments_that_fit_together_go_on_one_line_of_their_own() -> None:
    arguments = ["default=None", f'description="{"d" * 60}"']
    text = layout.bracketed(4, "price: str | None = Field", arguments)
    assert text.split("\n") == [
        "price: str | None = Field(",
        f'        default=None, description="{"d" * 60}"',
        "    )",
    ]


def test_arguments_too_long_together_go_one_per_line_with_a_trailing_comma() -> None:
    arguments = ["default=None", f'description="{"d" * 90}"']
    text = layout.bracketed(4, "price: str | None = Field", arguments)
    assert text.split("\n") == [
        "price: str | None = Field(",
        "        default=None,",
        f'        description="{"d" * 90}",',
        "    )",
    ]


def test_a_collection_that_does_not_fit_is_exploded_even_if_its_items_would() -> None:
    text = python_literal_at(("a" * 30, "b" * 30, "c" * 20), 12, "body_fields=", ",")
    assert text.count("\n") == 4
    assert text.endswith("\n            ),")


@pytest.mark.parametrize(
    "values",
    [
        ["buy", "sell"],
        [f"v{i}" for i in range(12)],
        [f"symbol_{i}" for i in range(300)],
        ["a" * 44, "b" * 44],
        ["a" * 120],
        [0, 5, 10, True, None],
    ],
    ids=["two", "twelve", "three-hundred", "fits-indented", "one-too-long", "non-text"],
)
def test_an_enum_values_literal_alias_is_laid_out_as_black_lays_it_out(
    values: list[object],
) -> None:
    items = [python_literal(value) for value in values]
    text = layout.bracketed(4, "SymbolLiteral = Literal", items, brackets="[]")
    text = f"if TYPE_CHECKING:\n    {text}\n"
    assert _black(text) == text


def test_a_one_item_tuple_keeps_its_comma() -> None:
    assert python_literal_at(("symbol",), 12, "query_params=", ",") == 'query_params=("symbol",),'


def test_wide_characters_count_twice_and_combining_marks_once_as_black_counts_them() -> None:
    assert layout.width("ab") == 2
    assert layout.width("注文") == 4
    assert layout.width("e\u0301") == 2
    assert [layout.width(text) for text in ("ab", "注文", "e\u0301")] == [
        str_width(text) for text in ("ab", "注文", "e\u0301")
    ]


def test_the_vendored_width_table_is_blacks_own() -> None:
    # When a black upgrade changes its table, copy it into generator/sdk/black_width.py again.
    vendored, blacks = black_width.WIDTH_TABLE, tuple(black._width_table.WIDTH_TABLE)
    assert vendored == blacks


def test_every_range_of_the_table_is_measured_as_black_measures_it() -> None:
    probes = {0, 0x7F, 0x300, 0x11366, 0x10FFFF}
    for start, end, _ in black_width.WIDTH_TABLE:
        probes |= {start - 1, start, (start + end) // 2, end, end + 1}
    chars = [chr(code) for code in sorted(probes) if not 0xD800 <= code <= 0xDFFF]
    assert {char: layout.width(char) for char in chars} == {char: str_width(char) for char in chars}


def test_a_combining_grantha_digit_takes_a_column_as_black_counts_it() -> None:
    # Was: layout counted U+11366 (a combining mark) as 0 columns where black counts 1, kept a
    # literal on one line that black then wrapped, and the property test below failed at random.
    assert layout.width("\U00011366") == 1
    statement = python_literal_at(["a" * 88 + "\U00011366" * 3], 0, "names = ")
    assert statement.count("\n") == 2
    assert _black(statement + "\n") == statement + "\n"


# --- against black itself, on random statements ------------------------------------------

_NAME = st.from_regex(r"[a-z][a-z0-9_]{0,30}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name)
)
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
    max_size=140,
)


@settings(max_examples=300)
@given(
    attr=_NAME,
    annotation=st.sampled_from(["str", "int", "list[OrderItem]", "dict[str, Any]", "Side"]),
    optional=st.booleans(),
    alias=st.none() | _TEXT,
    bounds=st.lists(st.sampled_from(["ge=1", "le=1000", "max_length=40"]), unique=True),
    description=st.none() | _TEXT,
)
def test_a_field_declaration_is_black_clean(
    attr: str,
    annotation: str,
    optional: bool,
    alias: str | None,
    bounds: list[str],
    description: str | None,
) -> None:
    arguments = ["default=None"] if optional else []
    if alias is not None:
        arguments.append(f"alias={python_literal(alias)}")
    arguments += bounds
    if description is not None:
        arguments.append(f"description={python_literal(description)}")
    suffix = " | None" if optional else ""
    declaration = layout.bracketed(4, f"{attr}: {annotation}{suffix} = Field", arguments)
    source = f"class Model:\n    {declaration}\n"
    assert _black(source) == source


@settings(max_examples=300)
@given(
    values=st.lists(_TEXT, max_size=12) | st.lists(_NAME, max_size=30),
    as_tuple=st.booleans(),
    indent=st.sampled_from([0, 4, 8, 12]),
)
def test_a_literal_laid_out_at_any_indent_is_black_clean(
    values: list[str], as_tuple: bool, indent: int
) -> None:
    value = tuple(values) if as_tuple else values
    statement = python_literal_at(value, indent, "names = ")
    source = _nest(indent, statement)
    assert _black(source) == source


@settings(max_examples=300)
@given(name=_NAME.map(str.upper), value=_TEXT, indent=st.sampled_from([0, 4, 8]))
def test_an_assignment_is_black_clean(name: str, value: str, indent: int) -> None:
    source = _nest(indent, layout.assignment(indent, name, python_literal(value)))
    assert _black(source) == source


@settings(max_examples=200)
@given(module=_NAME, names=st.lists(_NAME, min_size=1, max_size=8, unique=True))
def test_an_import_is_black_clean(module: str, names: list[str]) -> None:
    source = layout.import_from(0, f"package_{module}.sub", sorted(names)) + "\n"
    assert _black(source) == source


@settings(max_examples=250)
@given(text=st.text(max_size=40))
def test_a_string_literal_has_the_quotes_black_chooses(text: str) -> None:
    literal = python_literal(text)
    assert eval(literal) == text
    source = f"x = {literal}\n"
    assert _black(source) == source


def _nest(indent: int, statement: str) -> str:
    """`statement` (first line unindented) inside enough `if x:` blocks to sit at `indent`."""
    lines = [" " * depth + "if x:" for depth in range(0, indent, 4)]
    return "\n".join([*lines, " " * indent + statement]) + "\n"


def test_a_wrapped_prose_paragraph_continues_at_its_own_indent() -> None:
    text = "Place order in the futures trading system. " * 4 + "\n\nArgs:\n    side: " + "b " * 60
    lines = docstring_literal(text.strip(), 8).split("\n")
    prose = lines[1 : lines.index("")]
    assert prose and all(line.startswith(" " * 8) and line[8] != " " for line in prose)
    entries = lines[lines.index(" " * 8 + "Args:") + 1 : -1]
    assert entries[0].startswith(" " * 12 + "side: ")
    assert all(line.startswith(" " * 16) for line in entries[1:])
