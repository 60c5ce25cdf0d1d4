"""`generate`, `check` and `diff` take the same arguments and mean the same package by them:
a page, several pages or a composition config, with --config, --package and --out. A user
who generated with some arguments checks and diffs by swapping the command word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import _argument_parser
from generator.config import BUILTIN_DEFAULTS, Config, ConfigError
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO

COMPOSE = REPO / "tests" / "data" / "compose"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two pages and a composition of them, with no config beside either page."""
    for page in ("spot-orders.md", "futures-orders.md", "trading.yaml"):
        shutil.copy(COMPOSE / page, tmp_path / page)
    return tmp_path


TARGETS = {
    "a page": ["spot-orders.md", "--out", "sdk", "--package", "mybot"],
    "several pages": ["spot-orders.md", "futures-orders.md", "--out", "sdk", "--package", "both"],
    "a composition": ["trading.yaml", "--out", "sdk"],
}


@pytest.mark.parametrize("target", TARGETS, ids=list(TARGETS))
def test_check_and_diff_take_the_arguments_generate_took(folder: Path, target: str) -> None:
    arguments = TARGETS[target]
    generated = run_in_process(["generate", *arguments], cwd=folder)
    assert (generated.returncode, generated.stderr) == (0, "")

    checked = run_in_process(["check", *arguments], cwd=folder)
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")
    diffed = run_in_process(["diff", *arguments], cwd=folder)
    assert (diffed.returncode, diffed.stderr) == (0, "")
    assert "No changes." in diffed.stdout


def test_diff_of_a_page_against_its_output_reports_what_generating_again_changes(
    folder: Path,
) -> None:
    arguments = ["spot-orders.md", "--out", "sdk", "--package", "mybot"]
    assert run_in_process(["generate", *arguments], cwd=folder).returncode == 0
    page = folder / "spot-orders.md"
    heading = page.read_text().index("## Get Order")
    page.write_text(page.read_text()[:heading])  # the last operation removed

    diffed = run_in_process(["diff", *arguments], cwd=folder)
    assert diffed.returncode == 1, diffed.stderr
    assert "operation removed" in diffed.stdout
    checked = run_in_process(["check", *arguments], cwd=folder)
    assert checked.returncode == 1
    assert checked.stderr.strip().endswith(
        "`sdkgen generate spot-orders.md --package mybot --out sdk` writes it anew"
    )


def test_diff_of_two_pages_without_a_package_still_compares_old_with_new(folder: Path) -> None:
    diffed = run_in_process(["diff", "spot-orders.md", "spot-orders.md"], cwd=folder)
    assert (diffed.returncode, diffed.stderr) == (0, "")
    assert "No changes." in diffed.stdout


def test_generate_check_and_diff_share_every_target_argument() -> None:
    parser = _argument_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert isinstance(commands, dict)
    options = {
        name: {tuple(action.option_strings) or action.dest for action in commands[name]._actions}
        for name in ("generate", "check", "diff")
    }
    shared = {"targets", ("--out",), ("--package",), ("--config",), ("--strict",)}
    for name, found in options.items():
        assert shared <= found, name


def test_an_error_in_the_built_in_defaults_names_them_as_a_config_does(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never by their path inside the installed sdkgen (site-packages/generator/...)."""
    import generator.targets

    def broken(path: Path, read: object = None) -> Config:
        raise ConfigError(str(BUILTIN_DEFAULTS), "hosts.fallback", "a problem", line=3)

    monkeypatch.setattr(generator.targets, "load_config", broken)
    result = run_in_process(["generate", "spot-orders.md", "--out", "sdk"], cwd=folder)
    assert result.returncode == 2
    assert result.stderr == "sdkgen:defaults:3: error: hosts.fallback: a problem\n"


def test_usage_and_help_name_no_make_target() -> None:
    parser = _argument_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert isinstance(commands, dict)
    for text in [parser.format_help(), *(command.format_help() for command in commands.values())]:
        assert "make generate" not in text and "`make" not in text
        assert "site-packages" not in text


def test_config_beside_a_composition_is_refused_rather_than_ignored(folder: Path) -> None:
    (folder / "other.yaml").write_text("package: {name: other}\n")
    for command in ("generate", "check", "diff"):
        result = run_in_process(
            [command, "trading.yaml", "--config", "other.yaml", "--out", "sdk"], cwd=folder
        )
        assert result.returncode == 2, command
        assert result.stderr.startswith("sdkgen: error: trading.yaml is the package's config")
    assert not (folder / "sdk").exists()
