"""sdkgen is an installable tool: its wheel carries the templates and the built-in config, so
`pip install .` gives an `sdkgen` that generates a page from any folder.

The wheel is built and installed without the package index: the build uses this interpreter's
setuptools when it meets pyproject.toml's build requirement (otherwise pip fetches the declared
backend, the one step that needs the index), and the install takes sdkgen's dependencies from
this virtualenv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.support.pages import PAGES_DIR, REPO

SOURCES = ("pyproject.toml", "README.md", "generator", "templates")
"""What a wheel is built from (a copy, so the build leaves nothing in the working tree)."""


def _missing_build_requirements() -> list[str]:
    """pyproject.toml's build requirements this interpreter does not meet: with none, pip
    builds with it (`--no-build-isolation`), offline."""
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    missing = []
    for line in requires:
        requirement = Requirement(line)
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:
            installed = None
        if installed is None or not requirement.specifier.contains(installed, prereleases=True):
            missing.append(line)
    return missing


def test_every_folder_of_the_generator_and_the_templates_is_packaged() -> None:
    """The wheel lists its packages one by one (templates/ is mapped into it): a folder
    missing from that list would be missing from an installed sdkgen."""
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    code = {
        ".".join(path.parent.relative_to(REPO).parts)
        for path in (REPO / "generator").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    templates = {
        ".".join(("generator", *path.parent.relative_to(REPO).parts))
        for path in (REPO / "templates").rglob("*.j2")
    }
    assert code | templates <= listed
    assert setuptools["package-dir"] == {"generator.templates": "templates"}


@pytest.mark.slow
def test_a_wheel_installs_an_sdkgen_that_generates_a_page_from_any_folder(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, source / name)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}

    def run(
        args: Sequence[str | Path], cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)

    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip"]
    missing = _missing_build_requirements()
    # Offline (no index, so no pip version check either) unless the backend must be fetched.
    isolation = [] if missing else ["--no-build-isolation", "--no-index"]
    built = run([*pip, "wheel", "--no-deps", *isolation, "-w", wheels, source])
    assert built.returncode == 0, built.stderr + (
        f"\n(pip had to fetch {missing}, which this interpreter lacks, from the index)"
        if missing
        else ""
    )
    (wheel,) = wheels.glob("sdkgen-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    # sdkgen's dependencies from this virtualenv: a path entry after the new venv's own
    # site-packages (so the wheel's `generator` comes first; the .pth files there, the
    # editable sdkgen among them, are not read).
    site = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    assert site.returncode == 0, site.stderr
    here = sysconfig.get_paths()["purelib"]
    (Path(site.stdout.strip()) / "test-dependencies.pth").write_text(here + "\n")
    installed = run([*pip, "--python", python, "install", "--no-index", "--no-deps", wheel])
    assert installed.returncode == 0, installed.stderr
    # Every dependency the wheel declares is there, at a version it accepts.
    checked = run([*pip, "--python", python, "check"])
    assert "sdkgen" not in checked.stdout, checked.stdout

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(PAGES_DIR / "futures-market.md", elsewhere / "page.md")
    generated = run(
        [venv / "bin" / "sdkgen", "generate", "page.md", "--out", "sdk", "--package", "mkt"],
        cwd=elsewhere,
    )
    assert (generated.returncode, generated.stderr) == (0, "")
    assert (elsewhere / "sdk" / "src" / "mkt" / "client.py").is_file()
    assert (
        "api-futures.kucoin.com" in (elsewhere / "sdk" / "src" / "mkt" / "_settings.py").read_text()
    )
    where = run([python, "-c", "import generator; print(generator.__file__)"], cwd=elsewhere)
    assert where.stdout.startswith(str(venv)), "sdkgen ran from the source tree, not the wheel"
