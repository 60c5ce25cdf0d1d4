"""Write a generated tree all at once: either every file lands or the old tree stays.

Files are written into a temporary sibling directory, then swapped with the output directory
in one step: on Linux with renameat2(RENAME_EXCHANGE), which exchanges two directories
atomically, so an error or a kill at any moment leaves the output either entirely old or
entirely new. Elsewhere two renames do the swap, and a run that finds the output missing
after a kill between them restores the old tree first.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def write_tree(out_dir: Path, files: Mapping[str, str]) -> None:
    """Replace `out_dir` with exactly `files` (relative POSIX path → text, written as UTF-8)."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for relative, text in sorted(files.items()):
            target = staging / _safe_relative(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # After the swap `staging` holds the old tree.
    shutil.rmtree(staging, ignore_errors=True)


def _safe_relative(relative: str) -> Path:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"refusing to write outside the output directory: {relative!r}")
    return Path(*path.parts)


def _swap(staging: Path, out_dir: Path) -> None:
    """Put `staging` at `out_dir`; afterwards `staging` holds the old tree, if there was one."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        staging.mkdir()
        return
    if _exchange(staging, out_dir):
        return
    retired = out_dir.parent / f".{out_dir.name}.old"
    shutil.rmtree(retired, ignore_errors=True)
    os.rename(out_dir, retired)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(retired, out_dir)
        raise
    os.rename(retired, staging)


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two directories (Linux renameat2); False where unsupported."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return bool(result == 0)


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _recover(out_dir: Path) -> None:
    """Undo what a kill left behind: restore a retired tree, drop stale staging trees."""
    retired = out_dir.parent / f".{out_dir.name}.old"
    if retired.exists() and not out_dir.exists():
        os.rename(retired, out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)
