"""The generated projects, as a user gets them: typed, lint-clean, tested, installable.

Each shared page is generated once per variant through the command line's entry point (in
this process: tests/test_cli.py runs the command as a process of its own): with its own
config (NAME.yaml beside it), and as a page without one (spec/defaults.yaml and --package),
which is how a new page of the family is first generated. Every project then passes its own
tests (its fake server serving every fixture), mypy --strict and ruff (with the generated
pyproject's own settings), each tool run once over all of them; the configured ones also
install with pip. (That generation is byte-for-byte reproducible is tests/test_determinism.py's
business, and that the committed generated/ is what spec/ generates
tests/test_committed_tree.py's.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support.cli_runner import run_in_process
from tests.support.pages import PAGES_DIR, REPO
from tests.support.projects import run_own_tests, tree

# page → (import name from its config, operations on the page)
EXPECTED = {
    "futures-order.md": ("kucoin_futures", 18),
    "futures-market.md": ("kucoin_futures_market", 17),
    "futures-positions.md": ("kucoin_futures_positions", 16),
    "futures-fundingfees.md": ("kucoin_futures_fundingfees", 3),
}

CONFIGURED, UNCONFIGURED = "configured", "unconfigured"
VARIANTS = (CONFIGURED, UNCONFIGURED)
"""With the page's own config beside it, or without (spec/defaults.yaml, --package NAME)."""


def unconfigured_package(page_name: str) -> str:
    """The --package name a page without a config is generated with: kc_order, kc_market..."""
    return "kc_" + page_name.removeprefix("futures-").removesuffix(".md").replace("-", "_")


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


@dataclass(frozen=True)
class Project:
    page: Path
    """The page as generated: the shared copy, or (unconfigured) a copy with no config beside."""
    variant: str
    out: Path
    package: str
    operations: int
    files: dict[str, bytes]
    """The tree right after generation, before any tool ran in it."""

    @property
    def package_dir(self) -> Path:
        return self.out / "src" / self.package


class Projects:
    """Each page generated once per variant, on first use, for every test of the module."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp_path_factory = tmp_path_factory
        self.generated: dict[tuple[str, str], Project] = {}

    def get(self, name: str, variant: str) -> Project:
        if (name, variant) not in self.generated:
            self.generated[name, variant] = self.generate(name, variant)
        return self.generated[name, variant]

    def generate(self, name: str, variant: str) -> Project:
        root = self.tmp_path_factory.mktemp(f"{Path(name).stem}-{variant}")
        package, operations = EXPECTED[name]
        page = PAGES_DIR / name
        if variant == UNCONFIGURED:
            package = unconfigured_package(name)
            page = root / "page" / name
            page.parent.mkdir()
            shutil.copyfile(PAGES_DIR / name, page)
        out = root / "project"
        arguments = ["generate", str(page), "--out", str(out)]
        arguments += ["--package", package] if variant == UNCONFIGURED else []
        result = run_in_process(arguments, cwd=REPO)
        assert result.returncode == 0, result.stderr
        return Project(page, variant, out, package, operations, tree(out))

    def all(self) -> list[Project]:
        return [self.get(name, variant) for name in sorted(EXPECTED) for variant in VARIANTS]


COMPOSED = "kf_all"
"""The four pages composed into one package, each a service (as the product is)."""


@pytest.fixture(scope="module")
def composed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four pages, each with its config, generated into one package (`client.order`...)."""
    from generator.cli import main

    out = tmp_path_factory.mktemp("composed") / "project"
    pages = [str(PAGES_DIR / name) for name in sorted(EXPECTED)]
    assert main(["generate", *pages, "--package", COMPOSED, "--out", str(out)]) == 0
    return out


def test_the_composed_package_passes_its_own_tests(composed: Path) -> None:
    result = run_own_tests(composed)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> Projects:
    return Projects(tmp_path_factory)


@pytest.fixture(
    scope="module",
    params=[(name, variant) for name in sorted(EXPECTED) for variant in VARIANTS],
    ids=lambda param: f"{Path(param[0]).stem}-{param[1]}",
)
def any_project(request: pytest.FixtureRequest, projects: Projects) -> Project:
    """A page generated with its own config, or without one."""
    name, variant = request.param
    return projects.get(name, variant)


def test_generate_writes_the_package_its_metadata_and_the_snapshots(any_project: Project) -> None:
    project = any_project
    names = set(project.files)
    assert {"pyproject.toml", "README.md", "api.ir.yaml", "openapi.json"} <= names
    for module in ("__init__", "client", "async_client", "models", "enums", "operations"):
        assert f"src/{project.package}/{module}.py" in names
    assert f"src/{project.package}/py.typed" in names
    assert f"src/{project.package}/fixtures/" in "".join(names)


def test_generated_package_passes_its_own_tests(any_project: Project) -> None:
    # The tests call every operation through the package's fake server, which answers with
    # the operation's fixture; each fixture must validate against the package's own models.
    result = run_own_tests(any_project.out)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_generated_packages_pass_mypy_strict(
    projects: Projects, composed: Path, tmp_path: Path, mypy_cache: Path
) -> None:
    # One run over every package (their names differ): one interpreter start, one typeshed load.
    packages = [str(project.package_dir) for project in projects.all()]
    packages.append(str(composed / "src" / COMPOSED))
    cache = str(mypy_cache)
    result = run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, *packages], cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_generated_projects_pass_ruff_with_their_own_settings(
    projects: Projects, composed: Path, tmp_path: Path
) -> None:
    # ruff takes each file's settings from the nearest pyproject.toml: the project's own.
    outs = [project.out for project in projects.all()] + [composed]
    for out in outs:
        assert "[tool.ruff" in (out / "pyproject.toml").read_text(encoding="utf-8")
    result = run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *map(str, outs)], cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _build_isolation_arguments() -> list[str]:
    """Build offline (no index, so no pip version check either) with this interpreter's
    setuptools when it is new enough for the generated pyproject (`setuptools>=77`);
    otherwise let pip fetch the declared backend."""
    major = int(version("setuptools").split(".")[0])
    return ["--no-build-isolation", "--no-index"] if major >= 77 else []


@pytest.mark.slow
def test_generated_projects_build_install_and_import(projects: Projects, tmp_path: Path) -> None:
    """Every configured project, built and installed by one pip run (one resolver start-up
    for all four), then imported from where pip put it."""
    sources = []
    for name in sorted(EXPECTED):
        source = tmp_path / Path(name).stem  # pip builds in the tree: keep the shared one clean
        shutil.copytree(projects.get(name, CONFIGURED).out, source)
        sources.append(str(source))
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
            *sources,
        ],
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    for name in sorted(EXPECTED):
        project = projects.get(name, CONFIGURED)
        assert (site / project.package / "py.typed").is_file()
        check = f"""
import sys
sys.path.insert(0, {str(site)!r})
from importlib.resources import files
import {project.package} as package
from {project.package} import Client, AsyncClient
from {project.package}.operations import OPERATIONS
assert package.__file__.startswith({str(site)!r}), package.__file__
assert files({project.package!r}).joinpath("py.typed").is_file()
print(len(OPERATIONS), Client.__name__, AsyncClient.__name__)
"""
        result = run([sys.executable, "-c", check], cwd=tmp_path, env={"PYTHONPATH": ""})
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == [str(project.operations), "Client", "AsyncClient"]
