"""sdkgen is an installable tool: its wheel carries the templates and the built-in config, so
`pip install .` gives an `sdkgen` that generates a page from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.conftest import PAGES_DIR, REPO

SOURCES = ("pyproject.toml", "README.md", "generator", "templates")
"""What a wheel is built from (a copy, so the build leaves nothing in the working tree)."""


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
    built = run([*pip, "wheel", "--no-deps", "-w", wheels, source])
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("sdkgen-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    installed = run([*pip, "--python", python, "install", wheel])
    assert installed.returncode == 0, installed.stderr

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
