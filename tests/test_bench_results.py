"""bench/results.json has the shape of bench/results.py, and the bench renders every section.

The figures themselves are the machine's business; what is tested is that the committed file
is exactly what the typed results write (so its shape is the documented one), that a file of
another shape is refused, and that the printed table shows a failed section as its error.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from bench import report, shape
from bench.pages import synthetic_page
from bench.paths import RESULTS, SEED
from bench.results import Results, read, to_text
from bench.run import table
from bench.sections import SECTIONS
from bench.sections.base import Failed
from bench.sections.scaling import Scale, ScaleFailed, Scaling
from bench.timing import Timing
from generator.read.parse import parse_file


def committed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RESULTS.read_text("utf-8"))
    return data


def test_the_committed_results_read_back_to_the_same_bytes() -> None:
    assert to_text(read()) == RESULTS.read_text("utf-8")


def test_every_section_is_measured_into_a_field_of_results() -> None:
    fields = {field.name for field in dataclasses.fields(Results)}
    assert {section.name for section in SECTIONS} <= fields
    results = read()
    assert all(results.section(section.name) is not None for section in SECTIONS)


def test_a_key_no_field_names_is_refused() -> None:
    data = committed()
    data["imports"]["one_page"]["net_s"] = 0.1  # moved into `imported` by the typed shape
    with pytest.raises(shape.ShapeError, match="net_s"):
        shape.load(Results, data)


def test_a_missing_figure_is_refused() -> None:
    data = committed()
    del data["check"]["ratio"]
    with pytest.raises(shape.ShapeError, match="needs ratio"):
        shape.load(Results, data)


def test_a_figure_of_another_type_is_refused() -> None:
    data = committed()
    data["per_call"]["sync_client"]["sdk_us"] = "304 µs"
    with pytest.raises(shape.ShapeError, match="sdk_us"):
        shape.load(Results, data)


def test_a_failed_section_is_read_and_printed_as_its_error() -> None:
    data = committed()
    data["check"] = {"error": "git archive: not a valid commit", "runtime_s": 0.2}
    results = shape.load(Results, copy.deepcopy(data))
    assert results.check == Failed("git archive: not a valid commit", 0.2)
    assert shape.dump(results) == data
    printed = table(results)
    assert "2b. CHECK" in printed and "git archive: not a valid commit" in printed


def test_a_section_left_out_is_neither_written_nor_printed() -> None:
    results = dataclasses.replace(read(), scaling=None)
    assert "scaling" not in shape.dump(results)
    assert "SCALING" not in table(results)


def test_a_failed_scale_keeps_the_others() -> None:
    timing = Timing(0.2, 0.2, (0.2,), 30.0)
    scaling = Scaling((Scale(1, 18, 6000, 0, timing, 11.1), ScaleFailed(10, "out of memory")))
    ((what, figure),) = scaling.speed_rows()
    assert what == "scaling: the seed's operations x1"
    assert figure.endswith("; x10 failed")
    assert ("  x10", "failed", "out of memory") in scaling.table_rows()


def test_a_synthetic_page_repeats_every_operation_under_its_own_name_and_path(
    tmp_path: Path,
) -> None:
    page = tmp_path / "x3.md"
    page.write_text(synthetic_page(SEED.read_text("utf-8"), 3), "utf-8")
    seed, tripled = parse_file(SEED), parse_file(page)
    assert not tripled.warnings
    assert len(tripled.api.operations) == 3 * len(seed.api.operations)
    paths = {operation.path for operation in tripled.api.operations}
    assert {f"/v3{operation.path}" for operation in seed.api.operations} <= paths


def test_each_of_the_products_ratios_states_its_target_in_the_table_and_the_docs() -> None:
    """Issue 21's three ratios: the product generated cold against openapi-python-client per
    page, its import against a one-page package's, and its call against hand-written httpx."""
    results = read()
    printed, documented = table(results), report.speed_table(results)
    for target in ("at least 15x: ", "at most 1.1x: ", "at most 1.25x: "):
        assert f"target {target}" in printed and f"target {target}" in documented
