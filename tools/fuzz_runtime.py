"""Fuzz the generated SDK's runtime: N calls answered with random and hostile answers.

    python tools/fuzz_runtime.py [--cases N] [--seed S] [--jobs J]
    python tools/fuzz_runtime.py --seed S --case I     # re-run one case, with its full report

Case I of seed S is a pure function of (S, I): `random.Random(f"runtime:{S}:{I}")` picks the
operation, the mode (sync, async, raw) and every reply (tests/support/runtime_fuzzing.py), so a
failure is reproduced by its seed and number alone, on any number of jobs. Every call must
return or raise one of the package's errors, within 2 s and 200 MB (tests/support/runtime_fuzzing.py
says all it checks). Exits 1 if any case fails, after printing each failing case and why.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.runtime_fuzzing import (  # noqa: E402
    Case,
    Outcome,
    case_of,
    generate_seed_sdk,
    run_case,
)

Result = tuple[int, Case, Outcome]
_SDK: ModuleType | None = None  # generated before the workers fork; each inherits it


def _run(job: tuple[int, int]) -> Result:
    assert _SDK is not None
    seed, index = job
    case = case_of(seed, index, _SDK)
    return index, case, run_case(case, _SDK)


def main(argv: list[str] | None = None) -> int:
    global _SDK
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="number of cases (10000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the case generator (0)")
    parser.add_argument("--case", type=int, help="run only this case number, with full output")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (all CPUs)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-runtime-") as folder:
        _SDK = generate_seed_sdk(Path(folder))
        if args.case is not None:
            index, case, outcome = _run((args.seed, args.case))
            print(f"case {index}: {case.description}\n{outcome.kind}: {outcome.detail}")
            print(f"{outcome.seconds:.3f} s, peak {outcome.peak_bytes / 2**20:.1f} MB")
            return 0 if outcome.ok else 1
        return _run_all(args.cases, args.seed, args.jobs)


def _run_all(cases: int, seed: int, jobs: int) -> int:
    counts = {"returned": 0, "raised": 0, "failed": 0}
    failures: list[Result] = []
    slowest = 0.0
    started = time.monotonic()
    step = max(1, cases // 20)
    context = multiprocessing.get_context("fork")
    with context.Pool(max(1, jobs)) as pool:
        work = [(seed, index) for index in range(cases)]
        for done, result in enumerate(pool.imap_unordered(_run, work, chunksize=8), start=1):
            index, case, outcome = result
            counts[outcome.kind] += 1
            slowest = max(slowest, outcome.seconds)
            if not outcome.ok:
                failures.append(result)
                last = outcome.detail.strip().splitlines()[-1]
                print(f"FAILED case {index}: {last[:300]}", flush=True)
            if done % step == 0 or done == cases:
                elapsed = time.monotonic() - started
                print(
                    f"{done:>7}/{cases} cases, {counts['failed']} failures, {elapsed:.0f} s",
                    flush=True,
                )

    for index, case, outcome in sorted(failures, key=lambda result: result[0]):
        print(f"\nFAILED case {index} (--seed {seed} --case {index}):\n{case.description}")
        print(outcome.detail.rstrip())
    elapsed = time.monotonic() - started
    print(
        f"\n{cases} cases: {counts['returned']} returned, {counts['raised']} raised a package "
        f"error, {counts['failed']} failures ({elapsed:.0f} s, slowest case {slowest:.2f} s, "
        f"seed {seed})"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
