"""sdkgen built into a wheel and installed into a fresh virtualenv, as a user installs it:
the tests that run the installed tool outside this repository start from here.

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

from packaging.requirements import Requirement

from tests.support.pages import REPO

SOURCES = ("pyproject.toml", "README.md", "generator", "templates")
"""What a wheel is built from (a copy, so the build leaves nothing in the working tree)."""


def missing_build_requirements() -> list[str]:
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


def clean_environment() -> dict[str, str]:
    """This process's environment without PYTHONPATH, which could put the checkout first."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


def run(args: Sequence[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=clean_environment(), capture_output=True, text=True, check=False
    )


def install_sdkgen(folder: Path) -> Path:
    """Build sdkgen's wheel from a copy of this checkout and install it into a new virtualenv
    in `folder`; the virtualenv's folder (its `bin/sdkgen` is the tool)."""
    source = folder / "source"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
        copy(REPO / name, source / name)

    wheels = folder / "wheels"
    pip = [sys.executable, "-m", "pip"]
    missing = missing_build_requirements()
    # Offline (no index, so no pip version check either) unless the backend must be fetched.
    isolation = [] if missing else ["--no-build-isolation", "--no-index"]
    built = run([*pip, "wheel", "--no-deps", *isolation, "-w", wheels, source])
    assert built.returncode == 0, built.stderr + (
        f"\n(pip had to fetch {missing}, which this interpreter lacks, from the index)"
        if missing
        else ""
    )
    (wheel,) = wheels.glob("sdkgen-*.whl")

    venv = folder / "venv"
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
    return venv
