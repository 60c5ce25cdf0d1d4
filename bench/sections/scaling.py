"""3. Scaling: synthetic pages, the seed's operations repeated 1, 10 and 50 times, each
generated as a fresh process with the seed's config (so its rules bind to the first copy's
names)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bench.commands import sdkgen_runs
from bench.figures import duration
from bench.pages import check_page, make_page
from bench.paths import SEED_CONFIG
from bench.sections.base import SpeedRow, TableRow
from bench.timing import Contender, Timing, describe, interleaved

SCALES = (1, 10, 50)


@dataclass(frozen=True)
class Scale:
    """One synthetic page. `marginal_ms_per_operation` is what one more operation than the
    1x page costs, start-up taken out: flat if generation is linear (None on the 1x page)."""

    copies: int
    operations: int
    page_lines: int
    parse_warnings: int  # should be 0; the first five are in warnings_sample
    generate: Timing
    ms_per_operation: float
    marginal_ms_per_operation: float | None = None
    warnings_sample: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScaleFailed:
    copies: int
    error: str


@dataclass(frozen=True)
class Scaling:
    scales: tuple[Scale | ScaleFailed, ...]
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = []
        for scale in self.scales:
            if isinstance(scale, ScaleFailed):
                rows.append((f"  x{scale.copies}", "failed", scale.error[:120]))
                continue
            marginal = scale.marginal_ms_per_operation
            note = (
                f"{scale.ms_per_operation:.1f} ms/op"
                + (f", marginal {marginal:.1f} ms/op" if marginal is not None else "")
                + f", {scale.generate.peak_rss_mib:.0f} MiB"
                + (f", {scale.parse_warnings} warnings!" if scale.parse_warnings else "")
            )
            label = f"  x{scale.copies} ({scale.operations} ops)"
            rows.append((label, duration(scale.generate.median_s), note))
        return rows

    def speed_rows(self) -> list[SpeedRow]:
        done = [scale for scale in self.scales if isinstance(scale, Scale)]
        copies = " / ".join(f"x{scale.copies}" for scale in done)
        per_op = " / ".join(f"{scale.ms_per_operation:.1f}" for scale in done)
        marginal = " / ".join(
            f"{s.marginal_ms_per_operation:.1f}"
            for s in done
            if s.marginal_ms_per_operation is not None
        )
        memory = " / ".join(f"{scale.generate.peak_rss_mib:.0f}" for scale in done)
        failed = [f"x{s.copies} failed" for s in self.scales if isinstance(s, ScaleFailed)]
        return [
            (
                f"scaling: the seed's operations {copies}",
                f"{per_op} ms per operation (marginal {marginal}), {memory} MiB"
                + "".join(f"; {text}" for text in failed),
            )
        ]


def measure(runs: int, quick: bool) -> Scaling:
    measured = [_scale(copies, runs) for copies in SCALES]
    base = measured[0]
    if not isinstance(base, Scale):
        return Scaling(tuple(measured))
    return Scaling(tuple(_with_marginal(scale, base) for scale in measured))


def _scale(copies: int, runs: int) -> Scale | ScaleFailed:
    try:
        page = make_page(copies)
        check = check_page(page)
        # Only the smallest page gets a warm-up run: on the large ones it would double the
        # section's cost.
        key = f"x{copies}"
        generate = interleaved(
            {key: Contender(sdkgen_runs([page], f"gen-{key}", SEED_CONFIG))},
            runs,
            warmup=copies == SCALES[0],
        )[key]
    except Exception as error:
        return ScaleFailed(copies, describe(error))
    return Scale(
        copies=copies,
        operations=check.operations,
        page_lines=page.read_text("utf-8").count("\n"),
        parse_warnings=check.warning_count,
        generate=generate,
        ms_per_operation=round(generate.median_s / check.operations * 1000, 2),
        warnings_sample=check.warnings,
    )


def _with_marginal(scale: Scale | ScaleFailed, base: Scale) -> Scale | ScaleFailed:
    if isinstance(scale, ScaleFailed) or scale.operations <= base.operations:
        return scale
    extra = (scale.generate.median_s - base.generate.median_s) / (
        scale.operations - base.operations
    )
    return replace(scale, marginal_ms_per_operation=round(extra * 1000, 2))
