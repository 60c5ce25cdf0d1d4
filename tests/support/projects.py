"""A generated project as the tests use it: where it is, its fixtures, Python and its own
tests run inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class GeneratedProject:
    page: Path
    out: Path
    package: str
    stderr: str
    """What `generate` printed (its warnings)."""

    def fixture(self, operation: str) -> dict[str, Any]:
        path = self.out / "src" / self.package / "fixtures" / f"{operation}.json"
        return dict(json.loads(path.read_text(encoding="utf-8")))


def run_python(project: GeneratedProject, *args: str) -> subprocess.CompletedProcess[str]:
    """This interpreter run in the project with only its package on the path (and a bare
    PATH): what a user's fresh shell would see."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=project.out,
        env={"PYTHONPATH": str(project.out / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def run_own_tests(
    out: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The project at `out` runs its own tests as its user would: pytest in the project (its
    pyproject, its conftest, which loads the package's pytest plugin) with its src/ on the
    path, in `env` (this environment by default). Leaves nothing behind (no bytecode, no
    pytest cache), and loads no plugin other installed packages register (xdist, hypothesis,
    anyio...): the project's tests need none of them, and loading them is a third of a run."""
    env = {
        **(os.environ if env is None else env),
        "PYTHONPATH": str(out / "src"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
