"""2. The headline: a cold `sdkgen generate` against openapi-python-client generating from the
OpenAPI document sdkgen exports for the same page, taking turns. On the seed, and on the
seed's family of four pages in sequence (each its own package)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.commands import sdkgen_runs
from bench.figures import duration, times, verdict
from bench.pages import check_page
from bench.paths import FAMILY, PYTHON, SEED, TMP, fresh_dir, relative
from bench.sections.base import SpeedRow, TableRow
from bench.timing import CHILD_ENV, Contender, Timing, describe, interleaved, ratio, run_once
from bench.venvs import COMPARE_VENV, ensure_venv, installed_version, venv_python

OPC = "openapi-python-client"
OPC_VERSION = "0.29.1"
TARGET = 3.0  # openapi-python-client's time over sdkgen's: at least this


@dataclass(frozen=True)
class Race:
    """sdkgen and openapi-python-client on the same pages, taking turns; `ratio` is
    openapi-python-client's median over sdkgen's."""

    pages: tuple[str, ...]
    operations: int
    sdkgen: Timing
    openapi_python_client: Timing
    ratio: float
    meets_target: bool

    def figures(self) -> str:
        """`232 ms vs 720 ms: **3.11x** faster`, for the docs."""
        sdkgen, opc = self.sdkgen.median_s, self.openapi_python_client.median_s
        return f"{duration(sdkgen)} vs {duration(opc)}: **{times(self.ratio)}** faster"


@dataclass(frozen=True)
class RaceFailed:
    pages: tuple[str, ...]
    operations: int
    error: str


@dataclass(frozen=True)
class Comparison:
    openapi_python_client_version: str
    ruff_version: str | None  # the ruff its post-generation hooks run
    target_ratio: float
    seed: Race | RaceFailed
    family: Race | RaceFailed
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = []
        for name, race in (("seed", self.seed), ("family", self.family)):
            count = len(race.pages)
            label = f"  {name} ({count} page{'s' * (count > 1)}, {race.operations} ops)"
            if isinstance(race, RaceFailed):
                rows.append((label, "failed", race.error[:120]))
                continue
            sdkgen, opc = race.sdkgen.median_s, race.openapi_python_client.median_s
            note = (
                f"{times(race.ratio)} ({verdict(race.meets_target, 'at least', self.target_ratio)})"
            )
            rows.append((label, f"{duration(sdkgen)} / {duration(opc)}", note))
        return rows

    def speed_row(self) -> SpeedRow:
        what = f"against {OPC} {self.openapi_python_client_version} on the same operations"
        seed = self._race_text(self.seed)
        family = self._race_text(self.family)
        met = all(isinstance(r, Race) and r.meets_target for r in (self.seed, self.family))
        return (
            what,
            f"seed {seed}; the four pages in sequence {family} "
            f"({verdict(met, 'at least', self.target_ratio)})",
        )

    def headline(self) -> str:
        """How much faster than openapi-python-client, for a sentence of the README."""
        if isinstance(self.seed, RaceFailed):
            return f"(not measured: {self.seed.error[:60]})"
        return f"{self.seed.ratio:.1f} times as fast as {OPC}"

    @staticmethod
    def _race_text(race: Race | RaceFailed) -> str:
        return f"failed ({race.error[:60]})" if isinstance(race, RaceFailed) else race.figures()


def measure(runs: int, quick: bool) -> Comparison:
    versions = ensure_venv(COMPARE_VENV, [f"{OPC}=={OPC_VERSION}"])
    # openapi-python-client runs `ruff` from PATH as its post-generation hooks.
    bin_dir = COMPARE_VENV / "bin"
    opc_env = dict(CHILD_ENV, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    openapi = {page: _export_openapi(page) for page in FAMILY}
    operations = {page: check_page(page).operations for page in FAMILY}

    def race(name: str, pages: Sequence[Path]) -> Race | RaceFailed:
        where = tuple(relative(page) for page in pages)
        count = sum(operations[page] for page in pages)
        try:
            timings = interleaved(
                {
                    "sdkgen": Contender(sdkgen_runs(pages, f"cmp-{name}-sdkgen")),
                    OPC: Contender(
                        _opc_runs([openapi[page] for page in pages], f"cmp-{name}-opc"),
                        env=opc_env,
                    ),
                },
                runs,
            )
        except Exception as error:
            return RaceFailed(where, count, describe(error))
        speedup = ratio(timings[OPC], timings["sdkgen"])
        return Race(where, count, timings["sdkgen"], timings[OPC], speedup, speedup >= TARGET)

    return Comparison(
        openapi_python_client_version=versions[OPC],
        ruff_version=installed_version(venv_python(COMPARE_VENV), "ruff"),
        target_ratio=TARGET,
        seed=race("seed", [SEED]),
        family=race("family", FAMILY),
    )


def _export_openapi(page: Path) -> Path:
    """The OpenAPI document sdkgen exports for `page` (not timed)."""
    path = TMP / "openapi" / f"{page.stem}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    run_once([PYTHON, "-m", "generator", "openapi", str(page)], stdout_path=path)
    return path


def _opc_runs(openapi: Sequence[Path], name: str) -> Callable[[int], list[list[str]]]:
    """Run i: openapi-python-client on each OpenAPI document, each into a new folder (so
    ruff, which its post-generation hooks run there, starts with an empty cache too)."""
    tool = COMPARE_VENV / "bin" / OPC

    def commands(i: int) -> list[list[str]]:
        run = fresh_dir(f"{name}-{i}")
        return [
            [str(tool), "generate", "--path", str(path), "--output-path", str(run / path.stem)]
            for path in openapi
        ]

    return commands
