"""Child process of bench/run.py: time sdkgen's pipeline stage by stage, in-process.

Usage: python bench/_stages.py PAGE CONFIG OUT_DIR WARM_RUNS

Prints one JSON object: the import time of the generator modules, then the stages of the
first (cold) pass, then the median of WARM_RUNS further passes in the same process. The
stages mirror `sdkgen generate` (generator/cli.py and generator/generate.py):

  parse       generator.read.parse.parse_file
  plan_render generator.sdk.plan.build_plan + generator.sdk.render.render_package
  check       generator.sdk.syntax.check_python (every module compiles) + the runtime files
  other       the rest of generate_files: next_release, fixture_files, the IR and OpenAPI
              snapshots, config loading
  write       generator.output.write.write_tree
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

_t0 = time.perf_counter()
from dataclasses import replace  # noqa: E402

from generator.config import config_path_for, load_config, package_for  # noqa: E402
from generator.diagnostics import SourceLocation  # noqa: E402
from generator.ir.openapi import dump_openapi  # noqa: E402
from generator.ir.snapshot import dump_api  # noqa: E402
from generator.output.write import write_tree  # noqa: E402
from generator.read.parse import parse_file  # noqa: E402
from generator.release.versions import CHANGELOG, next_release  # noqa: E402
from generator.sdk.fixtures import fixture_files  # noqa: E402
from generator.sdk.generate import IR_SNAPSHOT, OPENAPI_SNAPSHOT  # noqa: E402
from generator.sdk.plan import build_plan  # noqa: E402
from generator.sdk.render import render_package, runtime_files  # noqa: E402
from generator.sdk.syntax import check_python  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _t0

STAGES = ("parse", "plan_render", "check", "other", "write")


def one_pass(page: Path, config_file: Path | None, out: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    t = time.perf_counter()
    result = parse_file(page)
    times["parse"] = time.perf_counter() - t

    t = time.perf_counter()
    config = load_config(config_file or config_path_for(page))
    api = result.api
    package = package_for(config, api.title, api.version, None, SourceLocation(str(page), 1))
    config = replace(config, package=package)
    assert config.package is not None
    snapshot = dump_api(api)
    release = next_release(api, snapshot, config.package.version, {}, IR_SNAPSHOT)
    config = replace(config, package=replace(config.package, version=release.version))
    other = time.perf_counter() - t

    t = time.perf_counter()
    plan = build_plan(api, config)
    rendered = render_package(plan)
    times["plan_render"] = time.perf_counter() - t

    t = time.perf_counter()
    check_python(rendered)
    files = {**rendered, **runtime_files(plan)}
    times["check"] = time.perf_counter() - t

    t = time.perf_counter()
    files.update(fixture_files(plan))
    files[CHANGELOG] = release.changelog
    files[IR_SNAPSHOT] = snapshot
    files[OPENAPI_SNAPSHOT] = dump_openapi(api)
    times["other"] = other + time.perf_counter() - t

    t = time.perf_counter()
    write_tree(out, files)
    times["write"] = time.perf_counter() - t
    times["total"] = sum(times[stage] for stage in STAGES)
    return times


def main() -> None:
    page, config_arg, out_arg, warm_arg = sys.argv[1:5]
    config_file = Path(config_arg) if config_arg else None
    out = Path(out_arg)
    cold = one_pass(Path(page), config_file, out / "cold")
    warm_runs = [one_pass(Path(page), config_file, out / f"warm{i}") for i in range(int(warm_arg))]
    warm = (
        {key: statistics.median(run[key] for run in warm_runs) for key in (*STAGES, "total")}
        if warm_runs
        else {}
    )
    print(json.dumps({"import": IMPORT_SECONDS, "cold": cold, "warm": warm}))


if __name__ == "__main__":
    main()
