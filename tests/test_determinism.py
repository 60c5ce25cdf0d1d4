"""Same pages, same bytes: whatever the hash seed, locale or working directory.

Each environment gets one process of its own (a hash seed and a locale belong to a process),
in a working directory of its own; there the command line's entry point prints the IR and the
OpenAPI document of every shared page and generates its project. Everything each process
wrote must be byte-identical to what the others wrote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.pages import REPO, SHARED_PAGES
from tests.support.projects import tree, tree_diff

ENVIRONMENTS = {
    "PYTHONHASHSEED=0 LC_ALL=C": {"PYTHONHASHSEED": "0", "LC_ALL": "C"},
    "PYTHONHASHSEED=12345 LC_ALL=C.UTF-8": {"PYTHONHASHSEED": "12345", "LC_ALL": "C.UTF-8"},
    "PYTHONHASHSEED=random LANG=C.UTF-8": {"PYTHONHASHSEED": "random", "LANG": "C.UTF-8"},
}

EVERY_COMMAND = """
import contextlib, io, sys
from pathlib import Path
from generator.cli import main

for page in sys.argv[1:]:
    name = Path(page).stem
    for command in ("ir", "openapi"):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            status = main([command, page])
        assert status == 0, f"{command} {page}: exit {status}"
        Path(f"{name}.{command}").write_text(printed.getvalue(), encoding="utf-8")
    status = main(["generate", page, "--out", name])
    assert status == 0, f"generate {page}: exit {status}"
"""
"""`ir`, `openapi` and `generate` on every page named: each page's IR and OpenAPI document
beside its project, in the working directory."""


@pytest.mark.slow
def test_output_is_identical_across_hash_seeds_locales_and_directories(tmp_path: Path) -> None:
    outputs = {}
    for index, (label, env) in enumerate(ENVIRONMENTS.items()):
        cwd = tmp_path / f"cwd{index}"
        cwd.mkdir()
        result = subprocess.run(
            [sys.executable, "-c", EVERY_COMMAND, *map(str, SHARED_PAGES)],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(REPO), **env},
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{label}: {result.stderr[-3000:]}"
        outputs[label] = tree(cwd)
    first, *others = outputs
    assert len(outputs[first]) > 4 * len(SHARED_PAGES), "every page printed and generated"
    for label in others:
        difference = tree_diff(outputs[first], outputs[label], (first, label))
        assert outputs[label] == outputs[first], difference
