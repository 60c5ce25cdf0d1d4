"""The installed sdkgen, used outside this repository as its user would: a wheel installed into
a fresh virtualenv, run in a folder holding nothing but the user's pages (and perhaps a
one-line config). generate, check and diff take the same arguments on a page and on a
composition; every message makes sense there: no make target, no path inside the installed
tool, exit codes 0, 1 and 2 as docs/cli.md says."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.installed_sdkgen import install_sdkgen, run
from tests.support.pages import REPO

COMPOSE = REPO / "tests" / "data" / "compose"
pytestmark = pytest.mark.slow
MAKE = re.compile(r"\bmake (generate|check|test|golden|lint|install)\b|`make")
"""A make target of this repository, which a user of the installed tool does not have."""


@pytest.fixture(scope="module")
def sdkgen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_sdkgen(tmp_path_factory.mktemp("installed")) / "bin" / "sdkgen"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The user's folder: two pages of their own, no config, no spec/, no repository."""
    user = tmp_path / "bot"
    user.mkdir()
    shutil.copy(COMPOSE / "spot-orders.md", user / "spot-order.md")
    shutil.copy(COMPOSE / "futures-orders.md", user / "futures-order.md")
    return user


def _sdkgen(sdkgen: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = run([sdkgen, *args], cwd=folder)
    for text in (result.stdout, result.stderr):
        assert not MAKE.search(text), text
        assert "site-packages" not in text and str(sdkgen.parent.parent) not in text, text
        assert "Traceback" not in text, text
    return result


def _generate_check_and_diff(sdkgen: Path, folder: Path, arguments: list[str]) -> None:
    generated = _sdkgen(sdkgen, folder, "generate", *arguments)
    assert (generated.returncode, generated.stderr) == (0, "")
    checked = _sdkgen(sdkgen, folder, "check", *arguments)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")
    diffed = _sdkgen(sdkgen, folder, "diff", *arguments)
    assert (diffed.returncode, diffed.stderr) == (0, "")
    assert "No changes." in diffed.stdout


def test_a_page_without_a_config(sdkgen: Path, folder: Path) -> None:
    _generate_check_and_diff(sdkgen, folder, ["spot-order.md", "--out", "sdk"])
    assert (folder / "sdk" / "src" / "spot_order" / "client.py").is_file()

    # The page changes: check fails naming the command that fixes it; diff tells what changed.
    page = folder / "spot-order.md"
    page.write_text(page.read_text()[: page.read_text().index("## Get Order")])
    checked = _sdkgen(sdkgen, folder, "check", "spot-order.md", "--out", "sdk")
    assert checked.returncode == 1
    assert checked.stderr.endswith(
        "`sdkgen generate spot-order.md --out sdk` writes it anew\n"
    ), checked.stderr
    diffed = _sdkgen(sdkgen, folder, "diff", "spot-order.md", "--out", "sdk")
    assert diffed.returncode == 1 and "operation removed" in diffed.stdout
    assert _sdkgen(sdkgen, folder, "generate", "spot-order.md", "--out", "sdk").returncode == 0
    assert _sdkgen(sdkgen, folder, "check", "spot-order.md", "--out", "sdk").returncode == 0


def test_a_page_with_a_one_line_config(sdkgen: Path, folder: Path) -> None:
    (folder / "spot-order.yaml").write_text("package: {name: mybot, output: sdk}\n")
    _generate_check_and_diff(sdkgen, folder, ["spot-order.md"])
    assert (folder / "sdk" / "src" / "mybot" / "client.py").is_file()
    assert 'name = "mybot"' in (folder / "sdk" / "pyproject.toml").read_text()


def test_several_pages_and_a_composition(sdkgen: Path, folder: Path) -> None:
    _generate_check_and_diff(
        sdkgen, folder, ["spot-order.md", "futures-order.md", "--package", "both", "--out", "a"]
    )
    (folder / "trading.yaml").write_text(
        "services: {spot: {page: spot-order.md}, futures: {page: futures-order.md}}\n"
    )
    _generate_check_and_diff(sdkgen, folder, ["trading.yaml", "--out", "b"])
    assert (folder / "b" / "src" / "trading" / "futures" / "client.py").is_file()


def test_bad_input_is_one_line_per_problem_at_the_users_file(sdkgen: Path, folder: Path) -> None:
    (folder / "spot-order.yaml").write_text("package: {name: json, version: 1.x}\n")
    result = _sdkgen(sdkgen, folder, "check", "spot-order.md", "--out", "sdk")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "spot-order.yaml:1: error: package.name: 'json' would shadow the standard library "
        "module 'json'",
        "spot-order.yaml:1: error: package.version: '1.x' is not a PEP 440 version (such as "
        "1.2.0, 2.0.0rc1 or 1.0.0.post1) whose numbers have at most 50 digits",
    ]
    several = _sdkgen(sdkgen, folder, "generate", "spot-order.md", "futures-order.md")
    assert several.returncode == 2
    assert several.stderr == (
        "sdkgen: error: several pages make one package: name it with --package NAME\n"
    )
    nothing = _sdkgen(sdkgen, folder, "check")
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("sdkgen: error: nothing to do: pass PAGE")


def test_help_reads_as_the_tools_own(sdkgen: Path, folder: Path) -> None:
    top = _sdkgen(sdkgen, folder, "--help")
    assert top.returncode == 0 and "sdkgen generate spot-order.md --out sdk" in top.stdout
    for command in ("generate", "check", "diff", "ir", "openapi"):
        shown = _sdkgen(sdkgen, folder, command, "--help")
        assert shown.returncode == 0 and shown.stdout.startswith(f"usage: sdkgen {command}")
    for command in ("generate", "check", "diff"):
        text = _sdkgen(sdkgen, folder, command, "--help").stdout
        for option in ("--out DIR", "--package NAME", "--config FILE", "--strict"):
            assert option in text, (command, option)


def test_the_generated_readme_installs_the_package_as_it_says(sdkgen: Path, folder: Path) -> None:
    # The README of a package generated outside any checkout says how to install it from
    # where it was written; done as it says, the package imports and calls its fake server.
    generated = _sdkgen(sdkgen, folder, "generate", "spot-order.md", "--out", "sdk")
    assert generated.returncode == 0, generated.stderr
    readme = (folder / "sdk" / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("```sh\n", 1)[1].split("\n```", 1)[0]
    words = install.split()
    assert words[:2] == ["pip", "install"], install
    python = sdkgen.parent / "python"
    # Offline, as the rest of the suite: the package's dependencies are the test's own.
    offline = ["--no-index", "--no-deps", "--no-build-isolation"]
    pip = [sys.executable, "-m", "pip", "--python", str(python), *words[1:], *offline]
    installed = run(pip, cwd=folder / "sdk")
    assert installed.returncode == 0, installed.stderr
    call = (
        "from spot_order.testing import FakeKucoin\n"
        "fake = FakeKucoin()\n"
        "print(type(fake.client()).__module__)\n"
    )
    ran = run([python, "-c", call], cwd=folder)
    assert (ran.returncode, ran.stdout) == (0, "spot_order.client\n"), ran.stderr
