"""Timing child processes: every timed command is a fresh process, and contenders take turns.

Where two commands are compared they run in one loop (run 1 of A, run 1 of B, run 2 of A,
...), so a change in the machine's load hits both alike and their ratio stays fair even when
the absolute figures do not.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bench.paths import ROOT, TMP

# Installed tools run from .pyc files (pip compiles them at install; a first run writes
# them). A shell that exports PYTHONDONTWRITEBYTECODE would make every timed run compile
# its sources again, so children run without it and the warm-up round writes the .pyc files.
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


class ChildFailed(RuntimeError):
    """A child process exited non-zero; the message ends with its stderr."""


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of a contender's measured runs (the warm-up round not counted), and
    the median of each run's peak resident memory (its largest child's, from wait4())."""

    median_s: float
    min_s: float
    runs_s: tuple[float, ...]
    peak_rss_mib: float
    stderr_tail: str | None = None  # the last run's stderr, when a child wrote any

    @classmethod
    def of(cls, walls: Sequence[float], peaks_kib: Sequence[int], stderr: str = "") -> Timing:
        return cls(
            median_s=round(statistics.median(walls), 4),
            min_s=round(min(walls), 4),
            runs_s=tuple(round(wall, 4) for wall in walls),
            peak_rss_mib=round(statistics.median(peaks_kib) / 1024, 1),
            stderr_tail=stderr.strip()[-600:] or None,
        )


def ratio(numerator: Timing, denominator: Timing) -> float:
    """numerator's median over denominator's, to two decimals."""
    return round(numerator.median_s / denominator.median_s, 2)


def run_once(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdout_path: Path | None = None,
    cwd: Path = ROOT,
) -> tuple[float, int, str]:
    """Run `cmd` once: (wall seconds, peak RSS in KiB of that child, stderr text).

    The peak RSS comes from wait4() on that one child, so it is not mixed with earlier ones.
    Raises ChildFailed when the child exits non-zero.
    """
    TMP.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        err = stack.enter_context(tempfile.TemporaryFile(dir=TMP))
        out: IO[bytes] | int = (
            stack.enter_context(open(stdout_path, "wb")) if stdout_path else subprocess.DEVNULL
        )
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=CHILD_ENV if env is None else env,
            cwd=cwd,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise ChildFailed(
            f"{' '.join(map(str, cmd))} exited {proc.returncode}: {stderr.strip()[-2000:]}"
        )
    return wall, usage.ru_maxrss, stderr


@dataclass(frozen=True)
class Contender:
    """One side of a measurement: the commands of run `i` (-1 for the warm-up), run one
    after the other, each a fresh process. A run's time is the sum of its commands' times."""

    commands: Callable[[int], Sequence[Sequence[str]]]
    env: Mapping[str, str] | None = None
    stdout_path: Path | None = None
    cwd: Path = ROOT

    @classmethod
    def one(cls, cmd: Sequence[str], *, env: Mapping[str, str] | None = None) -> Contender:
        """The same single command every run."""
        return cls(lambda i: [cmd], env=env)


def interleaved(
    contenders: Mapping[str, Contender], runs: int, *, warmup: bool = True
) -> dict[str, Timing]:
    """The Timing of `runs` runs of each contender, taking turns: run 1 of each in order, then
    run 2 of each, ... One unmeasured warm-up round first (it fills the page cache and the .pyc
    files) unless `warmup` is false. Each run's commands are built (and their fresh output
    folders made) before its clock starts."""
    rounds = ([-1] if warmup else []) + list(range(runs))
    walls: dict[str, list[float]] = {name: [] for name in contenders}
    peaks: dict[str, list[int]] = {name: [] for name in contenders}
    stderr: dict[str, str] = {}
    for i in rounds:
        for name, contender in contenders.items():
            total, peak = 0.0, 0
            for cmd in contender.commands(i):
                wall, rss, err = run_once(
                    cmd, env=contender.env, stdout_path=contender.stdout_path, cwd=contender.cwd
                )
                total, peak = total + wall, max(peak, rss)
                if err.strip():
                    stderr[name] = err
            if i >= 0:
                walls[name].append(total)
                peaks[name].append(peak)
    return {name: Timing.of(walls[name], peaks[name], stderr.get(name, "")) for name in contenders}


def describe(error: BaseException) -> str:
    """One line (or a child's stderr tail) for results.json's `error`."""
    if isinstance(error, (ChildFailed, subprocess.CalledProcessError)):
        text = str(error)
        if isinstance(error, subprocess.CalledProcessError) and error.stderr:
            text += f": {str(error.stderr).strip()[-1500:]}"
        return text
    return "".join(traceback.format_exception_only(type(error), error)).strip()
