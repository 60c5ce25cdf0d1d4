"""The bench's own virtualenvs, made with `python -m venv` and pip (PyPI only) on first use.

| folder | holds |
|---|---|
| bench/.venv-compare | openapi-python-client (pinned; it brings ruff), kucoin-universal-sdk |
| bench/.venv-runtime | httpx and pydantic only: the generated package's runtime |
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from bench.paths import BENCH, PYTHON
from bench.timing import ChildFailed

COMPARE_VENV = BENCH / ".venv-compare"
RUNTIME_VENV = BENCH / ".venv-runtime"
RUNTIME_PACKAGES = ("httpx", "pydantic")


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path, packages: Sequence[str]) -> dict[str, str]:
    """Create `venv` and pip install `packages` (`name` or `name==version`) unless already
    there at that version: {name: installed version}. ChildFailed with pip's last lines
    when one cannot be installed."""
    python = venv_python(venv)
    if not python.exists():
        subprocess.run(
            [PYTHON, "-m", "venv", str(venv)], check=True, capture_output=True, text=True
        )
    installed: dict[str, str] = {}
    for requirement in packages:
        name, _, pinned = requirement.partition("==")
        version = installed_version(python, name)
        if version is None or (pinned and version != pinned):
            quiet = ["--quiet", "--disable-pip-version-check"]
            done = subprocess.run(
                [str(python), "-m", "pip", "install", *quiet, requirement],
                capture_output=True,
                text=True,
            )
            version = installed_version(python, name)
            if version is None or (pinned and version != pinned):
                tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
                reason = " | ".join(tail) or f"pip exited {done.returncode}"
                raise ChildFailed(f"cannot install {requirement} into {venv.name}: {reason}")
        installed[name] = version
    return installed


def installed_version(python: Path, package: str) -> str | None:
    """`package`'s version in the environment of `python`, None when it is not installed."""
    done = subprocess.run(
        [
            str(python),
            "-c",
            "import sys, importlib.metadata as m; print(m.version(sys.argv[1]))",
            package,
        ],
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def runtime_python() -> str:
    """The runtime venv's interpreter (made on first use)."""
    ensure_venv(RUNTIME_VENV, RUNTIME_PACKAGES)
    return str(venv_python(RUNTIME_VENV))
