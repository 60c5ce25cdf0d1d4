"""Where a page's config and default output folder are found: beside the page and the
config, never in the working directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, SEED


def copy_project(root: Path) -> Path:
    """The seed page with its config and the project's defaults, in `root`/spec; returns the
    page."""
    spec = root / "spec"
    spec.mkdir(parents=True)
    page = spec / SEED.name
    shutil.copy(SEED, page)
    shutil.copy(SEED.with_suffix(".yaml"), page.with_suffix(".yaml"))
    shutil.copy(REPO / "spec" / "defaults.yaml", spec / "defaults.yaml")
    return page


def test_the_default_output_is_resolved_beside_the_config_not_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = copy_project(tmp_path / "project")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "generated").mkdir(parents=True)
    (elsewhere / "generated" / "mine.txt").write_text("the user's own file\n")
    monkeypatch.chdir(elsewhere)
    assert main(["generate", str(page)]) == 0
    assert (tmp_path / "project" / "generated" / "kucoin_futures" / "client.py").is_file()
    assert [p.name for p in (elsewhere / "generated").iterdir()] == ["mine.txt"]


def test_an_output_folder_from_an_extended_config_is_relative_to_that_config(
    tmp_path: Path,
) -> None:
    from generator.config import load_config

    shared = tmp_path / "shared"
    shared.mkdir()
    base = (REPO / "spec" / "defaults.yaml").read_text(encoding="utf-8")
    package = (
        "package: {name: pkg, distribution: pkg, version: 1.0.0, summary: S, output: ../sdk}\n"
    )
    (shared / "base.yaml").write_text(base + package, encoding="utf-8")
    own = tmp_path / "spec" / "page.yaml"
    own.parent.mkdir()
    own.write_text("extends: ../shared/base.yaml\n", encoding="utf-8")
    config = load_config(own)
    assert config.package is not None and config.package.output is not None
    assert config.package.output.resolve() == (tmp_path / "sdk").resolve()
