"""2. The headline: a cold `sdkgen generate` against openapi-python-client generating from the
OpenAPI document sdkgen exports for the same page, taking turns. On the seed, on the seed's
family of four pages in sequence (each its own package), and on the product: the pages of
spec/ composed by one `sdkgen generate spec/kucoin_sdk.yaml`, against openapi-python-client
generating a client for each page's export, one process per page as a user would."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.commands import sdkgen_runs
from bench.figures import duration, times, verdict
from bench.pages import check_page
from bench.paths import (
    FAMILY,
    PRODUCT_CONFIG,
    PYTHON,
    SEED,
    TMP,
    fresh_dir,
    product_pages,
    relative,
)
from bench.sections.base import SpeedRow, TableRow
from bench.timing import CHILD_ENV, Contender, Timing, describe, interleaved, ratio, run_once
from bench.venvs import COMPARE_VENV, ensure_venv, installed_version, venv_python

OPC = "openapi-python-client"
OPC_VERSION = "0.29.1"
TARGET = 3.0  # openapi-python-client's time over sdkgen's, seed and family: at least this
PRODUCT_TARGET = 15.0  # issue 21: the product at least this much faster than a client per page


@dataclass(frozen=True)
class Race:
    """sdkgen and openapi-python-client on the same pages, taking turns; `ratio` is
    openapi-python-client's median over sdkgen's, `meets_target` = `ratio >= target_ratio`."""

    pages: tuple[str, ...]
    operations: int
    sdkgen: Timing
    openapi_python_client: Timing
    ratio: float
    target_ratio: float
    meets_target: bool
    # The composition config sdkgen generates all the pages from in one command; None: one
    # `sdkgen generate` per page, as openapi-python-client always runs.
    composed_by: str | None = None

    def figures(self) -> str:
        """`232 ms vs 720 ms: **3.11x** faster`, for the docs."""
        sdkgen, opc = self.sdkgen.median_s, self.openapi_python_client.median_s
        return f"{duration(sdkgen)} vs {duration(opc)}: **{times(self.ratio)}** faster"


@dataclass(frozen=True)
class RaceFailed:
    pages: tuple[str, ...]
    operations: int
    target_ratio: float
    error: str
    composed_by: str | None = None


@dataclass(frozen=True)
class Comparison:
    openapi_python_client_version: str
    ruff_version: str | None  # the ruff its post-generation hooks run
    seed: Race | RaceFailed
    family: Race | RaceFailed
    product: Race | RaceFailed
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = []
        races = (("seed", self.seed), ("family", self.family), ("product", self.product))
        for name, race in races:
            count = len(race.pages)
            label = f"  {name} ({count} page{'s' * (count > 1)}, {race.operations} ops)"
            if isinstance(race, RaceFailed):
                rows.append((label, "failed", race.error[:120]))
                continue
            sdkgen, opc = race.sdkgen.median_s, race.openapi_python_client.median_s
            met = verdict(race.meets_target, "at least", race.target_ratio)
            rows.append(
                (label, f"{duration(sdkgen)} / {duration(opc)}", f"{times(race.ratio)} ({met})")
            )
        return rows

    def speed_rows(self) -> list[SpeedRow]:
        what = f"against {OPC} {self.openapi_python_client_version} on the same operations"
        seed = self._race_text(self.seed)
        family = self._race_text(self.family)
        met = all(isinstance(r, Race) and r.meets_target for r in (self.seed, self.family))
        product = self.product
        composed = f"`sdkgen generate {product.composed_by}`" if product.composed_by else "sdkgen"
        return [
            (
                what,
                f"seed {seed}; the four pages in sequence {family} "
                f"({verdict(met, 'at least', self.seed.target_ratio)})",
            ),
            (
                f"the product, {len(product.pages)} pages ({product.operations} operations): "
                f"{composed}, cold, against {OPC} generating a client per page",
                f"{self._race_text(product)} ("
                + verdict(
                    isinstance(product, Race) and product.meets_target,
                    "at least",
                    product.target_ratio,
                )
                + ")",
            ),
        ]

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
    every_page = (*FAMILY, *product_pages())
    openapi = {page: _export_openapi(page) for page in every_page}
    operations = {page: check_page(page).operations for page in every_page}

    def race(
        name: str, pages: Sequence[Path], target: float, config: Path | None = None
    ) -> Race | RaceFailed:
        where = tuple(relative(page) for page in pages)
        count = sum(operations[page] for page in pages)
        composed_by = relative(config) if config else None
        try:
            timings = interleaved(
                {
                    "sdkgen": Contender(
                        sdkgen_runs([config] if config else pages, f"cmp-{name}-sdkgen")
                    ),
                    OPC: Contender(
                        _opc_runs([openapi[page] for page in pages], f"cmp-{name}-opc"),
                        env=opc_env,
                    ),
                },
                runs,
            )
        except Exception as error:
            return RaceFailed(where, count, target, describe(error), composed_by)
        speedup = ratio(timings[OPC], timings["sdkgen"])
        return Race(
            pages=where,
            operations=count,
            sdkgen=timings["sdkgen"],
            openapi_python_client=timings[OPC],
            ratio=speedup,
            target_ratio=target,
            meets_target=speedup >= target,
            composed_by=composed_by,
        )

    return Comparison(
        openapi_python_client_version=versions[OPC],
        ruff_version=installed_version(venv_python(COMPARE_VENV), "ruff"),
        seed=race("seed", [SEED], TARGET),
        family=race("family", FAMILY, TARGET),
        product=race("product", product_pages(), PRODUCT_TARGET, PRODUCT_CONFIG),
    )


def _export_openapi(page: Path) -> Path:
    """The OpenAPI document sdkgen exports for `page` (not timed)."""
    path = TMP / "openapi" / page.parent.name / f"{page.stem}.json"
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
