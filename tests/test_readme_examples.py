"""Every example of a generated README runs against the package's fake server, whatever the
page requires: KuCoin's oldest order page has list operations whose query parameters are all
required, and its README's pagination example called `iter_get_order_list()` with none.

The pages under tests/data/readme have list operations with required query parameters (enums,
integers the config bounds, a text a correction gives a pattern), on one page and on two pages
of one package whose required `status` enums share a name; a property test draws random sets
of required parameters.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import count
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.config import load_config
from generator.ir.model import Api, EnumValue, Operation, Parameter, Property, Response, Schema
from generator.output.write import write_tree
from generator.sdk.generate import generate_files
from tests.support.pages import REPO
from tests.support.readme_examples import run_readme_examples

PAGES = REPO / "tests" / "data" / "readme"
_packages = count()


@contextmanager
def importable(root: Path, package: str) -> Iterator[None]:
    """The generated package importable while the block runs, and forgotten after."""
    sys.path.insert(0, str(root / "src"))
    try:
        yield
    finally:
        sys.path.remove(str(root / "src"))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]


def pager_calls(readme: str) -> dict[str, set[str]]:
    """The keyword arguments each `iter_` example of the README passes, by pager."""
    calls: dict[str, set[str]] = {}
    for block in re.findall(r"```python\n(.*?)```", readme, re.S):
        for node in ast.walk(ast.parse(block)):
            called = node.func if isinstance(node, ast.Call) else None
            if isinstance(called, ast.Attribute) and called.attr.startswith("iter_"):
                assert isinstance(node, ast.Call)
                calls[called.attr] = {k.arg for k in node.keywords if k.arg}
    return calls


@pytest.mark.parametrize(
    ("source", "package", "pagers"),
    [
        ("spot-lists.md", "readme_lists", 2),
        ("readme.yaml", "readme_services", 3),
    ],
    ids=["one-page", "two-pages"],
)
def test_every_readme_example_runs_when_list_operations_require_their_query_parameters(
    tmp_path: Path, source: str, package: str, pagers: int
) -> None:
    # Was: `client.iter_get_order_list()`, a TypeError naming 5 missing arguments; and, in a
    # package of two pages, the Errors example's `Status.ACTIVE` read the second page's
    # Status, which the examples of that page had imported last.
    out = tmp_path / "project"
    assert main(["generate", str(PAGES / source), "--out", str(out)]) == 0
    readme = out / "README.md"

    with importable(out, package):
        assert run_readme_examples(readme, package) >= 12

    calls = pager_calls(readme.read_text(encoding="utf-8"))
    assert len(calls) == pagers
    # Every required argument, the page number too where the page requires it.
    assert calls["iter_get_order_list"] == {
        "status",
        "symbol",
        "start_at",
        "current_page",
        "page_size",
    }
    # An optional page number is left to the pager, which starts from the first page.
    assert calls["iter_get_fills"] == {"trade_type"}


# --- random required parameters ----------------------------------------------------------

CONFIG = replace(load_config(PAGES / "spot-lists.yaml"), operations={}, fields={})

_PATTERNS = ("^[A-Z]{2,6}-[A-Z]{3,5}$", "^[a-z0-9]{4,12}$", "^(BTC|ETH)-USDT$", "^\\d{3}$")


@st.composite
def query_schemas(draw: st.DrawFn) -> Schema:
    """A query parameter's schema as pages and configs give them: an enum, a bounded
    integer, a text with a pattern or a length, a boolean."""
    kind = draw(st.sampled_from(["enum", "integer", "pattern", "text", "boolean"]))
    if kind == "enum":
        values = draw(
            st.lists(
                st.from_regex(r"[a-zA-Z_]{1,8}", fullmatch=True),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        return Schema(type="string", enum=tuple(EnumValue(v) for v in values))
    if kind == "integer":
        low = draw(st.none() | st.integers(-1000, 1000))
        high = draw(st.none() | st.integers(low if low is not None else -1000, 2000))
        return Schema(type="integer", minimum=low, maximum=high)
    if kind == "pattern":
        return Schema(type="string", pattern=draw(st.sampled_from(_PATTERNS)))
    if kind == "text":
        low = draw(st.integers(0, 5))
        return Schema(type="string", min_length=low, max_length=draw(st.integers(low, 20)))
    return Schema(type="boolean")


def _list_api(parameters: list[Parameter]) -> Api:
    data = Schema(
        type="object",
        properties=(
            Property("totalPage", Schema(type="integer", example=2)),
            Property(
                "items",
                Schema(
                    type="array",
                    items=Schema(
                        type="object", properties=(Property("id", Schema(type="string")),)
                    ),
                ),
            ),
        ),
    )
    envelope = Schema(
        type="object",
        properties=(Property("code", Schema(type="string")), Property("data", data)),
    )
    operation = Operation(
        slug="get_item_list",
        method="GET",
        path="/api/v1/items",
        summary="Get Item List",
        parameters=tuple(parameters),
        responses=(Response("200", None, envelope),),
    )
    return Api(title="items", version="1.0.0", operations=(operation,))


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(
    others=st.lists(
        st.tuples(
            st.from_regex(r"[a-z][a-zA-Z]{0,8}", fullmatch=True), st.booleans(), query_schemas()
        ),
        max_size=5,
        unique_by=lambda item: item[0],
    ),
    page_required=st.booleans(),
    size_required=st.booleans(),
)
def test_random_required_query_parameters_give_readme_examples_that_run(
    tmp_path_factory: pytest.TempPathFactory,
    others: list[tuple[str, bool, Schema]],
    page_required: bool,
    size_required: bool,
) -> None:
    parameters = [
        Parameter(name, "query", required, schema)
        for name, required, schema in others
        if name not in ("currentPage", "pageSize")
    ]
    parameters += [
        Parameter("currentPage", "query", page_required, Schema(type="integer", minimum=1)),
        Parameter("pageSize", "query", size_required, Schema(type="integer", maximum=500)),
    ]
    package = f"readme_random_{next(_packages)}"
    assert CONFIG.package is not None
    config = replace(CONFIG, package=replace(CONFIG.package, name=package))
    out = tmp_path_factory.mktemp("readme")
    write_tree(out, generate_files(_list_api(parameters), config))

    with importable(out, package):
        run_readme_examples(out / "README.md", package)
        models = importlib.import_module(f"{package}.models")
        (request_model,) = models.REQUEST_MODELS.values()
        fields = request_model.model_fields
        required = {attr for attr, field in fields.items() if field.is_required()}

    (passed,) = pager_calls((out / "README.md").read_text(encoding="utf-8")).values()
    assert required <= passed
    assert ("current_page" in passed) == page_required
