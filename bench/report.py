"""The figures of bench/results.json, written into the docs: `python -m bench.report` (run by
`make docs`, and by `make bench` after measuring); `--check` changes nothing and exits 1
naming every block that is not what results.json gives.

A figure lives between `<!-- bench:NAME -->` and `<!-- /bench -->` in README.md or a page of
docs/, inline in a sentence or around a table; NAME is one of BLOCKS, each rendered from the
results by the sections' own renderers. A figure written by hand outside a block would go
stale unseen, so the check also names any duration or ratio found outside one.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from bench.paths import ROOT, relative
from bench.results import Results, read
from bench.sections import SECTIONS
from bench.sections.base import Failed, SpeedRow

_BLOCK = re.compile(r"<!-- bench:(?P<name>[\w-]+) -->(?P<body>.*?)<!-- /bench -->", re.S)
# What reads as a measured figure: a duration (266 ms, 304 µs, 2.67 s) or a ratio (3.11x).
_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*(?:\s?(?:ms|µs|s)\b|x(?![\w-]))")


def documents() -> list[Path]:
    """The files that may hold figures: the README and every page of docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def speed_table(results: Results) -> str:
    """docs/speed.md's table: each section's rows, in the order they run."""
    machine = results.machine
    quick = ", a quick run" if results.quick else ""
    rows = [row for section in SECTIONS for row in _speed_rows(results, section.name, section.what)]
    lines = [
        f"From `bench/results.json` ({machine.cpu_count} cores, Python {machine.python}, "
        f"medians of {results.runs} runs{quick}):",
        "",
        "| what | figure |",
        "|---|---|",
        *(f"| {_cell(what)} | {_cell(figure)} |" for what, figure in rows),
    ]
    return "\n" + "\n".join(lines) + "\n"


def _speed_rows(results: Results, name: str, what: str) -> list[SpeedRow]:
    result = results.section(name)
    if result is None:
        return [(what, "not measured in the last run")]
    if isinstance(result, Failed):
        return [(what, f"failed in the last run: {result.error[:100]}")]
    return result.speed_rows()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _headline(results: Results) -> str:
    comparison = results.comparison
    if comparison is None or isinstance(comparison, Failed):
        return "(not measured in the last run)"
    return comparison.headline()


def _import_share(results: Results) -> str:
    generation = results.generation
    if generation is None or isinstance(generation, Failed):
        return "(not measured in the last run)"
    return generation.import_share()


BLOCKS: Mapping[str, Callable[[Results], str]] = {
    "speed-table": speed_table,  # docs/speed.md
    "headline": _headline,  # README.md: how much faster than openapi-python-client
    "import-share": _import_share,  # docs/speed.md: the imports' part of a generate run
}


class BlockError(ValueError):
    """A marker names no block of BLOCKS, or is not closed."""


def fill(text: str, rendered: Mapping[str, str], where: str) -> str:
    """`text` with every block's body replaced by its rendering."""

    def body(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in rendered:
            line = text.count("\n", 0, match.start()) + 1
            raise BlockError(f"{where}:{line}: bench:{name} is no block of bench.report.BLOCKS")
        return f"<!-- bench:{name} -->{rendered[name]}<!-- /bench -->"

    filled = _BLOCK.sub(body, text)
    if filled.count("<!-- bench:") != filled.count("<!-- /bench -->"):
        raise BlockError(f"{where}: a <!-- bench:NAME --> marker without its <!-- /bench -->")
    return filled


def problems(paths: Iterable[Path], results: Results) -> list[str]:
    """Every block that is not what `results` gives, every block no file holds, and every
    figure outside a block: one line each, `file:line: ...`."""
    rendered = {name: render(results) for name, render in BLOCKS.items()}
    found: list[str] = []
    seen: set[str] = set()
    for path in paths:
        text, where = path.read_text("utf-8"), relative(path)
        for match in _BLOCK.finditer(text):
            seen.add(match["name"])
            if match["body"] != rendered.get(match["name"], match["body"]):
                line = text.count("\n", 0, match.start()) + 1
                found.append(
                    f"{where}:{line}: bench:{match['name']} is not what bench/results.json "
                    "gives (make docs writes it)"
                )
        fill(text, rendered, where)  # an unknown or unclosed marker raises
        found += [
            f"{where}:{line}: {figure!r} is a figure outside a bench block"
            for line, figure in stray_figures(text)
        ]
    found += [f"bench:{name}: no file holds this block" for name in BLOCKS if name not in seen]
    return found


def stray_figures(text: str) -> list[tuple[int, str]]:
    """(line, text) of every duration or ratio outside a bench block, code spans excluded
    (a command line may hold a number)."""
    outside = _BLOCK.sub(lambda match: "\n" * match.group().count("\n"), text)
    outside = re.sub(
        r"```.*?```|`[^`\n]*`", lambda m: "\n" * m.group().count("\n"), outside, flags=re.S
    )
    return [
        (outside.count("\n", 0, match.start()) + 1, match.group())
        for match in _FIGURE.finditer(outside)
    ]


def write(paths: Iterable[Path], results: Results) -> list[Path]:
    """Fill every block of `paths` from `results`; the files that changed."""
    rendered = {name: render(results) for name, render in BLOCKS.items()}
    changed = []
    for path in paths:
        text = path.read_text("utf-8")
        filled = fill(text, rendered, relative(path))
        if filled != text:
            path.write_text(filled, "utf-8")
            changed.append(path)
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.report", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 on a stale figure"
    )
    args = parser.parse_args(argv)
    results = read()
    try:
        if args.check:
            found = problems(documents(), results)
            for problem in found:
                print(problem, file=sys.stderr)
            return 1 if found else 0
        for path in write(documents(), results):
            print(f"wrote {relative(path)}")
    except BlockError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
