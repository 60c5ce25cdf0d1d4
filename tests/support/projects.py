"""A generated project as the tests use it: where it is, its fixtures, Python run inside it."""

from __future__ import annotations

import json
import subprocess
import sys
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
