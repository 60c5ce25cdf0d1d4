"""A config reads alike whichever YAML loader runs: libyaml (fast, where installed) gives the
data PyYAML's own loader gives, and bad YAML fails with PyYAML's own message and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.config import read_yaml
from generator.ir.yaml_text import dump_yaml
from tests.conftest import REPO, SEED, SEED_CONFIG

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


def _pyyaml_error(text: str) -> str:
    with pytest.raises(yaml.YAMLError) as error:
        yaml.load(text, Loader=yaml.SafeLoader)
    return str(error.value)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_config_of_the_project_reads_as_pyyaml_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert read_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


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
    assert read_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


@pytest.mark.parametrize("text", BAD_YAML)
def test_bad_yaml_fails_with_pyyamls_own_message_and_line(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as error:
        read_yaml(text)
    assert str(error.value) == _pyyaml_error(text)


def test_text_libyaml_reads_otherwise_reads_as_pyyaml_reads_it() -> None:
    # libyaml drops a byte order mark after a comment line: {"extends": "x"}.
    assert read_yaml("# c\n\ufeffextends: x\n") == {"\ufeffextends": "x"}


def test_a_config_that_is_not_yaml_is_reported_in_pyyamls_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / SEED.name
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    text = SEED_CONFIG.read_text(encoding="utf-8") + "broken: [1, 2\nnext: 3\n"
    page.with_suffix(".yaml").write_text(text, encoding="utf-8")
    assert main(["generate", str(page), "--out", str(tmp_path / "out")]) == 2
    reason = " ".join(_pyyaml_error(text).split())
    assert (
        capsys.readouterr().err
        == f"{page.with_suffix('.yaml')}:1: error: not valid YAML: {reason}\n"
    )
