"""The committed project: generated/ is what spec/ generates, and passes its own tests.

These are the only tests that read spec/ and generated/. Whatever published version of a page
a maintainer copied into spec/, they pass once `make generate` has run; everything else in the
suite tests sdkgen on pages of its own (tests/data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

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


def _run_python_examples(document: Path) -> str:
    """Every Python block of `document`, in order, against the committed package's fake server
    (tests/support/readme_examples.py); its report line."""
    # In a process of its own: the suite already imports its own kucoin_futures in-process.
    package = next(p.name for p in (GENERATED / "src").iterdir() if (p / "testing.py").exists())
    args = [sys.executable, "-m", "tests.support.readme_examples", str(document), package]
    result = _run(args, REPO, PYTHONPATH=os.pathsep.join([str(GENERATED / "src"), str(REPO)]))
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return result.stdout


def test_every_example_of_the_committed_readme_runs() -> None:
    assert "README blocks ran" in _run_python_examples(GENERATED / "README.md")


@pytest.mark.parametrize("document", ["README.md", "docs/sdk.md"])
def test_the_examples_of_the_project_docs_call_the_committed_package(document: str) -> None:
    # The project's docs show the product, so they run against it, not the tests' seed.
    report = _run_python_examples(REPO / document)
    assert report.endswith(" README blocks ran\n") and not report.startswith("0 "), report


def test_the_futures_only_package_still_generates_from_its_config(tmp_path: Path) -> None:
    # spec/futures/ is not the product (make generate skips subfolders), but users keep it.
    config = REPO / "spec" / "futures" / "kucoin_futures.yaml"
    out = tmp_path / "kucoin-futures"
    args = [sys.executable, "-m", "generator", "generate", str(config), "--out", str(out)]
    result = _run(args, REPO, PYTHONPATH=str(REPO))
    assert result.returncode == 0, result.stderr
    assert (out / "src" / "kucoin_futures" / "order" / "client.py").is_file()


@pytest.mark.slow
def test_a_bot_using_every_service_as_users_write_it_type_checks_and_runs(
    tmp_path: Path, mypy_cache: Path
) -> None:
    # Plain strings for enums, Decimals for money, nested objects through their models, and
    # every iter_ twin walked: what a bot author writes, checked by mypy --strict and run
    # against the package's fake server, sync and async.
    package = next(p.name for p in (GENERATED / "src").iterdir() if (p / "testing.py").exists())
    script = tmp_path / "bot.py"
    source = os.pathsep.join([str(GENERATED / "src"), str(REPO)])
    written = _run(
        [sys.executable, "-m", "tests.support.bot_script", package, str(script)],
        REPO,
        PYTHONPATH=source,
    )
    assert written.returncode == 0, written.stderr[-4000:]
    text = script.read_text(encoding="utf-8")
    assert "Decimal(" in text and "iter_" in text and "async for" in text
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), "bot.py"]
    checked = _run(mypy, tmp_path, MYPYPATH=str(GENERATED / "src"))
    assert checked.returncode == 0, checked.stdout[-4000:]
    ran = _run([sys.executable, "bot.py"], tmp_path, PYTHONPATH=str(GENERATED / "src"))
    assert ran.returncode == 0, ran.stderr[-4000:]
    (calls, items), (async_calls, async_items) = json.loads(ran.stdout)
    assert calls == async_calls == text.count("calls += 1") // 2, ran.stdout
    assert items == async_items > 0, "no iter_ twin yielded an item"
