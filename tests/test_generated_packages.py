"""The generated projects, as a user gets them: typed, lint-clean, installable, reproducible.

Each shared page is generated once through the command line; mypy --strict, ruff (with the
generated pyproject's own settings) and a pip install then run on the result. Generation is
byte-for-byte reproducible, and the committed generated/ is exactly what spec/ generates.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.conftest import PAGES_DIR, REPO

GENERATED = REPO / "generated"
SPEC_PAGE = REPO / "spec" / "futures-order.md"

# page → (import name from its config, operations on the page)
EXPECTED = {
    "futures-order.md": ("kucoin_futures", 18),
    "futures-market.md": ("kucoin_futures_market", 17),
    "futures-positions.md": ("kucoin_futures_positions", 16),
}


def run(
    args: list[str], *, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def generate(
    page: Path, out: Path, *, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "generate", str(page), "--out", str(out)]
    return run(command, cwd=cwd, env={"PYTHONPATH": str(REPO), **(env or {})})


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


def tree_diff(expected: dict[str, bytes], actual: dict[str, bytes], limit: int = 200) -> str:
    lines: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        lines.append(f"only in the first tree: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        lines.append(f"only in the second tree: {name}")
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            lines += difflib.unified_diff(
                expected[name].decode("utf-8", "replace").splitlines(),
                actual[name].decode("utf-8", "replace").splitlines(),
                f"a/{name}",
                f"b/{name}",
                lineterm="",
            )
    if len(lines) > limit:
        lines = [*lines[:limit], f"... {len(lines) - limit} more lines"]
    return "\n".join(lines)


@dataclass(frozen=True)
class Project:
    page: Path
    out: Path
    package: str
    operations: int
    files: dict[str, bytes]
    """The tree right after generation, before any tool ran in it."""

    @property
    def package_dir(self) -> Path:
        return self.out / self.package


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def project(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    page = PAGES_DIR / request.param
    package, operations = EXPECTED[request.param]
    out = tmp_path_factory.mktemp(page.stem) / "project"
    result = generate(page, out)
    assert result.returncode == 0, result.stderr
    return Project(page, out, package, operations, tree(out))


def test_generate_writes_the_package_its_metadata_and_the_snapshots(project: Project) -> None:
    names = set(project.files)
    assert {"pyproject.toml", "README.md", "api.ir.yaml", "openapi.json"} <= names
    for module in ("__init__", "client", "async_client", "models", "enums", "operations"):
        assert f"{project.package}/{module}.py" in names
    assert f"{project.package}/py.typed" in names


def test_generated_package_passes_mypy_strict(project: Project, tmp_path: Path) -> None:
    result = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(project.package_dir),
        ],
        cwd=project.out,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_generated_project_passes_ruff_with_its_own_settings(project: Project) -> None:
    pyproject = (project.out / "pyproject.toml").read_text(encoding="utf-8")
    assert "[tool.ruff" in pyproject
    result = run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", str(project.out)], cwd=project.out
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _build_isolation_arguments() -> list[str]:
    """Build offline with this interpreter's setuptools when it is new enough for the
    generated pyproject (`setuptools>=77`); otherwise let pip fetch the declared backend."""
    major = int(version("setuptools").split(".")[0])
    return ["--no-build-isolation"] if major >= 77 else []


def test_generated_project_builds_installs_and_imports(project: Project, tmp_path: Path) -> None:
    source = tmp_path / "source"  # pip builds in the tree: keep the shared one clean
    shutil.copytree(project.out, source)
    site = tmp_path / "site"
    install = run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            *_build_isolation_arguments(),
            "--target",
            str(site),
            str(source),
        ],
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert (site / project.package / "py.typed").is_file()

    check = f"""
import sys
sys.path.insert(0, {str(site)!r})
from importlib.resources import files
import {project.package} as package
from {project.package} import Client, AsyncClient, OPERATIONS
assert package.__file__.startswith({str(site)!r}), package.__file__
assert files({project.package!r}).joinpath("py.typed").is_file()
print(len(OPERATIONS), Client.__name__, AsyncClient.__name__)
"""
    result = run([sys.executable, "-c", check], cwd=tmp_path, env={"PYTHONPATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(project.operations), "Client", "AsyncClient"]


def test_generation_is_byte_identical_across_runs_hash_seeds_locales_and_directories(
    project: Project, tmp_path: Path
) -> None:
    runs = {
        "PYTHONHASHSEED=1 LC_ALL=C": ({"PYTHONHASHSEED": "1", "LC_ALL": "C"}, REPO),
        "PYTHONHASHSEED=2 LC_ALL=C, another cwd": (
            {"PYTHONHASHSEED": "2", "LC_ALL": "C"},
            tmp_path,
        ),
    }
    for index, (label, (env, cwd)) in enumerate(runs.items()):
        out = tmp_path / f"run{index}"
        result = generate(project.page, out, cwd=cwd, env=env)
        assert result.returncode == 0, result.stderr
        again = tree(out)
        assert again == project.files, f"{label}:\n{tree_diff(project.files, again)}"


def test_committed_generated_tree_is_what_the_spec_generates(tmp_path: Path) -> None:
    # Generated over a copy of the committed tree, as `make generate` does: the version and
    # CHANGELOG.md continue from it (code regenerated anew is a patch release, which a
    # generation into an empty directory, starting at the config's version, cannot show).
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns(*IGNORED))
    result = generate(SPEC_PAGE, out)
    assert result.returncode == 0, result.stderr
    fresh, committed = tree(out), tree(GENERATED)
    if fresh != committed:
        pytest.fail(
            "generated/ differs from what spec/futures-order.md generates over it; "
            "run `make generate` and commit the result.\n" + tree_diff(committed, fresh),
            pytrace=False,
        )
