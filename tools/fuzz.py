"""Fuzz the CLI: N mutated real pages through `sdkgen openapi` (and every G-th one through
`sdkgen generate` too), in-process.

    python tools/fuzz.py [--cases N] [--seed S] [--jobs J] [--validate-every K]
                         [--generate-every G] [--kinds K1,K2]
    python tools/fuzz.py --seed S --case I        # re-run one case, with its full report

Case I of seed S is a pure function of (S, I): `random.Random(f"{S}:{I}")` picks the page and
its edits (tests/support/fuzzing.py), so a failure is reproduced by its seed and number alone
(and the same --kinds), on any number of jobs. `--kinds` runs only those mutation kinds
(tests/support/mutations.py, tests/support/mutations_beyond.py), on the seed pages they can
edit. Every case must end with a valid OpenAPI document (exit 0; the full OpenAPI
schema validation runs on every K-th case, the JSON and warning checks on all) or with exactly
one `file:line: error: message` line (exit 2). A case that also goes through `generate` must
give a package whose every file compiles and whose every module imports in a fresh
interpreter, or one located error. Exits 1 if any case fails, after printing each failing
case's edits, its report or traceback, and where its page was saved.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.fuzzing import (  # noqa: E402
    MUTATIONS,
    Case,
    Outcome,
    mutate,
    run_case,
    run_generate_case,
)
from tests.support.mutations import RandomChooser  # noqa: E402

Result = tuple[int, str, Outcome]


def make_case(seed: int, index: int, kinds: tuple[str, ...] = tuple(MUTATIONS)) -> Case:
    return mutate(RandomChooser(random.Random(f"{seed}:{index}")), kinds)


def _run(job: tuple[int, int, int, int, tuple[str, ...]]) -> Result:
    seed, index, validate_every, generate_every, kinds = job
    case = make_case(seed, index, kinds)
    outcome = run_case(case.text, validate=index % validate_every == 0)
    if outcome.ok and index % generate_every == 0:
        generated = run_generate_case(case.text, case.config)
        if not generated.ok:
            outcome = replace(generated, detail=f"generate: {generated.detail}")
    if not outcome.ok:
        saved = Path(tempfile.gettempdir()) / f"sdkgen-fuzz-{seed}-{index}.md"
        saved.write_text(case.text, encoding="utf-8", errors="surrogatepass")
        return index, f"{case.description}\n  page saved as {saved}", outcome
    return index, case.description, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="number of cases (10000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the case generator (0)")
    parser.add_argument("--case", type=int, help="run only this case number, with full output")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (all CPUs)"
    )
    parser.add_argument(
        "--validate-every",
        type=int,
        default=10,
        metavar="K",
        help="validate the OpenAPI output of every K-th case against the OpenAPI 3.0 schema "
        "(10; 1 validates all, at about 0.5 s per accepted case)",
    )
    parser.add_argument(
        "--generate-every",
        type=int,
        default=20,
        metavar="G",
        help="also run every G-th case through `generate` and import the package (20; about "
        "2 s per accepted case)",
    )
    parser.add_argument(
        "--kinds",
        type=lambda text: tuple(text.split(",")),
        default=tuple(MUTATIONS),
        metavar="K1,K2",
        help=f"only these mutation kinds (all: {','.join(MUTATIONS)})",
    )
    args = parser.parse_args(argv)
    unknown = [kind for kind in args.kinds if kind not in MUTATIONS]
    if unknown:
        parser.error(f"no mutation kind {', '.join(unknown)}")

    if args.case is not None:
        index, description, outcome = _run((args.seed, args.case, 1, 1, args.kinds))
        print(f"case {index}: {description}\n{outcome.kind}: {outcome.detail}")
        if outcome.stderr:
            print(f"stderr:\n{outcome.stderr}")
        return 0 if outcome.ok else 1

    every = (max(1, args.validate_every), max(1, args.generate_every))
    jobs = [(args.seed, index, *every, args.kinds) for index in range(args.cases)]
    counts = {"accepted": 0, "rejected": 0, "failed": 0}
    failures: list[Result] = []
    started = time.monotonic()
    step = max(1, args.cases // 20)
    context = multiprocessing.get_context("fork")
    with context.Pool(max(1, args.jobs)) as pool:
        for done, result in enumerate(pool.imap_unordered(_run, jobs, chunksize=4), start=1):
            counts[result[2].kind] += 1
            if not result[2].ok:
                failures.append(result)
                last = result[2].detail.strip().splitlines()[-1]
                print(f"FAILED case {result[0]}: {result[1]}\n  {last[:300]}", flush=True)
            if done % step == 0 or done == args.cases:
                elapsed = time.monotonic() - started
                print(
                    f"{done:>7}/{args.cases} cases, {counts['failed']} failures, {elapsed:.0f} s",
                    flush=True,
                )

    for index, description, outcome in sorted(failures):
        print(f"\nFAILED case {index} (--seed {args.seed} --case {index}): {description}")
        print(outcome.detail.rstrip())
        if outcome.stderr:
            print(f"stderr: {outcome.stderr.rstrip()}")
    elapsed = time.monotonic() - started
    print(
        f"\n{args.cases} cases: {counts['accepted']} succeeded, {counts['rejected']} rejected "
        f"with a located error, {counts['failed']} failures ({elapsed:.0f} s, seed {args.seed})"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
