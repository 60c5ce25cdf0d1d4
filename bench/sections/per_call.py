"""5. Per call: bench/_percall.py, in the runtime venv, against the product (kucoin_sdk, from
spec/kucoin_sdk.yaml): the generated client's `client.futures.order.get_order_list` call
against a hand-written httpx call, both through the same httpx.MockTransport."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from typing import Any

from bench.commands import generate_product, runtime_env
from bench.figures import times, verdict
from bench.paths import BENCH, PRODUCT_PACKAGE, ROOT, TMP, fresh_dir, relative
from bench.sections.base import SpeedRow, TableRow
from bench.timing import ChildFailed
from bench.venvs import runtime_python

CALLS = 2000
TARGET = 1.25  # issue: at most 1.25x a hand-written httpx call, leniency included


@dataclass(frozen=True)
class CallCost:
    """µs per call, the median of the loops; `ratio` is the SDK's over the hand-written's."""

    sdk_us: float
    baseline_us: float
    overhead_us: float
    ratio: float
    meets_target: bool


@dataclass(frozen=True)
class ProfiledFunction:
    function: str
    calls_per_request: float
    cumulative_us_per_request: float
    own_us_per_request: float


@dataclass(frozen=True)
class Profile:
    """The top functions of a cProfile of the sync SDK loop (µs inflated by the profiler);
    the whole profile is in `file` (`python -m pstats`)."""

    file: str
    profiled_us_per_request: float
    top_cumulative: tuple[ProfiledFunction, ...]


@dataclass(frozen=True)
class PerCall:
    package: str  # the generated package called, and the call
    call: str
    calls: int  # per loop
    repeats: int  # loops of each side, taking turns
    target_ratio: float
    sync_client: CallCost
    async_client: CallCost
    profile: Profile | None = None
    runtime_s: float = 0.0

    def table_rows(self) -> list[TableRow]:
        rows: list[TableRow] = []
        for mode, cost in (("sync", self.sync_client), ("async", self.async_client)):
            note = (
                f"{times(cost.ratio)} ({verdict(cost.meets_target, 'at most', self.target_ratio)})"
            )
            value = f"{cost.sdk_us:.0f} vs {cost.baseline_us:.0f} µs"
            rows.append((f"  {mode}, N={self.calls}", value, note))
        return rows

    def speed_rows(self) -> list[SpeedRow]:
        sync, async_ = self.sync_client, self.async_client
        met = sync.meets_target and async_.meets_target
        return [
            (
                f"per call against httpx.MockTransport: `{self.package}`'s `{self.call}`",
                f"{sync.sdk_us:.0f} µs sync, {async_.sdk_us:.0f} µs async: "
                f"**{times(sync.ratio)} / {times(async_.ratio)}** a hand-written httpx call "
                f"({verdict(met, 'at most', self.target_ratio)})",
            )
        ]


def measure(runs: int, quick: bool) -> PerCall:
    python = runtime_python()
    src = generate_product(fresh_dir("percall-package"))
    profile = TMP / "per_call.prof"
    done = subprocess.run(
        [python, str(BENCH / "_percall.py"), str(CALLS), str(runs), "--profile", str(profile)],
        capture_output=True,
        text=True,
        env=runtime_env(src, "pycache"),
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise ChildFailed(f"bench/_percall.py: {done.stderr.strip()[-2000:]}")
    measured = json.loads(done.stdout)
    profiled = measured.get("profile")
    return PerCall(
        package=PRODUCT_PACKAGE,
        call=measured["call"],
        calls=CALLS,
        repeats=measured["repeats"],
        target_ratio=TARGET,
        sync_client=_cost(measured["sync"]),
        async_client=_cost(measured["async"]),
        profile=(
            Profile(
                file=relative(profile),
                profiled_us_per_request=round(profiled["profiled_us_per_request"], 1),
                top_cumulative=tuple(ProfiledFunction(**row) for row in profiled["top_cumulative"]),
            )
            if profiled
            else None
        ),
    )


def _cost(measured: dict[str, Any]) -> CallCost:
    return CallCost(
        sdk_us=round(measured["sdk_us"], 1),
        baseline_us=round(measured["baseline_us"], 1),
        overhead_us=round(measured["overhead_us"], 1),
        ratio=round(measured["ratio"], 3),
        meets_target=measured["ratio"] <= TARGET,
    )
