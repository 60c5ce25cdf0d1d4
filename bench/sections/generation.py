"""1. Generation: the seed page through sdkgen, each command a fresh process, and stage by
stage in one process (bench/_stages.py)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from dataclasses import dataclass, fields
from pathlib import Path

from bench.commands import sdkgen_runs
from bench.figures import duration, milliseconds
from bench.pages import check_page
from bench.paths import BENCH, PYTHON, ROOT, SEED, fresh_dir, relative
from bench.sections.base import SpeedRow, TableRow
from bench.timing import ChildFailed, Contender, Timing, interleaved

WARM_PASSES = 3


@dataclass(frozen=True)
class StageTimes:
    """Seconds per stage of one `sdkgen generate`, in pipeline order (bench/_stages.py
    says what each stage covers); `total_s` is their sum."""

    parse_s: float
    config_s: float
    release_s: float
    plan_s: float
    render_s: float
    check_s: float
    fixtures_s: float
    snapshots_s: float
    other_s: float
    write_s: float
    total_s: float

    def stages(self) -> list[tuple[str, float]]:
        """(stage, seconds) in pipeline order, the total left out."""
        return [
            (field.name.removesuffix("_s"), getattr(self, field.name))
            for field in fields(self)
            if field.name != "total_s"
        ]


@dataclass(frozen=True)
class InProcess:
    """The generator's import, then its stages: the first pass in the process (`cold`) and
    the median of later passes (`warm`: modules loaded, regexes compiled)."""

    import_s: float
    cold: StageTimes
    warm: StageTimes


# How a stage is named in the docs, where its name alone would not say it.
_STAGE_WORDS = {"check": "compile check"}


@dataclass(frozen=True)
class Generation:
    page: str
    operations: int
    startup: Timing  # `python -c pass`, for reference
    parse: Timing  # `sdkgen ir PAGE`
    generate: Timing  # `sdkgen generate PAGE --out <new folder>`
    in_process: InProcess
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = [
            ("  python -c pass", duration(self.startup.median_s), "interpreter start-up"),
            ("  sdkgen ir (parse only)", duration(self.parse.median_s), ""),
            ("  sdkgen generate", duration(self.generate.median_s), "new output folder"),
            ("  in-process: import generator", milliseconds(self.in_process.import_s), ""),
        ]
        warm = dict(self.in_process.warm.stages())
        for stage, cold in self.in_process.cold.stages():
            note = "first pass / later passes" if stage == "parse" else ""
            value = f"{cold * 1000:,.0f} / {milliseconds(warm[stage])}"
            rows.append((f"  in-process: {stage}", value, note))
        return rows

    def speed_rows(self) -> list[SpeedRow]:
        parts = [
            f"{milliseconds(self.startup.median_s)} interpreter",
            f"{milliseconds(self.in_process.import_s)} imports",
        ]
        parts += [
            f"{milliseconds(seconds)} {_STAGE_WORDS.get(stage, stage)}"
            for stage, seconds in self.in_process.cold.stages()
            if seconds >= 0.0005  # a stage that rounds to 0 ms says nothing
        ]
        return [
            (
                f"`sdkgen generate` of the seed ({self.operations} operations), fresh process",
                f"{duration(self.generate.median_s)}: {', '.join(parts)}",
            )
        ]

    def import_share(self) -> str:
        """The imports' part of a fresh `sdkgen generate`, for a sentence of the docs."""
        return (
            f"{milliseconds(self.in_process.import_s)} of a "
            f"{duration(self.generate.median_s)} run"
        )


def measure(runs: int, quick: bool) -> Generation:
    timings = interleaved(
        {
            "startup": Contender.one([PYTHON, "-c", "pass"]),
            "parse": Contender(
                lambda i: [[PYTHON, "-m", "generator", "ir", str(SEED)]],
                stdout_path=Path(os.devnull),
            ),
            "generate": Contender(sdkgen_runs([SEED], "gen-seed")),
        },
        runs,
    )
    return Generation(
        page=relative(SEED),
        operations=check_page(SEED).operations,
        startup=timings["startup"],
        parse=timings["parse"],
        generate=timings["generate"],
        in_process=_in_process(runs),
    )


def _in_process(runs: int) -> InProcess:
    """bench/_stages.py `runs` times, each a fresh process: the median of each figure."""
    passes = []
    for i in range(runs):
        out = fresh_dir(f"stages-{i}")
        done = subprocess.run(
            [PYTHON, str(BENCH / "_stages.py"), str(out), str(WARM_PASSES), "", str(SEED)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise ChildFailed(f"bench/_stages.py: {done.stderr.strip()[-2000:]}")
        passes.append(json.loads(done.stdout))

    def median_stages(kind: str) -> StageTimes:
        stages = passes[0][kind]
        return StageTimes(
            **{f"{s}_s": round(statistics.median(p[kind][s] for p in passes), 4) for s in stages}
        )

    return InProcess(
        import_s=round(statistics.median(p["import"] for p in passes), 4),
        cold=median_stages("cold"),
        warm=median_stages("warm"),
    )
