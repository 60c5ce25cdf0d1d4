"""2b. `sdkgen check` of the seed (regenerate in memory, compare with a generated tree) now
and at BASELINE_COMMIT, taking turns, each run with empty caches. The baseline runs from
`git archive` of that commit, on its own copy of the seed page and config."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from bench.commands import sdkgen_generate
from bench.figures import duration, times, verdict
from bench.paths import PYTHON, ROOT, SEED, TMP, fresh_dir
from bench.sections.base import SpeedRow, TableRow
from bench.timing import CHILD_ENV, Contender, Timing, interleaved, ratio, run_once

# The tree issue 11 measured its speed figures on (black formatting behind a content cache):
# the "today" that `sdkgen check` is compared with.
BASELINE_COMMIT = "9f0a175f660ae4de1f448332640b1eb1a7af81d3"
TARGET = 3.0  # `sdkgen check` at BASELINE_COMMIT over sdkgen check now: at least this


@dataclass(frozen=True)
class Check:
    """`ratio` is the baseline's median over now's."""

    baseline_commit: str
    target_ratio: float
    now: Timing
    baseline: Timing
    ratio: float
    meets_target: bool
    runtime_s: float = 0.0

    def _figures(self) -> str:
        return f"{duration(self.now.median_s)} vs {duration(self.baseline.median_s)}"

    def table_rows(self) -> list[TableRow]:
        note = f"{times(self.ratio)} ({verdict(self.meets_target, 'at least', self.target_ratio)})"
        return [(f"  sdkgen check vs {self.baseline_commit[:7]}", self._figures(), note)]

    def speed_rows(self) -> list[SpeedRow]:
        return [
            (
                "`sdkgen check` of the seed, against the tree issue 11 measured "
                f"({self.baseline_commit[:7]})",
                f"{self._figures()}: **{times(self.ratio)}** faster "
                f"({verdict(self.meets_target, 'at least', self.target_ratio)})",
            )
        ]


def measure(runs: int, quick: bool) -> Check:
    base = fresh_dir("baseline")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", BASELINE_COMMIT], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
    base_page = base / "spec" / "futures-order.md"
    # The baseline cached black's output here; each of its runs starts with it empty.
    base_env = dict(CHILD_ENV, SDKGEN_CACHE_DIR=str(TMP / "baseline-cache"))
    base_tree, now_tree = TMP / "check-baseline-tree", TMP / "check-now-tree"
    for tree in (base_tree, now_tree):
        shutil.rmtree(tree, ignore_errors=True)
    generate_base = [PYTHON, "-m", "generator", "generate", str(base_page), "--out", str(base_tree)]
    run_once(generate_base, env=base_env, cwd=base)  # cwd first on sys.path: its generator/
    run_once(sdkgen_generate(SEED, now_tree))

    def baseline(i: int) -> list[list[str]]:
        fresh_dir("baseline-cache")
        return [[PYTHON, "-m", "generator", "check", str(base_page), "--out", str(base_tree)]]

    now = [PYTHON, "-m", "generator", "check", str(SEED), "--out", str(now_tree)]
    timings = interleaved(
        {"now": Contender.one(now), "baseline": Contender(baseline, env=base_env, cwd=base)},
        runs,
    )
    speedup = ratio(timings["baseline"], timings["now"])
    return Check(
        baseline_commit=BASELINE_COMMIT,
        target_ratio=TARGET,
        now=timings["now"],
        baseline=timings["baseline"],
        ratio=speedup,
        meets_target=speedup >= TARGET,
    )
