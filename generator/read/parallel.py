"""Several pages read at once, in forked worker processes: the same results, in page order.

Reading is the largest step of generating a package of many pages (KuCoin's 23 take half of
a cold run), and pages are read independently of each other, so with more than one CPU the
pages are shared out among forked copies of this process (which have every module loaded
already: a fork costs a millisecond, a fresh interpreter a quarter of a second). Each worker
sends its pages' `ParseResult`s back pickled; this process reads its own share meanwhile.

Nothing but speed may differ from reading one page after the other: results come back in
page order, and a page that failed in a worker (bad input, an unreadable file, a worker that
died) is read again here, in its turn, so its error is raised exactly as serial reading
raises it, after the pages before it and before any page after it. With one CPU, one page,
no `os.fork` (Windows), other threads running (a fork copies only this one), or
`SDKGEN_WORKERS=1`, pages are read one after the other.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from generator.read.parse import ParseResult, parse_file

WORKERS_VARIABLE = "SDKGEN_WORKERS"
"""The environment variable that caps the processes reading pages (1: read serially)."""

ReadPage = Callable[[Path], ParseResult]


def parse_files(
    paths: Sequence[Path], *, workers: int | None = None, read: ReadPage = parse_file
) -> Iterator[ParseResult]:
    """Each page's `read`, in the order of `paths`, read by up to `workers` processes (by
    default one per CPU this process may run on, capped by `SDKGEN_WORKERS`). The first
    error in page order is raised when its page's turn comes, as `read` raises it."""
    done = _read_in_workers(paths, _worker_count(len(paths), workers), read)
    for index, path in enumerate(paths):
        result = done.get(index)
        yield result if result is not None else read(path)


def _worker_count(pages: int, workers: int | None) -> int:
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        capped = os.environ.get(WORKERS_VARIABLE, "").strip()
        if capped.isdigit():
            workers = min(workers, int(capped))
    # A fork copies only the calling thread: a lock another thread holds (the import lock,
    # a logging handler's) would stay locked in the copy for ever. Only a process running
    # one thread forks, as the command line does.
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return 1
    return max(1, min(workers, pages))


def _read_in_workers(paths: Sequence[Path], count: int, read: ReadPage) -> dict[int, ParseResult]:
    """The pages read without error, by index; `count` processes, this one among them."""
    if count <= 1:
        return {}
    shares = _shares(paths, count)
    children = [_fork(share, paths, read) for share in shares[1:]]
    done = _read_share(shares[0], paths, read)
    for pid, pipe in children:
        if pid == 0:
            continue
        done.update(_collect(pid, pipe))
    return done


def _shares(paths: Sequence[Path], count: int) -> list[list[int]]:
    """The pages' indexes split into `count` shares of about equal bytes (largest first, each
    to the lightest share), each share in page order."""
    sizes = {}
    for index, path in enumerate(paths):
        try:
            sizes[index] = path.stat().st_size
        except OSError:
            sizes[index] = 0  # read (and reported) in its turn
    shares: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for index in sorted(sizes, key=lambda index: (-sizes[index], index)):
        lightest = loads.index(min(loads))
        shares[lightest].append(index)
        loads[lightest] += sizes[index]
    return [sorted(share) for share in shares]


def _read_share(
    share: Sequence[int], paths: Sequence[Path], read: ReadPage
) -> dict[int, ParseResult]:
    """The share's pages up to the first that fails: that one and the rest are read again in
    their turn (the error is raised there)."""
    done = {}
    for index in share:
        try:
            done[index] = read(paths[index])
        except Exception:
            break
    return done


def _fork(share: Sequence[int], paths: Sequence[Path], read: ReadPage) -> tuple[int, int]:
    """A worker reading `share`: its pid and the read end of the pipe it answers on (pid 0 if
    it could not be started: its pages are read here in their turn)."""
    try:
        reader, writer = os.pipe()
    except OSError:
        return 0, -1
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return 0, -1
    if pid == 0:  # the worker: never returns, never runs the parent's exit handlers
        status = 1
        try:
            os.close(reader)
            data = pickle.dumps(_read_share(share, paths, read), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(writer, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    return pid, reader


def _collect(pid: int, pipe: int) -> dict[int, ParseResult]:
    """What a worker read, once it has ended; nothing if it failed."""
    with os.fdopen(pipe, "rb") as answer:
        data = answer.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return {}
    try:
        done = pickle.loads(data)
    except Exception:
        return {}
    return done if isinstance(done, dict) else {}
