"""sdkgen benchmarks: `python bench/run.py [--quick]` (see bench/README.md).

Writes bench/results.json (sorted keys) and prints a table. Every figure is the median of
several runs (5; 2 with --quick), each a fresh process. Where two commands are compared they
take turns (A, B, A, B, ...) in one loop, so load from other work on the machine hits both
alike. Each section records its own failure and the others still run. Only the standard
library is imported here; the measured work runs in child processes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The bench's own inputs, not spec/ (which the project changes as KuCoin's docs change): the
# seed page and the three other pages of its family, each with its config beside it.
PAGES = ROOT / "tests" / "data" / "pages"
SEED = PAGES / "futures-order.md"
SEED_CONFIG = PAGES / "futures-order.yaml"
FAMILY = tuple(
    PAGES / f"futures-{name}.md" for name in ("order", "market", "positions", "fundingfees")
)
COMPARE_VENV = BENCH / ".venv-compare"
RUNTIME_VENV = BENCH / ".venv-runtime"
TMP = BENCH / ".tmp"
PYTHON = sys.executable  # the interpreter sdkgen is installed in (make bench: .venv/bin/python)

OPC = "openapi-python-client"
OPC_VERSION = "0.29.1"
UNIVERSAL_SDK = "kucoin-universal-sdk"
UNIVERSAL_MODULE = "kucoin_universal_sdk.generate.futures.order"
RUNTIME_PACKAGES = ["httpx", "pydantic"]
SCALES = (1, 10, 50)
GENERATE_TARGET = 3.0  # openapi-python-client's time over sdkgen's: at least this
CHECK_TARGET = 3.0  # `sdkgen check` at BASELINE_COMMIT over sdkgen check now: at least this
# The tree issue 11 measured its speed figures on (black formatting behind a content cache):
# the "today" that `sdkgen check` is compared with.
BASELINE_COMMIT = "9f0a175f660ae4de1f448332640b1eb1a7af81d3"
IMPORT_TARGET = 1.2  # a four-page package's import over a one-page package's: at most this
PER_CALL_N = 2000
PER_CALL_TARGET = 1.25  # issue: at most 1.25x a hand-written httpx call, leniency included
CLIENT_ARGS = 'api_key="k", api_secret="s", api_passphrase="p"'


# --- running and timing child processes -------------------------------------------------


# Installed tools run from .pyc files (pip compiles them at install; a first run writes
# them). A shell that exports PYTHONDONTWRITEBYTECODE would make every timed run compile
# its sources again, so children run without it and the warm-up round writes the .pyc files.
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


class ChildFailed(RuntimeError):
    pass


def run_once(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdout_path: Path | None = None,
    cwd: Path = ROOT,
) -> tuple[float, int, str]:
    """Run `cmd` once: (wall seconds, peak RSS in KiB of that child, stderr text).

    The peak RSS comes from wait4() on that one child, so it is not mixed with earlier ones.
    """
    TMP.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        err = stack.enter_context(tempfile.TemporaryFile(dir=TMP))
        out: Any = (
            stack.enter_context(open(stdout_path, "wb")) if stdout_path else subprocess.DEVNULL
        )
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=CHILD_ENV if env is None else env,
            cwd=cwd,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise ChildFailed(
            f"{' '.join(map(str, cmd))} exited {proc.returncode}: {stderr.strip()[-2000:]}"
        )
    return wall, usage.ru_maxrss, stderr


def summary(samples: Sequence[float]) -> dict[str, Any]:
    return {
        "median_s": round(statistics.median(samples), 4),
        "min_s": round(min(samples), 4),
        "runs_s": [round(s, 4) for s in samples],
    }


@dataclass(frozen=True)
class Contender:
    """One side of a measurement: the commands of run `i`, run one after the other, each a
    fresh process. A run's time is the sum of its commands' wall times."""

    commands: Callable[[int], Sequence[Sequence[str]]]
    env: Mapping[str, str] | None = None
    stdout_path: Path | None = None
    cwd: Path = ROOT


def one_command(cmd: Callable[[int], Sequence[str]], **kwargs: Any) -> Contender:
    return Contender(lambda i: [cmd(i)], **kwargs)


def interleaved(
    contenders: Mapping[str, Contender], runs: int, *, warmup: bool = True
) -> dict[str, dict[str, Any]]:
    """Median wall time (and peak RSS) of `runs` runs of each contender, taking turns: run 1
    of each in order, then run 2 of each, ... so that a change in the machine's load during
    the loop hits every contender alike. One unmeasured warm-up round first (it fills the page
    cache and the .pyc files) unless `warmup` is false. Each run's commands are built (and
    their fresh output folders made) before its clock starts."""
    rounds = ([-1] if warmup else []) + list(range(runs))
    walls: dict[str, list[float]] = {name: [] for name in contenders}
    peaks: dict[str, list[int]] = {name: [] for name in contenders}
    stderr: dict[str, str] = {}
    for i in rounds:
        for name, contender in contenders.items():
            total, peak = 0.0, 0
            for cmd in contender.commands(i):
                wall, rss, err = run_once(
                    cmd, env=contender.env, stdout_path=contender.stdout_path, cwd=contender.cwd
                )
                total, peak = total + wall, max(peak, rss)
                if err.strip():
                    stderr[name] = err
            if i >= 0:
                walls[name].append(total)
                peaks[name].append(peak)
    results = {}
    for name in contenders:
        result = summary(walls[name])
        result["peak_rss_mib"] = round(statistics.median(peaks[name]) / 1024, 1)
        if stderr.get(name, "").strip():
            result["stderr_tail"] = stderr[name].strip()[-600:]
        results[name] = result
    return results


def ratio(numerator: dict[str, Any], denominator: dict[str, Any]) -> float:
    return round(float(numerator["median_s"]) / float(denominator["median_s"]), 2)


def python_c(python: str, statement: str) -> Callable[[int], list[str]]:
    """`python -c STATEMENT`, the same command every run."""
    return lambda i: [python, "-c", statement]


def fresh_dir(name: str) -> Path:
    path = TMP / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path, packages: Sequence[str]) -> dict[str, Any]:
    """Create `venv` with `python -m venv` and pip install `packages` (`name` or
    `name==version`) unless already there at that version.

    Returns {"installed": {name: version}, "errors": {name: pip's error}}.
    """
    python = venv_python(venv)
    if not python.exists():
        subprocess.run(
            [PYTHON, "-m", "venv", str(venv)], check=True, capture_output=True, text=True
        )
    status: dict[str, Any] = {"installed": {}, "errors": {}}
    for requirement in packages:
        name, _, pinned = requirement.partition("==")
        version = installed_version(python, name)
        if version is None or (pinned and version != pinned):
            done = subprocess.run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    requirement,
                ],
                capture_output=True,
                text=True,
            )
            version = installed_version(python, name)
            if version is None or (pinned and version != pinned):
                tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
                status["errors"][name] = " | ".join(tail) or f"pip exited {done.returncode}"
                continue
        status["installed"][name] = version
    return status


def installed_version(python: Path, package: str) -> str | None:
    done = subprocess.run(
        [
            str(python),
            "-c",
            "import sys, importlib.metadata as m; print(m.version(sys.argv[1]))",
            package,
        ],
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() if done.returncode == 0 else None


# --- synthetic pages ----------------------------------------------------------------------

_OPERATION_START = re.compile(r"^## (?P<summary>.+)$")
_SECTION_END = re.compile(r"^(# |<h1)")
_METHOD_LINE = re.compile(r"^`(?P<method>[A-Z]+) (?P<path>/\S*)`$")
_SAMPLE_URL = re.compile(r"""((?:fetch|requests\.\w+)\(\s*['"])/""")


def synthetic_page(text: str, copies: int) -> str:
    """The page with every `## Summary` section repeated `copies` times: copy N (N ≥ 2) has
    the summary suffixed " N" and every path (method line and code samples) prefixed /vN."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _OPERATION_START.match(lines[i].rstrip("\n"))
        if match is None:
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not (
            _OPERATION_START.match(lines[end]) or _SECTION_END.match(lines[end])
        ):
            end += 1
        section = lines[i:end]
        out.extend(section)
        for n in range(2, copies + 1):
            out.append(f"## {match.group('summary')} {n}\n")
            for line in section[1:]:
                method = _METHOD_LINE.match(line.rstrip("\n"))
                if method:
                    line = f"`{method.group('method')} /v{n}{method.group('path')}`\n"
                else:
                    line = _SAMPLE_URL.sub(rf"\g<1>/v{n}/", line)
                out.append(line)
        i = end
    return "".join(out)


def check_page(page: Path) -> dict[str, Any]:
    """Parse `page` in a child: its operation count and warnings (must be none)."""
    code = (
        "import json, sys\n"
        "from generator.read.parse import parse_file\n"
        "r = parse_file(sys.argv[1])\n"
        "print(json.dumps({'operations': len(r.api.operations),"
        " 'warnings': [str(w) for w in r.warnings][:5], 'warning_count': len(r.warnings)}))\n"
    )
    done = subprocess.run(
        [PYTHON, "-c", code, str(page)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    checked: dict[str, Any] = json.loads(done.stdout)
    return checked


def make_page(copies: int) -> Path:
    path = TMP / "pages" / f"futures-order-x{copies}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(synthetic_page(SEED.read_text("utf-8"), copies), "utf-8")
    return path


def sdkgen_generate(page: Path, out: Path, config: Path | None = None) -> list[str]:
    """`sdkgen generate PAGE --out OUT`, the page's own config unless `config` is given."""
    cmd = [PYTHON, "-m", "generator", "generate", str(page), "--out", str(out)]
    return cmd + (["--config", str(config)] if config else [])


def sdkgen_runs(
    pages: Sequence[Path], name: str, config: Path | None = None
) -> Callable[[int], list[list[str]]]:
    """Run i: `sdkgen generate` of each page, each into a new folder (no previous version to
    compare with: the release step sees a first release)."""

    def commands(i: int) -> list[list[str]]:
        run = fresh_dir(f"{name}-{i}")
        return [sdkgen_generate(page, run / page.stem, config) for page in pages]

    return commands


def opc_runs(openapi: Sequence[Path], name: str) -> Callable[[int], list[list[str]]]:
    """Run i: openapi-python-client on each OpenAPI document, each into a new folder (so
    ruff, which its post-generation hooks run there, starts with an empty cache too)."""
    tool = COMPARE_VENV / "bin" / OPC

    def commands(i: int) -> list[list[str]]:
        run = fresh_dir(f"{name}-{i}")
        return [
            [str(tool), "generate", "--path", str(path), "--output-path", str(run / path.stem)]
            for path in openapi
        ]

    return commands


def export_openapi(page: Path) -> Path:
    path = TMP / "openapi" / f"{page.stem}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    run_once([PYTHON, "-m", "generator", "openapi", str(page)], stdout_path=path)
    return path


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# --- sections -------------------------------------------------------------------------


def section_generation(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    """The seed page through sdkgen, each command a fresh process, and stage by stage."""
    section: dict[str, Any] = {"page": relative(SEED)}
    results["generation"] = section
    section["operations"] = check_page(SEED)["operations"]
    section.update(
        interleaved(
            {
                "startup": one_command(lambda i: [PYTHON, "-c", "pass"]),
                "parse": one_command(
                    lambda i: [PYTHON, "-m", "generator", "ir", str(SEED)],
                    stdout_path=Path(os.devnull),
                ),
                "generate": Contender(sdkgen_runs([SEED], "gen-seed")),
            },
            runs,
        )
    )

    stage_runs = []
    for i in range(runs):
        out = fresh_dir(f"stages-{i}")
        done = subprocess.run(
            [PYTHON, str(BENCH / "_stages.py"), str(out), "3", "", str(SEED)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if done.returncode != 0:
            raise ChildFailed(f"bench/_stages.py: {done.stderr.strip()[-2000:]}")
        stage_runs.append(json.loads(done.stdout))
    breakdown: dict[str, Any] = {
        "import_s": round(statistics.median(r["import"] for r in stage_runs), 4),
    }
    for kind in ("cold", "warm"):
        breakdown[kind] = {
            f"{stage}_s": round(statistics.median(r[kind][stage] for r in stage_runs), 4)
            for stage in stage_runs[0][kind]
        }
    section["in_process"] = breakdown
    return section


def section_comparison(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    """The headline: a cold `sdkgen generate` against openapi-python-client generating from
    the OpenAPI document sdkgen exports for the same page, taking turns. On the seed, and on
    the seed's family of four pages in sequence (each its own package)."""
    section: dict[str, Any] = {"target_ratio": GENERATE_TARGET}
    results["comparison"] = section
    setup = ensure_venv(COMPARE_VENV, [f"{OPC}=={OPC_VERSION}"])
    section["venv"] = setup
    if setup["errors"]:
        raise ChildFailed(f"cannot set up {COMPARE_VENV.name}: {setup['errors']}")
    bin_dir = COMPARE_VENV / "bin"
    # openapi-python-client runs `ruff` from PATH as its post-generation hooks.
    opc_env = dict(CHILD_ENV, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    section["ruff_version"] = installed_version(venv_python(COMPARE_VENV), "ruff")

    openapi = {page: export_openapi(page) for page in FAMILY}
    operations = {page: check_page(page)["operations"] for page in FAMILY}
    for name, pages in (("seed", [SEED]), ("family", list(FAMILY))):
        entry: dict[str, Any] = {
            "pages": [relative(page) for page in pages],
            "operations": sum(operations[page] for page in pages),
        }
        section[name] = entry
        try:
            timings = interleaved(
                {
                    "sdkgen": Contender(sdkgen_runs(pages, f"cmp-{name}-sdkgen")),
                    OPC: Contender(
                        opc_runs([openapi[page] for page in pages], f"cmp-{name}-opc"),
                        env=opc_env,
                    ),
                },
                runs,
            )
        except Exception as error:
            entry["error"] = describe(error)
            continue
        entry.update(timings)
        entry["ratio"] = ratio(timings[OPC], timings["sdkgen"])
        entry["meets_target"] = entry["ratio"] >= GENERATE_TARGET
    return section


def section_check(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    """`sdkgen check` of the seed (regenerate in memory, compare with a generated tree) now
    and at BASELINE_COMMIT, taking turns, each run with empty caches. The baseline runs from
    `git archive` of that commit, on its own copy of the seed page and config."""
    section: dict[str, Any] = {"baseline_commit": BASELINE_COMMIT, "target_ratio": CHECK_TARGET}
    results["check"] = section
    base = fresh_dir("baseline")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", BASELINE_COMMIT], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
    base_page = base / "spec" / "futures-order.md"
    # The baseline cached black's output here; each of its runs starts with it empty.
    base_env = dict(CHILD_ENV, SDKGEN_CACHE_DIR=str(TMP / "baseline-cache"))
    base_tree, now_tree = TMP / "check-baseline-tree", TMP / "check-now-tree"
    for tree in (base_tree, now_tree):
        shutil.rmtree(tree, ignore_errors=True)
    generate_base = [PYTHON, "-m", "generator", "generate", str(base_page), "--out", str(base_tree)]
    run_once(generate_base, env=base_env, cwd=base)  # cwd first on sys.path: its generator/
    run_once(sdkgen_generate(SEED, now_tree))

    def baseline(i: int) -> list[list[str]]:
        fresh_dir("baseline-cache")
        return [[PYTHON, "-m", "generator", "check", str(base_page), "--out", str(base_tree)]]

    now = [PYTHON, "-m", "generator", "check", str(SEED), "--out", str(now_tree)]
    timings = interleaved(
        {
            "now": one_command(lambda i: now),
            "baseline": Contender(baseline, env=base_env, cwd=base),
        },
        runs,
    )
    section.update(timings)
    section["ratio"] = ratio(timings["baseline"], timings["now"])
    section["meets_target"] = section["ratio"] >= CHECK_TARGET
    return section


def section_scaling(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    """Synthetic pages: the seed's operations repeated 1, 10 and 50 times."""
    section: dict[str, Any] = {}
    results["scaling"] = section
    rows: dict[str, dict[str, Any]] = {}
    for copies in SCALES:
        key = f"x{copies}"
        try:
            page = make_page(copies)
            check = check_page(page)
            row: dict[str, Any] = {
                "operations": check["operations"],
                "parse_warnings": check["warning_count"],
                "page_lines": page.read_text("utf-8").count("\n"),
            }
            if check["warning_count"]:
                row["warnings_sample"] = check["warnings"]
            # The seed's config, so its rules bind to the first copy's names. Only the smallest
            # page gets a warm-up run: on the large ones it would double the section's cost.
            row["generate"] = interleaved(
                {key: Contender(sdkgen_runs([page], f"gen-{key}", SEED_CONFIG))},
                runs,
                warmup=copies == SCALES[0],
            )[key]
            rows[key] = row
        except Exception as error:
            rows[key] = {"error": describe(error)}
    base = rows.get(f"x{SCALES[0]}", {})
    for row in rows.values():
        if "generate" not in row:
            continue
        total, ops = row["generate"]["median_s"], row["operations"]
        row["ms_per_operation"] = round(total / ops * 1000, 2)
        if "generate" in base and ops > base["operations"]:
            # What one more operation costs, the fixed start-up cost taken out.
            extra = (total - base["generate"]["median_s"]) / (ops - base["operations"])
            row["marginal_ms_per_operation"] = round(extra * 1000, 2)
        row["peak_rss_mib"] = row["generate"]["peak_rss_mib"]
    section.update(rows)
    return section


def runtime_env(src: Path, pycache: str) -> dict[str, str]:
    """The runtime venv's environment for a generated package in `src`: its .pyc files go to
    bench/.tmp, not into the generated tree."""
    env = dict(CHILD_ENV, PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=str(TMP / pycache))
    return env


def runtime_python() -> str:
    setup = ensure_venv(RUNTIME_VENV, RUNTIME_PACKAGES)
    if setup["errors"]:
        raise ChildFailed(f"cannot set up {RUNTIME_VENV.name}: {setup['errors']}")
    return str(venv_python(RUNTIME_VENV))


def generate_into(pages: Sequence[Path], package: str, out: Path) -> Path:
    """Generate (untimed) the package of `pages`; its src/ folder."""
    cmd = [PYTHON, "-m", "generator", "generate", *map(str, pages), "--package", package]
    run_once([*cmd, "--out", str(out)])
    return out / "src"


def section_import(runs: int, quick: bool, results: dict[str, Any]) -> dict[str, Any]:
    """Importing the generated package and making a Client, a fresh process each: a package
    of one page against one composed of the four pages of its family, taking turns."""
    section: dict[str, Any] = {"target_ratio": IMPORT_TARGET}
    results["import"] = section
    python = runtime_python()
    packages = {"one_page": ("kf_one", [SEED]), "four_pages": ("kf_all", list(FAMILY))}
    contenders = {"startup": one_command(python_c(python, "pass"))}
    for label, (package, pages) in packages.items():
        src = generate_into(pages, package, fresh_dir(f"import-{package}"))
        statement = f"from {package} import Client; Client({CLIENT_ARGS})"
        section[label] = {"package": package, "pages": len(pages), "statement": statement}
        contenders[label] = one_command(
            python_c(python, statement), env=runtime_env(src, "pycache-import")
        )
    timings = interleaved(contenders, runs)
    section["startup"] = timings.pop("startup")
    for label, timing in timings.items():
        section[label].update(timing)
        section[label]["net_s"] = round(timing["median_s"] - section["startup"]["median_s"], 4)
    section["ratio"] = ratio(section["four_pages"], section["one_page"])
    net_one, net_all = section["one_page"]["net_s"], section["four_pages"]["net_s"]
    section["net_ratio"] = round(net_all / net_one, 2) if net_one > 0 else None
    section["meets_target"] = section["ratio"] <= IMPORT_TARGET
    if not quick:
        section["kucoin_universal_sdk"] = universal_import(runs)
    return section


def universal_import(runs: int) -> dict[str, Any]:
    """For reference: KuCoin's own SDK, its futures order module and its entry point."""
    universal: dict[str, Any] = {"module": UNIVERSAL_MODULE}
    try:
        setup = ensure_venv(COMPARE_VENV, [UNIVERSAL_SDK])
        if setup["errors"]:
            return {**universal, "status": "unavailable", "error": setup["errors"][UNIVERSAL_SDK]}
        universal["version"] = setup["installed"][UNIVERSAL_SDK]
        python = str(venv_python(COMPARE_VENV))
        env = dict(CHILD_ENV, PYTHONPYCACHEPREFIX=str(TMP / "pycache-compare"))
        env.pop("PYTHONPATH", None)
        statements = [
            f"import {UNIVERSAL_MODULE}",
            "from kucoin_universal_sdk.api import DefaultClient",
        ]
        timings = interleaved(
            {
                statement: one_command(python_c(python, statement), env=env)
                for statement in ["pass", *statements]
            },
            runs,
        )
        universal["startup"] = timings.pop("pass")
        for statement, timing in timings.items():
            timing["net_s"] = round(timing["median_s"] - universal["startup"]["median_s"], 4)
            universal[statement] = timing
    except Exception as error:
        universal.update(status="failed", error=describe(error))
    return universal


def section_per_call(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    """bench/_percall.py against the seed's package (kucoin_futures, its config's name)."""
    section: dict[str, Any] = {"n": PER_CALL_N, "target_ratio": PER_CALL_TARGET}
    results["per_call"] = section
    python = runtime_python()
    out = fresh_dir("percall-package")
    run_once(sdkgen_generate(SEED, out))
    profile = TMP / "per_call.prof"
    done = subprocess.run(
        [python, str(BENCH / "_percall.py"), str(PER_CALL_N), str(runs), "--profile", str(profile)],
        capture_output=True,
        text=True,
        env=runtime_env(out / "src", "pycache"),
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise ChildFailed(f"bench/_percall.py: {done.stderr.strip()[-2000:]}")
    measured = json.loads(done.stdout)
    for mode in ("sync", "async"):
        entry = {k: round(v, 3) if k == "ratio" else round(v, 1) for k, v in measured[mode].items()}
        entry["meets_target"] = measured[mode]["ratio"] <= PER_CALL_TARGET
        section[mode] = entry
    section["repeats"] = measured["repeats"]
    section["profile_sync_sdk"] = measured.get("profile")
    section["profile_file"] = relative(profile)
    return section


# --- report ---------------------------------------------------------------------------


def describe(error: BaseException) -> str:
    if isinstance(error, (ChildFailed, subprocess.CalledProcessError)):
        text = str(error)
        if isinstance(error, subprocess.CalledProcessError) and error.stderr:
            text += f": {str(error.stderr).strip()[-1500:]}"
        return text
    return "".join(traceback.format_exception_only(type(error), error)).strip()


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "python_executable": PYTHON,
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
    }
    with contextlib.suppress(OSError, StopIteration):
        info["cpu_model"] = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    with contextlib.suppress(ValueError, OSError, AttributeError):
        info["memory_gib"] = round(
            os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1
        )
    with contextlib.suppress(OSError):
        info["load_average"] = [round(load, 2) for load in os.getloadavg()]
    for package in ("jinja2", "markdown-it-py", "pyyaml"):
        info[f"{package}_version"] = installed_version(Path(PYTHON), package)
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    info["git_commit"] = rev.stdout.strip() or None
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT
    )
    info["git_dirty"] = bool(dirty.stdout.strip()) if rev.returncode == 0 else None
    return info


def fmt_s(entry: dict[str, Any] | None, key: str = "median_s") -> str:
    if not entry:
        return "-"
    if "error" in entry and key not in entry:
        return str(entry.get("status", "failed"))
    value = entry.get(key)
    return "-" if value is None else f"{value * 1000:,.0f} ms" if value < 10 else f"{value:.1f} s"


def verdict(entry: dict[str, Any], sign: str) -> str:
    met = "met" if entry.get("meets_target") else "NOT MET"
    return f"target {sign} {entry['target_ratio']}x: {met}"


def render_table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str]] = []

    def add(name: str, value: str, note: str = "") -> None:
        rows.append((name, value, note))

    def failed(entry: dict[str, Any]) -> None:
        if entry.get("error"):
            add("  error", "", entry["error"][:120])

    m = results["machine"]
    head = (
        f"sdkgen benchmarks ({'quick, ' if results['quick'] else ''}median of "
        f"{results['runs']} runs) — Python {m['python']}, {m['cpu_count']} CPUs, "
        f"{m['platform']}"
    )
    gen = results.get("generation", {})
    add("1. GENERATION (seed, fresh process)", "", f"{gen.get('operations', '?')} operations")
    failed(gen)
    add("  python -c pass", fmt_s(gen.get("startup")), "interpreter start-up, reference")
    add("  sdkgen ir (parse only)", fmt_s(gen.get("parse")))
    add("  sdkgen generate", fmt_s(gen.get("generate")), "new output folder")
    ip = gen.get("in_process")
    if ip:
        add("  in-process: import generator", f"{ip['import_s'] * 1000:,.0f} ms")
        for key in ip["cold"]:
            stage = key.removesuffix("_s")
            cold, warm = ip["cold"][key], ip["warm"].get(key, 0.0)
            add(
                f"  in-process: {stage}",
                f"{cold * 1000:,.0f} / {warm * 1000:,.0f} ms",
                "first pass / later passes" if stage == "parse" else "",
            )

    comp = results.get("comparison", {})
    add(
        f"2. COMPARISON vs {OPC} {OPC_VERSION}",
        "",
        "sdkgen / opc, taking turns; ratio = opc / sdkgen",
    )
    failed(comp)
    for name in ("seed", "family"):
        entry = comp.get(name)
        if not entry:
            continue
        count = len(entry["pages"])
        label = f"  {name} ({count} page{'s' * (count > 1)}, {entry['operations']} ops)"
        if "ratio" not in entry:
            add(label, "failed", entry.get("error", "")[:120])
            continue
        add(
            label,
            f"{fmt_s(entry['sdkgen'])} / {fmt_s(entry[OPC])}",
            f"{entry['ratio']:.2f}x ({verdict({**entry, 'target_ratio': GENERATE_TARGET}, '>=')})",
        )

    check = results.get("check", {})
    add("2b. CHECK (seed, fresh process)", "", "now / at the issue's baseline, taking turns")
    failed(check)
    if "ratio" in check:
        add(
            f"  sdkgen check vs {check['baseline_commit'][:7]}",
            f"{fmt_s(check['now'])} / {fmt_s(check['baseline'])}",
            f"{check['ratio']:.2f}x ({verdict(check, '>=')})",
        )

    sc = results.get("scaling", {})
    add("3. SCALING (generate, fresh process)", "", "total / per op / marginal per op / peak RSS")
    failed(sc)
    for key in (f"x{c}" for c in SCALES):
        row = sc.get(key)
        if not row:
            continue
        if "generate" not in row:
            add(f"  {key}", "failed", row.get("error", "")[:120])
            continue
        marginal = row.get("marginal_ms_per_operation")
        add(
            f"  {key} ({row['operations']} ops)",
            fmt_s(row["generate"]),
            f"{row['ms_per_operation']:.1f} ms/op"
            + (f", marginal {marginal:.1f} ms/op" if marginal is not None else "")
            + f", {row['peak_rss_mib']:.0f} MiB"
            + (f", {row['parse_warnings']} warnings!" if row.get("parse_warnings") else ""),
        )

    imp = results.get("import", {})
    add("4. IMPORT (import + Client(...), fresh process)", "", "taking turns; net = minus start-up")
    failed(imp)
    if "startup" in imp:
        add("  runtime venv: python -c pass", fmt_s(imp["startup"]))
    for label in ("one_page", "four_pages"):
        entry = imp.get(label)
        if entry and "median_s" in entry:
            add(
                f"  {entry['package']} ({entry['pages']} page{'s' * (entry['pages'] > 1)})",
                fmt_s(entry),
                f"net {fmt_s(entry, 'net_s')}",
            )
    if "ratio" in imp:
        add(
            "  four pages / one page",
            f"{imp['ratio']:.2f}x",
            f"net {imp['net_ratio']}x; {verdict(imp, '<=')}",
        )
    uni = imp.get("kucoin_universal_sdk", {})
    if uni:
        statements = [
            f"import {UNIVERSAL_MODULE}",
            "from kucoin_universal_sdk.api import DefaultClient",
        ]
        if "startup" in uni:
            for statement in statements:
                if statement in uni:
                    add(
                        f"  {statement.replace('kucoin_universal_sdk', 'kucoin_u_s')}",
                        fmt_s(uni[statement]),
                        f"net {fmt_s(uni[statement], 'net_s')} (reference: kucoin-universal-sdk "
                        f"{uni.get('version')})",
                    )
        else:
            add("  kucoin-universal-sdk", uni.get("status", "-"), uni.get("error", "")[:120])

    pc = results.get("per_call", {})
    add("5. PER CALL (httpx.MockTransport)", "", "SDK vs hand-written httpx call")
    failed(pc)
    for mode in ("sync", "async"):
        e = pc.get(mode)
        if e:
            add(
                f"  {mode}, N={pc['n']}",
                f"{e['sdk_us']:.0f} vs {e['baseline_us']:.0f} µs",
                f"{e['ratio']:.2f}x ({verdict({**e, 'target_ratio': pc['target_ratio']}, '<=')})",
            )
    add("TOTAL RUNTIME", f"{results['runtime_s']:.0f} s")

    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    lines = [head, "-" * len(head)]
    lines += [f"{a:<{w1}}  {b:>{w2}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


SECTIONS = ("generation", "comparison", "check", "scaling", "import", "per_call")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2 runs per figure, and no kucoin-universal-sdk reference",
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 5, --quick 2)")
    parser.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        help="run only this section (repeatable); default: all",
    )
    parser.add_argument("--output", type=Path, default=BENCH / "results.json")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    started = time.perf_counter()
    results: dict[str, Any] = {"quick": args.quick, "runs": runs, "machine": machine_info()}

    sections: dict[str, Callable[[], Any]] = {
        "generation": lambda: section_generation(runs, results),
        "comparison": lambda: section_comparison(runs, results),
        "check": lambda: section_check(runs, results),
        "scaling": lambda: section_scaling(runs, results),
        "import": lambda: section_import(runs, args.quick, results),
        "per_call": lambda: section_per_call(runs, results),
    }
    for name, run in sections.items():
        if args.only and name not in args.only:
            continue
        t = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            run()
        except Exception as error:
            results.setdefault(name, {})["error"] = describe(error)
        results[name]["section_runtime_s"] = round(time.perf_counter() - t, 1)

    results["runtime_s"] = round(time.perf_counter() - started, 1)
    args.output.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    print(render_table(results))
    print(f"\nwrote {relative(args.output)}")
    for child in TMP.glob("*"):
        if child.is_dir() and not child.name.startswith("pycache"):
            shutil.rmtree(child, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
