"""Same page, same bytes: whatever the hash seed, locale or working directory."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.cli_runner import run_cli
from tests.support.pages import SHARED_PAGES


def _digest(output: str) -> str:
    return hashlib.sha256(output.encode()).hexdigest()


@pytest.mark.parametrize("command", ["ir", "openapi"])
def test_output_is_identical_across_hash_seeds_locales_and_directories(
    command: str, tmp_path: Path
) -> None:
    environments = [
        {"PYTHONHASHSEED": "0", "LC_ALL": "C"},
        {"PYTHONHASHSEED": "12345", "LC_ALL": "C.UTF-8"},
        {"PYTHONHASHSEED": "random", "LANG": "C.UTF-8"},
    ]
    digests = set()
    for index, env in enumerate(environments):
        cwd = tmp_path / f"cwd{index}"
        cwd.mkdir()
        outputs = []
        for page in SHARED_PAGES:
            result = run_cli(command, str(page), cwd=cwd, env=env)
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout)
        digests.add(_digest("".join(outputs)))
    assert len(digests) == 1
