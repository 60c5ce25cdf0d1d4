"""A config states only what cannot be derived: `package: {name: mybot}` (or nothing at all)
is a whole config. The distribution comes from the package name, the version from the page's
title, the summary from the pages' titles, the name from the page's (or the composition
config's) file name, and every config adds to sdkgen's built-in defaults unless it says
`extends: null`."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from generator.config import ConfigError, load_config
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO

COMPOSE = REPO / "tests" / "data" / "compose"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(COMPOSE / "spot-orders.md", tmp_path / "spot-order.md")
    shutil.copy(COMPOSE / "futures-orders.md", tmp_path / "futures-order.md")
    return tmp_path


def _project(out: Path) -> dict[str, str]:
    project: dict[str, str] = tomllib.loads((out / "pyproject.toml").read_text())["project"]
    return project


def test_a_config_naming_only_the_package_is_enough(folder: Path) -> None:
    (folder / "spot-order.yaml").write_text("package: {name: My_Bot}\n")
    result = run_in_process(["generate", "spot-order.md", "--out", "sdk"], cwd=folder)
    assert (result.returncode, result.stderr) == (0, "")
    project = _project(folder / "sdk")
    assert (project["name"], project["version"]) == ("my-bot", "1.0.0")
    assert project["description"] == "Typed Python client for the spot API."
    assert (folder / "sdk" / "src" / "My_Bot" / "client.py").is_file()


def test_without_a_config_the_package_is_named_after_the_page(folder: Path) -> None:
    result = run_in_process(["generate", "spot-order.md", "--out", "sdk"], cwd=folder)
    assert (result.returncode, result.stderr) == (0, "")
    assert _project(folder / "sdk")["name"] == "spot-order"
    assert (folder / "sdk" / "src" / "spot_order" / "client.py").is_file()


def test_a_page_whose_name_makes_no_package_name_says_how_to_name_it(folder: Path) -> None:
    shutil.copy(folder / "spot-order.md", folder / "json.md")
    result = run_in_process(["generate", "json.md", "--out", "sdk"], cwd=folder)
    assert result.returncode == 2
    assert result.stderr.startswith("json.md:1: error: the file name gives the package name")
    assert "pass --package NAME or set package.name in json.yaml beside the page" in result.stderr


def test_a_composition_states_only_its_services(folder: Path) -> None:
    (folder / "trading.yaml").write_text(
        "services:\n  spot: {page: spot-order.md}\n  futures: {page: futures-order.md}\n"
    )
    result = run_in_process(["generate", "trading.yaml", "--out", "sdk"], cwd=folder)
    assert (result.returncode, result.stderr) == (0, "")
    project = _project(folder / "sdk")
    assert project["name"] == "trading"
    assert project["description"] == "Typed Python client for the spot and futures APIs."


def test_what_the_config_states_wins_over_what_is_derived(folder: Path) -> None:
    (folder / "spot-order.yaml").write_text(
        "package: {name: bot, distribution: Bot-Dist, version: '2.1', summary: Mine.}\n"
    )
    result = run_in_process(["generate", "spot-order.md", "--out", "sdk"], cwd=folder)
    assert result.returncode == 0, result.stderr
    project = _project(folder / "sdk")
    assert (project["name"], project["version"], project["description"]) == (
        "Bot-Dist",
        "2.1.0",
        "Mine.",
    )


def test_a_config_without_extends_adds_to_the_built_in_defaults(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text("fields: {clientOid: {max_length: 40}}\n")
    loaded = load_config(config)
    assert loaded.api.success_code == load_config(tmp_path / "page.yaml").api.success_code
    assert loaded.api.envelope is not None and loaded.api.envelope.data == "data"
    assert [Path(source).name for source in loaded.sources] == ["page.yaml", "defaults.yaml"]


def test_extends_null_opts_out_of_the_built_in_defaults(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text("extends: null\npackage: {name: bot}\n")
    with pytest.raises(ConfigError, match="api: must be a mapping"):
        load_config(config)
