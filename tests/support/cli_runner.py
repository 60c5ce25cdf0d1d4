"""The command line run in-process: what `sdkgen ARGS` prints and returns, without paying a
Python start-up and the generator's imports for every call.

Each command keeps one test that runs it as a real process (`run_cli`, in tests/test_cli.py);
everything else about its behaviour is tested through `run_in_process`, which gives the same
`CompletedProcess` a subprocess run gives: exit code, stdout, stderr.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from generator.cli import main
from tests.support.pages import REPO


def run_in_process(
    arguments: list[str], *, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`sdkgen ARGUMENTS` run in `cwd` with `env` added to the environment."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        _working_directory(cwd),
        _environment(env or {}),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        try:
            status = main(arguments)
        except SystemExit as exit_:  # argparse: --help, usage errors
            status = exit_.code if isinstance(exit_.code, int) else 2
    return subprocess.CompletedProcess(
        ["sdkgen", *arguments], status, stdout.getvalue(), stderr.getvalue()
    )


def run_cli(
    *args: str, cwd: Path = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` as a process of its own, in `cwd`, with `env` added to the
    environment and this checkout first on the path."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        check=False,
    )


@contextlib.contextmanager
def _working_directory(path: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


@contextlib.contextmanager
def _environment(changes: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
