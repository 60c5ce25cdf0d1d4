"""`pip install -e` of a generated project keeps its types: mypy --strict on the user's code
sees the package (a src layout puts a plain path entry in site-packages, which mypy follows;
setuptools' import-hook finder for a flat layout is invisible to it)."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import load_config, package_for
from generator.diagnostics import SourceLocation
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.generate import generate_files
from tests.support.pages import PAGES_DIR

USER_CODE = """\
from editable_sdk import Client
from editable_sdk.enums import GetOrderListStatus
from editable_sdk.models import GetOrderListData

client: Client = Client()
data: GetOrderListData | None = client.get_order_list(status=GetOrderListStatus.ACTIVE)
wrong: int = client.get_order_list()
"""


@pytest.mark.slow
def test_an_editable_install_is_seen_by_mypy(tmp_path: Path, mypy_cache: Path) -> None:
    page = PAGES_DIR / "futures-order.md"
    config = load_config(page.with_suffix(".yaml"))
    api = parse_file(page).api
    package = package_for(config, api.title, api.version, "editable_sdk", SourceLocation("", 1))
    package = replace(package, distribution="editable-sdk")
    project = tmp_path / "project"
    write_tree(project, generate_files(api, replace(config, package=package)))

    # A virtualenv without pip (installing pip into it is most of a venv's cost): this
    # interpreter's pip installs into it (`pip --python`).
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The SDK's dependencies (httpx, pydantic) and its build backend (setuptools, a dev extra)
    # from the test environment: no download, no index.
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [sys.executable, "-m", "pip", "--quiet", "--python", str(python)]
    install = subprocess.run(
        [*pip, "install", "--no-deps", "--no-build-isolation", "--no-index", "-e", str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    user_code = tmp_path / "bot.py"
    user_code.write_text(USER_CODE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(mypy_cache),
            "--python-executable",
            str(python),
            str(user_code),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    # The one error is the user's own: the package and its types were found.
    assert "Cannot find implementation" not in result.stdout, result.stdout
    assert result.stdout.count("error:") == 1, result.stdout
    assert "bot.py:7: error: Incompatible types in assignment" in result.stdout
