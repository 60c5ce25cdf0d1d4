"""A config with several things wrong reports them all in one run, each at its file, line
and key, in the order the config's sections are checked, and exits 2: fixing a config takes
one run, not one run per error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.config import ConfigError, ConfigErrors, load_config
from tests.support.cli_runner import run_in_process
from tests.support.pages import REPO

BROKEN = """\
package:
  name: json
  version: 1.x
  colour: red
retries: {max_retries: -1}
fields:
  a: {max_length: x}
  b: {max_length: 3}
  c: {min_length: y}
operations:
  add_order: {rules: nope}
"""


def test_every_problem_of_a_config_is_reported_in_one_run(tmp_path: Path) -> None:
    shutil.copy(REPO / "tests" / "data" / "compose" / "spot-orders.md", tmp_path / "page.md")
    (tmp_path / "page.yaml").write_text(BROKEN)
    result = run_in_process(["generate", "page.md", "--out", "sdk"], cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "page.yaml:4: error: package: unknown key(s) ['colour']",
        "page.yaml:2: error: package.name: 'json' would shadow the standard library module"
        " 'json'",
        "page.yaml:3: error: package.version: '1.x' is not a PEP 440 version (such as 1.2.0,"
        " 2.0.0rc1 or 1.0.0.post1) whose numbers have at most 50 digits",
        "page.yaml:5: error: retries.max_retries: must be a non-negative integer",
        "page.yaml:7: error: fields.a.max_length: must be a number",
        "page.yaml:9: error: fields.c.min_length: must be a number",
        "page.yaml:11: error: operations.add_order.rules: no rule set named 'nope'",
    ]
    assert not (tmp_path / "sdk").exists()


def test_several_problems_are_one_error_that_is_the_first_of_them(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text(BROKEN)
    with pytest.raises(ConfigErrors) as raised:
        load_config(config)
    assert isinstance(raised.value, ConfigError)
    assert len(raised.value.errors) == 7
    assert (raised.value.location.line, raised.value.key_path) == (4, "package")


def test_one_problem_is_a_plain_config_error(tmp_path: Path) -> None:
    config = tmp_path / "page.yaml"
    config.write_text("package: {name: bot, version: 1.x}\n")
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    assert not isinstance(raised.value, ConfigErrors)
    assert raised.value.key_path == "package.version"
