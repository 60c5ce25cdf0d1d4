"""The bench's sections, in the order they run and print: each measures into a frozen
dataclass of its own module, which renders its lines of the printed table and its row of
docs/speed.md."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bench.sections import check, comparison, generation, imports, per_call, scaling
from bench.sections.base import SectionResult


@dataclass(frozen=True)
class Section:
    name: str  # its key in results.json, and the value of --only
    title: str  # its heading in the printed table, with a note
    note: str
    what: str  # its row's label in docs/speed.md when it failed or was not measured
    measure: Callable[[int, bool], SectionResult]  # (runs, quick) -> its result


SECTIONS = (
    Section(
        "generation",
        "1. GENERATION (seed, fresh process)",
        "",
        "`sdkgen generate` of the seed",
        generation.measure,
    ),
    Section(
        "comparison",
        f"2. COMPARISON vs {comparison.OPC} {comparison.OPC_VERSION}",
        "sdkgen / opc, taking turns; ratio = opc / sdkgen",
        f"against {comparison.OPC}",
        comparison.measure,
    ),
    Section(
        "check",
        "2b. CHECK (seed, fresh process)",
        "now / at the issue's baseline, taking turns",
        "`sdkgen check` of the seed",
        check.measure,
    ),
    Section(
        "scaling",
        "3. SCALING (generate, fresh process)",
        "total / per op / marginal per op / peak RSS",
        "scaling",
        scaling.measure,
    ),
    Section(
        "imports",
        "4. IMPORT (import + Client(...), fresh process)",
        "taking turns; net = minus start-up",
        "importing the generated package",
        imports.measure,
    ),
    Section(
        "per_call",
        "5. PER CALL (kucoin_sdk, httpx.MockTransport)",
        "SDK vs hand-written httpx call",
        "per call",
        per_call.measure,
    ),
)
