"""The last check of rendered code before it is written: every module must be valid Python.

The renderer writes code as black lays it out (generator.sdk.layout), so generation runs no
formatter; black stays the formatter of record, and the tests run `black --check` over every
generated tree of the test pages and the golden records. What this module catches is a
template bug: code that does not parse, or that black would accept but Python rejects
(`1 = "a"` in a class body), becomes one located error instead of a broken package.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence

WORKERS_VARIABLE = "SDKGEN_WORKERS"
"""The environment variable that caps the processes at work (1: compile in this one)."""


class GeneratedCodeError(ValueError):
    """A rendered module is not valid Python: a template bug, never the page's fault."""


def check_python(files: Mapping[str, str]) -> None:
    """Raise GeneratedCodeError naming the first `.py` file of `files` that does not compile.

    With more than one CPU the second half of the modules (by size) compiles in a forked copy
    of this process meanwhile (compiling a large package is the largest step after reading
    its pages); the first failing module in `files`' order is named either way."""
    modules = [(path, text) for path, text in files.items() if path.endswith(".py")]
    split = _split(modules)
    worker = _fork_check(modules[split:]) if 0 < split < len(modules) else None
    if worker is None:
        _check(modules)
        return
    try:
        _check(modules[:split])
    finally:
        verdict = _verdict(*worker)
    if verdict is None:  # the worker ended without a verdict: compile its half here
        _check(modules[split:])
    elif verdict:
        raise GeneratedCodeError(verdict)


def _check(modules: Sequence[tuple[str, str]]) -> None:
    for path, text in modules:
        try:
            compile(text, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            raise GeneratedCodeError(
                f"{path}: rendered code does not compile (a template bug): {error}"
            ) from None


def _split(modules: Sequence[tuple[str, str]]) -> int:
    """Where the second half (by characters) begins; 0 where everything compiles here."""
    # Only a process running one thread forks: a fork copies only the calling thread, and a
    # lock another thread holds would stay locked in the copy (generator.read.parallel).
    if not hasattr(os, "fork") or len(modules) < 2 or threading.active_count() > 1:
        return 0
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    capped = os.environ.get(WORKERS_VARIABLE, "").strip()
    if cpus < 2 or (capped.isdigit() and int(capped) < 2):
        return 0
    half, done = sum(len(text) for _, text in modules) / 2, 0
    for index, (_, text) in enumerate(modules):
        if done >= half:
            return index
        done += len(text)
    return len(modules) - 1


def _fork_check(modules: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """A worker compiling `modules`: its pid and the pipe it answers on; None if it could
    not be started."""
    try:
        reader, writer = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:  # the worker: never returns, never runs the parent's exit handlers
        status = 1
        try:
            os.close(reader)
            try:
                _check(modules)
                answer = "ok"
            except GeneratedCodeError as error:
                answer = f"error:{error}"
            with os.fdopen(writer, "wb") as out:
                out.write(answer.encode("utf-8", "surrogatepass"))
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _verdict(pid: int, pipe: int) -> str | None:
    """The worker's verdict once it has ended: "" if its modules compile, the error message
    if one does not, None if it ended without one."""
    with os.fdopen(pipe, "rb") as answer:
        data = answer.read().decode("utf-8", "surrogatepass")
    _, status = os.waitpid(pid, 0)
    if status != 0 or not (data == "ok" or data.startswith("error:")):
        return None
    return data.removeprefix("ok").removeprefix("error:")
