"""One bench run, as bench/results.json holds it (bench/README.md documents the shape).

The file is this dataclass written by `bench.shape.dump`, keys sorted so two runs diff
cleanly; `read` refuses a file of any other shape. A section is its result, `Failed` when it
raised (the others still ran), or absent when `--only` left it out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bench import shape
from bench.machine import Machine
from bench.paths import RESULTS
from bench.sections.base import Failed, SectionResult
from bench.sections.check import Check
from bench.sections.comparison import Comparison
from bench.sections.generation import Generation
from bench.sections.imports import Imports
from bench.sections.per_call import PerCall
from bench.sections.scaling import Scaling


@dataclass(frozen=True)
class Results:
    quick: bool  # --quick: fewer runs, no kucoin-universal-sdk reference
    runs: int  # measured runs per figure
    runtime_s: float  # the whole bench
    machine: Machine
    generation: Generation | Failed | None = None
    comparison: Comparison | Failed | None = None
    check: Check | Failed | None = None
    scaling: Scaling | Failed | None = None
    imports: Imports | Failed | None = None
    per_call: PerCall | Failed | None = None

    def section(self, name: str) -> SectionResult | Failed | None:
        """The section named `name` (a name of bench.sections.SECTIONS)."""
        result: SectionResult | Failed | None = getattr(self, name)
        return result


def to_text(results: Results) -> str:
    return json.dumps(shape.dump(results), indent=2, sort_keys=True) + "\n"


def read(path: Path = RESULTS) -> Results:
    """The results in `path`; shape.ShapeError when the file has another shape."""
    return shape.load(Results, json.loads(path.read_text("utf-8")))
