"""Pagination declared once in the config, as styles: which operations each style gives an
`iter_` twin, and a wrong style as one located error.

The page tests/data/edge/paging.md has a list operation for each way KuCoin pages and two
that page in no way a style describes; its config takes the built-in styles.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import (
    Config,
    CursorStyle,
    PageNumberStyle,
    load_config,
    package_for,
)
from generator.diagnostics import SourceLocation
from generator.read.parse import parse_file
from generator.sdk.compose import build_plan
from generator.sdk.plan_model import CursorPages, PageNumberPages
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO

PAGE = REPO / "tests" / "data" / "edge" / "paging.md"
PACKAGE = """\
package:
  name: edge_paging
  distribution: edge-paging
  version: 0.1.0
  summary: List operations that page by number and by cursor.
api:
  base_url: https://api.paging.example
"""

OFFSET_BY_ID = """\
pagination:
  - style: cursor
    cursor: offset
    next: {last_item: id}
    items: dataList
    has_more: hasMore
"""


def twins(config: Config, page: Path = PAGE) -> dict[str, type]:
    """The operations of the paging page that get a twin, with the kind of walk."""
    api = parse_file(page).api
    title = SourceLocation(str(PAGE), 1)
    package = package_for(config, api.title, api.version, None, title)
    plan = build_plan(api, replace(config, package=package))
    return {op.name: type(op.pagination) for op in plan.operations if op.pagination}


def config_with(tmp_path: Path, pagination: str) -> Config:
    file = tmp_path / "paging.yaml"
    file.write_text("extends: sdkgen:defaults\n" + PACKAGE + pagination, encoding="utf-8")
    return load_config(file)


def test_each_list_operation_pages_by_the_first_style_it_carries() -> None:
    assert twins(load_config(PAGE.with_suffix(".yaml"))) == {
        "get_order_list": PageNumberPages,
        "get_open_orders": PageNumberPages,
        "get_closed_orders": CursorPages,
        "get_ledgers": CursorPages,
        "get_funding_history": CursorPages,
    }


def test_a_style_the_page_lacks_gives_no_twin(tmp_path: Path) -> None:
    # Only the offset style: no operation of the page but the funding history carries a
    # last item's id and hasMore; the page-number lists get no twin.
    config = config_with(tmp_path, OFFSET_BY_ID)
    assert twins(config) == {"get_funding_history": CursorPages}


def test_a_style_naming_a_field_no_item_has_gives_no_twin(tmp_path: Path) -> None:
    config = config_with(
        tmp_path,
        "pagination:\n"
        "  - style: cursor\n"
        "    cursor: offset\n"
        "    next: {last_item: offset}\n"
        "    items: dataList\n",
    )
    assert twins(config) == {}


def test_a_cursor_of_another_type_than_its_parameter_gives_no_twin(tmp_path: Path) -> None:
    # KuCoin's HF ledger: `lastId` is an integer, each entry's `id` text. Sent back, a text
    # id would fail the request's own check: the page contradicts itself (a correction in
    # its config settles which it is).
    text = PAGE.read_text(encoding="utf-8")
    ledger_id = '"id": {\n            "type": "integer",\n            "format": "int64"\n'
    assert text.count(ledger_id) == 1
    page = tmp_path / PAGE.name
    page.write_text(text.replace(ledger_id, '"id": {\n            "type": "string"\n'), "utf-8")
    found = twins(load_config(PAGE.with_suffix(".yaml")), page)
    assert "get_ledgers" not in found and "get_closed_orders" in found


def test_no_pagination_gives_no_twin(tmp_path: Path) -> None:
    assert twins(config_with(tmp_path, "pagination: []\n")) == {}
    assert twins(config_with(tmp_path, "pagination: null\n")) == {}


def test_the_single_mapping_before_styles_reads_as_one_page_number_style(tmp_path: Path) -> None:
    old = "pagination:\n  page: pageNum\n  page_size: pageSize\n  total_pages: totalPage\n"
    config = config_with(tmp_path, old + "  items: items\n")
    assert config.pagination == (PageNumberStyle("pageNum", "pageSize", "totalPage", "items"),)
    assert twins(config) == {"get_open_orders": PageNumberPages}


def test_a_cursor_style_reads_every_way_to_stop(tmp_path: Path) -> None:
    config = config_with(tmp_path, OFFSET_BY_ID + "    page_size: maxCount\n")
    assert config.pagination == (
        CursorStyle("offset", None, "id", "dataList", has_more="hasMore", page_size="maxCount"),
    )


@pytest.mark.parametrize(
    ("pagination", "key", "at", "says"),
    [
        (
            "pagination:\n  - style: cursor\n    cursor: lastId\n    next: {last_item: id}\n"
            "  - style: offset\n    cursor: offset\n",
            "pagination[1].style",
            "style: offset",
            "page_number or cursor",
        ),
        (
            "pagination:\n  - style: cursor\n    cursor: lastId\n    next: lastId\n",
            "pagination[0].next",
            "next: lastId",
            "must be a mapping",
        ),
        (
            "pagination:\n  - style: cursor\n    cursor: lastId\n"
            "    next: {data: lastId, last_item: id}\n",
            "pagination[0].next",
            "next: {data",
            "{last_item: FIELD}",
        ),
        (
            "pagination:\n  - style: cursor\n    cursor: lastId\n    next: {data: lastId}\n",
            "pagination[0].next",
            "next: {data",
            "needs `items`",
        ),
        (
            "pagination:\n  - style: cursor\n    cursor: lastId\n    next: {data: lastId}\n"
            "    stop_when: empty\n",
            "pagination[0]",
            "stop_when",
            "unknown key(s) ['stop_when']",
        ),
        (
            "pagination:\n  - style: page_number\n    page: currentPage\n    page_size: 20\n",
            "pagination[0].page_size",
            "page_size: 20",
            "non-empty string",
        ),
        ("pagination: currentPage\n", "pagination", "pagination:", "list of styles"),
    ],
)
def test_a_bad_pagination_style_is_an_error_at_its_key_line(
    tmp_path: Path, pagination: str, key: str, at: str, says: str
) -> None:
    page = tmp_path / PAGE.name
    shutil.copy(PAGE, page)
    config = "extends: sdkgen:defaults\n" + PACKAGE + pagination
    page.with_suffix(".yaml").write_text(config, encoding="utf-8")
    result = run_in_process(["generate", page.name, "--out", "out"], cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    (line,) = [text for text in result.stderr.splitlines() if ": error: " in text]
    number = next(n for n, text in enumerate(config.splitlines(), 1) if at in text)
    assert line.startswith(f"paging.yaml:{number}: error: {key}: "), line
    assert says in line
    assert not (tmp_path / "out").exists()
