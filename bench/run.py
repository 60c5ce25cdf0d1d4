"""sdkgen benchmarks: `python bench/run.py [--quick]` (see bench/README.md).

Writes bench/results.json (sorted keys) and prints a table. Every figure is the median of
several runs (5; 2 with --quick, which also skips the comparisons with other generators).
Each section records its own failure and the others still run. Only the standard library is
imported here; the measured work runs in child processes.
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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SEED = ROOT / "spec" / "futures-order.md"
SEED_CONFIG = ROOT / "spec" / "futures-order.yaml"
GENERATED = ROOT / "generated"
COMPARE_VENV = BENCH / ".venv-compare"
RUNTIME_VENV = BENCH / ".venv-runtime"
TMP = BENCH / ".tmp"
PYTHON = sys.executable  # the interpreter sdkgen is installed in (make bench: .venv/bin/python)

COMPARE_PACKAGES = ["openapi-python-client", "datamodel-code-generator", "black", "ruff"]
UNIVERSAL_SDK = "kucoin-universal-sdk"
RUNTIME_PACKAGES = ["httpx", "pydantic"]
UNIVERSAL_MODULE = "kucoin_universal_sdk.generate.futures.order"
SCALES = (10, 50)
PER_CALL_N = 2000
PER_CALL_TARGET = 1.5
ISSUE_REFERENCE_S = {"openapi-python-client": 2.3, "datamodel-code-generator": 4.5}


# --- running and timing child processes -------------------------------------------------


class ChildFailed(RuntimeError):
    pass


def run_once(
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
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
            list(cmd), stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd
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


def timed(
    cmd_for_run: Callable[[int], Sequence[str]],
    runs: int,
    *,
    env: dict[str, str] | None = None,
    stdout_path: Path | None = None,
    warmup: bool = True,
) -> dict[str, Any]:
    """Median wall time (and peak RSS) of `runs` runs, after one unmeasured warm-up run
    (it fills the page cache and the .pyc files)."""
    if warmup:
        run_once(cmd_for_run(-1), env=env, stdout_path=stdout_path)
    walls, rss, stderr = [], [], ""
    for i in range(runs):
        wall, peak, stderr = run_once(cmd_for_run(i), env=env, stdout_path=stdout_path)
        walls.append(wall)
        rss.append(peak)
    result = summary(walls)
    result["peak_rss_mib"] = round(statistics.median(rss) / 1024, 1)
    if stderr.strip():
        result["stderr_tail"] = stderr.strip()[-600:]
    return result


def fresh_dir(name: str) -> Path:
    path = TMP / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path, packages: Sequence[str]) -> dict[str, Any]:
    """Create `venv` with `python -m venv` and pip install `packages` unless already there.

    Returns {"installed": {name: version}} or {"error": ...} for packages that failed.
    """
    python = venv_python(venv)
    if not python.exists():
        subprocess.run(
            [PYTHON, "-m", "venv", str(venv)], check=True, capture_output=True, text=True
        )
    status: dict[str, Any] = {"installed": {}, "errors": {}}
    for package in packages:
        version = installed_version(python, package)
        if version is None:
            done = subprocess.run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    package,
                ],
                capture_output=True,
                text=True,
            )
            version = installed_version(python, package)
            if version is None:
                tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
                status["errors"][package] = " | ".join(tail) or f"pip exited {done.returncode}"
                continue
        status["installed"][package] = version
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
    return json.loads(done.stdout)


def make_page(copies: int) -> Path:
    path = TMP / "pages" / f"futures-order-x{copies}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(synthetic_page(SEED.read_text("utf-8"), copies), "utf-8")
    return path


def generate_cmd(page: Path, out_name: str, warm: bool = False) -> Callable[[int], list[str]]:
    """sdkgen generate in a fresh process. Cold: an empty black cache each run (what a first
    generation costs); warm: one shared cache, filled by the warm-up run (a regeneration whose
    rendered code did not change)."""

    def cmd(i: int) -> list[str]:
        out = fresh_dir(f"{out_name}-{i}") / "out"  # a new directory: no previous version
        cache = TMP / "black-cache-warm" if warm else fresh_dir(f"{out_name}-cache-{i}")
        return [
            "env",
            f"SDKGEN_CACHE_DIR={cache}",
            PYTHON,
            "-m",
            "generator",
            "generate",
            str(page),
            "--out",
            str(out),
            "--config",
            str(SEED_CONFIG),
        ]

    return cmd


# --- sections -------------------------------------------------------------------------


def section_generation(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    section: dict[str, Any] = {"page": "spec/futures-order.md"}
    section["operations"] = check_page(SEED)["operations"]
    section["startup"] = timed(lambda i: [PYTHON, "-c", "pass"], runs)
    section["parse"] = timed(
        lambda i: [PYTHON, "-m", "generator", "ir", str(SEED)],
        runs,
        stdout_path=Path(os.devnull),
    )
    section["generate"] = timed(generate_cmd(SEED, "gen-seed"), runs)
    section["generate_warm"] = timed(generate_cmd(SEED, "gen-seed-warm", warm=True), runs)
    results["generation"] = section  # kept even if the breakdown below fails

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
        medians = {
            s: statistics.median(r[kind][s] for r in stage_runs) for s in stage_runs[0][kind]
        }
        entry = {f"{s}_s": round(v, 4) for s, v in medians.items()}
        breakdown[kind] = entry
    section["in_process"] = breakdown
    return section


def export_openapi(page: Path, name: str) -> Path:
    path = TMP / "openapi" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    run_once([PYTHON, "-m", "generator", "openapi", str(page)], stdout_path=path)
    return path


def section_comparisons(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    section: dict[str, Any] = {}
    results["comparisons"] = section
    setup = ensure_venv(COMPARE_VENV, COMPARE_PACKAGES)
    section["venv"] = setup
    bin_dir = COMPARE_VENV / "bin"
    # openapi-python-client runs `ruff` from PATH as its post-generation hook.
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")

    seed_ops = results.get("generation", {}).get("operations") or check_page(SEED)["operations"]
    inputs: dict[str, dict[str, Any]] = {
        "seed": {"page": SEED, "operations": seed_ops},
    }
    # The issue's figures were taken on a 54-operation spec (three pages); spec/ holds one
    # page, so also compare on the seed tripled (3 x 18 = 54 operations).
    x3 = make_page(3)
    inputs["seed_x3"] = {"page": x3, "operations": check_page(x3)["operations"]}

    for name, spec in inputs.items():
        entry: dict[str, Any] = {"operations": spec["operations"]}
        section[name] = entry
        try:
            openapi = export_openapi(spec["page"], name)
            entry["sdkgen_generate"] = (
                results["generation"]["generate"]
                if name == "seed" and "generate" in results.get("generation", {})
                else timed(generate_cmd(spec["page"], f"gen-{name}"), runs)
            )
            base = entry["sdkgen_generate"]["median_s"]
        except Exception as error:
            entry["error"] = describe(error)
            continue
        tools: dict[str, Callable[[int], list[str]]] = {
            "openapi-python-client": lambda i, o=openapi, n=name: [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(o),
                "--output-path",
                str(fresh_dir(f"opc-{n}-{i}") / "client"),
                "--overwrite",
            ],
            "datamodel-code-generator": lambda i, o=openapi, n=name: [
                str(bin_dir / "datamodel-codegen"),
                "--input",
                str(o),
                "--input-file-type",
                "openapi",
                "--openapi-scopes",
                "schemas",
                "paths",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--formatters",
                "black",
                "--output",
                str(fresh_dir(f"dmcg-{n}-{i}") / "m.py"),
            ],
        }
        for tool, cmd in tools.items():
            if tool in setup["errors"]:
                entry[tool] = {"status": "unavailable", "error": setup["errors"][tool]}
                continue
            try:
                timing = timed(cmd, runs, env=env)
                timing["ratio_to_sdkgen"] = round(timing["median_s"] / base, 2)
                timing["issue_reference_s"] = ISSUE_REFERENCE_S[tool]
                entry[tool] = timing
            except Exception as error:
                entry[tool] = {"status": "failed", "error": describe(error)}
    return section


def section_scaling(runs: int, results: dict[str, Any]) -> dict[str, Any]:
    section: dict[str, Any] = {}
    results["scaling"] = section
    gen = results.get("generation", {})
    if "generate" in gen:
        seed_row = {"operations": gen["operations"], "generate": gen["generate"]}
    else:
        seed_row = {
            "operations": check_page(SEED)["operations"],
            "generate": timed(generate_cmd(SEED, "gen-seed"), runs),
        }
    rows = {"x1": seed_row}
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
            # The slow scales: one warm-up would double the cost; the seed run warmed the pyc.
            row["generate"] = timed(generate_cmd(page, f"gen-{key}"), runs, warmup=False)
            rows[key] = row
        except Exception as error:
            rows[key] = {"error": describe(error)}
    base_t, base_ops = seed_row["generate"]["median_s"], seed_row["operations"]
    for key, row in rows.items():
        if "generate" not in row:
            continue
        total, ops = row["generate"]["median_s"], row["operations"]
        row["ms_per_operation"] = round(total / ops * 1000, 2)
        if key != "x1":
            # What one more operation costs, the fixed start-up cost taken out.
            row["marginal_ms_per_operation"] = round((total - base_t) / (ops - base_ops) * 1000, 2)
        row["peak_rss_mib"] = row["generate"]["peak_rss_mib"]
    section.update(rows)
    return section


def section_package(runs: int, quick: bool, results: dict[str, Any]) -> dict[str, Any]:
    section: dict[str, Any] = {}
    results["package"] = section
    setup = ensure_venv(RUNTIME_VENV, RUNTIME_PACKAGES)
    section["runtime_venv"] = setup
    if setup["errors"]:
        raise ChildFailed(f"cannot set up {RUNTIME_VENV.name}: {setup['errors']}")
    python = str(venv_python(RUNTIME_VENV))
    # .pyc files go to bench/.tmp, not into generated/.
    env = dict(
        os.environ, PYTHONPATH=str(GENERATED / "src"), PYTHONPYCACHEPREFIX=str(TMP / "pycache")
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    imports: dict[str, Any] = {}
    section["imports"] = imports
    try:
        imports["startup"] = timed(lambda i: [python, "-c", "pass"], runs, env=env)
        for label, statement in (
            ("from kucoin_futures import Client", "from kucoin_futures import Client"),
            ("import kucoin_futures.models", "import kucoin_futures.models"),
        ):
            entry = timed(lambda i, s=statement: [python, "-c", s], runs, env=env)
            entry["net_s"] = round(entry["median_s"] - imports["startup"]["median_s"], 4)
            imports[label] = entry
    except Exception as error:
        imports["error"] = describe(error)

    universal: dict[str, Any] = {"module": UNIVERSAL_MODULE}
    section["kucoin_universal_sdk"] = universal
    try:
        cmp_setup = ensure_venv(COMPARE_VENV, [UNIVERSAL_SDK])
        if cmp_setup["errors"]:
            universal.update(status="unavailable", error=cmp_setup["errors"][UNIVERSAL_SDK])
        else:
            universal["version"] = cmp_setup["installed"][UNIVERSAL_SDK]
            cpython = str(venv_python(COMPARE_VENV))
            cenv = dict(os.environ, PYTHONPYCACHEPREFIX=str(TMP / "pycache-compare"))
            cenv.pop("PYTHONPATH", None)
            universal["startup"] = timed(lambda i: [cpython, "-c", "pass"], runs, env=cenv)
            for statement in (
                f"import {UNIVERSAL_MODULE}",
                "from kucoin_universal_sdk.api import DefaultClient",
            ):
                entry = timed(lambda i, s=statement: [cpython, "-c", s], runs, env=cenv)
                entry["net_s"] = round(entry["median_s"] - universal["startup"]["median_s"], 4)
                universal[statement] = entry
    except Exception as error:
        universal.update(status="failed", error=describe(error))

    per_call: dict[str, Any] = {"n": PER_CALL_N, "target_ratio": PER_CALL_TARGET}
    section["per_call"] = per_call
    profile = TMP / "per_call.prof"
    done = subprocess.run(
        [python, str(BENCH / "_percall.py"), str(PER_CALL_N), str(runs), "--profile", str(profile)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise ChildFailed(f"bench/_percall.py: {done.stderr.strip()[-2000:]}")
    measured = json.loads(done.stdout)
    for mode in ("sync", "async"):
        entry = {k: round(v, 3) if k == "ratio" else round(v, 1) for k, v in measured[mode].items()}
        entry["meets_target"] = measured[mode]["ratio"] <= PER_CALL_TARGET
        per_call[mode] = entry
    per_call["repeats"] = measured["repeats"]
    per_call["profile_sync_sdk"] = measured.get("profile")
    per_call["profile_file"] = str(profile.relative_to(ROOT))
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
    for package in ("black", "jinja2", "markdown-it-py", "pyyaml"):
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
        return entry.get("status", "failed")
    value = entry.get(key)
    return "-" if value is None else f"{value * 1000:,.0f} ms" if value < 10 else f"{value:.1f} s"


def render_table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str]] = []

    def add(name: str, value: str, note: str = "") -> None:
        rows.append((name, value, note))

    m = results["machine"]
    head = (
        f"sdkgen benchmarks ({'quick, ' if results['quick'] else ''}median of "
        f"{results['runs']} runs) — Python {m['python']}, {m['cpu_count']} CPUs, "
        f"{m['platform']}"
    )
    gen = results.get("generation", {})
    add("1. GENERATION (seed, fresh process)", "", f"{gen.get('operations', '?')} operations")
    if gen.get("error"):
        add("  error", "", gen["error"][:100])
    add("  python -c pass", fmt_s(gen.get("startup")), "interpreter start-up, reference")
    add("  sdkgen ir (parse only)", fmt_s(gen.get("parse")))
    add("  sdkgen generate", fmt_s(gen.get("generate")), "parse+render+check+write, fresh process")
    add("  sdkgen generate (warm)", fmt_s(gen.get("generate_warm")), "black output cached")
    ip = gen.get("in_process")
    if ip:
        add("  in-process: import generator", f"{ip['import_s'] * 1000:,.0f} ms")
        for key in ip["cold"]:
            stage = key.removesuffix("_s")
            cold, warm = ip["cold"][key], ip["warm"][key]
            note = "cold (first pass) / warm"
            add(
                f"  in-process: {stage.replace('_', '+')}",
                f"{cold * 1000:,.0f} / {warm * 1000:,.0f} ms",
                note,
            )

    comp = results.get("comparisons")
    add("2. COMPARISONS (same OpenAPI export)", "", "" if comp else "skipped (--quick)")
    if comp:
        if comp.get("error"):
            add("  error", "", comp["error"][:100])
        for name in ("seed", "seed_x3"):
            entry = comp.get(name)
            if not entry:
                continue
            label = f"{name} ({entry.get('operations')} ops)"
            if entry.get("error"):
                add(f"  {label}", "failed", entry["error"][:100])
                continue
            add(f"  {label}: sdkgen generate", fmt_s(entry.get("sdkgen_generate")))
            for tool in ("openapi-python-client", "datamodel-code-generator"):
                t = entry.get(tool, {})
                if "median_s" in t:
                    add(
                        f"  {label}: {tool}",
                        fmt_s(t),
                        f"{t['ratio_to_sdkgen']:.2f}x sdkgen; issue: ~{t['issue_reference_s']} s"
                        " on 54 ops",
                    )
                else:
                    add(f"  {label}: {tool}", t.get("status", "-"), t.get("error", "")[:100])

    sc = results.get("scaling", {})
    add("3. SCALING (generate, fresh process)", "", "total / per op / marginal per op / peak RSS")
    if sc.get("error"):
        add("  error", "", sc["error"][:100])
    for key in ("x1", *(f"x{c}" for c in SCALES)):
        row = sc.get(key)
        if not row:
            continue
        if "generate" not in row:
            add(f"  {key}", "failed", row.get("error", "")[:100])
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

    pkg = results.get("package", {})
    add("4. GENERATED PACKAGE", "", "imports: fresh process, net = minus start-up")
    if pkg.get("error"):
        add("  error", "", pkg["error"][:100])
    imports = pkg.get("imports", {})
    if imports.get("error"):
        add("  imports", "failed", imports["error"][:100])
    if "startup" in imports:
        add("  runtime venv: python -c pass", fmt_s(imports["startup"]))
    for label in ("from kucoin_futures import Client", "import kucoin_futures.models"):
        if label in imports:
            add(f"  {label}", fmt_s(imports[label]), f"net {fmt_s(imports[label], 'net_s')}")
    uni = pkg.get("kucoin_universal_sdk", {})
    if uni:
        if "startup" in uni:
            for statement in (
                f"import {UNIVERSAL_MODULE}",
                "from kucoin_universal_sdk.api import DefaultClient",
            ):
                if statement in uni:
                    add(
                        f"  {statement.replace('kucoin_universal_sdk', 'kucoin_u_s')}",
                        fmt_s(uni[statement]),
                        f"net {fmt_s(uni[statement], 'net_s')} (kucoin-universal-sdk "
                        f"{uni.get('version')})",
                    )
        else:
            add("  kucoin-universal-sdk", uni.get("status", "-"), uni.get("error", "")[:100])
    pc = pkg.get("per_call", {})
    for mode in ("sync", "async"):
        e = pc.get(mode)
        if e:
            add(
                f"  per call ({mode}, N={pc['n']})",
                f"{e['sdk_us']:.0f} vs {e['baseline_us']:.0f} µs",
                f"SDK vs hand-written httpx: {e['ratio']:.2f}x "
                f"({'ok' if e['meets_target'] else 'MISSES'} target ≤{pc['target_ratio']}x)",
            )
    add("TOTAL RUNTIME", f"{results['runtime_s']:.0f} s")

    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    lines = [head, "-" * len(head)]
    lines += [f"{a:<{w1}}  {b:>{w2}}  {c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2 runs per figure and no comparisons with other generators",
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 5, --quick 2)")
    parser.add_argument("--output", type=Path, default=BENCH / "results.json")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    started = time.perf_counter()
    results: dict[str, Any] = {"quick": args.quick, "runs": runs, "machine": machine_info()}

    sections: list[tuple[str, Callable[[], Any]]] = [
        ("generation", lambda: section_generation(runs, results)),
        ("comparisons", lambda: None if args.quick else section_comparisons(runs, results)),
        ("scaling", lambda: section_scaling(runs, results)),
        ("package", lambda: section_package(runs, args.quick, results)),
    ]
    for name, run in sections:
        t = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            value = run()
            if value is not None:
                results[name] = value
        except Exception as error:
            results.setdefault(name, {})["error"] = describe(error)
        if name in results:
            results[name]["section_runtime_s"] = round(time.perf_counter() - t, 1)

    results["runtime_s"] = round(time.perf_counter() - started, 1)
    args.output.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    print(render_table(results))
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"\nwrote {shown}")
    shutil.rmtree(TMP / "pages", ignore_errors=True)
    for child in TMP.glob("*"):
        if child.is_dir() and child.name not in ("pycache", "pycache-compare"):
            shutil.rmtree(child, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
