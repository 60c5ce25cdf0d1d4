"""Whatever a config (or a page path) names, sdkgen answers with one located error, at once.

A config may be hostile or merely wrong: YAML aliases standing for billions of values, an
`extends:` naming a device, a FIFO, a symlink loop or a file outside the project, text that is
not UTF-8, corrections whose values the field cannot hold. Each is `file:line: error: ...` and
exit code 2, within a few seconds and megabytes, and no error quotes another file's lines.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ConfigError, read_yaml
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO, copy_market_page

PACKAGE = """\
package:
  name: kucoin_futures_market
  distribution: kucoin-futures-market
  version: 1.0.0
  summary: Typed Python client for the KuCoin Futures market API.
"""
BASE = "extends: sdkgen:defaults\n" + PACKAGE


def laughs(levels: int, key: str = "x") -> str:
    """A "billion laughs": each anchor a list of ten aliases of the one before."""
    lines = [f"{key}0: &{key}0 [a, a, a, a, a, a, a, a, a, a]"]
    for level in range(1, levels):
        aliases = ", ".join([f"*{key}{level - 1}"] * 10)
        lines.append(f"{key}{level}: &{key}{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def generate(folder: Path, config: str) -> subprocess.CompletedProcess[str]:
    """`sdkgen generate` of the market page with `config` as its config, in `folder`."""
    page = copy_market_page(folder, config=False)
    page.with_suffix(".yaml").write_text(config, encoding="utf-8")
    return run_in_process(["generate", page.name, "--out", "out"], cwd=folder)


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    (line,) = [text for text in result.stderr.splitlines() if ": error: " in text]
    assert "Traceback" not in result.stderr
    return line


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


# --- YAML aliases ------------------------------------------------------------------------------


def test_an_alias_bomb_in_a_corrections_example_is_an_error_at_its_line(tmp_path: Path) -> None:
    bomb = laughs(10, "lol")  # 10**10 values once expanded
    indented = "".join("    " + line + "\n" for line in bomb.splitlines())
    config = (
        BASE + "anchors:\n" + indented + "operations:\n  get_ticker:\n    corrections:\n"
        "      query.symbol: {example: *lol9}\n"
    )
    line = error_line(generate(tmp_path, config))
    assert line.startswith(f"futures-market.yaml:{line_of(config, 'lol4: &lol4')}: error: ")
    assert "aliases" in line and "100,000" in line


@pytest.mark.parametrize("loader_text", ['"a b"', '"a\tb"'], ids=["libyaml", "python-loader"])
def test_the_alias_budget_holds_with_either_loader(loader_text: str) -> None:
    # A tab keeps the text away from libyaml (the two loaders read tabs apart).
    text = laughs(9) + f"tail: {loader_text}\n"
    with pytest.raises(ConfigError) as error:
        read_yaml(text, "bomb.yaml")
    assert error.value.location.line == line_of(text, "x4: &x4")  # the first past 100,000


def test_an_alias_inside_the_value_it_names_is_an_error() -> None:
    with pytest.raises(ConfigError, match="inside the value it names"):
        read_yaml("a: &loop [1, *loop]\n", "loop.yaml")


def test_aliases_within_the_budget_read_as_before() -> None:
    assert read_yaml("a: &a [1, 2]\nb: *a\n", "ok.yaml") == {"a": [1, 2], "b": [1, 2]}


# --- what `extends` may name -------------------------------------------------------------------


def test_an_absolute_extends_is_refused_without_reading_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:$6$s3cr3t-hash:19000:0:99999:7:::\n[broken\n", encoding="utf-8")
    config = f"extends: {secret}\n" + PACKAGE
    line = error_line(generate(tmp_path / "project", config))
    assert line.startswith("futures-market.yaml:1: error: extends: ")
    assert "absolute path" in line and "s3cr3t" not in line


def test_a_yaml_error_names_the_line_without_quoting_the_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("first\npassword: hunter2 [x\n", encoding="utf-8")
    line = error_line(generate(tmp_path, "extends: notes.txt\n" + PACKAGE))
    assert line.startswith("notes.txt:2: error: not valid YAML: ")
    assert "hunter2" not in line


def run_bounded(arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`sdkgen ARGUMENTS` as a real process, bounded in time and memory: where a FIFO would
    block or a device never end, a regression fails the test instead of the machine."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=limit_memory,
    )


@pytest.mark.parametrize("kind", ["fifo", "device", "loop", "folder"])
def test_extends_naming_what_is_no_regular_file_is_an_error(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "base.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target.symlink_to("/dev/zero")
    elif kind == "loop":
        target.symlink_to(target)
    else:
        target.mkdir()
    page = copy_market_page(tmp_path, config=False)
    page.with_suffix(".yaml").write_text("extends: base.yaml\n" + PACKAGE, encoding="utf-8")
    line = error_line(run_bounded(["generate", page.name, "--out", "out"], tmp_path))
    if kind == "device":
        # A link out of the config's folder is refused before anything is opened.
        assert line.startswith("futures-market.yaml:1: error: extends: ")
        assert "leads out of this config's folder" in line
        return
    assert line.startswith("base.yaml:1: error: ")
    expected = {
        "fifo": "the config is a FIFO",
        "loop": "cannot read the config",
        "folder": "the config is a folder",
    }[kind]
    assert expected in line


def test_a_device_named_as_the_config_is_an_error(tmp_path: Path) -> None:
    page = copy_market_page(tmp_path, config=False)
    arguments = ["generate", page.name, "--config", "/dev/zero", "--out", "out"]
    line = error_line(run_bounded(arguments, tmp_path))
    assert line.startswith("/dev/zero:1: error: the config is a character device")


@pytest.mark.parametrize("parent", ["../shared.yaml", "sub/../../shared.yaml", "..\\shared.yaml"])
def test_extends_outside_the_configs_folder_is_refused_without_reading_it(
    tmp_path: Path, parent: str
) -> None:
    (tmp_path / "shared.yaml").write_text("token: s3cr3t\n[broken\n", encoding="utf-8")
    line = error_line(generate(tmp_path / "project", f"extends: {parent}\n" + PACKAGE))
    assert line.startswith("futures-market.yaml:1: error: extends: ")
    assert "outside this config's folder" in line and "s3cr3t" not in line


def test_extends_through_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("extends: sdkgen:defaults\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "base.yaml").symlink_to(outside)
    line = error_line(generate(project, "extends: base.yaml\n" + PACKAGE))
    assert line.startswith("futures-market.yaml:1: error: extends: ")
    assert "leads out of this config's folder" in line


def test_extends_may_name_a_file_in_a_subfolder(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "base.yaml").write_text("extends: sdkgen:defaults\n", encoding="utf-8")
    assert generate(tmp_path, "extends: shared/base.yaml\n" + PACKAGE).returncode == 0


def test_an_extends_larger_than_a_config_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_text("# " + "x" * 300_000 + "\n", encoding="utf-8")
    line = error_line(generate(tmp_path, "extends: big.yaml\n" + PACKAGE))
    assert line.startswith("big.yaml:1: error: ") and "KiB" in line


def test_a_missing_extends_is_an_error_at_the_line_naming_it(tmp_path: Path) -> None:
    config = "# shared facts\nextends: shared.yaml\n" + PACKAGE
    line = error_line(generate(tmp_path, config))
    assert line.startswith("futures-market.yaml:2: error: extends: no config file ")


def test_a_fifo_page_or_config_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "page.md")
    os.mkfifo(tmp_path / "composed.yaml")
    for argument in ["page.md", "composed.yaml"]:
        line = error_line(run_bounded(["generate", argument, "--out", "out"], tmp_path))
        assert line.startswith(f"{argument}:1: error: ") and "FIFO" in line


# --- text that is not UTF-8 --------------------------------------------------------------------


def test_a_config_that_is_not_utf8_is_an_error_at_the_first_bad_byte(tmp_path: Path) -> None:
    page = copy_market_page(tmp_path, config=False)
    page.with_suffix(".yaml").write_bytes(BASE.encode() + b"# caf\xe9 notes\n")
    result = run_in_process(["generate", page.name, "--out", "out"], cwd=tmp_path)
    line = error_line(result)
    number = BASE.count("\n") + 1
    assert line.startswith(f"futures-market.yaml:{number}:6: error: the config is not valid UTF-8")
    assert "0xE9" in line and "save the file as UTF-8" in line


# --- corrections: values the field can hold ----------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ("{enum: [[BTC], [ETH]]}", "corrections.query.symbol.enum: must be a non-empty list of"),
        ("{enum: [1, 2]}", "'enum' value 1 does not fit the field: a number is not of type"),
        ("{example: [XBTUSDTM]}", "'example' does not fit the field: an array is not of type"),
        ("{default: 2024-01-01}", "corrections.query.symbol.default: must be a JSON value"),
        ("{type: integer, example: abc}", "'example' does not fit the field"),
        ("{pattern: '^(?!X)[A-Z]+$'}", "cannot check in linear time"),
    ],
)
def test_a_correction_value_the_field_cannot_hold_is_an_error(
    tmp_path: Path, facts: str, message: str
) -> None:
    config = BASE + f"operations:\n  get_ticker:\n    corrections:\n      query.symbol: {facts}\n"
    line = error_line(generate(tmp_path, config))
    assert line.startswith(f"futures-market.yaml:{line_of(config, 'query.symbol:')}: error: ")
    assert message in line


def test_a_correction_value_that_fits_is_taken(tmp_path: Path) -> None:
    facts = "{enum: [XBTUSDTM, ETHUSDTM], example: XBTUSDTM, pattern: '^[A-Z]+M$'}"
    config = BASE + f"operations:\n  get_ticker:\n    corrections:\n      query.symbol: {facts}\n"
    result = generate(tmp_path, config)
    assert result.returncode == 0, result.stderr


# --- every config error at the line of its key -------------------------------------------------


def test_a_wrong_value_is_an_error_at_its_key_line(tmp_path: Path) -> None:
    config = BASE + "retries:\n  max_retries: many\n"
    line = error_line(generate(tmp_path, config))
    assert line.startswith(f"futures-market.yaml:{line_of(config, 'max_retries')}: error: ")
    assert "retries.max_retries" in line


def test_an_unknown_key_is_an_error_at_its_own_line(tmp_path: Path) -> None:
    config = BASE + "operations:\n  get_ticker:\n    rules: []\n    colour: red\n"
    line = error_line(generate(tmp_path, config))
    assert line.startswith(f"futures-market.yaml:{line_of(config, 'colour')}: error: ")
    assert "unknown key(s) ['colour']" in line


def test_an_error_in_an_extended_file_is_at_that_files_line(tmp_path: Path) -> None:
    shared = "# shared facts\nextends: sdkgen:defaults\nretries:\n  backoff_seconds: soon\n"
    (tmp_path / "shared.yaml").write_text(shared, encoding="utf-8")
    line = error_line(generate(tmp_path, "extends: shared.yaml\n" + PACKAGE))
    assert line.startswith("shared.yaml:4: error: retries.backoff_seconds: ")
