"""Every figure in README.md and docs/ is the one bench/results.json gives (bench/report.py).

The docs hold figures only between `<!-- bench:NAME -->` and `<!-- /bench -->`, rendered from
the committed results; a figure edited by hand, or left behind by a new bench run, fails here.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import report
from bench.results import read
from bench.sections.base import Failed
from bench.sections.comparison import Comparison, Race
from tests.support.pages import REPO


def copy_docs(folder: Path) -> list[Path]:
    """README.md and docs/*.md copied into `folder`, as report.documents() lists them."""
    copies = []
    for path in report.documents():
        copy = folder / path.relative_to(REPO)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, copy)
        copies.append(copy)
    return copies


def test_the_docs_hold_exactly_the_figures_of_the_committed_results() -> None:
    assert report.problems(report.documents(), read()) == []


def test_a_hand_edited_figure_is_caught_and_make_docs_puts_it_back(tmp_path: Path) -> None:
    docs = copy_docs(tmp_path)
    speed = tmp_path / "docs" / "speed.md"
    original = speed.read_text("utf-8")
    comparison = read().comparison
    assert isinstance(comparison, Comparison) and isinstance(comparison.seed, Race)
    # The seed's ratio, as the committed results give it (no figure of one run is pinned).
    figure = f"**{comparison.seed.ratio:.2f}x** faster"
    assert figure in original
    speed.write_text(original.replace(figure, f"**{comparison.seed.ratio + 1:.2f}x** faster"))

    (problem,) = report.problems(docs, read())
    assert "speed.md:" in problem and "bench:speed-table" in problem

    assert report.write(docs, read()) == [speed]
    assert speed.read_text("utf-8") == original


def test_a_new_measurement_makes_the_committed_figures_stale() -> None:
    results = read()
    comparison = results.comparison
    assert isinstance(comparison, Comparison) and isinstance(comparison.seed, Race)
    seed = dataclasses.replace(comparison.seed, ratio=3.52)
    remeasured = dataclasses.replace(results, comparison=dataclasses.replace(comparison, seed=seed))
    found = report.problems(report.documents(), remeasured)
    assert len(found) == 2, found
    assert "docs/speed.md" in found[1] and "bench:speed-table" in found[1]
    assert "README.md" in found[0] and "bench:headline" in found[0]  # 3.5 times as fast


def test_a_failed_or_missing_section_is_written_as_such() -> None:
    results = dataclasses.replace(read(), check=Failed("git archive failed | exit 128", 0.1))
    table = report.speed_table(dataclasses.replace(results, scaling=None))
    assert "| `sdkgen check` of the seed | failed in the last run: git archive failed \\| " in table
    assert "| scaling | not measured in the last run |" in table


def test_a_block_no_document_holds_is_caught(tmp_path: Path) -> None:
    docs = copy_docs(tmp_path)
    readme = tmp_path / "README.md"
    text = readme.read_text("utf-8")
    start, end = text.index("<!-- bench:headline -->"), text.index("<!-- /bench -->") + 15
    readme.write_text(text[:start] + "three times as fast" + text[end:], "utf-8")
    assert report.problems(docs, read()) == ["bench:headline: no file holds this block"]


def test_an_unknown_block_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("a\n<!-- bench:speed-tabel -->x<!-- /bench -->\n", "utf-8")
    with pytest.raises(report.BlockError, match=r"page.md:2: bench:speed-tabel is no block"):
        report.write([page], read())


def test_a_figure_outside_a_block_is_caught() -> None:
    text = (
        "<!-- bench:headline -->3.1 times as fast<!-- /bench -->\n"
        "`make test` takes 110 s; `--cases 10000` is no figure\n"
        "an import takes 68 ms, 4.37x faster\n"
    )
    assert report.stray_figures(text) == [(2, "110 s"), (3, "68 ms"), (3, "4.37x")]


def test_make_docs_writes_the_figures(tmp_path: Path) -> None:
    """`python -m bench.report`, as `make docs` runs it, on a project whose results changed."""
    for path in ("README.md", "docs", "bench"):
        source = REPO / path
        copy = tmp_path / path
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        else:
            shutil.copy(source, copy)
    text = (tmp_path / "bench" / "results.json").read_text("utf-8")
    (tmp_path / "bench" / "results.json").write_text(text.replace('"runs": 5', '"runs": 7'))
    check = [sys.executable, "-m", "bench.report", "--check"]
    stale = subprocess.run(check, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert stale.returncode == 1 and "bench:speed-table" in stale.stderr
    done = subprocess.run(
        [sys.executable, "-m", "bench.report"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == "wrote docs/speed.md\n", done.stderr
    assert "medians of 7 runs" in (tmp_path / "docs" / "speed.md").read_text("utf-8")
    fresh = subprocess.run(check, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert fresh.returncode == 0, fresh.stderr
