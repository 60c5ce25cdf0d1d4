"""Child process of bench/run.py: time sdkgen's pipeline stage by stage, in-process.

Usage: python bench/_stages.py OUT_DIR WARM_RUNS PACKAGE PAGE [PAGE...]
(PACKAGE "" keeps the page's own config's package name)

Prints one JSON object: the import time of the generator modules, then the stages of the
first (cold) pass, then the median of WARM_RUNS further passes in the same process (modules
loaded, regexes compiled). A pass does what `sdkgen generate PAGE... [--package NAME] --out
OUT` does (generator/cli.py `_run_generate`): it calls the real `target_for` and
`generate_package`, and the functions generate_package calls are wrapped with timers (in
generator.sdk.generate's namespace), so the breakdown follows the code as it is:

  parse     generator.read.parse.parse_file, every page
  config    the rest of target_for (configs, package name, output folder) and bound_warnings
  release   next_release and regenerated_release (version, changelog)
  plan      build_package_plan (one page or several)
  render    render_package (the precompiled templates of generator/sdk/compiled_templates)
  check     check_python: every rendered module compiles (no formatter runs)
  fixtures  fixture_files
  snapshots dump_api and dump_openapi: the IR and OpenAPI snapshots
  other     the rest of generate_package (runtime_files, assembling the file map)
  write     claim_output + tree_files + Output.replace: lock, read the previous tree, write
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_t0 = time.perf_counter()
import generator.sdk.generate as generate_module  # noqa: E402
from generator.config.facts import bound_warnings  # noqa: E402
from generator.output.write import claim_output  # noqa: E402
from generator.read.parse import ParseResult, parse_file  # noqa: E402
from generator.release.drift import tree_files  # noqa: E402
from generator.targets import target_for  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _t0

STAGES = (
    "parse",
    "config",
    "release",
    "plan",
    "render",
    "check",
    "fixtures",
    "snapshots",
    "other",
    "write",
)
# The names generate_package looks up in its module, by the stage they count towards.
WRAPPED = {
    "next_release": "release",
    "regenerated_release": "release",
    "build_package_plan": "plan",
    "render_package": "render",
    "check_python": "check",
    "fixture_files": "fixtures",
    "dump_api": "snapshots",
    "dump_openapi": "snapshots",
}

_times: dict[str, float] = {}
_depth = 0  # a wrapped function called by another is counted once, in the outer one


def _timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        global _depth
        _depth += 1
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _depth -= 1
            if _depth == 0:
                _times[stage] += time.perf_counter() - start

    return wrapper


for _name, _stage in WRAPPED.items():
    setattr(generate_module, _name, _timed(_stage, getattr(generate_module, _name)))
_timed_parse = _timed("parse", parse_file)


def _parse(page: Path) -> ParseResult:
    result: ParseResult = _timed_parse(page)
    return result


def one_pass(pages: list[Path], package: str | None, out: Path) -> dict[str, float]:
    _times.clear()
    _times.update(dict.fromkeys(STAGES, 0.0))
    start = time.perf_counter()
    target = target_for(pages, _parse, package=package, out=out)
    for page in target.pages:
        bound_warnings(page.api, page.config)
    _times["config"] = time.perf_counter() - start - _times["parse"]

    start = time.perf_counter()
    with claim_output(target.out, protected=target.protected) as output:
        previous = tree_files(output.path)
        generate_start = time.perf_counter()
        files = generate_module.generate_package(target.config, target.pages, previous)
        generate_end = time.perf_counter()
        output.replace(files)
    _times["write"] = generate_start - start + time.perf_counter() - generate_end
    # The stages measured inside generate_package; what is left of it is `other`.
    inner = sum(_times[stage] for stage in set(WRAPPED.values()))
    _times["other"] = generate_end - generate_start - inner
    times = dict(_times)
    times["total"] = sum(times[stage] for stage in STAGES)
    return times


def main() -> None:
    out_arg, warm_arg, package_arg, *page_args = sys.argv[1:]
    pages = [Path(page) for page in page_args]
    package = package_arg or None
    out = Path(out_arg)
    cold = one_pass(pages, package, out / "cold")
    warm_runs = [one_pass(pages, package, out / f"warm{i}") for i in range(int(warm_arg))]
    warm = (
        {key: statistics.median(run[key] for run in warm_runs) for key in (*STAGES, "total")}
        if warm_runs
        else {}
    )
    print(json.dumps({"import": IMPORT_SECONDS, "cold": cold, "warm": warm}))


if __name__ == "__main__":
    main()
