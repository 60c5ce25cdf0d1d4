"""Where a page's config and default output folder are found: beside the page and the
config, never in the working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.support.pages import copy_market_page


def copy_project(root: Path) -> Path:
    """The market page in `root`/spec, its config saying `output: ../generated` as the
    project's own does; returns the page."""
    page = copy_market_page(root / "spec")
    config = page.with_suffix(".yaml")
    config.write_text(
        config.read_text(encoding="utf-8") + "  output: ../generated\n", encoding="utf-8"
    )
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
    assert (
        tmp_path / "project" / "generated" / "src" / "kucoin_futures_market" / "client.py"
    ).is_file()
    assert [p.name for p in (elsewhere / "generated").iterdir()] == ["mine.txt"]


def test_an_output_folder_from_an_extended_config_is_relative_to_that_config(
    tmp_path: Path,
) -> None:
    from generator.config import load_config

    shared = tmp_path / "spec" / "shared"
    shared.mkdir(parents=True)
    (shared / "base.yaml").write_text(
        "extends: sdkgen:defaults\n"
        "package: {name: pkg, distribution: pkg, version: 1.0.0, summary: S, output: ../sdk}\n",
        encoding="utf-8",
    )
    own = tmp_path / "spec" / "page.yaml"
    own.write_text("extends: shared/base.yaml\n", encoding="utf-8")
    config = load_config(own)
    assert config.package_section is not None and config.package_section.output is not None
    assert config.package_section.output.resolve() == (tmp_path / "spec" / "sdk").resolve()


def lone_page(folder: Path) -> Path:
    """The market page in `folder` without a config beside it."""
    return copy_market_page(folder, config=False)


def test_a_page_without_a_config_is_generated_with_the_built_in_defaults_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = lone_page(tmp_path / "pages")
    monkeypatch.chdir(tmp_path)  # no spec/ here
    out = tmp_path / "sdk"
    assert main(["generate", str(page), "--out", str(out), "--package", "market_sdk"]) == 0
    http = (out / "src" / "market_sdk" / "_settings.py").read_text(encoding="utf-8")
    assert "https://api-futures.kucoin.com" in http


def test_the_working_directory_never_supplies_a_pages_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = lone_page(tmp_path / "pages")
    project = tmp_path / "project"
    (project / "spec").mkdir(parents=True)
    (project / "spec" / "defaults.yaml").write_text(
        "extends: sdkgen:defaults\napi: {base_url: https://evil.example}\n", encoding="utf-8"
    )
    monkeypatch.chdir(project)
    out = tmp_path / "sdk"
    assert main(["generate", str(page), "--out", str(out), "--package", "market_sdk"]) == 0
    http = (out / "src" / "market_sdk" / "_settings.py").read_text(encoding="utf-8")
    assert "evil.example" not in http


def test_a_config_extending_sdkgen_defaults_gets_the_built_in_defaults(tmp_path: Path) -> None:
    from dataclasses import replace

    from generator.config import BUILTIN_DEFAULTS, load_config

    config = tmp_path / "page.yaml"
    config.write_text("extends: sdkgen:defaults\n", encoding="utf-8")
    loaded = load_config(config)
    assert loaded.sources == (str(config), str(BUILTIN_DEFAULTS))
    builtin = load_config(BUILTIN_DEFAULTS)
    assert replace(loaded, file="", sources=()) == replace(builtin, file="", sources=())


def test_an_unknown_built_in_config_is_a_config_error(tmp_path: Path) -> None:
    from generator.config import ConfigError, load_config

    config = tmp_path / "page.yaml"
    config.write_text("extends: sdkgen:nope\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"extends: no built-in config 'sdkgen:nope'"):
        load_config(config)


def test_a_service_takes_its_page_facts_from_its_own_config_and_the_rest_from_the_package(
    tmp_path: Path,
) -> None:
    from generator.config import BUILTIN_DEFAULTS, ServiceSource, load_config, service_config

    package_file = tmp_path / "package.yaml"
    package_file.write_text(
        "extends: sdkgen:defaults\n"
        "api: {base_url: 'https://package.example'}\n"
        "auth: {key_version: '2'}\n"
        "package: {name: both_sdk, distribution: both-sdk, version: 1.0.0, summary: Both.}\n",
        encoding="utf-8",
    )
    own_file = tmp_path / "page.yaml"
    own_file.write_text(
        "extends: sdkgen:defaults\n"
        "api: {base_url: 'https://page.example'}\n"
        "fields: {clientOid: {max_length: 40}}\n",
        encoding="utf-8",
    )
    package, own = load_config(package_file), load_config(own_file)
    page = ServiceSource(name="page", page=tmp_path / "page.md")

    merged = service_config(package, page, own)
    assert merged.fields == own.fields
    assert (merged.package, merged.auth) == (package.package, package.auth)
    assert merged.auth.key_version == "2"
    assert merged.api.base_url == "https://page.example"

    entry = ServiceSource(name="page", page=page.page, base_url="https://entry.example")
    assert service_config(package, entry, own).api.base_url == "https://entry.example"
    # A page without a config of its own: the package's host, not sdkgen's default one.
    builtin = load_config(BUILTIN_DEFAULTS)
    assert service_config(package, page, builtin).api.base_url == "https://package.example"
