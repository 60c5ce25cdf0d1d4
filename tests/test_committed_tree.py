"""The committed project: generated/ is what spec/ generates, and passes its own tests.

These are the only tests that read spec/ and generated/. Whatever published version of a page
a maintainer copied into spec/, they pass once `make generate` has run; everything else in the
suite tests sdkgen on pages of its own (tests/data).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.support.pages import REPO
from tests.support.projects import run_own_tests

GENERATED = REPO / "generated"


def _run(args: list[str], cwd: os.PathLike[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_generated_is_what_spec_generates() -> None:
    result = _run([sys.executable, "-m", "generator", "check"], REPO, PYTHONPATH=str(REPO))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    # A published page may contradict itself: its warnings are printed, and are no drift.
    assert result.stdout == ""
    assert all(": warning: " in line for line in result.stderr.splitlines()), result.stderr


def test_the_committed_package_passes_its_own_tests() -> None:
    result = run_own_tests(GENERATED)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    assert " passed" in result.stdout and "skipped" not in result.stdout


def test_the_sdk_the_suite_calls_in_process_is_generated_from_the_tests_seed(
    sdk: ModuleType,
) -> None:
    # Even modules that import the package by name at collection time get this one: the
    # committed package changes with spec/ and is tested above, in a process of its own.
    assert sys.modules[sdk.__name__] is sdk
    assert sdk.__file__ is not None
    assert GENERATED not in Path(sdk.__file__).resolve().parents
    assert REPO not in Path(sdk.__file__).resolve().parents


def test_every_example_of_the_committed_readme_runs() -> None:
    readme = GENERATED / "README.md"
    # In a process of its own: the suite already imports its own kucoin_futures in-process.
    package = next(p.name for p in (GENERATED / "src").iterdir() if (p / "testing.py").exists())
    args = [sys.executable, "-m", "tests.support.readme_examples", str(readme), package]
    result = _run(args, REPO, PYTHONPATH=os.pathsep.join([str(GENERATED / "src"), str(REPO)]))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "README blocks ran" in result.stdout
