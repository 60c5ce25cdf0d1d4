"""sdkgen benchmarks: `python -m bench.run [--quick]` (bench/README.md says what each figure means).

Runs the sections of bench.sections (each records its own failure; the others still run),
writes bench/results.json and prints a table. `make bench` then writes the figures into the
docs (bench.report).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.figures import duration
from bench.machine import this_machine
from bench.paths import RESULTS, TMP, relative
from bench.results import Results, to_text
from bench.sections import SECTIONS
from bench.sections.base import Failed, TableRow
from bench.timing import describe


def measure(names: Sequence[str], runs: int, quick: bool) -> Results:
    """Every section in `names`, in the order of SECTIONS."""
    started = time.perf_counter()
    machine = this_machine()
    # Keyed by section name, which is the name of its field in Results (each section's
    # measure returns that field's type): the field names are only known at run time.
    measured: dict[str, Any] = {}
    for section in SECTIONS:
        if section.name not in names:
            continue
        print(f"bench: {section.name} ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            result = section.measure(runs, quick)
        except Exception as error:
            measured[section.name] = Failed(describe(error), round(time.perf_counter() - start, 1))
        else:
            measured[section.name] = replace(
                result, runtime_s=round(time.perf_counter() - start, 1)
            )
    runtime = round(time.perf_counter() - started, 1)
    results = Results(quick=quick, runs=runs, runtime_s=runtime, machine=machine)
    return replace(results, **measured)


def table(results: Results) -> str:
    """The printed table: a heading per section, its rows, and the total runtime."""
    machine = results.machine
    head = (
        f"sdkgen benchmarks ({'quick, ' if results.quick else ''}median of {results.runs} runs)"
        f" — Python {machine.python}, {machine.cpu_count} CPUs, {machine.platform}"
    )
    rows: list[TableRow] = []
    for section in SECTIONS:
        result = results.section(section.name)
        if result is None:
            continue
        rows.append((section.title, "", section.note))
        rows += result.table_rows()
    rows.append(("TOTAL RUNTIME", duration(results.runtime_s), ""))
    width = max(len(row[0]) for row in rows), max(len(row[1]) for row in rows)
    lines = [head, "-" * len(head)]
    lines += [f"{a:<{width[0]}}  {b:>{width[1]}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2 runs per figure, and no kucoin-universal-sdk reference",
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 5, --quick 2)")
    parser.add_argument(
        "--only",
        action="append",
        choices=[section.name for section in SECTIONS],
        help="run only this section (repeatable); default: all",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    names = args.only or [section.name for section in SECTIONS]
    results = measure(names, runs, args.quick)
    args.output.write_text(to_text(results), "utf-8")
    print(table(results))
    print(f"\nwrote {relative(args.output)}")
    for child in TMP.glob("*"):
        if child.is_dir() and not child.name.startswith("pycache"):
            shutil.rmtree(child, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
