"""A config reads alike whichever YAML loader runs: libyaml (fast, where installed) gives the
data PyYAML's own loader gives, and bad YAML fails at PyYAML's line, in its words for the
problem, without quoting the file's text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.config import ConfigError, read_yaml
from generator.ir.yaml_text import dump_yaml
from tests.support.pages import REPO, SEED, SEED_CONFIG

YAML_FILES = sorted(
    {
        *REPO.glob("spec/**/*.yaml"),
        *REPO.glob("tests/data/**/*.yaml"),
        *REPO.glob("generator/*.yaml"),
    }
)
BAD_YAML = [
    "a: b\nservices: [\n",
    "a: [1, 2\nb: 3\n",
    "a: b: c\n",
    "key: 'unterminated\n",
    "a:\n  - b\n c: d\n",
    "x: @foo\n",
    "? [a]\n: 1\n",
    "a: !!python/object x\n",
    "a: \x07\n",
    "a: \x7f\n",
    "a: \ud800\n",
    "\t- x\n",
    "a: 1\n\ufeff",  # libyaml reads these two; PyYAML does not
    "environm\tent: 1\n",
    "a:\n\tb: 1\n",
]


def _pyyaml_error(text: str) -> tuple[int, str]:
    """The line PyYAML's own loader names for `text`, and its words for the problem."""
    with pytest.raises(yaml.YAMLError) as error:
        yaml.load(text, Loader=yaml.SafeLoader)
    if isinstance(error.value, yaml.reader.ReaderError):
        return text.count("\n", 0, error.value.position) + 1, error.value.reason
    assert isinstance(error.value, yaml.MarkedYAMLError)
    assert error.value.problem_mark is not None and error.value.problem is not None
    return error.value.problem_mark.line + 1, error.value.problem


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_config_of_the_project_reads_as_pyyaml_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert read_yaml(text, str(path)) == yaml.load(text, Loader=yaml.SafeLoader)


@settings(max_examples=100)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=8), children, max_size=3),
        max_leaves=10,
    )
)
def test_any_snapshot_yaml_reads_as_pyyaml_reads_it(data: Any) -> None:
    text = dump_yaml(data)
    assert read_yaml(text, "snapshot.yaml") == yaml.load(text, Loader=yaml.SafeLoader)


@pytest.mark.parametrize("text", BAD_YAML)
def test_bad_yaml_fails_at_pyyamls_line_in_its_words_without_quoting_the_text(text: str) -> None:
    with pytest.raises(ConfigError) as error:
        read_yaml(text, "bad.yaml")
    line, problem = _pyyaml_error(text)
    assert error.value.location.line == line
    assert error.value.message.startswith("not valid YAML: ") and problem in error.value.message
    assert "\n" not in error.value.message and "^" not in error.value.message


def test_text_libyaml_reads_otherwise_reads_as_pyyaml_reads_it() -> None:
    # libyaml drops a byte order mark after a comment line: {"extends": "x"}.
    assert read_yaml("# c\n\ufeffextends: x\n", "bom.yaml") == {"\ufeffextends": "x"}


def test_a_config_that_is_not_yaml_is_reported_at_its_line_in_pyyamls_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / SEED.name
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    text = SEED_CONFIG.read_text(encoding="utf-8") + "broken: [1, 2\nnext: 3\n"
    page.with_suffix(".yaml").write_text(text, encoding="utf-8")
    assert main(["generate", str(page), "--out", str(tmp_path / "out")]) == 2
    line, problem = _pyyaml_error(text)
    assert capsys.readouterr().err == (
        f"{page.with_suffix('.yaml')}:{line}: error: not valid YAML: {problem} "
        "(while parsing a flow sequence); fix the YAML at this line\n"
    )
