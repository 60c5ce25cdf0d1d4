"""sdkgen is an installable tool: its wheel carries the templates and the built-in config, so
`pip install .` gives an `sdkgen` that generates a page from any folder
(tests/support/installed_sdkgen.py builds and installs it, offline)."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from tests.support.installed_sdkgen import install_sdkgen, run
from tests.support.pages import PAGES_DIR, REPO


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
    venv = install_sdkgen(tmp_path)
    python = venv / "bin" / "python"

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
