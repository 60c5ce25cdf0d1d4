"""A generated project as the tests use it: where it is, its files, its fixtures, Python and
its own tests run inside it."""

from __future__ import annotations

import difflib
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO


def _ignored_patterns() -> tuple[str, ...]:
    """The repository's .gitignore entries (caches, build output): tools running in a tree
    (mypy, ruff, importing it) leave them behind, and they are never part of the output."""
    lines = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().rstrip("/") for line in lines if line.strip() and line[0] != "#")


IGNORED = _ignored_patterns()


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` by relative POSIX path, what .gitignore ignores left out."""
    files = {}
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and not any(fnmatch(part, p) for part in parts for p in IGNORED):
            files["/".join(parts)] = path.read_bytes()
    return files


def tree_diff(
    expected: dict[str, bytes],
    actual: dict[str, bytes],
    labels: tuple[str, str] = ("a", "b"),
    limit: int | None = 200,
) -> str:
    """What differs between two trees of files by path: the files only one holds, unified
    diffs of the rest (each tree named by its label), at most `limit` lines."""
    lines: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        lines.append(f"only in {labels[0]}: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        lines.append(f"only in {labels[1]}: {name}")
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            lines += difflib.unified_diff(
                expected[name].decode("utf-8", "replace").splitlines(),
                actual[name].decode("utf-8", "replace").splitlines(),
                f"{labels[0]}/{name}",
                f"{labels[1]}/{name}",
                lineterm="",
            )
    if limit is not None and len(lines) > limit:
        lines = [*lines[:limit], f"... {len(lines) - limit} more lines"]
    return "\n".join(lines)


@dataclass(frozen=True)
class GeneratedProject:
    page: Path
    out: Path
    package: str
    stderr: str
    """What `generate` printed (its warnings)."""

    def fixture(self, operation: str) -> dict[str, Any]:
        path = self.out / "src" / self.package / "fixtures" / f"{operation}.json"
        return dict(json.loads(path.read_text(encoding="utf-8")))


def run_python(project: GeneratedProject, *args: str) -> subprocess.CompletedProcess[str]:
    """This interpreter run in the project with only its package on the path (and a bare
    PATH): what a user's fresh shell would see."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=project.out,
        env={"PYTHONPATH": str(project.out / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


@contextmanager
def imported(out: Path, package: str, *modules: str) -> Iterator[ModuleType]:
    """The package generated into `out`, imported in this process (with its `modules`, such
    as `testing`), its `src` on sys.path until the block ends."""
    sys.path.insert(0, str(out / "src"))
    try:
        for module in modules:
            importlib.import_module(f"{package}.{module}")
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out / "src"))


def run_own_tests(
    out: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The project at `out` runs its own tests as its user would: pytest in the project (its
    pyproject, its conftest, which loads the package's pytest plugin) with its src/ on the
    path, in `env` (this environment by default). Leaves nothing behind (no bytecode, no
    pytest cache), and loads no plugin other installed packages register (xdist, hypothesis,
    anyio...): the project's tests need none of them, and loading them is a third of a run."""
    env = {
        **(os.environ if env is None else env),
        "PYTHONPATH": str(out / "src"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def generate_each(pages: Iterable[Path], temporary: Callable[[str], Path]) -> list[Path]:
    """Each page generated (without a config) into a project of its own, made in the folder
    `temporary(page stem)` gives (pytest's `tmp_path_factory.mktemp`); asserts it generated."""
    outs = []
    for page in pages:
        out = temporary(page.stem) / "project"
        package = page.stem.replace("-", "_")
        result = run_in_process(
            ["generate", str(page), "--out", str(out), "--package", package], cwd=REPO
        )
        assert result.returncode == 0, result.stderr
        outs.append(out)
    return outs


def ruff_check(outs: Iterable[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`ruff check` of generated projects, run from `cwd` (outside the repository's config)."""
    arguments = [sys.executable, "-m", "ruff", "check", "--no-cache", *map(str, outs)]
    return subprocess.run(arguments, cwd=cwd, capture_output=True, text=True, check=False)
