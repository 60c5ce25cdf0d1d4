"""A generated project as the tests use it: where it is, its fixtures, Python run inside it."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
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


@contextmanager
def imported(out: Path, package: str, *modules: str) -> Iterator[ModuleType]:
    """The package generated into `out`, imported in this process (with its `modules`, such
    as `testing`), its `src` on sys.path until the block ends."""
    sys.path.insert(0, str(out / "src"))
    try:
        for module in modules:
            importlib.import_module(f"{package}.{module}")
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(out / "src"))
