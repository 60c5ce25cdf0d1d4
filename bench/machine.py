"""The machine a bench ran on, recorded with its figures."""

from __future__ import annotations

import contextlib
import os
import platform
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bench.paths import PYTHON, ROOT
from bench.venvs import installed_version

# sdkgen's dependencies whose speed shows in the figures.
DEPENDENCIES = ("jinja2", "markdown-it-py", "pyyaml")


@dataclass(frozen=True)
class Machine:
    python: str
    python_executable: str
    implementation: str
    platform: str
    machine: str
    cpu_count: int | None
    cpu_model: str | None
    memory_gib: float | None
    load_average: tuple[float, ...] | None  # at the start
    versions: Mapping[str, str | None]  # of DEPENDENCIES, as installed
    git_commit: str | None
    git_dirty: bool | None


def this_machine() -> Machine:
    cpu_model = None
    with contextlib.suppress(OSError, StopIteration):
        cpu_model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    memory_gib = None
    with contextlib.suppress(ValueError, OSError, AttributeError):
        memory_gib = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    load_average = None
    with contextlib.suppress(OSError):
        load_average = tuple(round(load, 2) for load in os.getloadavg())
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT
    )
    return Machine(
        python=platform.python_version(),
        python_executable=PYTHON,
        implementation=platform.python_implementation(),
        platform=platform.platform(),
        machine=platform.machine(),
        cpu_count=os.cpu_count(),
        cpu_model=cpu_model,
        memory_gib=memory_gib,
        load_average=load_average,
        versions={name: installed_version(Path(PYTHON), name) for name in DEPENDENCIES},
        git_commit=rev.stdout.strip() or None,
        git_dirty=bool(dirty.stdout.strip()) if rev.returncode == 0 else None,
    )
