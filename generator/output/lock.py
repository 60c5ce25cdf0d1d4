"""Advisory locks (flock) on folders: one run at a time per output folder, and a way to tell
a live run's staging folder from one a killed run left behind.

flock locks belong to an open file and vanish with the process that holds it, however it
ends: a lock found free means its owner is gone, with no PID files to go stale.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

_POLL_SECONDS = 0.05


class LockTimeout(Exception):
    """Another process kept the lock for longer than we were willing to wait."""


@contextlib.contextmanager
def locked_folder(folder: Path, timeout: float) -> Iterator[int]:
    """Hold an exclusive lock on `folder` (an existing directory) while the block runs,
    waiting up to `timeout` seconds for it; yields the locked file descriptor."""
    fd = open_folder(folder)
    try:
        deadline = time.monotonic() + timeout
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{folder} stayed locked for {timeout:g} s")
            time.sleep(_POLL_SECONDS)
        yield fd
    finally:
        os.close(fd)  # closing the last descriptor of the open file releases its lock


def open_folder(folder: Path) -> int:
    """A read-only descriptor of the directory `folder` itself (never a link's target)."""
    return os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)


def try_lock(fd: int) -> bool:
    """Take the exclusive lock on `fd` if nobody holds it; False if somebody does."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def is_abandoned(folder: Path) -> bool:
    """True when `folder`'s lock is free: the process that made and locked it has ended.
    False while it is held, or when `folder` is no directory we may open (left alone)."""
    try:
        fd = open_folder(folder)
    except OSError:
        return False
    try:
        return try_lock(fd)
    finally:
        os.close(fd)
